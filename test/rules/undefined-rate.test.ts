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
