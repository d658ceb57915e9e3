import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { renderMessage } from "../../src/core/i18n";
import type { CellInput } from "../helpers/workbook";
import { num, report, sheet, workbook } from "../helpers/workbook";

// The seed: 全年预算数 11,268,530.96 元, 全年执行数 10,655,546.85 元, 执行率 94.5602 %, 61.30 万元 unspent.
const ANNUAL = 11268530.96;
const EXECUTED = 10655546.85;

/** A budget sheet in 元 with one total row. */
function budget(executed = EXECUTED, annual = ANNUAL) {
  return sheet("预算", [
    ["2023年度项目资金预算执行情况"],
    ["单位：元"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["资金总额", 11265500, annual, executed, num(executed / annual, "0.00%")],
    ["财政资金", 11265500, annual, executed, num(executed / annual, "0.00%")],
  ]);
}

function narrative(...paragraphs: string[]) {
  return report("自评报告", ["海口市政务服务中心2023年度项目支出绩效自评报告", ...paragraphs]);
}

/** A national-layout form in 万元 with one indicator row under test. */
function form(level3: string, target: CellInput, actual: CellInput, executedWan = 1065.554685) {
  return sheet(
    "自评表",
    [
      ["项目支出绩效自评表（2023年度）"],
      ["项目名称", "海口市政务服务中心窗口服务外包"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 1126.55, 1126.853096, executedWan, 10, num(executedWan / 1126.853096, "0.00%"), 9.46],
      [null, "其中：当年财政拨款", 1126.55, 1126.853096, executedWan, "—", num(executedWan / 1126.853096, "0.00%"), "—"],
      ["年度总体目标", "预期目标", null, null, "实际完成情况"],
      [null, "保障政务服务大厅窗口正常运转", null, null, "窗口服务全年正常运转"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      [null, "产出指标（50分）", "数量指标", "窗口服务人员数", "≥128人", "128人", 25, 25, ""],
      [null, null, "时效指标", level3, target, actual, 25, 25, ""],
    ],
    { merges: ["A1:I1", "A3:A5", "A8:A10"] }
  );
}

function contradictions(...sheets: ReturnType<typeof sheet>[]): Finding[] {
  return checkWorkbook(workbook(...sheets)).findings.filter((f) => f.rule === "indicator-contradiction");
}

describe("claims that all funds were paid", () => {
  test("“项目资金已全部支付” while 10,655,546.85 < 11,268,530.96", () => {
    const f = contradictions(budget(), narrative("截至2023年12月31日，项目资金已全部支付，窗口服务运转正常。"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "indicator-contradiction",
      severity: "error",
      cells: ["自评报告!A2", "预算!D4", "预算!C4"],
      message: { key: "indicator-contradiction.all-paid" },
      expected: { value: "94.56", unit: "%" },
      actual: { value: "100.00", unit: "%" },
    });
    expect(f[0]!.message.params.unpaid).toEqual({ value: "612984.11", unit: "元" });
    expect(renderMessage(f[0]!, "zh-CN")).toContain("612,984.11");
    expect(renderMessage(f[0]!, "en")).toContain("612,984.11");
  });

  test("twin: the same sentence when 全年执行数 = 全年预算数", () => {
    expect(contradictions(budget(ANNUAL), narrative("截至2023年12月31日，项目资金已全部支付，窗口服务运转正常。"))).toEqual([]);
  });

  test("twin: a shortfall that still shows 100.00 % at two decimals is within tolerance", () => {
    expect(contradictions(budget(ANNUAL - 100), narrative("项目资金已全部支付，窗口服务运转正常。"))).toEqual([]);
  });

  test.each([
    ["negated", "项目资金未全部支付，余61.3万元待考核后支付。"],
    ["a plan", "剩余项目资金将于2024年考核后全额支付给服务商。"],
    ["a goal", "年度目标：项目资金全额拨付，保障大厅窗口正常运转。"],
    ["part of the year", "1-7月劳务派遣项目资金已全部支付。"],
    ["funds arrived, not spent", "财政资金已全额拨付到位，保障项目顺利实施。"],
    ["not about the budget", "窗口工作人员工资已足额支付，未发生拖欠。"],
    ["timeliness", "项目资金支付及时率100%，无拖欠情况发生。"],
    ["funds arrival rate", "项目资金到位率100%，保障项目顺利实施。"],
  ])("twin: %s is no claim", (_, text) => {
    expect(contradictions(budget(), narrative(text))).toEqual([]);
  });

  test("a 100 % execution rate in the text is rate-mismatch's finding, reported once", () => {
    const res = checkWorkbook(workbook(budget(), narrative("本年度项目预算执行率达到100%，各项工作顺利完成。")));
    expect(res.findings.filter((f) => f.rule === "indicator-contradiction")).toEqual([]);
    expect(res.findings.filter((f) => f.rule === "rate-mismatch" && f.cells[0] === "自评报告!A2")).toHaveLength(1);
  });

  test("an indicator whose actual value says all funds were paid", () => {
    const f = contradictions(form("资金支付情况", "按合同支付", "资金已全部支付"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      cells: ["自评表!F10", "自评表!E4", "自评表!D4"],
      message: { key: "indicator-contradiction.all-paid-indicator" },
      expected: { value: "94.56", unit: "%" },
    });
  });

  test("twin: the same indicator when the budget was fully spent", () => {
    expect(contradictions(form("资金支付情况", "按合同支付", "资金已全部支付", 1126.853096))).toEqual([]);
  });
});

describe("execution-rate indicators", () => {
  test("预算执行率 reported as 100 % while the form's block gives 94.56 %", () => {
    const f = contradictions(form("预算执行率", "100%", "100%"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "indicator-contradiction",
      severity: "error",
      cells: ["自评表!F10", "自评表!E4", "自评表!D4"],
      message: { key: "indicator-contradiction.rate-indicator", params: { name: "预算执行率" } },
      expected: { value: "94.56", unit: "%" },
      actual: { value: "100", unit: "%" },
    });
  });

  test("资金支付率 computed against 年初预算数: 10655546.85 / 11265500 = 94.5857 % → 94.59 %", () => {
    const f = contradictions(form("资金支付率", "≥90%", "94.59%"));
    expect(f.map((x) => [x.message.key, x.expected?.value, x.actual?.value])).toEqual([["indicator-contradiction.rate-indicator-initial", "94.56", "94.59"]]);
  });

  test.each([
    ["printed to 2 dp", "预算执行率", "94.56%"],
    ["printed to 1 dp", "预算执行率", "94.6%"],
    ["rounded to a whole percent", "资金执行率", "95%"],
    ["a stored ratio shown as a percentage", "预算执行率", num(0.945602, "0.00%")],
    ["timeliness, not amount", "资金支付及时率", "100%"],
    ["funds arrived, not spent", "资金到位率", "100%"],
  ])("twin: %s", (_, name, actual) => {
    expect(contradictions(form(name, "100%", actual))).toEqual([]);
  });
});

// Issue 7: claims against indicators, a narrative-only report's own money, cost indicators.
describe("claims against figures (issue 7)", () => {
  /** A form in 万元: 95 of 100 (95.00 %), one indicator of 90. */
  function claimForm(ind: { level2: string; level3: string; target: CellInput; actual: CellInput; score?: number; reason?: string }) {
    return sheet(
      "自评表",
      [
        ["项目支出绩效自评表（2023年度）"],
        ["项目名称", "职业技能培训项目"],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 100, 100, 95, 10, num(0.95, "0.00%"), 9.5],
        [null, "其中：当年财政拨款", 100, 100, 95, "—", num(0.95, "0.00%"), "—"],
        ["年度总体目标", "预期目标", null, null, "实际完成情况"],
        [null, "完成年度培训任务", null, null, "全年完成培训任务"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", ind.level2, ind.level3, ind.target, ind.actual, 90, ind.score ?? 90, ind.reason ?? ""],
      ],
      { merges: ["A1:I1", "A3:A5", "A8:A9"] }
    );
  }
  const SHORT = { level2: "数量指标", level3: "培训人数", target: "≥3000人", actual: "2700人", score: 81, reason: "部分学员因病未能参训" };
  const MET = { level2: "数量指标", level3: "培训人数", target: "≥3000人", actual: "3000人" };
  const keys = (...sheets: ReturnType<typeof sheet>[]) =>
    contradictions(...sheets).map((f) => [f.message.key, f.severity, f.cells, f.expected && f.expected.value + f.expected.unit]);

  test("“全部完成了预期指标任务” while 培训人数 is 2700 of 3000 → all-met", () => {
    expect(keys(claimForm(SHORT), narrative("本年度全部完成了预期指标任务。"))).toEqual([
      ["indicator-contradiction.all-met", "error", ["自评报告!A2", "自评表!F9"], null],
    ]);
  });

  test("twin: 3000 of 3000 → nothing", () => {
    expect(keys(claimForm(MET), narrative("本年度全部完成了预期指标任务。"))).toEqual([]);
  });

  test("an indicator with no direction where lower may be better (成本 80 of 90) is not a shortfall → nothing", () => {
    const cost = { level2: "成本指标", level3: "项目成本", target: 90, actual: 80 };
    expect(keys(claimForm(cost), narrative("本年度全部完成了预期指标任务。"))).toEqual([]);
  });

  test("“基本完成” claims less → nothing, even while short", () => {
    expect(keys(claimForm(SHORT), narrative("本年度基本完成了预期指标任务。"))).toEqual([]);
  });

  test("“资金没有全部执行完” is no all-paid claim", () => {
    expect(keys(claimForm(MET), narrative("项目资金没有全部执行完，结余5万元。"))).toEqual([]);
  });

  test("twin: “项目资金已全部执行完毕” at 95 % → all-paid", () => {
    expect(keys(claimForm(MET), narrative("项目资金已全部执行完毕。"))).toEqual([
      ["indicator-contradiction.all-paid", "error", ["自评报告!A2", "自评表!E4", "自评表!D4"], "95.00%"],
    ]);
  });

  // The narrative's own money: 2113.63 / 2179 = 97.00 %.
  const STATED = "项目资金共2179万元，截至12月底已完成拨付2113.63万元，执行率97%。";

  test("narrative-only: “项目资金2179万元目前已全部拨付” against its own 97 % → all-paid", () => {
    expect(keys(report("自评报告", ["2023年度项目支出绩效自评报告", STATED, "项目资金2179万元目前已全部拨付。"]))).toEqual([
      ["indicator-contradiction.all-paid", "error", ["自评报告!A3", "自评报告!A2"], "97.00%"],
    ]);
  });

  test("twin: paid 2179 of 2179, 100 % → nothing", () => {
    const paid = "项目资金共2179万元，截至12月底已完成拨付2179万元，执行率100%。";
    expect(keys(report("自评报告", ["2023年度项目支出绩效自评报告", paid, "项目资金2179万元目前已全部拨付。"]))).toEqual([]);
  });

  // The figure 2179万元 is the funds: the sentence needs no 资金 to speak of money.
  test("narrative-only: the brief's “2179万元目前已全部拨付” (no 资金 in the sentence) → all-paid", () => {
    expect(keys(report("自评报告", ["2023年度项目支出绩效自评报告", STATED, "2179万元目前已全部拨付。"])).map((k) => k[0])).toEqual([
      "indicator-contradiction.all-paid",
    ]);
  });

  test("a 成本指标 whose target is the 全年预算数 (100) shows the budget, not the 95 spent → cost-indicator", () => {
    expect(keys(claimForm({ level2: "经济成本指标", level3: "项目总成本", target: 100, actual: 100 }))).toEqual([
      ["indicator-contradiction.cost-indicator", "error", ["自评表!F9", "自评表!E4", "自评表!E9"], "95.00"],
    ]);
  });

  test("twin: its 实际完成值 is the 全年执行数 95 → nothing", () => {
    expect(keys(claimForm({ level2: "经济成本指标", level3: "项目总成本", target: 100, actual: 95 }))).toEqual([]);
  });
});
