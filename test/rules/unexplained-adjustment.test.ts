/** unexplained-adjustment: 全年预算数 ≠ 年初预算数, 执行率 under 90 %, or an indicator short of target, with no reason given. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { sheet, workbook } from "../helpers/workbook";

const SEED_BUDGET_TEXT = "资金总额-年初预算数11265500元，资金总额-全年预算数11268530.96元，";

describe("unexplained-adjustment: 全年预算数 ≠ 年初预算数", () => {
  test("seed: 11,268,530.96 − 11,265,500 = 3,030.96 元 调增 with no reason", () => {
    const wb = workbook(haikouBudget(), narrative(SEED_BUDGET_TEXT));
    expect(briefs(wb, "unexplained-adjustment")).toEqual([
      {
        rule: "unexplained-adjustment",
        severity: "warning",
        cells: ["预算!C4", "预算!B4"],
        expected: { value: "11265500.00", unit: "元" },
        actual: { value: "11268530.96", unit: "元" },
      },
    ]);
  });

  test("twin: the reason given in the report", () => {
    const wb = workbook(haikouBudget(), narrative(SEED_BUDGET_TEXT, "全年预算数较年初预算数调增3030.96元，原因是下半年社保缴费基数调整。"));
    expect(briefs(wb, "unexplained-adjustment")).toEqual([]);
  });

  test("twin: the reason given in the 备注 column", () => {
    const wb = workbook(
      haikouBudget((r) => (r[3]![5] = "年中追加3030.96元，用于社保缴费基数调整")),
      narrative(SEED_BUDGET_TEXT)
    );
    expect(briefs(wb, "unexplained-adjustment")).toEqual([]);
  });

  test("a sentence that names 预算 and 调整 and happens to contain 系 (体系) gives no reason", () => {
    const wb = workbook(haikouBudget(), narrative(SEED_BUDGET_TEXT, "严格执行预算管理制度，建立了完善的项目管理体系，及时调整项目策略。"));
    expect(briefs(wb, "unexplained-adjustment").map((f) => f.cells)).toEqual([["预算!C4", "预算!B4"]]);
  });

  test("a placeholder in the 备注 column (无, —) is no reason", () => {
    const wb = workbook(
      haikouBudget((r) => ((r[3]![5] = "无"), (r[4]![5] = "—"))),
      narrative(SEED_BUDGET_TEXT)
    );
    expect(briefs(wb, "unexplained-adjustment").map((f) => f.cells)).toEqual([["预算!C4", "预算!B4"]]);
  });

  test("twin: a budget that was not adjusted needs no reason", () => {
    const wb = workbook(
      haikouBudget((r) => ((r[3]![2] = 11265500), (r[4]![2] = 11265500))),
      narrative(SEED_BUDGET_TEXT)
    );
    expect(briefs(wb, "unexplained-adjustment")).toEqual([]);
  });
});

describe("unexplained-adjustment: 执行率 under 90 %", () => {
  // 9,000,000 / 11,268,530.96 = 79.8684…%
  const low = () =>
    haikouBudget((r) => {
      r[3] = ["资金总额", 11268530.96, 11268530.96, 9000000, "", ""];
      r[4] = ["财政资金", 11268530.96, 11268530.96, 9000000, "", ""];
    });

  test("79.87% and nothing said about it", () => {
    expect(briefs(workbook(low(), narrative("项目绩效目标基本完成。")), "unexplained-adjustment")).toEqual([
      {
        rule: "unexplained-adjustment",
        severity: "warning",
        cells: ["预算!D4", "预算!C4"],
        expected: null,
        actual: { value: "79.87", unit: "%" },
      },
    ]);
  });

  test("twin: the report says why", () => {
    const wb = workbook(low(), narrative("执行率较低的原因是项目于2023年7月才完成招标，8月起按月支付服务费。"));
    expect(briefs(wb, "unexplained-adjustment")).toEqual([]);
  });
});

describe("unexplained-adjustment: indicators", () => {
  const table = (reason: string) =>
    sheet("绩效指标", [
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "分值", "得分", "未完成原因分析"],
      ["产出指标", "时效指标", "办件按时办结率", "≥", 98, "%", 95, 10, 9.7, reason],
      ["产出指标", "数量指标", "窗口工作人员数", "≥", 128, "人", 128, 20, 20, ""],
    ]);

  test("95 against a target of ≥98 with an empty reason cell", () => {
    expect(briefs(workbook(table("")), "unexplained-adjustment")).toEqual([
      {
        rule: "unexplained-adjustment",
        severity: "warning",
        cells: ["绩效指标!G2", "绩效指标!E2", "绩效指标!J2"],
        expected: { value: "98", unit: "%" },
        actual: { value: "95", unit: "%" },
      },
    ]);
  });

  test("无 in the reason column is no reason", () => {
    expect(briefs(workbook(table("无")), "unexplained-adjustment").map((f) => f.cells)).toEqual([["绩效指标!G2", "绩效指标!E2", "绩效指标!J2"]]);
  });

  test("twin: the reason is filled in", () => {
    expect(briefs(workbook(table("7月更换供应商，衔接期办件积压")), "unexplained-adjustment")).toEqual([]);
  });
});
