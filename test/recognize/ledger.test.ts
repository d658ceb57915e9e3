/** Payment ledgers: header synonyms, dates as serials or text, blank and 合计 rows, 万元 amounts, English headers. */
import { deriveFacts } from "../../src/core/facts";
import { payments } from "../../src/core/ledger";
import type { Ledger } from "../../src/core/model";
import { buildModel } from "../../src/core/recognize/build";
import { roles, yuan } from "../helpers/model";
import { date, sheet, workbook } from "../helpers/workbook";

function rows(l: Ledger) {
  return payments(l).map((p) => [p.row, p.ymd ? `${p.ymd.year}-${p.ymd.month}-${p.ymd.day}` : null, p.payee, p.memo, p.yuan.toFixed(2)]);
}

describe("payment ledger recognition", () => {
  test("支付日期 / 收款单位 / 摘要 / 金额 under a title, with a blank row, a 小计 and a 合计 row", () => {
    const model = buildModel(
      workbook(
        sheet(
          "支付台账",
          [
            ["2023年度项目资金支付明细"],
            ["单位：元"],
            ["序号", "支付日期", "收款单位", "摘要", "金额"],
            [1, date(2023, 3, 15), "中国电信股份有限公司", "1-3月劳务派遣费", 2816375],
            [2, date(2023, 6, 20), "中国电信股份有限公司", "4-6月劳务派遣费", 2816375],
            [],
            [3, date(2023, 9, 28), "中国电信股份有限公司", "7-9月服务费", 2530000.5],
            ["小计", undefined, undefined, undefined, 8162750.5],
            [4, "2023-12-25", "海口某物业公司", "大厅保洁费", 2492796.35],
            ["合计", undefined, undefined, undefined, 10655546.85],
          ],
          { merges: ["A1:E1"] }
        )
      )
    );
    expect(roles(model)).toEqual([["支付台账", "payments"]]);
    const l = model.ledgers[0]!;
    expect(l.headerRow).toBe(2);
    expect(l.amountCol).toBe(4);
    expect(l.scale).toBe("元");
    expect(rows(l)).toEqual([
      [3, "2023-3-15", "中国电信股份有限公司", "1-3月劳务派遣费", "2816375.00"],
      [4, "2023-6-20", "中国电信股份有限公司", "4-6月劳务派遣费", "2816375.00"],
      [6, "2023-9-28", "中国电信股份有限公司", "7-9月服务费", "2530000.50"],
      [8, "2023-12-25", "海口某物业公司", "大厅保洁费", "2492796.35"],
    ]);
    expect(l.totals.map((t) => [t.ref.row, yuan(t)])).toEqual([
      [7, "8162750.50"],
      [9, "10655546.85"],
    ]);
    // 2816375 + 2816375 + 2530000.50 + 2492796.35 = 10655546.85
    const facts = deriveFacts(model);
    expect(facts.ledgerTotal?.yuan.toFixed(2)).toBe("10655546.85");
    expect(facts.ledgerTotal?.refs).toEqual([
      { sheet: "支付台账", row: 3, col: 4 },
      { sheet: "支付台账", row: 8, col: 4 },
    ]);
  });

  test("amounts in 万元 (金额（万元）), text dates, a 合同编号 column, sheet Sheet1", () => {
    const model = buildModel(
      workbook(
        sheet("Sheet1", [
          ["付款日期", "收款人", "用途", "合同编号", "金额（万元）"],
          ["2023年1月31日", "中国电信股份有限公司", "1月服务费", "HK-2023-001", 93.878],
          ["2023/2/28", "中国电信股份有限公司", "2月服务费", "HK-2023-001", 93.878],
          ["2023.03.31", "中国电信股份有限公司", "3月服务费", "HK-2023-001", "93.878"],
        ])
      )
    );
    expect(roles(model)).toEqual([["Sheet1", "payments"]]);
    const l = model.ledgers[0]!;
    expect(l.scale).toBe("万元");
    expect(rows(l)).toEqual([
      [1, "2023-1-31", "中国电信股份有限公司", "1月服务费", "938780.00"],
      [2, "2023-2-28", "中国电信股份有限公司", "2月服务费", "938780.00"],
      [3, "2023-3-31", "中国电信股份有限公司", "3月服务费", "938780.00"],
    ]);
    expect(payments(l)[2]!.asText).toBe(true);
    expect(model.contracts).toHaveLength(0);
    // 3 × 938,780 = 2,816,340
    expect(deriveFacts(model).ledgerTotal?.yuan.toFixed(2)).toBe("2816340.00");
  });

  test("English headers Date / Payee / Description / Amount with a Total row, sheet Payments", () => {
    const model = buildModel(
      workbook(
        sheet("Payments", [
          ["Payments 2023 (unit: yuan)"],
          ["Date", "Payee", "Description", "Amount"],
          [date(2023, 4, 1, "m/d/yyyy"), "China Telecom", "Q1 service fee", 120000],
          [date(2023, 7, 1, "m/d/yyyy"), "China Telecom", "Q2 service fee", 120000.25],
          [undefined, undefined, undefined, undefined],
          ["Total", undefined, undefined, 240000.25],
        ])
      )
    );
    expect(roles(model)).toEqual([["Payments", "payments"]]);
    const l = model.ledgers[0]!;
    expect(rows(l)).toEqual([
      [2, "2023-4-1", "China Telecom", "Q1 service fee", "120000.00"],
      [3, "2023-7-1", "China Telecom", "Q2 service fee", "120000.25"],
    ]);
    expect(l.totals.map(yuan)).toEqual(["240000.25"]);
  });

  test("an exported 明细账: 本月合计 and 本年累计 rows in the 摘要 column are totals, not payments", () => {
    const model = buildModel(
      workbook(
        sheet("明细账", [
          ["日期", "凭证号", "摘要", "借方金额", "收款单位"],
          [date(2023, 8, 31), "记-0031", "支付8月服务费", 938762.57, "中国电信股份有限公司"],
          [undefined, undefined, "本月合计", 938762.57],
          [undefined, undefined, "本年累计", 938762.57],
          [date(2023, 9, 28), "记-0045", "支付9月服务费", 938762.57, "中国电信股份有限公司"],
          [undefined, undefined, "本月合计", 938762.57],
          [undefined, undefined, "本年累计", 1877525.14],
        ])
      )
    );
    expect(roles(model)).toEqual([["明细账", "payments"]]);
    const l = model.ledgers[0]!;
    expect(rows(l)).toEqual([
      [1, "2023-8-31", "中国电信股份有限公司", "支付8月服务费", "938762.57"],
      [4, "2023-9-28", "中国电信股份有限公司", "支付9月服务费", "938762.57"],
    ]);
    expect(l.totals.map((t) => [t.ref.row, yuan(t)])).toEqual([
      [2, "938762.57"],
      [3, "938762.57"],
      [5, "938762.57"],
      [6, "1877525.14"],
    ]);
    // 938,762.57 × 2
    expect(deriveFacts(model).ledgerTotal?.yuan.toFixed(2)).toBe("1877525.14");
  });

  test("English amount caption in the header: Amount (10,000 yuan)", () => {
    const model = buildModel(
      workbook(
        sheet("Sheet1", [
          ["Paid on", "Payee", "Purpose", "Amount (10,000 yuan)"],
          ["2023-08-31", "China Telecom", "August fee", 93.876257],
        ])
      )
    );
    expect(roles(model)).toEqual([["Sheet1", "payments"]]);
    expect(model.ledgers[0]!.scale).toBe("万元");
    expect(rows(model.ledgers[0]!)).toEqual([[1, "2023-8-31", "China Telecom", "August fee", "938762.57"]]);
  });

  test("a caption 单位：万元 above the header scales a plain 金额 column; text that is no number is not a payment", () => {
    const model = buildModel(
      workbook(
        sheet("台账", [["单位：万元"], ["日期", "供应商", "金额"], [date(2023, 5, 6), "海南某公司", 12.5], [date(2023, 5, 7), "海南某公司", "以下空白"]])
      )
    );
    const l = model.ledgers[0]!;
    expect(l.scale).toBe("万元");
    expect(rows(l)).toEqual([[2, "2023-5-6", "海南某公司", "", "125000.00"]]);
  });
});

describe("ledger amounts are exact to the 分 at any size", () => {
  const ledgerOf = (...amounts: Array<number | string>) =>
    buildModel(workbook(sheet("台账", [["支付日期", "收款单位", "金额"], ...amounts.map((a) => [date(2023, 5, 1), "某公司", a])]))).ledgers[0]!;

  test("sub-分 amounts and text amounts add up exactly", () => {
    const l = ledgerOf(0.1, 0.2, 1234.567, "1,000.10");
    expect(l.total.toFixed(3)).toBe("2234.967");
    expect(l.asText).toEqual([3]);
    expect(payments(l).map((p) => p.yuan.toString())).toEqual(["0.1", "0.2", "1234.567", "1000.1"]);
  });

  test("a sum past 2^53 分 stays exact", () => {
    const l = ledgerOf(50000000000000.01, 50000000000000.01);
    expect(l.total.toFixed(2)).toBe("100000000000000.02");
  });
});
