/** balance-mismatch: a printed remainder (余, 结余, 未支付) ≠ 全年预算数 − 全年执行数 at its printed precision. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { workbook } from "../helpers/workbook";

// 11,268,530.96 − 10,655,546.85 = 612,984.11 元 = 61.298411 万元 → 61.3 万元 at one place.

describe("balance-mismatch", () => {
  test("余60.3万元未支付 against 61.298411 万元", () => {
    const wb = workbook(haikouBudget(), narrative("2023年政府采购支出1065.55万元，均为政务大厅外包项目，余60.3万元未支付。"));
    expect(briefs(wb, "balance-mismatch")).toEqual([
      {
        rule: "balance-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!C4", "预算!D4"],
        expected: { value: "61.30", unit: "万元" },
        actual: { value: "60.3", unit: "万元" },
      },
    ]);
  });

  test("in 元: 结余500000.00元; a one-digit mistype (512984.11元) is a digit slip instead", () => {
    const wb = workbook(haikouBudget(), narrative("项目结余500000.00元。"));
    expect(briefs(wb, "balance-mismatch")).toEqual([
      {
        rule: "balance-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!C4", "预算!D4"],
        expected: { value: "612984.11", unit: "元" },
        actual: { value: "500000.00", unit: "元" },
      },
    ]);
    const slip = workbook(haikouBudget(), narrative("项目结余512984.11元。"));
    expect(briefs(slip, "balance-mismatch")).toEqual([]);
    expect(briefs(slip, "digit-slip").map((f) => [f.cells, f.expected, f.actual])).toEqual([
      [["自评报告!A2", "预算!C4", "预算!D4"], { value: "612984.11", unit: "元" }, { value: "512984.11", unit: "元" }],
    ]);
  });

  test("twin: the seed's 余61.3万元未支付, and 612984.11元 to the 分, agree", () => {
    const wb = workbook(
      haikouBudget(),
      narrative("项目绩效目标基本完成，2023年政府采购支出1065.55万元，均为政务大厅外包项目，余61.3万元未支付。", "尚未支付612984.11元。")
    );
    expect(briefs(wb, "balance-mismatch")).toEqual([]);
  });
});
