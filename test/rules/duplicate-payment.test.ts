/** duplicate-payment: the same payee, amount and date twice in the ledger. */
import fc from "fast-check";
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

  test("any ledger: exactly the payments sharing amount, day and payee, whatever form the date takes", () => {
    // Small pools make repeats likely; amounts past 2^32 分, negative and tiny ones; a day written three ways.
    const amounts = [1200, 56000.1, -300.5, 98765432109.12, 0.01, 1200.01];
    const payees = ["中国电信股份有限公司", "中国电信 股份有限公司", "海口某物业公司", "某咨询公司"];
    const days = [
      [2023, 3, 1],
      [2023, 8, 31],
      [2024, 1, 9],
    ] as const;
    const row = fc.record({ a: fc.nat(amounts.length - 1), p: fc.nat(payees.length - 1), d: fc.nat(days.length - 1), form: fc.nat(2) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 0, maxLength: 40 }), (rows) => {
        const cells = rows.map(({ a, p, d, form }) => {
          const [y, m, day] = days[d]!;
          const when =
            form === 0 ? date(y, m, day) : form === 1 ? `${y}年${m}月${day}日` : `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          return [when, payees[p]!, "款项", amounts[a]!];
        });
        const groups = new Map<string, string[]>();
        rows.forEach(({ a, p, d }, i) => {
          // The first two payees differ only by a space.
          const k = `${a}|${d}|${Math.max(p, 1)}`;
          groups.set(k, [...(groups.get(k) ?? []), `支付台账!D${i + 3}`]);
        });
        const want = [...groups.values()].filter((g) => g.length > 1);
        expect(briefs(workbook(ledger(...cells)), "duplicate-payment").map((f) => f.cells)).toEqual(want);
      })
    );
  });
});
