/** unexplained-adjustment: 全年预算数 ≠ 年初预算数, 执行率 under 90 %, or an indicator short of target, with no reason given. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs, findingsOf } from "../helpers/findings";
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

// Issue 7: what counts as a reason.
describe("unexplained-adjustment: reasons (issue 7)", () => {
  /** A form in 万元 at `executed` of 100 with one indicator 培训人数 (target ≥3000) and its reason cell. */
  const form = (executed: number, actual: string, reason: string) =>
    sheet(
      "自评表",
      [
        ["项目支出绩效自评表（2023年度）"],
        ["项目名称", "职业技能培训项目"],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 100, 100, executed, 10, { v: executed / 100, fmt: "0.00%" }, executed / 10],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "培训人数", "≥3000人", actual, 90, actual === "3000人" ? 90 : 81, reason],
      ],
      { merges: ["A1:I1", "A3:A4", "A5:A6"] }
    );
  const keys = (...sheets: ReturnType<typeof sheet>[]) =>
    briefs(workbook(...sheets), "unexplained-adjustment").map((f) => [f.severity, f.cells, f.expected?.value ?? null, f.actual?.value]);

  test("the form's printed prompt “(100字以内)…需说明原因” in the reason cell is no reason: 2700 of 3000 → indicator-short", () => {
    expect(keys(form(95, "2700人", "偏差原因分析(100字以内)：未完成年度目标的需说明原因"))).toEqual([
      ["warning", ["自评表!F6", "自评表!E6", "自评表!I6"], "3000", "2700"],
    ]);
  });

  test("twin: a real reason “部分学员因病未能参训” → nothing", () => {
    expect(keys(form(95, "2700人", "部分学员因病未能参训"))).toEqual([]);
  });

  test("a rate of 80 % with no reason → low-rate", () => {
    const f = findingsOf(workbook(form(80, "3000人", "")), "unexplained-adjustment");
    expect(f.map((x) => [x.message.key, x.severity, x.cells, x.actual?.value])).toEqual([
      ["unexplained-adjustment.low-rate", "warning", ["自评表!E4", "自评表!D4"], "80.00"],
    ]);
  });

  test("twin: “部分项目延续至下年” in the indicator's reason cell explains the low rate", () => {
    expect(keys(form(80, "3000人", "部分项目延续至下年"))).toEqual([]);
  });

  test("narrative-only: “预算执行率为85.5%” with no reason → low-rate warning", () => {
    const f = findingsOf(workbook(narrative("2023年项目预算执行率为85.5%。")));
    expect(f.map((x) => [x.message.key, x.severity, x.cells, x.actual?.value])).toEqual([
      ["unexplained-adjustment.low-rate", "warning", ["自评报告!A2"], "85.5"],
    ]);
  });

  test("twin: the same rate with its reason → nothing", () => {
    expect(findingsOf(workbook(narrative("2023年项目预算执行率为85.5%，主要因部分工程尚未完工验收，资金未支付。")))).toEqual([]);
  });

  // No reason word in the sentence: nothing but the threshold itself keeps it from being a rate under 90 %.
  test.each(["对预算执行率低于85%的项目扣减下年预算。", "预算执行率未达到85%的项目扣减下年预算。", "预算执行率在85%以下的项目扣减下年预算。"])(
    "a threshold is not a printed rate: %s",
    (text) => {
      expect(findingsOf(workbook(narrative(text)))).toEqual([]);
      // Nor is it checked against the seed's 94.56 %.
      expect(findingsOf(workbook(haikouBudget(), narrative(text))).map((x) => x.message.key)).toEqual(["unexplained-adjustment.budget-up"]);
    }
  );

  test("a threshold beside a budget (未达到90%) checks no rate: only the seed's own adjustment warning", () => {
    const f = findingsOf(workbook(haikouBudget(), narrative("按照要求，预算执行率未达到90%的需说明原因。")));
    expect(f.map((x) => x.message.key)).toEqual(["unexplained-adjustment.budget-up"]);
  });
});

describe("reasons as reports give them", () => {
  test("an adjustment explained by where the money came from (年中按上级下达…追加预算) → no warning", () => {
    const wb = workbook(haikouBudget(), narrative("年中按上级下达的补助资金追加预算3030.96元。"));
    expect(findingsOf(wb, "unexplained-adjustment").filter((f) => f.message.key.startsWith("unexplained-adjustment.budget"))).toEqual([]);
  });

  test("a report's own prompt for the reason (【待填写：调整原因】) is no reason → the warning stays", () => {
    const wb = workbook(haikouBudget(), narrative("全年预算数较年初预算数调增3,030.96元，【待填写：调整原因及依据】。"));
    expect(findingsOf(wb, "unexplained-adjustment").map((f) => f.message.key)).toContain("unexplained-adjustment.budget-up");
  });

  test("twin: an adjustment named with no reason at all (年中调增预算3030.96元) → the warning stays", () => {
    const wb = workbook(haikouBudget(), narrative("年中调增预算3030.96元。"));
    expect(findingsOf(wb, "unexplained-adjustment").map((f) => f.message.key)).toContain("unexplained-adjustment.budget-up");
  });

  test("a low rate explained by money carried over (929.4万元结转下年使用) → no warning", () => {
    const low = haikouBudget((r) => {
      r[3] = ["资金总额", 11265500, 11268530.96, 8000000, "", ""];
      r[4] = ["财政资金", 11265500, 11268530.96, 8000000, "", ""];
    });
    expect(
      findingsOf(workbook(low, narrative("部分资金年底下达，326.85万元结转下年使用。")), "unexplained-adjustment").filter(
        (f) => f.message.key === "unexplained-adjustment.low-rate"
      )
    ).toEqual([]);
    expect(findingsOf(workbook(low, narrative("项目按计划实施。")), "unexplained-adjustment").map((f) => f.message.key)).toContain(
      "unexplained-adjustment.low-rate"
    );
  });
});
