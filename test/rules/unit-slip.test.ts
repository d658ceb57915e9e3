/** unit-slip: a narrative figure off by 10³/10⁴/10⁸ from the value it must equal, and a table caption its magnitudes contradict. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { date, sheet, workbook } from "../helpers/workbook";

describe("unit-slip", () => {
  test("seed: 政府采购支出1065.25元 against 全年执行数 10,655,546.85 元 is one unit slip, not also a digit slip", () => {
    // 10,655,546.85 元 = 1065.5546885 万元 → 1065.55 万元: 元 should be 万元, and 1065.25 differs from 1065.55 in one digit.
    const wb = workbook(haikouBudget(), narrative("2023年政府采购支出1065.25元，均为政务大厅外包项目。"));
    expect(briefs(wb).filter((f) => ["unit-slip", "digit-slip", "text-mismatch"].includes(f.rule))).toEqual([
      {
        rule: "unit-slip",
        severity: "error",
        cells: ["自评报告!A2", "预算!D4"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "1065.25", unit: "元" },
      },
    ]);
  });

  test("the seed's paragraph that says it twice over gives one finding per place it is written", () => {
    const wb = workbook(
      haikouBudget(),
      narrative(
        "2023年政府采购支出1065.25元，均为政务大厅外包项目。",
        "项目绩效目标基本完成，2023年政府采购支出1065.25元，均为政务大厅外包项目，余61.3万元未支付。完成预算94.56%。"
      )
    );
    expect(briefs(wb, "unit-slip").map((f) => f.cells)).toEqual([
      ["自评报告!A2", "预算!D4"],
      ["自评报告!A3", "预算!D4"],
    ]);
  });

  test("a pure unit slip: 1065.55元 where 1065.55 万元 is meant", () => {
    const wb = workbook(haikouBudget(), narrative("2023年政府采购支出1065.55元。"));
    expect(briefs(wb, "unit-slip")).toEqual([
      {
        rule: "unit-slip",
        severity: "error",
        cells: ["自评报告!A2", "预算!D4"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "1065.55", unit: "元" },
      },
    ]);
    expect(briefs(wb, "digit-slip")).toEqual([]);
  });

  test("万元 written where 元 is meant: 年初预算数11265500万元", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-年初预算数11265500万元。"));
    expect(briefs(wb, "unit-slip")).toEqual([
      {
        rule: "unit-slip",
        severity: "error",
        cells: ["自评报告!A2", "预算!B4"],
        expected: { value: "11265500.00", unit: "元" },
        actual: { value: "11265500", unit: "万元" },
      },
    ]);
    expect(briefs(wb, "text-mismatch")).toEqual([]);
  });

  test("twin: 1065.55万元 and 11265500元 are right and give no unit slip", () => {
    const wb = workbook(haikouBudget(), narrative("2023年政府采购支出1065.55万元。", "资金总额-年初预算数11265500元。"));
    expect(briefs(wb, "unit-slip")).toEqual([]);
    expect(briefs(wb, "digit-slip")).toEqual([]);
  });

  const ledger = (amounts: number[]) =>
    sheet("支付台账", [
      ["支付日期", "收款单位", "摘要", "金额（元）"],
      ...amounts.map((a, i) => [date(2023, 3 * (i + 1), 28), "中国电信股份有限公司", `第${i + 1}季度服务费`, a]),
    ]);

  test("a budget captioned 单位：万元 whose figures are in 元, as the ledger shows", () => {
    // Ledger: 2,816,375 × 2 + 2,530,000.50 + 2,492,796.35 = 10,655,546.85 元; the table says 10655546.85 万元.
    const wb = workbook(
      haikouBudget((rows) => {
        rows[1] = ["单位：万元"];
      }),
      ledger([2816375, 2816375, 2530000.5, 2492796.35])
    );
    expect(briefs(wb, "unit-slip")).toEqual([
      {
        rule: "unit-slip",
        severity: "error",
        cells: ["预算!D4", "支付台账!D2", "支付台账!D5"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "106555468500.00", unit: "元" },
      },
    ]);
    // One slip, one finding: the ledger check does not call it a sum mismatch too.
    expect(briefs(wb, "sum-mismatch")).toEqual([]);
  });

  test("twin: the same budget captioned 单位：元 agrees with the ledger", () => {
    const wb = workbook(haikouBudget(), ledger([2816375, 2816375, 2530000.5, 2492796.35]));
    expect(briefs(wb, "unit-slip")).toEqual([]);
    expect(briefs(wb, "sum-mismatch")).toEqual([]);
  });
});

describe("unit-slip: round figures without a concept word", () => {
  test("发放慰问金500元 beside a 5,000,000 元 budget is not a slip", () => {
    const { checkWorkbook } = require("../../src/core/check") as typeof import("../../src/core/check");
    const { sheet, report, workbook } = require("../helpers/workbook") as typeof import("../helpers/workbook");
    const wb = workbook(
      sheet("预算", [
        ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
        ["资金总额", 5000000, 5000000, 4800000],
      ]),
      report("自评报告", ["项目支出绩效自评报告", "年内发放慰问金500元，已按规定列支。"])
    );
    expect(checkWorkbook(wb).findings.filter((f) => f.rule === "unit-slip")).toEqual([]);
  });
});
