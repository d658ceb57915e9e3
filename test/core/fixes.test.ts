/**
 * Proven corrections (src/core/fixes.ts, src/core/figure-edit.ts): on the sample, on every corpus report, and on the
 * edge cases of rewriting a figure inside a sentence.
 */
import { checkWorkbook } from "../../src/core/check";
import { figureEdit, strayUnitEdit } from "../../src/core/figure-edit";
import { dec } from "../../src/core/decimal";
import { extractFigures } from "../../src/core/figures/extract";
import type { Finding } from "../../src/core/findings";
import { type FixPlan, planFixes, withFixes } from "../../src/core/fixes";
import type { PlainWorkbook, WorkbookSnapshot } from "../../src/core/snapshot";
import { loadCorpus } from "../corpus/score";
import { snapshotOf } from "../corpus/snapshot";
import { readHaikou } from "../report/core-helpers";
import { sheet, workbook } from "../helpers/workbook";

const ref = { sheet: "报告", row: 0, col: 0 };
const key = (f: Finding) => `${f.rule}|${f.message.key}|${f.cells.join(",")}`;

/** The snapshot with the plan's values written in. */
const applied = (snapshot: WorkbookSnapshot, plan: FixPlan): WorkbookSnapshot => withFixes(snapshot, plan.fixes);
const check = (s: WorkbookSnapshot) => checkWorkbook(s).findings;

/** After the fixes (each tried with the engine): the fixed findings are gone and no finding is new. */
function verify(snapshot: WorkbookSnapshot) {
  const before = checkWorkbook(snapshot).findings;
  const plan = planFixes(snapshot, before, { check });
  const after = checkWorkbook(applied(snapshot, plan)).findings;
  const fixed = new Set(plan.fixes.flatMap((f) => f.findings).map((i) => key(before[i]!)));
  const old = new Set(before.map(key));
  return { plan, before, after, stillThere: after.filter((f) => fixed.has(key(f))).map(key), fresh: after.filter((f) => !old.has(key(f))).map(key) };
}

describe("planFixes on the sample", () => {
  it("six cells: the two 1065.25元, the digit slip, 94.56%元 and the two 0/0 rates in the text; the formula rates are blocked", async () => {
    const snapshot = await readHaikou();
    const { plan, stillThere, fresh } = verify(snapshot);
    expect(plan.fixes.map((f) => [f.address, f.rules.join(",")])).toEqual([
      ["自评报告!A43", "stray-unit"],
      ["自评报告!A47", "undefined-rate"],
      ["自评报告!A49", "undefined-rate"],
      ["自评报告!A57", "digit-slip"],
      ["自评报告!A61", "unit-slip"],
      ["自评报告!A68", "unit-slip"],
    ]);
    expect(plan.blocked.map((b) => [b.address, b.reason, b.inputs])).toEqual([
      ["预算执行!E6", "formula", ["预算执行!D6", "预算执行!C6"]],
      ["预算执行!E7", "formula", ["预算执行!D7", "预算执行!C7"]],
    ]);
    const a61 = plan.fixes.find((f) => f.address === "自评报告!A61")!;
    // Only the figure changes: the text around it is the same, character for character.
    expect(String(a61.before).replace("1065.25元", "1065.55万元")).toBe(a61.after);
    expect(stillThere).toEqual([]);
    expect(fresh).toEqual([]);
  });

  it("a rule filter and a finding filter narrow the plan", async () => {
    const snapshot = await readHaikou();
    const findings = checkWorkbook(snapshot).findings;
    expect(planFixes(snapshot, findings, { rules: ["unit-slip"] }).fixes.map((f) => f.address)).toEqual(["自评报告!A61", "自评报告!A68"]);
    const digit = findings.findIndex((f) => f.rule === "digit-slip");
    expect(planFixes(snapshot, findings, { only: [digit] }).fixes.map((f) => f.address)).toEqual(["自评报告!A57"]);
  });

  it("a cell whose text is no longer what was checked is left alone", async () => {
    const snapshot = await readHaikou();
    const findings = checkWorkbook(snapshot).findings;
    const edited: PlainWorkbook = JSON.parse(JSON.stringify(snapshot));
    const report = edited.sheets.find((s) => s.name === "自评报告")!;
    report.rows[60]![0] = { v: "用户已改写了这一段。" };
    const plan = planFixes(edited, findings);
    expect(plan.fixes.map((f) => f.address)).not.toContain("自评报告!A61");
    expect(plan.blocked.filter((b) => b.address === "自评报告!A61").map((b) => b.reason)).toEqual(["changed"]);
  });

  it("the corrected twin offers no fix", async () => {
    const { readWorkbook } = await import("../../src/io/xlsx-reader");
    const twin = await readWorkbook(`${__dirname}/../../samples/haikou-2023-corrected.xlsx`);
    expect(planFixes(twin, checkWorkbook(twin).findings)).toEqual({ fixes: [], blocked: [] });
  });
});

describe("planFixes on every corpus report", () => {
  const corpus = loadCorpus();
  it.each(corpus.map((r) => [r.id, r] as const))("%s: the fixed findings go and none come", (_, r) => {
    const { stillThere, fresh } = verify(snapshotOf(r.workbook));
    expect({ stillThere, fresh }).toEqual({ stillThere: [], fresh: [] });
  });

  it("fixes something across the corpus (the check above is not vacuous)", () => {
    const total = corpus.reduce((n, r) => n + verify(snapshotOf(r.workbook)).plan.fixes.length, 0);
    expect(total).toBeGreaterThanOrEqual(10);
  });
});

describe("figureEdit", () => {
  const fig = (text: string, i = 0) => extractFigures(text)[i]!;

  it("keeps grouping commas and the space before the unit; corrects the unit when asked", () => {
    const t = "支出1,065.25 元。";
    const e = figureEdit(ref, fig(t), dec("1065.5546850"), 2, { from: "元", to: "万元" })!;
    expect(t.slice(0, e.start) + e.replace + t.slice(e.end)).toBe("支出1,065.55 万元。");
  });

  it("rounds half up at the precision written", () => {
    const t = "每年11265140.7元";
    const e = figureEdit(ref, fig(t), dec("11265140.75"), 1)!;
    expect(e.replace).toBe("11265140.8");
  });

  it("offers nothing for Chinese numerals, bounds, or a figure already right", () => {
    expect(figureEdit(ref, fig("支出一千万元"), dec("1065.55"), 2)).toBeNull();
    expect(figureEdit(ref, fig("约1065万元"), dec("1066"), 0)).toBeNull();
    expect(figureEdit(ref, fig("支出1065.55万元"), dec("1065.55"), 2)).toBeNull();
  });

  it("drops a stray unit after a percentage", () => {
    const t = "执行率94.56%元，";
    const e = strayUnitEdit(ref, fig(t))!;
    expect(t.slice(0, e.start) + e.replace + t.slice(e.end)).toBe("执行率94.56%，");
  });
});

describe("planFixes edits", () => {
  const text = "执行率94.56%元，另一项执行率80.00%元。";
  const snapshot = workbook(sheet("报告", [[text]]));
  const stray = (at: number): Finding => ({
    rule: "stray-unit",
    severity: "error",
    cells: ["报告!A1"],
    message: { key: "stray-unit.text", params: {} },
    expected: null,
    actual: null,
    fix: strayUnitEdit(ref, extractFigures(text)[at]!)!,
  });

  it("two fixes in one cell are both made, the text between them kept; the same fix twice is made once", () => {
    const plan = planFixes(snapshot, [stray(0), stray(1), stray(1)]);
    expect(plan.fixes.map((f) => [f.address, f.after, f.findings])).toEqual([["报告!A1", "执行率94.56%，另一项执行率80.00%。", [0, 1, 2]]]);
    expect(plan.blocked).toEqual([]);
  });

  it("a text fix and a value fix of one cell, or two different values, are not guessed between", () => {
    const value: Finding = { ...stray(0), rule: "undefined-rate", fix: { kind: "value", ref, value: "—" } };
    expect(planFixes(snapshot, [stray(0), value]).blocked.map((b) => b.reason)).toEqual(["overlap", "overlap"]);
    const other: Finding = { ...value, fix: { kind: "value", ref, value: 0 } };
    expect(planFixes(snapshot, [value, other]).fixes).toEqual([]);
  });

  it("a formula cell is never changed: the finding's other cells are named instead", () => {
    const book = workbook(sheet("报告", [[{ v: 0, f: "B1/C1" }, 0, 0]]));
    const value: Finding = { ...stray(0), rule: "undefined-rate", cells: ["报告!A1", "报告!B1", "报告!C1"], fix: { kind: "value", ref, value: "—" } };
    expect(planFixes(book, [value])).toEqual({ fixes: [], blocked: [{ finding: 0, address: "报告!A1", reason: "formula", inputs: ["报告!B1", "报告!C1"] }] });
  });
});

describe("the add-in's own sheets", () => {
  it("are not read: the record of fixes holds the old text with its slips, and the check ignores it", async () => {
    const snapshot = await readHaikou();
    const before = checkWorkbook(snapshot);
    const plan = planFixes(snapshot, before.findings);
    const withRecord = applied(snapshot, plan);
    withRecord.sheets.push(
      sheet(
        "selfeval_fixes",
        plan.fixes.map((f) => [JSON.stringify({ a: f.address, b: f.before, f: f.after })]),
        { hidden: true }
      )
    );
    const after = checkWorkbook(withRecord);
    expect(after.sheets.map((s) => s.name)).not.toContain("selfeval_fixes");
    expect(after.findings.filter((f) => f.cells.some((c) => c.startsWith("selfeval_"))).length).toBe(0);
    expect(after.findings.length).toBe(checkWorkbook(applied(snapshot, plan)).findings.length);
  });
});

describe("fixes tried before they are offered", () => {
  function budget(total: number) {
    return sheet("预算", [
      ["单位：元"],
      ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
      ["资金总额", 1500000, 1530000, total],
      ["财政资金", 1200000, 1230000, 1180000],
      ["财政专户管理资金", 200000, 200000, 190000],
      ["单位资金", 80000, 80000, 60000],
      ["其他资金", 20000, 20000, 20000],
    ]);
  }
  const report = (text: string) => sheet("自评报告", [["项目支出绩效自评报告"], [text]]);

  it("a total that disagrees with its parts is set to their sum when nothing else quotes it", () => {
    const snapshot = workbook(budget(1540000));
    const findings = check(snapshot);
    const plan = planFixes(snapshot, findings, { check });
    expect(plan.fixes.map((f) => [f.address, f.before, f.after])).toEqual([["预算!D3", 1540000, 1450000]]);
  });

  it("is not offered when the text quotes the total as typed: the wrong figure may be a part, not the total", () => {
    const snapshot = workbook(budget(1540000), report("2023年全年执行数1540000.00元，执行率100.65%。"));
    const findings = check(snapshot);
    const sum = findings.findIndex((f) => f.rule === "sum-mismatch" && f.cells[0] === "预算!D3");
    expect(sum).toBeGreaterThanOrEqual(0);
    expect(findings[sum]!.fix).toBeDefined();
    const plan = planFixes(snapshot, findings, { check });
    expect(plan.fixes.map((f) => f.address)).not.toContain("预算!D3");
    expect(plan.blocked).toContainEqual({ finding: sum, address: "预算!D3", reason: "unproven", inputs: [] });
    // Untried, the same plan would have made it.
    expect(planFixes(snapshot, findings).fixes.map((f) => f.address)).toContain("预算!D3");
  });
});
