import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { renderMessage } from "../../src/core/i18n";
import { buildModel } from "../../src/core/recognize/build";
import { scoreMismatch } from "../../src/core/rules/score-mismatch";
import type { CellInput } from "../helpers/workbook";
import { num, sheet, workbook } from "../helpers/workbook";
import { plainRows } from "../../src/core/snapshot";

/** One indicator row of the national form: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因. */
type Row = [string | null, string, string, CellInput, CellInput, CellInput, CellInput, string?];

interface FormOptions {
  title?: string;
  weight?: CellInput;
  rateCell?: CellInput;
  score?: CellInput;
  rows?: Row[];
  totalWeight?: CellInput;
  totalScore?: CellInput;
}

// The seed's money in 万元: 11,268,530.96 and 10,655,546.85 元, 执行率 94.5602 % → 9.456 of 10.
const ROWS: Row[] = [
  ["产出指标（50分）", "数量指标", "窗口服务人员数", "≥128人", "128人", 20, 20],
  [null, "数量指标", "受理办件量", "≥2087项", "2087项", 15, 15],
  [null, "质量指标", "服务差错率", "≤1%", "0.5%", 15, 15],
  ["效益指标（30分）", "社会效益指标", "群众平均等候时间", "≤30分钟", "20分钟", 30, 30],
  ["满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10],
];

/** The 项目支出绩效自评表 of 财预〔2020〕10号 附件1: title, 项目资金（万元） block, 年度总体目标, 绩效指标 block, 总分. */
function form(o: FormOptions = {}) {
  const rows = o.rows ?? ROWS;
  const cells: CellInput[][] = [
    [o.title ?? "项目支出绩效自评表（2023年度）"],
    ["项目名称", "海口市政务服务中心窗口服务外包"],
    ["主管部门", "海口市政务服务中心", null, null, "实施单位", "海口市政务服务中心"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 1126.55, 1126.853096, 1065.554685, o.weight ?? 10, o.rateCell ?? num(0.945602, "0.00%"), o.score ?? 9.46],
    [null, "其中：当年财政拨款", 1126.55, 1126.853096, 1065.554685, "—", num(0.945602, "0.00%"), "—"],
    [null, "上年结转资金", 0, 0, 0, "—", "—", "—"],
    [null, "其他资金", 0, 0, 0, "—", "—", "—"],
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    [null, "为办事群众提供规范高效的窗口服务", null, null, "全年窗口服务正常运转，群众满意度95%"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ...rows.map((r) => [null, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] ?? ""]),
    ["总分", null, null, null, null, null, o.totalWeight ?? 100, o.totalScore ?? 99.46, ""],
  ];
  const totalRow = cells.length; // 1-based row of 总分
  return sheet("自评表", cells, { merges: ["A1:I1", "A4:B4", `A11:A${totalRow - 1}`, `A${totalRow}:F${totalRow}`] });
}

function scores(s = form()): Finding[] {
  return checkWorkbook(workbook(s)).findings.filter((f) => f.rule === "score-mismatch");
}

function withRow(i: number, patch: Partial<Record<2 | 3 | 4 | 5 | 6 | 7, CellInput>>): Row[] {
  return ROWS.map((r, k) => (k === i ? (Object.assign([...r], patch) as Row) : r));
}

describe("national-layout 自评表 recognition", () => {
  test("reads the 项目资金 block, the indicator block, the 总分 row and the year", () => {
    const m = buildModel(workbook(form()));
    expect(m.sheets[0]!.role).toBe("evaluation-form");
    expect(m.year).toBe(2023);
    expect(m.budgets).toHaveLength(1);
    const b = m.budgets[0]!;
    expect(b.scale).toBe("万元");
    expect(b.rows.map((r) => r.source)).toEqual(["total", "fiscal", "prior", "other"]);
    const total = b.rows[0]!;
    expect(total.annual?.num?.yuan?.toFixed(2)).toBe("11268530.96");
    expect(total.executed?.num?.yuan?.toFixed(2)).toBe("10655546.85");
    expect(total.weight?.num?.value.toString()).toBe("10");
    expect(total.score?.num?.value.toString()).toBe("9.46");
    expect(m.indicators).toHaveLength(1);
    const t = m.indicators[0]!;
    expect(t.indicators.map((i) => i.level3)).toEqual(["窗口服务人员数", "受理办件量", "服务差错率", "群众平均等候时间", "群众满意度"]);
    expect(t.indicators.map((i) => i.level1)).toEqual(["产出指标（50分）", "产出指标（50分）", "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）"]);
    expect(t.indicators.map((i) => i.direction)).toEqual([">=", ">=", "<=", "<=", ">="]);
    expect(t.total?.weight?.num?.value.toString()).toBe("100");
    expect(t.total?.score?.num?.value.toString()).toBe("99.46");
  });

  // The official form merges 项目资金（万元） down column A beside the fund rows.
  test("reads the fund rows when 项目资金（万元） is merged down column A", () => {
    const s = form();
    s.merges = s.merges.filter((m) => !(m.top === 3 && m.left === 0));
    s.merges.push({ top: 3, left: 0, bottom: 7, right: 0 });
    const m = buildModel(workbook(s));
    expect(m.budgets[0]!.rows.map((r) => r.source)).toEqual(["total", "fiscal", "prior", "other"]);
    expect(checkWorkbook(workbook(s)).findings.filter((f) => f.rule === "score-mismatch")).toEqual([]);
  });

  // Known recognition gap: a 总分 label left of the 一级指标 column, not merged into it, is not seen as the total row.
  test("reads a 总分 row whose label stands alone in column A", () => {
    const s = form();
    s.merges = s.merges.filter((m) => !(m.left === 0 && m.right === 5));
    const m = buildModel(workbook(s));
    expect(m.indicators[0]!.total?.score?.num?.value.toString()).toBe("99.46");
  });

  test("the consistent form gives no score-mismatch", () => {
    expect(scores()).toEqual([]);
  });
});

describe("得分 > 分值", () => {
  test("an indicator scored above its weight", () => {
    const f = scores(form({ rows: withRow(4, { 6: 12 }), totalScore: 101.46 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "score-mismatch",
      severity: "error",
      cells: ["自评表!H16", "自评表!G16"],
      message: { key: "score-mismatch.over-weight" },
      expected: { value: "10", unit: "分" },
      actual: { value: "12", unit: "分" },
    });
  });

  test("twin: a score equal to its weight, printed 10.00, is fine", () => {
    expect(scores(form({ rows: withRow(4, { 6: num(10, "0.00") }) }))).toEqual([]);
  });
});

describe("执行率 score", () => {
  test("full marks despite 94.56 %: 10 × 10655546.85 / 11268530.96 = 9.456 → 9.46", () => {
    const f = scores(form({ score: 10, totalScore: 100 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "score-mismatch",
      severity: "error",
      cells: ["自评表!H5", "自评表!F5", "自评表!E5", "自评表!D5"],
      message: { key: "score-mismatch.rate-score" },
      expected: { value: "9.46", unit: "分" },
      actual: { value: "10", unit: "分" },
    });
  });

  test("a score from the 年初 denominator at 3 dp (10 × 94.5857 % = 9.459) is caught", () => {
    const f = scores(form({ score: 9.459, totalScore: 99.459 }));
    expect(f.map((x) => [x.message.key, x.expected?.value, x.actual?.value])).toEqual([["score-mismatch.rate-score", "9.456", "9.459"]]);
  });

  test.each([
    ["rounded half up", 9.46, 99.46],
    ["one decimal", 9.5, 99.5],
    ["formula value shown to 2 dp", num(9.456024, "0.00"), num(99.456024, "0.00")],
  ])("twin: %s is accepted", (_, score, total) => {
    expect(scores(form({ score, totalScore: total }))).toEqual([]);
  });

  test("a score cut rather than rounded (9.456 printed 9.45) does not print the rate right: a slip", () => {
    const f = scores(form({ score: 9.45, totalScore: 99.45 }));
    expect(f.map((x) => [x.message.key, x.expected?.value, x.actual?.value])).toEqual([["score-mismatch.rate-score", "9.46", "9.45"]]);
  });

  test("execution above budget is capped at full marks", () => {
    const s = form({ score: 10, totalScore: 100 });
    plainRows(s)[4]![4] = { v: 1200 };
    plainRows(s)[4]![6] = { v: 1.0649, fmt: "0.00%" };
    expect(scores(s)).toEqual([]);
  });
});

describe("quantitative indicator scored above the ratio rule", () => {
  test("≥ indicator short of target: 20 × 120 / 128 = 18.75, printed 20", () => {
    const f = scores(form({ rows: withRow(0, { 4: "120人", 7: "部分人员离职" }) }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "score-mismatch",
      severity: "error",
      cells: ["自评表!H12", "自评表!G12", "自评表!F12", "自评表!E12"],
      message: { key: "score-mismatch.indicator-high" },
      expected: { value: "18.75", unit: "分" },
      actual: { value: "20", unit: "分" },
    });
  });

  test("twin: scored 18.75 (and the total follows) is fine", () => {
    expect(scores(form({ rows: withRow(0, { 4: "120人", 6: 18.75 }), totalScore: 98.21 }))).toEqual([]);
  });

  test("≤ indicator over target: 30 × 30 / 40 = 22.5, printed 30", () => {
    const f = scores(form({ rows: withRow(3, { 4: "40分钟" }) }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      cells: ["自评表!H15", "自评表!G15", "自评表!F15", "自评表!E15"],
      message: { key: "score-mismatch.indicator-high-reverse" },
      expected: { value: "22.50", unit: "分" },
      actual: { value: "30", unit: "分" },
    });
  });

  test("twins: met targets, qualitative actuals, unknown direction of a lower-is-better name, and unlike units", () => {
    expect(scores(form({ rows: withRow(0, { 4: "130人" }) }))).toEqual([]);
    expect(scores(form({ rows: withRow(0, { 3: "全面保障", 4: "基本达到" }) }))).toEqual([]);
    expect(scores(form({ rows: withRow(2, { 2: "群众投诉率", 3: "5%", 4: "3%" }) }))).toEqual([]);
    expect(scores(form({ rows: withRow(0, { 4: "120人次" }) }))).toEqual([]);
    // 94.6 % printed where ≥95 % was the target: 10 × 94.6 / 95 = 9.958 → 9.96; a score of 9.96 is within the rule.
    expect(scores(form({ rows: withRow(4, { 3: "≥95%", 4: "94.6%", 6: 9.96 }), totalScore: 99.42 }))).toEqual([]);
  });
});

describe("totals and section weights", () => {
  test("总分 得分 ≠ Σ indicator scores + 执行率 score (90 + 9.46 = 99.46)", () => {
    const f = scores(form({ totalScore: 98.46 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      message: { key: "score-mismatch.total-score-with-rate" },
      expected: { value: "99.46", unit: "分" },
      actual: { value: "98.46", unit: "分" },
    });
    expect(f[0]!.cells.slice(0, 2)).toEqual(["自评表!H17", "自评表!H12"]);
    expect(f[0]!.cells).toContain("自评表!H5");
  });

  test("总分 分值 ≠ Σ 分值 (90 + 10 = 100)", () => {
    const f = scores(form({ totalWeight: 110 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      message: { key: "score-mismatch.total-weight-with-rate" },
      expected: { value: "100", unit: "分" },
      actual: { value: "110", unit: "分" },
    });
    expect(f[0]!.cells[0]).toBe("自评表!G17");
  });

  test("twin: a total of the indicators alone (90 / 90) is consistent", () => {
    expect(scores(form({ totalWeight: 90, totalScore: 90 }))).toEqual([]);
  });

  test("twin: a total shown to one decimal (99.5) agrees at its precision", () => {
    expect(scores(form({ totalScore: 99.5 }))).toEqual([]);
  });

  test("一级指标 产出指标（50分） with weights 20 + 15 + 10 = 45", () => {
    const f = scores(form({ rows: withRow(2, { 5: 10, 6: 10 }), totalWeight: 95, totalScore: 94.46 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "score-mismatch",
      severity: "error",
      cells: ["自评表!B12", "自评表!G12", "自评表!G13", "自评表!G14"],
      message: { key: "score-mismatch.section-weight", params: { label: "产出指标（50分）" } },
      expected: { value: "50", unit: "分" },
      actual: { value: "45", unit: "分" },
    });
  });

  test("twin: weights 16.67 × 3 for a 50-point section are within rounding", () => {
    const rows = ROWS.map((r, k) => (k < 3 ? (Object.assign([...r], { 5: 16.67, 6: 16.67 }) as Row) : r));
    expect(scores(form({ rows, totalWeight: 100, totalScore: 99.47 }))).toEqual([]);
  });

  test("an indicator sheet of its own: 总分 100 over 90 points is judged only when the 执行率 score is in the workbook", () => {
    const indicators = (totalScore: number) =>
      sheet("绩效指标", [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ...ROWS.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6]]),
        ["总分", null, null, null, null, 100, totalScore],
      ]);
    const budgetWithScore = sheet("预算", [
      ["单位：元"],
      ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
      ["资金总额", 11265500, 11268530.96, 10655546.85, num(0.945602, "0.00%"), 10, 9.46],
    ]);
    expect(scores(indicators(95))).toEqual([]);
    expect(scores(indicators(99.46))).toEqual([]);
    const both = checkWorkbook(workbook(budgetWithScore, indicators(95))).findings.filter((f) => f.rule === "score-mismatch");
    expect(both.map((f) => [f.message.key, f.cells[0], f.expected?.value, f.actual?.value])).toEqual([
      ["score-mismatch.total-score-with-rate", "绩效指标!G7", "99.46", "95"],
    ]);
    expect(checkWorkbook(workbook(budgetWithScore, indicators(99.46))).findings.filter((f) => f.rule === "score-mismatch")).toEqual([]);
  });

  test("the rule on its own: runs without the others and renders in both languages", () => {
    const res = checkWorkbook(workbook(form({ score: 10, totalScore: 100 })), [scoreMismatch]);
    expect(res.findings.map((f) => f.rule)).toEqual(["score-mismatch"]);
    const zh = renderMessage(res.findings[0]!, "zh-CN");
    const en = renderMessage(res.findings[0]!, "en");
    expect(zh).toContain("9.46");
    expect(zh).toContain("94.56%");
    expect(en).toContain("capped at 100%");
  });
});

// Issue 7: forms of any weighting, totals read from the sources, stated weights, header synonyms.
describe("forms other than the seed's (issue 7)", () => {
  /** A form in 万元 with a 执行率 row worth `rw` (95 of 100 → 9.5) and indicators of the given weights, all met. */
  function weighted(o: {
    weights: number[];
    tw: CellInput;
    ts: CellInput;
    label?: string;
    total?: CellInput[];
    fiscal?: CellInput[];
    rate?: CellInput;
    fiscalRate?: CellInput;
    rs?: CellInput;
  }) {
    const rows: CellInput[][] = [
      ["项目支出绩效自评表（2023年度）"],
      ["项目名称", "职业技能培训项目"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", ...(o.total ?? [100, 100, 95]), 10, o.rate === undefined ? num(0.95, "0.00%") : o.rate, o.rs ?? 9.5],
      [null, "其中：当年财政拨款", ...(o.fiscal ?? [100, 100, 95]), "—", o.fiscalRate ?? num(0.95, "0.00%"), "—"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ...o.weights.map((w, i) => [null, "产出指标", "数量指标", ["培训人数", "结业人数", "发证人数"][i]!, "≥10人", "10人", w, w, ""]),
      [o.label ?? "总分", null, null, null, null, null, o.tw, o.ts, ""],
    ];
    return sheet("自评表", rows, { merges: ["A1:I1", "A3:A5"] });
  }
  const keys = (s: ReturnType<typeof sheet>, rule?: string) =>
    checkWorkbook(workbook(s))
      .findings.filter((f) => !rule || f.rule === rule)
      .map((f) => [f.message.key, f.cells, f.expected && f.expected.value + f.expected.unit, f.actual && f.actual.value + f.actual.unit]);

  test("总分 100/100 over indicators of 50 + 50 and a 10-point 执行率 row → total-weight-with-rate (110)", () => {
    expect(keys(weighted({ weights: [50, 50], tw: 100, ts: 100 }), "score-mismatch")).toEqual([
      ["score-mismatch.total-weight-with-rate", ["自评表!G9", "自评表!G7", "自评表!G8", "自评表!F4"], "110分", "100分"],
      // 50 + 50 + 9.5 = 109.5
      ["score-mismatch.total-score-with-rate", ["自评表!H9", "自评表!H7", "自评表!H8", "自评表!H4"], "109.5分", "100分"],
    ]);
  });

  test("twin: 总分 100 / 99.5 over 50 + 40 + 10 (9.5) → nothing", () => {
    expect(keys(weighted({ weights: [50, 40], tw: 100, ts: 99.5 }))).toEqual([]);
  });

  test("a subtotal of 90 over indicators of 50 + 40 → nothing", () => {
    expect(keys(weighted({ weights: [50, 40], tw: 90, ts: 90, label: "小计" }))).toEqual([]);
  });

  // 资金总额 left 0/0/0 above 财政拨款 90 / 89.974 / 89.974 (100 %): the total's cells are the slip; rate score and
  // adjustment come from the sources (年初 900000 元 → 全年 899740 元).
  const ZERO_TOTAL = { weights: [50, 40], tw: 100, ts: 100, total: [0, 0, 0], fiscal: [90, 89.974, 89.974], rate: null, fiscalRate: num(1, "0.00%"), rs: 10 };

  test("资金总额 0/0/0 over 财政拨款 90/89.974/89.974 → sum-mismatch on each total cell; adjustment from the sources", () => {
    expect(keys(weighted(ZERO_TOTAL))).toEqual([
      ["sum-mismatch.sources", ["自评表!C4", "自评表!C5"], "90.00万元", "0.00万元"],
      ["sum-mismatch.sources", ["自评表!D4", "自评表!D5"], "89.974万元", "0.000万元"],
      ["sum-mismatch.sources", ["自评表!E4", "自评表!E5"], "89.974万元", "0.000万元"],
      ["unexplained-adjustment.budget-down", ["自评表!D4", "自评表!C4"], "900000.00元", "899740.00元"],
    ]);
  });

  test("…and its 执行率 score is judged at the sources' 100 %: 9 → rate-score (10.00)", () => {
    expect(keys(weighted({ ...ZERO_TOTAL, ts: 99, rs: 9 }), "score-mismatch")).toEqual([
      ["score-mismatch.rate-score", ["自评表!H4", "自评表!F4", "自评表!E4", "自评表!D4"], "10.00分", "9分"],
    ]);
  });

  test("twin: 资金总额 filled in 90/89.974/89.974 → no sum-mismatch", () => {
    expect(keys(weighted({ ...ZERO_TOTAL, total: [90, 89.974, 89.974] }), "sum-mismatch")).toEqual([]);
  });

  /** "预算执行情况（万元）（20分）" with "得分（20分*执行率）" and no 分值 column: 30 of 278.4449. */
  const captioned = (score: CellInput) =>
    sheet("自评表", [
      ["2023年度项目支出绩效自评表"],
      ["项目名称", "职业技能培训项目"],
      ["预算执行情况（万元）（20分）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分（20分*执行率）"],
      ["资金总额", 278.4449, 278.4449, 30, num(30 / 278.4449, "0.00%"), score],
    ]);

  test("the caption states the block's weight: 20", () => {
    const b = buildModel(workbook(captioned(2.15))).budgets[0]!;
    expect(b.statedWeight?.value.toString()).toBe("20");
    expect(b.statedWeight?.ref).toEqual({ sheet: "自评表", row: 2, col: 0 });
  });

  // 20 × 30 / 278.4449 = 2.15482… → 2.15.
  test("得分 2.16 → rate-score, expected 2.15", () => {
    expect(keys(captioned(2.16), "score-mismatch")).toEqual([
      ["score-mismatch.rate-score", ["自评表!F4", "自评表!A3", "自评表!D4", "自评表!C4"], "2.15分", "2.16分"],
    ]);
  });

  test("twin: 得分 2.15 → nothing", () => {
    expect(keys(captioned(2.15), "score-mismatch")).toEqual([]);
  });

  /** An indicator table with 参考分值 whose row 预算执行率 is scored at 100 % (100 of 100). */
  const rateIndicator = (score: CellInput) =>
    sheet("自评表", [
      ["项目支出绩效自评表（2023年度）"],
      ["项目名称", "职业技能培训项目"],
      ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
      ["年度资金总额", 100, 100, 100, num(1, "0.00%")],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "参考分值", "得分"],
      ["产出指标", "数量指标", "培训人数", "≥100人", "100人", 90, 90],
      ["效益指标", "经济效益指标", "预算执行率", "100%", "100%", 10, score],
    ]);

  test("indicator 预算执行率 参考分值 10, 得分 9 at 100 % → rate-score (10.00)", () => {
    expect(keys(rateIndicator(9), "score-mismatch")).toEqual([
      ["score-mismatch.rate-score", ["自评表!G7", "自评表!F7", "自评表!D4", "自评表!C4"], "10.00分", "9分"],
    ]);
  });

  test("twin: 得分 10 → nothing", () => {
    expect(keys(rateIndicator(10))).toEqual([]);
  });

  /** A unit-level form: 年度资金总额 over 基本支出 and 项目支出. */
  const unitForm = (total: number) =>
    sheet("自评表", [
      ["部门整体支出绩效自评表（2023年度）"],
      ["部门名称", "某县农业农村局"],
      ["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
      ["年度资金总额", total, total, 290, num(290 / total, "0.00%")],
      ["基本支出", 100, 100, 100, num(1, "0.00%")],
      ["项目支出", 200, 200, 190, num(0.95, "0.00%")],
    ]);

  test("基本支出 and 项目支出 rows are the sources basic and project", () => {
    expect(buildModel(workbook(unitForm(300))).budgets[0]!.rows.map((r) => r.source)).toEqual(["total", "basic", "project"]);
    expect(keys(unitForm(300))).toEqual([]);
  });

  test("…and add up to the total: 310 ≠ 100 + 200 → sum-mismatch", () => {
    expect(keys(unitForm(310), "sum-mismatch").map((k) => k[0])).toContain("sum-mismatch.sources");
  });

  test("header synonyms 年初指标值, 全年完成值, 指标权重, 指标得分; directions ≧, ═ and 9月前", () => {
    const m = buildModel(
      workbook(
        sheet("自评表", [
          ["项目支出绩效自评表（2023年度）"],
          ["项目名称", "职业技能培训项目"],
          ["一级指标", "二级指标", "三级指标", "年初指标值", "全年完成值", "指标权重", "指标得分"],
          ["产出指标", "数量指标", "培训人数", "≧100人", "100人", 30, 30],
          ["产出指标", "质量指标", "合格率", "═100%", "100%", 30, 29],
          ["产出指标", "时效指标", "完成时间", "9月前", "8月", 30, 30],
        ])
      )
    );
    const got = m.indicators[0]!.indicators.map((i) => [
      i.level3,
      i.target?.num?.value.toString(),
      i.actual?.num?.value.toString(),
      i.weight?.num?.value.toString(),
      i.score?.num?.value.toString(),
      i.direction,
    ]);
    expect(got).toEqual([
      ["培训人数", "100", "100", "30", "30", ">="],
      ["合格率", "100", "100", "30", "29", "="],
      ["完成时间", "9", "8", "30", "30", "<="],
    ]);
  });
});

describe("section weights a form's own note fixes", () => {
  /** The form with a note under the 总分 row, as provincial forms print one. */
  function withNote(note: string, rows: Row[] = ROWS) {
    const s = form({ rows });
    plainRows(s).push([{ v: note }]);
    return s;
  }
  const NOTE = "注：一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。";

  test("a label of 产出指标（70分） against a note of 产出指标50分 → section-note at the label, the note as basis", () => {
    const rows = withRow(0, {});
    rows[0] = ["产出指标（70分）", ...rows[0]!.slice(1)] as Row;
    const f = scores(withNote(NOTE, rows)).filter((x) => x.message.key === "score-mismatch.section-note");
    expect(f.map((x) => [x.cells, x.expected?.value, x.actual?.value])).toEqual([[["自评表!B12", "自评表!A18"], "50", "70"]]);
  });

  test("twin: labels that match the note (50, 30, 10) → nothing", () => {
    expect(scores(withNote(NOTE))).toEqual([]);
  });

  test("no label weight: the note's 50 is what the 产出 分值 must add to (20 + 15 + 10 = 45 → section-weight)", () => {
    const rows = ROWS.map((r) => [r[0]?.replace(/（\d+分）/, "") ?? null, ...r.slice(1)] as Row);
    rows[2] = [null, "质量指标", "服务差错率", "≤1%", "0.5%", 10, 10];
    const f = scores(withNote(NOTE, rows)).filter((x) => x.message.key === "score-mismatch.section-weight");
    expect(f.map((x) => [x.cells[0], x.cells[1], x.expected?.value, x.actual?.value])).toEqual([["自评表!B12", "自评表!A18", "50", "45"]]);
  });

  test("a sentence naming one section's points is no note (产出指标得分45分)", () => {
    expect(scores(withNote("产出指标得分45分，主要原因是服务差错率偏高。")).filter((x) => x.message.key === "score-mismatch.section-note")).toEqual([]);
  });
});
