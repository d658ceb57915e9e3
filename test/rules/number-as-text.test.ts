/** number-as-text: a number stored as text in a numeric column, one finding per column. */
import { haikouBudget } from "../helpers/haikou";
import { briefs, findingsOf } from "../helpers/findings";
import { date, sheet, workbook } from "../helpers/workbook";

describe("number-as-text", () => {
  test("年初预算数 typed as text in two rows of the budget: one finding for the column, both cells in order", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[3]![1] = "11265500";
        r[4]![1] = "11,265,500.00";
      })
    );
    expect(briefs(wb, "number-as-text")).toEqual([
      { rule: "number-as-text", severity: "warning", cells: ["预算!B4", "预算!B5"], expected: null, actual: null },
    ]);
    expect(findingsOf(wb, "number-as-text")[0]!.message.params).toEqual({ count: 2, example: "11265500" });
  });

  test("a ledger amount stored as text", () => {
    const wb = workbook(
      sheet("支付台账", [
        ["支付日期", "收款单位", "摘要", "金额"],
        [date(2023, 3, 31), "中国电信股份有限公司", "1-3月服务费", 2816375],
        [date(2023, 6, 30), "中国电信股份有限公司", "4-6月服务费", "2816375.00"],
      ])
    );
    expect(briefs(wb, "number-as-text")).toEqual([{ rule: "number-as-text", severity: "warning", cells: ["支付台账!D3"], expected: null, actual: null }]);
  });

  test("twin: numbers stored as numbers, and — for nothing, are fine", () => {
    const wb = workbook(
      haikouBudget(),
      sheet("支付台账", [
        ["支付日期", "收款单位", "摘要", "金额"],
        [date(2023, 3, 31), "中国电信股份有限公司", "1-3月服务费", 2816375],
        [date(2023, 6, 30), "中国电信股份有限公司", "4-6月服务费", 2816375],
      ])
    );
    expect(briefs(wb, "number-as-text")).toEqual([]);
  });
});
