/** rate-mismatch: a printed 执行率 ≠ 全年执行数 / 全年预算数 at its printed precision. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs, findingsOf } from "../helpers/findings";
import { num, workbook } from "../helpers/workbook";

// 10,655,546.85 / 11,268,530.96 = 94.5602…%; against 年初预算数 11,265,500 it would be 94.5857…% → 94.59%.

describe("rate-mismatch", () => {
  test("a table rate worked out on 年初预算数: 94.59% for 94.56%", () => {
    const wb = workbook(haikouBudget((r) => (r[3]![4] = num(0.9459, "0.00%"))));
    expect(briefs(wb, "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["预算!E4", "预算!D4", "预算!C4"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "94.59", unit: "%" },
      },
    ]);
    const f = findingsOf(wb, "rate-mismatch")[0]!;
    expect(f.message.key).toBe("rate-mismatch.initial-denominator");
    // The message quotes the rate as the cell shows it.
    expect(f.message.params.raw).toBe("94.59%");
  });

  test("cells on a sheet whose name needs quotes are quoted the way Excel does", () => {
    const wb = workbook(haikouBudget((r) => (r[3]![4] = num(0.9459, "0.00%")), "Budget 2023"));
    expect(briefs(wb, "rate-mismatch").map((f) => f.cells)).toEqual([["'Budget 2023'!E4", "'Budget 2023'!D4", "'Budget 2023'!C4"]]);
  });

  test("a narrative rate: 完成预算95.56%", () => {
    const wb = workbook(haikouBudget(), narrative("余61.3万元未支付。完成预算95.56%。"));
    expect(briefs(wb, "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!D4", "预算!C4"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "95.56", unit: "%" },
      },
    ]);
  });

  test("a bare ratio in a rate cell read as a percentage: 0.9656 for 94.56%", () => {
    const wb = workbook(haikouBudget((r) => (r[4]![4] = 0.9656)));
    expect(briefs(wb, "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["预算!E5", "预算!D5", "预算!C5"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "96.56", unit: "%" },
      },
    ]);
  });

  test("twin: 94.56% in the table and the text, 0.9456 bare, and 94.6% to one place are all right", () => {
    const wb = workbook(
      haikouBudget((r) => (r[4]![4] = 0.9456)),
      narrative("资金总额-执行率94.56%，财政资金-执行率94.56%。", "完成预算94.6%。", "预算执行率94.56%。")
    );
    expect(briefs(wb, "rate-mismatch")).toEqual([]);
  });

  test("a rate cut rather than rounded is right: 945,678 / 1,000,000 = 94.5678% printed 94.56%", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[3] = ["资金总额", 1000000, 1000000, 945678, num(0.9456, "0.00%"), ""];
        r[4] = ["财政资金", 1000000, 1000000, 945678, num(0.9457, "0.00%"), ""];
      })
    );
    expect(briefs(wb, "rate-mismatch")).toEqual([]);
  });
});
