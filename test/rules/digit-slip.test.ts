/** digit-slip: a figure equal to the right one but for one dropped, added, swapped or mistyped digit. */
import { haikouBudget, haikouContract, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { workbook } from "../helpers/workbook";

const CONTRACT = "单位委托代理公司公开招标，中标方为中国电信股份有限公司，此笔政府采购项目授予央国企合同金额三年33795422.10元，";

describe("digit-slip", () => {
  test("seed: 一年1126140.7元 against the contract's 33,795,422.10 元 over 3 years drops the 5 of 11,265,140.70", () => {
    const wb = workbook(haikouBudget(), haikouContract(), narrative(CONTRACT + "一年1126140.7元。"));
    expect(briefs(wb, "digit-slip")).toEqual([
      {
        rule: "digit-slip",
        severity: "error",
        cells: ["自评报告!A2", "合同!D2", "合同!E2"],
        expected: { value: "11265140.70", unit: "元" },
        actual: { value: "1126140.7", unit: "元" },
      },
    ]);
    // The same slip is not also reported as annual × 3 ≠ total, nor as a unit slip.
    expect(briefs(wb, "multi-year-mismatch")).toEqual([]);
    expect(briefs(wb, "unit-slip")).toEqual([]);
    expect(briefs(wb, "text-mismatch")).toEqual([]);
  });

  test("twin: 一年11265140.7元 quotes the contract at its printed precision", () => {
    const wb = workbook(haikouBudget(), haikouContract(), narrative(CONTRACT + "一年11265140.7元。"));
    expect(briefs(wb, "digit-slip")).toEqual([]);
    expect(briefs(wb, "multi-year-mismatch")).toEqual([]);
  });

  test("two adjacent digits swapped: 全年执行数10655546.58元 for 10,655,546.85", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-全年执行数10655546.58元。"));
    expect(briefs(wb, "digit-slip")).toEqual([
      {
        rule: "digit-slip",
        severity: "error",
        cells: ["自评报告!A2", "预算!D4"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "10655546.58", unit: "元" },
      },
    ]);
    expect(briefs(wb, "text-mismatch")).toEqual([]);
  });

  test("a digit added: 年初预算数112655500元 for 11,265,500", () => {
    const wb = workbook(haikouBudget(), narrative("财政资金-年初预算数112655500元。"));
    expect(briefs(wb, "digit-slip")).toEqual([
      {
        rule: "digit-slip",
        severity: "error",
        cells: ["自评报告!A2", "预算!B5"],
        expected: { value: "11265500.00", unit: "元" },
        actual: { value: "112655500", unit: "元" },
      },
    ]);
  });

  test("twin: the same figures written right give no digit slip", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-全年执行数10655546.85元。", "财政资金-年初预算数11265500元。"));
    expect(briefs(wb, "digit-slip")).toEqual([]);
    expect(briefs(wb, "text-mismatch")).toEqual([]);
  });

  test("a figure one off in its last digit (1065.5546885 rounded twice, 1065.555 → 1065.56 万元) does not round right: a slip", () => {
    const wb = workbook(haikouBudget(), narrative("人员成本、其他费用及服务费，共计1065.56万元。"));
    const found = briefs(wb).filter((f) => ["digit-slip", "unit-slip", "text-mismatch"].includes(f.rule));
    expect(found.map((f) => [f.rule, f.cells[0]])).toEqual([["digit-slip", "自评报告!A2"]]);
  });

  test("a figure that rounds right from a 万元 table known only to 2 decimals is no slip (1065.55 万元 = 10,655,500 ± 50 元)", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[1] = ["单位：万元"];
        r[3] = ["资金总额", 1126.55, 1126.85, 1065.55, "", ""];
        r[4] = ["财政资金", 1126.55, 1126.85, 1065.55, "", ""];
        r[5] = ["财政专户管理资金", 0, 0, 0, "—", ""];
        r[6] = ["单位资金", 0, 0, 0, "—", ""];
      }),
      narrative("全年执行数10,655,512.40元。")
    );
    expect(briefs(wb).filter((f) => ["digit-slip", "unit-slip", "text-mismatch"].includes(f.rule))).toEqual([]);
  });
});

describe("digit-slip against a total the same sentence states", () => {
  test("seed without a contract table: 三年33795422.10元，一年1126140.7元 is a digit slip of 33,795,422.10 / 3", () => {
    const wb = workbook(haikouBudget(), narrative(CONTRACT + "一年1126140.7元。"));
    expect(briefs(wb, "digit-slip")).toEqual([
      {
        rule: "digit-slip",
        severity: "error",
        cells: ["自评报告!A2"],
        expected: { value: "11265140.70", unit: "元" },
        actual: { value: "1126140.7", unit: "元" },
      },
    ]);
    expect(briefs(wb, "multi-year-mismatch")).toEqual([]);
  });

  test("twin: 一年11265140.7元 agrees with its own three-year total", () => {
    const wb = workbook(haikouBudget(), narrative(CONTRACT + "一年11265140.7元。"));
    expect(briefs(wb, "digit-slip")).toEqual([]);
    expect(briefs(wb, "multi-year-mismatch")).toEqual([]);
  });
});
