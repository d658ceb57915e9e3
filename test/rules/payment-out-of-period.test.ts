/** payment-out-of-period: a ledger payment dated outside the evaluation year. */
import { CellGrid } from "../../src/core/grid";
import { plainRows, type WorkbookSnapshot } from "../../src/core/snapshot";
import { SharedStrings } from "../../src/io/shared-strings";
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

/** The same sheets with their cells in a CellGrid, as the .xlsx reader holds them. */
function onGrid(wb: WorkbookSnapshot): WorkbookSnapshot {
  const strings = new SharedStrings();
  return {
    sheets: wb.sheets.map((s) => {
      const grid = new CellGrid(strings);
      plainRows(s).forEach((row, r) => row?.forEach((c, col) => c && grid.add(r, col, c.v, grid.formatId(c.fmt), c.f)));
      return { ...s, rows: grid };
    }),
  };
}

describe("payment-out-of-period reads dates as numbers by their format", () => {
  // Serials 1,024 days apart share a slot of the day cache: each must still be its own day.
  const late = date(2024, 6, 1);
  const wb = workbook(
    ledger(
      [late, "中国电信股份有限公司", "6月服务费", 100],
      [{ v: (late.v as number) - 1024, fmt: late.fmt }, "中国电信股份有限公司", "旧账", 200],
      [date(2023, 6, 1), "中国电信股份有限公司", "6月服务费", 300],
      [{ v: (late.v as number) - 2048 }, "中国电信股份有限公司", "无日期格式的数", 400],
      [{ v: 2958466, fmt: "yyyy-mm-dd" }, "中国电信股份有限公司", "超出日期范围", 500],
      // A time of day alone, as serial 0.5: day 0, which Excel shows as 1900-01-00 and the 1900 system puts before 1900.
      [{ v: 0.5, fmt: "yyyy-mm-dd h:mm" }, "中国电信股份有限公司", "只有时间", 600]
    )
  );
  test.each([
    ["plain rows", wb],
    ["a cell grid", onGrid(wb)],
  ])(
    "in %s: 2024-06-01 and the day 1,024 days before, 2021-08-12, each itself; a number without a date format or past 9999 is no date; a time alone is day 0",
    (_, snapshot) => {
      expect(briefs(snapshot, "payment-out-of-period").map((f) => [f.cells, f.actual?.value])).toEqual([
        [["支付台账!A3", "支付台账!D3"], "2024-06-01"],
        [["支付台账!A4", "支付台账!D4"], "2021-08-12"],
        [["支付台账!A8", "支付台账!D8"], "1899-12-31"],
      ]);
    }
  );
});
