/** duplicate-payment: the same payee, amount and date twice in the ledger. */
import { briefs } from "../helpers/findings";
import { type CellInput, date, sheet, workbook } from "../helpers/workbook";

const ledger = (...rows: CellInput[][]) => sheet("支付台账", [["2023年度支付明细"], ["支付日期", "收款单位", "摘要", "金额"], ...rows]);

describe("duplicate-payment", () => {
  test("8月服务费 entered twice: same date, same payee (spacing aside), same amount", () => {
    const wb = workbook(
      ledger(
        [date(2023, 8, 31), "中国电信股份有限公司", "8月服务费", 938762.57],
        [date(2023, 9, 30), "中国电信股份有限公司", "9月服务费", 938762.57],
        [date(2023, 8, 31), "中国电信 股份有限公司", "8月服务费（补录）", 938762.57]
      )
    );
    expect(briefs(wb, "duplicate-payment")).toEqual([
      {
        rule: "duplicate-payment",
        severity: "warning",
        cells: ["支付台账!D3", "支付台账!D5"],
        expected: null,
        actual: { value: "938762.57", unit: "元" },
      },
    ]);
  });

  test("twin: the same monthly fee to the same payee on different dates", () => {
    const wb = workbook(
      ledger(
        [date(2023, 8, 31), "中国电信股份有限公司", "8月服务费", 938762.57],
        [date(2023, 9, 30), "中国电信股份有限公司", "9月服务费", 938762.57],
        [date(2023, 10, 31), "中国电信股份有限公司", "10月服务费", 938762.57]
      )
    );
    expect(briefs(wb, "duplicate-payment")).toEqual([]);
  });

  test("twin: same date and amount to two payees, or amounts a 分 apart", () => {
    const wb = workbook(
      ledger(
        [date(2023, 8, 31), "中国电信股份有限公司", "8月服务费", 938762.57],
        [date(2023, 8, 31), "海口某物业公司", "8月保洁费", 938762.57],
        [date(2023, 8, 31), "中国电信股份有限公司", "8月话费", 938762.58]
      )
    );
    expect(briefs(wb, "duplicate-payment")).toEqual([]);
  });

  test("two repeated amounts among others, one entered three times: each found once, in ledger order", () => {
    const wb = workbook(
      ledger(
        [date(2023, 3, 1), "某物业公司", "保洁费", 1200],
        [date(2023, 5, 8), "某设备公司", "设备款", 56000.1],
        [date(2023, 3, 1), "某物业公司", "保洁费", 1200],
        [date(2023, 6, 2), "某咨询公司", "咨询费", 3300],
        [date(2023, 5, 8), "某设备公司", "设备款", 56000.1],
        [date(2023, 3, 1), "某物业公司", "保洁费（补录）", 1200]
      )
    );
    expect(briefs(wb, "duplicate-payment").map((f) => f.cells)).toEqual([
      ["支付台账!D3", "支付台账!D5", "支付台账!D8"],
      ["支付台账!D4", "支付台账!D7"],
    ]);
  });
});
