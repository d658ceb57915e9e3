/** Contract tables: 合同编号 / 合同金额 / 服务期限 with the per-year amount derived, 万元 and English variants. */
import { deriveFacts } from "../../src/core/facts";
import { buildModel } from "../../src/core/recognize/build";
import { roles, yuan } from "../helpers/model";
import { date, sheet, workbook } from "../helpers/workbook";

describe("contract table recognition", () => {
  test("合同编号 / 合同名称 / 供应商 / 合同金额（元） / 服务期限（年） / 签订日期, with a 合计 row", () => {
    const model = buildModel(
      workbook(
        sheet("合同", [
          ["合同编号", "合同名称", "供应商", "合同金额（元）", "服务期限（年）", "签订日期"],
          ["HK-2023-001", "政务大厅政务服务外包项目合同", "中国电信股份有限公司", 33795422.1, 3, date(2023, 7, 28)],
          ["HK-2023-002", "大厅保洁服务合同", "海口某物业公司", 300000, "1年", date(2023, 1, 5)],
          ["合计", undefined, undefined, 34095422.1],
        ])
      )
    );
    expect(roles(model)).toEqual([["合同", "contracts"]]);
    const t = model.contracts[0]!;
    expect(t.contracts.map((c) => [c.id, c.name, c.vendor, yuan(c.amount), c.years?.num?.value.toString()])).toEqual([
      ["HK-2023-001", "政务大厅政务服务外包项目合同", "中国电信股份有限公司", "33795422.10", "3"],
      ["HK-2023-002", "大厅保洁服务合同", "海口某物业公司", "300000.00", "1"],
    ]);
    expect(t.contracts[0]!.signDate?.ref).toEqual({ sheet: "合同", row: 1, col: 5 });
    // 33,795,422.10 / 3 = 11,265,140.70 a year; 300,000 / 1.
    const known = deriveFacts(model)
      .known.filter((k) => k.quantity === "contract-annual")
      .map((k) => k.yuan.toFixed(2));
    expect(known).toEqual(["11265140.70", "300000.00"]);
  });

  test("中标金额 and 年度金额 in 万元 under a 单位：万元 caption, sheet 表3", () => {
    const model = buildModel(
      workbook(
        sheet("表3", [
          ["政府采购合同一览", undefined, undefined, "单位：万元"],
          ["合同号", "乙方", "中标金额", "年度金额", "合同期限"],
          ["HK-2023-001", "中国电信股份有限公司", 3379.54221, 1126.51407, 3],
        ])
      )
    );
    expect(roles(model)).toEqual([["表3", "contracts"]]);
    const c = model.contracts[0]!.contracts[0]!;
    expect(model.contracts[0]!.scale).toBe("万元");
    expect([c.id, c.vendor, yuan(c.amount), yuan(c.annual), c.years?.num?.value.toString()]).toEqual([
      "HK-2023-001",
      "中国电信股份有限公司",
      "33795422.10",
      "11265140.70",
      "3",
    ]);
  });

  test("a plain 金额 column beside 合同编号 (no payment date) is a contract table", () => {
    const model = buildModel(
      workbook(
        sheet("Sheet2", [
          ["合同编号", "合同名称", "乙方", "金额", "签订日期"],
          ["CG-01", "窗口服务外包", "中国电信股份有限公司", 11265500, "2023-07-28"],
        ])
      )
    );
    expect(roles(model)).toEqual([["Sheet2", "contracts"]]);
    expect(model.ledgers).toHaveLength(0);
    expect(yuan(model.contracts[0]!.contracts[0]!.amount)).toBe("11265500.00");
  });

  test("a term in months (36个月, or a 服务期限（月） header) is read in years", () => {
    const model = buildModel(
      workbook(
        sheet("合同", [
          ["合同编号", "供应商", "合同金额（元）", "服务期限"],
          ["HK-2023-001", "中国电信股份有限公司", 33795422.1, "36个月"],
        ]),
        sheet("合同2", [
          ["合同编号", "供应商", "合同金额（元）", "服务期限（月）"],
          ["HK-2023-002", "海口某物业公司", 300000, 18],
        ])
      )
    );
    expect(model.contracts.map((t) => t.contracts[0]!.years?.num?.value.toString())).toEqual(["3", "1.5"]);
    // 33,795,422.10 / 3 = 11,265,140.70; 300,000 / 1.5 = 200,000.
    const known = deriveFacts(model)
      .known.filter((k) => k.quantity === "contract-annual")
      .map((k) => k.yuan.toFixed(2));
    expect(known).toEqual(["11265140.70", "200000.00"]);
  });

  test("English headers Contract no. / Vendor / Contract amount / Annual amount / Years", () => {
    const model = buildModel(
      workbook(
        sheet("Contracts", [
          ["Contract no.", "Contract name", "Vendor", "Contract amount", "Annual amount", "Years"],
          ["HK-2023-001", "Service hall outsourcing", "China Telecom", 33795422.1, 11265140.7, 3],
        ])
      )
    );
    expect(roles(model)).toEqual([["Contracts", "contracts"]]);
    const c = model.contracts[0]!.contracts[0]!;
    expect([c.id, c.name, c.vendor, yuan(c.amount), yuan(c.annual)]).toEqual([
      "HK-2023-001",
      "Service hall outsourcing",
      "China Telecom",
      "33795422.10",
      "11265140.70",
    ]);
  });
});
