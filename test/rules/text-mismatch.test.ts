/** text-mismatch: a narrative figure labelled as a table column that disagrees with that column, beyond rounding and slips. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { workbook } from "../helpers/workbook";

describe("text-mismatch", () => {
  test("全年执行数10600000.00元 against the table's 10,655,546.85", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-全年执行数10600000.00元。"));
    expect(briefs(wb, "text-mismatch")).toEqual([
      {
        rule: "text-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!D4"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "10600000.00", unit: "元" },
      },
    ]);
    expect(briefs(wb, "digit-slip")).toEqual([]);
    expect(briefs(wb, "unit-slip")).toEqual([]);
  });

  test("the 全年预算数 written under 年初预算数 is checked against 年初预算数, not matched to the other column", () => {
    const wb = workbook(haikouBudget(), narrative("财政资金-年初预算数11268530.96元。"));
    expect(briefs(wb, "text-mismatch")).toEqual([
      {
        rule: "text-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!B5"],
        expected: { value: "11265500.00", unit: "元" },
        actual: { value: "11268530.96", unit: "元" },
      },
    ]);
  });

  test("in 万元: 全年预算数1100.00万元 against 1126.853096 万元, given back in the unit written", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-全年预算数1100.00万元。"));
    expect(briefs(wb, "text-mismatch")).toEqual([
      {
        rule: "text-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!C4"],
        expected: { value: "1126.85", unit: "万元" },
        actual: { value: "1100.00", unit: "万元" },
      },
    ]);
  });

  test("a labelled 0 where the table has money: 财政资金-全年执行数0元", () => {
    const wb = workbook(haikouBudget(), narrative("财政资金-全年执行数0元。"));
    expect(briefs(wb, "text-mismatch")).toEqual([
      {
        rule: "text-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!D5"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "0", unit: "元" },
      },
    ]);
  });

  test("a difference between two columns (较年初预算数调增3030.96元) is not read as the column it names", () => {
    // 11,268,530.96 − 11,265,500 = 3,030.96
    const wb = workbook(haikouBudget(), narrative("全年预算数较年初预算数调增3030.96元，原因是下半年社保缴费基数调整。"));
    expect(briefs(wb).filter((f) => ["text-mismatch", "digit-slip", "unit-slip"].includes(f.rule))).toEqual([]);
  });

  test("twin: the seed's 预算情况 and 资金执行情况 paragraphs agree with the table", () => {
    const wb = workbook(
      haikouBudget(),
      narrative(
        "资金总额-年初预算数11265500元，资金总额-全年预算数11268530.96元，",
        "财政资金-年初预算数11265500元财政资金-全年预算数11268530.96元，",
        "专户-年初预算数0元，专户全年预算数0元，",
        "单位年初预算数0元，单位全年预算数0元。",
        "资金总额-全年执行数10655546.85元，",
        "财政资金-全年执行数10655546.85元，",
        "专户全年执行数0元，单位全年执行数0元。",
        "全年执行数1065.55万元，全年预算数1126.85万元。"
      )
    );
    expect(briefs(wb).filter((f) => ["text-mismatch", "digit-slip", "unit-slip"].includes(f.rule))).toEqual([]);
  });
});
