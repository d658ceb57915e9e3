/** stray-unit: a unit that cannot apply to its figure, such as the 元 after a percentage. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs, findingsOf } from "../helpers/findings";
import { workbook } from "../helpers/workbook";

describe("stray-unit", () => {
  test("seed: 资金总额-执行率94.56%元", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-全年执行数10655546.85元，资金总额-执行率94.56%元"));
    expect(briefs(wb, "stray-unit")).toEqual([
      {
        rule: "stray-unit",
        severity: "error",
        cells: ["自评报告!A2"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "94.56", unit: "%元" },
      },
    ]);
    // The rate itself is right.
    expect(briefs(wb, "rate-mismatch")).toEqual([]);
  });

  test("a second money unit after a money figure: 支出1065.55万元元", () => {
    const wb = workbook(haikouBudget(), narrative("2023年政府采购支出1065.55万元元。"));
    expect(briefs(wb, "stray-unit")).toEqual([
      {
        rule: "stray-unit",
        severity: "error",
        cells: ["自评报告!A2"],
        expected: { value: "1065.55", unit: "万元" },
        actual: { value: "1065.55", unit: "万元元" },
      },
    ]);
    const f = findingsOf(wb, "stray-unit")[0]!;
    expect([f.message.key, f.message.params.right]).toEqual(["stray-unit.double", "1065.55万元"]);
  });

  test("a money unit in place of the percent sign: 资金总额-执行率94.56元", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-执行率94.56元。"));
    expect(briefs(wb, "stray-unit")).toEqual([
      {
        rule: "stray-unit",
        severity: "error",
        cells: ["自评报告!A2"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "94.56", unit: "元" },
      },
    ]);
  });

  test("twin: 财政资金-执行率94.56% and 1065.55万元 carry their own units only", () => {
    const wb = workbook(haikouBudget(), narrative("财政资金-全年执行数10655546.85元，财政资金-执行率94.56%", "2023年政府采购支出1065.55万元。"));
    expect(briefs(wb, "stray-unit")).toEqual([]);
  });
});
