/** payment-out-of-period: a ledger payment dated outside the evaluation year. */
import { briefs } from "../helpers/findings";
import { type CellInput, date, sheet, workbook } from "../helpers/workbook";

const ledger = (...rows: CellInput[][]) => sheet("支付台账", [["2023年度项目资金支付明细"], ["支付日期", "收款单位", "摘要", "金额"], ...rows]);

describe("payment-out-of-period", () => {
  test("a payment of 2024-01-15 in the 2023年度 ledger", () => {
    const wb = workbook(
      ledger([date(2023, 11, 30), "中国电信股份有限公司", "11月服务费", 938762.57], [date(2024, 1, 15), "中国电信股份有限公司", "12月服务费", 938762.57])
    );
    expect(briefs(wb, "payment-out-of-period")).toEqual([
      {
        rule: "payment-out-of-period",
        severity: "warning",
        cells: ["支付台账!A4", "支付台账!D4"],
        expected: { value: "2023", unit: "年" },
        actual: { value: "2024-01-15", unit: "" },
      },
    ]);
  });

  test("a text date 2022年12月30日 when the project info says 评价年度 2023", () => {
    const wb = workbook(
      sheet("项目信息", [
        ["项目名称", "政务服务外包项目"],
        ["主管部门", "海口市营商环境建设局"],
        ["实施单位", "海口市政务服务中心"],
        ["评价年度", 2023],
      ]),
      sheet("付款", [
        ["付款日期", "收款人", "金额"],
        ["2022年12月30日", "中国电信股份有限公司", 938762.57],
        ["2023年1月31日", "中国电信股份有限公司", 938762.57],
      ])
    );
    expect(briefs(wb, "payment-out-of-period")).toEqual([
      {
        rule: "payment-out-of-period",
        severity: "warning",
        cells: ["付款!A2", "付款!C2"],
        expected: { value: "2023", unit: "年" },
        actual: { value: "2022-12-30", unit: "" },
      },
    ]);
  });

  test("twin: 1 January and 31 December are inside the year", () => {
    const wb = workbook(
      ledger([date(2023, 1, 1), "中国电信股份有限公司", "1月服务费", 938762.57], [date(2023, 12, 31), "中国电信股份有限公司", "12月服务费", 938762.57])
    );
    expect(briefs(wb, "payment-out-of-period")).toEqual([]);
  });
});
