/** sum-mismatch: 资金总额 vs the fund sources, a ledger's 合计 vs its rows, 全年执行数 vs the ledger. */
import { haikouBudget } from "../helpers/haikou";
import { briefs, findingsOf } from "../helpers/findings";
import { type CellInput, date, sheet, workbook } from "../helpers/workbook";

/** 资金总额 = 财政资金 + 财政专户 + 单位资金 + 其他资金 in every column; rows 3–7 of sheet 预算, columns B–D. */
function budget(edit?: (rows: CellInput[][]) => void, caption = "单位：元") {
  const rows: CellInput[][] = [
    [caption],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
    ["资金总额", 1500000, 1530000, 1450000],
    ["财政资金", 1200000, 1230000, 1180000],
    ["财政专户管理资金", 200000, 200000, 190000],
    ["单位资金", 80000, 80000, 60000],
    ["其他资金", 20000, 20000, 20000],
  ];
  edit?.(rows);
  return sheet("预算", rows);
}

function ledger(amounts: CellInput[], total?: CellInput) {
  const rows: CellInput[][] = [
    ["支付日期", "收款单位", "摘要", "金额"],
    ...amounts.map((a, i) => [date(2023, 3 * (i + 1), 28), "中国电信股份有限公司", `第${i + 1}季度服务费`, a]),
  ];
  if (total !== undefined) rows.push(["合计", undefined, undefined, total]);
  return sheet("支付台账", rows);
}

describe("sum-mismatch: fund sources", () => {
  test("资金总额 全年执行数 1,540,000 ≠ 1,180,000 + 190,000 + 60,000 + 20,000 = 1,450,000", () => {
    const wb = workbook(budget((r) => (r[2]![3] = 1540000)));
    expect(briefs(wb, "sum-mismatch")).toEqual([
      {
        rule: "sum-mismatch",
        severity: "error",
        cells: ["预算!D3", "预算!D4", "预算!D5", "预算!D6", "预算!D7"],
        expected: { value: "1450000.00", unit: "元" },
        actual: { value: "1540000.00", unit: "元" },
      },
    ]);
  });

  test("in 万元: 年初预算数 total 1126.65 ≠ 1000.00 + 100.00 + 26.55 = 1126.55 (beyond the rounding of five printed figures, 5 × 0.005)", () => {
    const wb = workbook(
      budget((r) => {
        r[2] = ["资金总额", 1126.65, 1126.55, 1065.55];
        r[3] = ["财政资金", 1000, 1000, 950];
        r[4] = ["财政专户管理资金", 100, 100, 90.55];
        r[5] = ["单位资金", 26.55, 26.55, 25];
        r[6] = ["其他资金", 0, 0, 0];
      }, "单位：万元")
    );
    expect(briefs(wb, "sum-mismatch")).toEqual([
      {
        rule: "sum-mismatch",
        severity: "error",
        cells: ["预算!B3", "预算!B4", "预算!B5", "预算!B6", "预算!B7"],
        expected: { value: "1126.55", unit: "万元" },
        actual: { value: "1126.65", unit: "万元" },
      },
    ]);
  });

  test("twin: every column adds up", () => {
    expect(briefs(workbook(budget()), "sum-mismatch")).toEqual([]);
  });

  test("a total that is right but for the rounding of its printed parts is no mismatch", () => {
    // 万元 to 2 dp as text: 333.33 × 3 = 999.99 against a printed total of 1000.00 (the exact thirds of 1000).
    const wb = workbook(
      sheet("预算", [
        ["单位：万元"],
        ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
        ["资金总额", "1000.00", "1000.00", "1000.00"],
        ["财政资金", "333.33", "333.33", "333.33"],
        ["单位资金", "333.33", "333.33", "333.33"],
        ["其他资金", "333.33", "333.33", "333.33"],
      ])
    );
    expect(briefs(wb, "sum-mismatch")).toEqual([]);
  });
});

describe("sum-mismatch: ledger", () => {
  test("合计 8,162,570.50 ≠ 2,816,375 + 2,816,375 + 2,530,000.50 = 8,162,750.50", () => {
    const wb = workbook(ledger([2816375, 2816375, 2530000.5], 8162570.5));
    expect(briefs(wb, "sum-mismatch")).toEqual([
      {
        rule: "sum-mismatch",
        severity: "error",
        cells: ["支付台账!D5", "支付台账!D2", "支付台账!D4"],
        expected: { value: "8162750.50", unit: "元" },
        actual: { value: "8162570.50", unit: "元" },
      },
    ]);
  });

  test("twin: 合计 8,162,750.50 is the sum of the rows", () => {
    expect(briefs(workbook(ledger([2816375, 2816375, 2530000.5], 8162750.5)), "sum-mismatch")).toEqual([]);
  });

  test("全年执行数 10,655,546.85 against a ledger that adds to 10,645,546.85", () => {
    // 2,816,375 + 2,806,375 + 2,530,000.50 + 2,492,796.35 = 10,645,546.85
    const wb = workbook(haikouBudget(), ledger([2816375, 2806375, 2530000.5, 2492796.35]));
    expect(briefs(wb, "sum-mismatch")).toEqual([
      {
        rule: "sum-mismatch",
        severity: "error",
        cells: ["预算!D4", "支付台账!D2", "支付台账!D5"],
        expected: { value: "10645546.85", unit: "元" },
        actual: { value: "10655546.85", unit: "元" },
      },
    ]);
  });

  test("twin: the ledger adds to 全年执行数 exactly", () => {
    // 2,816,375 + 2,816,375 + 2,530,000.50 + 2,492,796.35 = 10,655,546.85
    const wb = workbook(haikouBudget(), ledger([2816375, 2816375, 2530000.5, 2492796.35], 10655546.85));
    expect(briefs(wb, "sum-mismatch")).toEqual([]);
  });
});

// Issue 7: a label with its value, and the 其中 rows under it.
describe("sum-mismatch: label blocks (issue 7)", () => {
  /** A report sheet holding "年度预算资金总额：321.25" over 中央补助 166, 市级资金 136 and 本级资金 `own`. */
  const block = (own: number) =>
    sheet("自评报告", [
      ["某县2023年度项目支出绩效自评报告"],
      ["一、项目基本情况"],
      ["本项目由县农业农村局组织实施，主要用于高标准农田建设。"],
      ["年度预算资金总额：", 321.25, "万元"],
      ["其中：中央补助", 166, "万元"],
      ["市级资金", 136, "万元"],
      ["本级资金", own, "万元"],
      ["二、绩效目标完成情况"],
      ["全年完成建设任务。"],
    ]);

  test("166 + 136 + 20.25 = 322.25 ≠ 321.25 → sum-mismatch.block on the total, then the parts", () => {
    const f = findingsOf(workbook(block(20.25)), "sum-mismatch");
    expect(f.map((x) => [x.message.key, x.severity, x.cells, x.expected?.value, x.actual?.value])).toEqual([
      ["sum-mismatch.block", "error", ["自评报告!B4", "自评报告!B5", "自评报告!B6", "自评报告!B7"], "322.25", "321.25"],
    ]);
  });

  test("twin: 166 + 136 + 19.25 = 321.25 → nothing", () => {
    expect(findingsOf(workbook(block(19.25)))).toEqual([]);
  });
});
