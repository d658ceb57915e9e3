import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The built command, as a reviewer runs it (npm test builds dist/ and the samples first).
const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");
const CORRECTED = join(ROOT, "samples/haikou-2023-corrected.xlsx");

interface Finding {
  rule: string;
  severity: string;
  cells: string[];
  message: string;
  expected: { value: string; unit: string } | null;
  actual: { value: string; unit: string } | null;
}
interface Entry {
  file: string;
  error: string | null;
  sheets: Array<{ name: string; role: string }>;
  findings: Finding[];
  summary: Record<string, number>;
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json(...files: string[]): { code: number | null; doc: { tool: string; version: string; workbooks: Entry[] } } {
  const r = run("check", ...files, "--json");
  return { code: r.code, doc: JSON.parse(r.out) };
}

describe("selfeval check on the Haikou sample", () => {
  const { code, doc } = json(SAMPLE);
  const wb = doc.workbooks[0]!;
  const of = (rule: string) => wb.findings.filter((f) => f.rule === rule);

  test("exits 1 and names the tool", () => {
    expect(code).toBe(1);
    expect(doc.tool).toBe("selfeval");
    expect(doc.version).toBe("0.1.0");
    expect(wb.error).toBeNull();
  });

  test("recognises every sheet's role", () => {
    expect(wb.sheets.map((s) => s.role).sort()).toEqual(["budget", "contracts", "indicators", "payments", "project-info", "report-text"]);
  });

  test('"1065.25元" against 10,655,546.85 元, in both places', () => {
    const slips = of("unit-slip");
    expect(slips).toHaveLength(2);
    for (const f of slips) {
      expect(f.severity).toBe("error");
      expect(f.expected).toEqual({ value: "10655546.85", unit: "元" });
      expect(f.actual).toEqual({ value: "1065.25", unit: "元" });
      expect(f.cells[0]).toMatch(/^自评报告!A\d+$/);
    }
    expect(new Set(slips.map((f) => f.cells[0])).size).toBe(2);
    // One slip, one finding: not also a digit slip or a text mismatch.
    expect(wb.findings.filter((f) => f.actual?.value === "1065.25")).toHaveLength(2);
  });

  test('"一年1126140.7元" against 33,795,422.10 / 3', () => {
    const [f, ...rest] = of("digit-slip");
    expect(rest).toHaveLength(0);
    expect(f!.expected).toEqual({ value: "11265140.70", unit: "元" });
    expect(f!.actual).toEqual({ value: "1126140.7", unit: "元" });
  });

  test('"执行率94.56%元" has a stray unit', () => {
    const [f, ...rest] = of("stray-unit");
    expect(rest).toHaveLength(0);
    expect(f!.actual).toEqual({ value: "94.56", unit: "%元" });
  });

  test("the 0/0 rates printed as 0 and as 0.00%", () => {
    const narrative = of("undefined-rate").filter((f) => f.cells[0]!.startsWith("自评报告!"));
    expect(narrative.map((f) => f.actual)).toEqual([
      { value: "0", unit: "" },
      { value: "0.00", unit: "%" },
    ]);
  });

  test("全年预算数 above 年初预算数 by 3,030.96 元 with no reason", () => {
    const [f, ...rest] = of("unexplained-adjustment");
    expect(rest).toHaveLength(0);
    expect(f!.severity).toBe("warning");
    expect(f!.message).toContain("3,030.96");
  });

  test("nothing on the figures that agree", () => {
    const agree = [
      { value: "94.56", unit: "%" },
      { value: "61.3", unit: "万元" },
      { value: "1126.55", unit: "万元" },
      { value: "1065.55", unit: "万元" },
      { value: "33796500.00", unit: "元" },
      { value: "11265500.00", unit: "元" },
    ];
    for (const a of agree) expect(wb.findings.filter((f) => f.actual?.value === a.value && f.actual.unit === a.unit)).toEqual([]);
    for (const rule of ["text-mismatch", "rate-mismatch", "balance-mismatch", "multi-year-mismatch", "sum-mismatch"]) expect(of(rule)).toEqual([]);
  });
});

describe("selfeval check on the corrected sample", () => {
  test("has no finding of severity error and exits 0", () => {
    const { code, doc } = json(CORRECTED);
    expect(doc.workbooks[0]!.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("output", () => {
  test("text is Chinese by default and English with --lang en", () => {
    const zh = run("check", SAMPLE);
    expect(zh.out).toContain("[错误] 金额单位写错 (unit-slip)");
    const en = run("check", SAMPLE, "--lang", "en");
    expect(en.out).toContain("[error] unit slip (unit-slip)");
    expect(en.out).not.toMatch(/金额单位写错/);
    expect(en.code).toBe(1);
  });

  test("text: sheets named once, one unit spacing, the wrong cell and the basis named as such", () => {
    const zh = run("check", SAMPLE).out;
    expect(zh).toContain("工作表：项目信息、预算执行、支付台账、合同、绩效指标、自评报告\n");
    expect(zh).not.toContain("预算执行（预算执行）");
    expect(zh).toMatch(/错误\d+项，警告\d+项，提示\d+项/);
    expect(zh).toContain("应为 10,655,546.85元；实为 1,065.25元");
    expect(zh).not.toMatch(/\d 元/);
    expect(zh).toMatch(/有误：自评报告!A\d+；依据：预算执行!D4/);
    expect(zh).not.toMatch(/按所印精度|相差一位/);
    expect(zh).toContain("数字与1,065.55万元相比，小数点后第1位写成了2，应为5");
    const en = run("check", SAMPLE, "--lang", "en").out;
    expect(en).toContain("expected 10,655,546.85 yuan; actual 1,065.25 yuan");
    expect(en).toMatch(/wrong: 自评报告!A\d+; basis: 预算执行!D4/);
    expect(en).toMatch(/\d+ errors, 1 warning, 0 notes/);
    expect(en).not.toMatch(/[（）【】]/);
  });

  test("a missing reason says what is missing and where to write it, not expected/actual", () => {
    const zh = run("check", SAMPLE).out;
    const block = zh.slice(zh.indexOf("[警告] 缺少原因说明 (unexplained-adjustment)"));
    const lines = block.split("\n").slice(0, 4);
    expect(lines[1]).toContain("调增了3,030.96元");
    expect(lines[1]).toContain("请在预算表该行的备注中");
    expect(lines[2]).toMatch(/^ {4}需说明：预算执行!C4；依据：预算执行!B4$/);
    expect(block.split("\n\n")[0]).not.toMatch(/应为|实为/);
  });
});

describe("empty input", () => {
  const jsonOf = (...args: string[]) => {
    const r = run("check", ...args, "--json");
    return { code: r.code, doc: JSON.parse(r.out) as { tool: string; workbooks: unknown[]; error?: string }, err: r.err };
  };

  test("an empty folder: one JSON document with the message, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "selfeval-empty-"));
    const { code, doc } = jsonOf(dir);
    expect(code).toBe(2);
    expect(doc.tool).toBe("selfeval");
    expect(doc.workbooks).toEqual([]);
    expect(doc.error).toContain("没有可检查的文件");
    expect(doc.error).toContain(dir);
    const text = run("check", dir, "--lang", "en");
    expect(text.code).toBe(2);
    expect(text.err).toContain("Nothing to check: no .xlsx or .xlsm workbook and no .docx Word report in");
  });

  test("a folder of .xls files only: says they were not checked and how to fix it", () => {
    const dir = mkdtempSync(join(tmpdir(), "selfeval-xls-"));
    writeFileSync(join(dir, "a.xls"), "x");
    writeFileSync(join(dir, "b.XLS"), "x");
    const { code, doc } = jsonOf(dir);
    expect(code).toBe(2);
    expect(doc.error).toContain("另有2个旧版 .xls 文件未检查");
    const text = run("check", dir);
    expect(text.code).toBe(2);
    expect(text.out).toBe("");
    expect(text.err).toContain("另存为 .xlsx");
  });
});

describe("batches", () => {
  test("a folder and a bad file: one entry each in order, the bad one with error set, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "selfeval-"));
    copyFileSync(SAMPLE, join(dir, "a.xlsx"));
    copyFileSync(CORRECTED, join(dir, "b.xlsx"));
    const bad = join(dir, "z-not-a-workbook.xlsx");
    writeFileSync(bad, "这不是工作簿");
    const { code, doc } = json(dir, join(dir, "missing.xlsx"));
    expect(doc.workbooks.map((w) => w.file)).toEqual([join(dir, "a.xlsx"), join(dir, "b.xlsx"), bad, join(dir, "missing.xlsx")]);
    expect(doc.workbooks[0]!.summary.error).toBeGreaterThan(0);
    expect(doc.workbooks[1]!.summary.error).toBe(0);
    expect(doc.workbooks[2]!.error).toMatch(/\S/);
    expect(doc.workbooks[3]!.error).toMatch(/\S/);
    expect(code).toBe(2);
  });

  test("text mode ends with a total line: files, errors, warnings, unreadable", () => {
    const dir = mkdtempSync(join(tmpdir(), "selfeval-"));
    copyFileSync(SAMPLE, join(dir, "a.xlsx"));
    copyFileSync(CORRECTED, join(dir, "b.xlsx"));
    writeFileSync(join(dir, "c.xlsx"), "这不是工作簿");
    writeFileSync(join(dir, "old.xls"), "x");
    const { doc } = json(dir);
    const errors = doc.workbooks.reduce((n, w) => n + w.summary.error!, 0);
    const warnings = doc.workbooks.reduce((n, w) => n + w.summary.warning!, 0);
    const zh = run("check", dir);
    expect(zh.code).toBe(2);
    const last = zh.out.trimEnd().split("\n").slice(-2);
    expect(last).toEqual([
      `合计：3个文件，错误${errors}项，警告${warnings}项，无法读取1个。`,
      "另有1个旧版 .xls 文件未检查，请在 Excel 中另存为 .xlsx 后再检查。",
    ]);
    const en = run("check", join(dir, "a.xlsx"), join(dir, "b.xlsx"), "--lang", "en");
    expect(en.out.trimEnd().split("\n").at(-1)).toBe(
      `Total: 2 files, ${errors} errors, ${warnings === 1 ? "1 warning" : `${warnings} warnings`}, 0 unreadable.`
    );
  });
});
