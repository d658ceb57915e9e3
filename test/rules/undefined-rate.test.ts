/** undefined-rate: a rate over a zero 全年预算数 printed as a number (0, 0.00%) rather than —. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { err, num, workbook } from "../helpers/workbook";

describe("undefined-rate", () => {
  test("seed: 专户-执行率0 and 单位全年执行率0.00% over budgets of 0", () => {
    const wb = workbook(
      haikouBudget(),
      narrative(
        "资金执行情况如下：",
        "资金总额-全年执行数10655546.85元，资金总额-执行率94.56%",
        "其中：",
        "财政资金-全年执行数10655546.85元，财政资金-执行率94.56%",
        "专户全年执行数0元，专户-执行率0",
        "单位全年执行数0元，单位全年执行率0.00%"
      )
    );
    expect(briefs(wb, "undefined-rate")).toEqual([
      {
        rule: "undefined-rate",
        severity: "error",
        cells: ["自评报告!A6", "预算!D6", "预算!C6"],
        expected: { value: "—", unit: "" },
        actual: { value: "0", unit: "" },
      },
      {
        rule: "undefined-rate",
        severity: "error",
        cells: ["自评报告!A7", "预算!D7", "预算!C7"],
        expected: { value: "—", unit: "" },
        actual: { value: "0.00", unit: "%" },
      },
    ]);
  });

  // The seed's text alone: its budget by source stands under 预算情况, its spending and rates under 执行情况.
  const textOnly = (unitBudget: string) =>
    workbook(
      narrative(
        "预算情况如下：",
        "资金总额-年初预算数11265500元，资金总额-全年预算数11268530.96元，",
        "专户-年初预算数0元，专户全年预算数0元，",
        `单位年初预算数0元，单位全年预算数${unitBudget}元。`,
        "资金执行情况如下：",
        "资金总额-全年执行数10655546.85元，资金总额-执行率94.56%",
        "专户全年执行数0元，专户-执行率0",
        "单位全年执行数0元，单位全年执行率0.00%"
      )
    );

  test("a report of text alone: each source's 全年预算数 of 0 stated in one paragraph, its rate printed in another", () => {
    expect(briefs(textOnly("0"), "undefined-rate").map((f) => [f.cells, f.actual])).toEqual([
      [["自评报告!A8", "自评报告!A4"], { value: "0", unit: "" }],
      [["自评报告!A9", "自评报告!A5"], { value: "0.00", unit: "%" }],
    ]);
    // A rate of 0/0 is not a low rate wanting a reason.
    expect(briefs(textOnly("0"), "unexplained-adjustment")).toEqual([]);
  });

  test("twin: a source whose text states two different budgets states none, and its 0.00% is left alone", () => {
    const wb = workbook(narrative("专户全年预算数0元。", "专户全年预算数5000元。", "专户全年执行数0元，专户-执行率0.00%"));
    expect(briefs(wb, "undefined-rate")).toEqual([]);
  });

  test("twin: a budget of another year (较上年) is not this year's", () => {
    const wb = workbook(narrative("专户全年预算数较上年减少，上年专户全年预算数0元。", "专户全年执行数0元，专户-执行率0.00%"));
    expect(briefs(wb, "undefined-rate")).toEqual([]);
  });

  test("in the table: 0.00% and #DIV/0! in the 执行率 cells of zero rows", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[5]![4] = num(0, "0.00%");
        r[6]![4] = err("#DIV/0!");
      })
    );
    expect(briefs(wb, "undefined-rate")).toEqual([
      {
        rule: "undefined-rate",
        severity: "error",
        cells: ["预算!E6", "预算!D6", "预算!C6"],
        expected: { value: "—", unit: "" },
        actual: { value: "0.00", unit: "%" },
      },
      {
        rule: "undefined-rate",
        severity: "warning",
        cells: ["预算!E7"],
        expected: { value: "—", unit: "" },
        actual: null,
      },
    ]);
  });

  test("twin: — in the table and 执行率不适用 in the text", () => {
    const wb = workbook(haikouBudget(), narrative("专户全年执行数0元，专户-执行率—", "单位全年执行数0元，单位资金未安排预算，执行率不适用。"));
    expect(briefs(wb, "undefined-rate")).toEqual([]);
  });

  test("a rate of 0.00% over a budget that is not zero is defined (and right: nothing spent)", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[6] = ["单位资金", 50000, 50000, 0, num(0, "0.00%"), ""];
      })
    );
    expect(briefs(wb, "undefined-rate")).toEqual([]);
    expect(briefs(wb, "rate-mismatch")).toEqual([]);
  });
});
