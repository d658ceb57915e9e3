/** multi-year-mismatch: an annual figure × years ≠ the multi-year total, in a contract table or in one sentence. */
import { haikouBudget, haikouContract, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { workbook } from "../helpers/workbook";

describe("multi-year-mismatch", () => {
  test("a contract row: 年度金额 11,256,500 × 3 = 33,769,500 ≠ 合同金额 33,796,500", () => {
    const wb = workbook(
      haikouContract((r) => {
        r[0] = ["合同编号", "供应商", "合同金额（元）", "年度金额（元）", "服务期限（年）"];
        r[1] = ["HK-2023-001", "中国电信股份有限公司", 33796500, 11256500, 3];
      })
    );
    expect(briefs(wb, "multi-year-mismatch")).toEqual([
      {
        rule: "multi-year-mismatch",
        severity: "error",
        cells: ["合同!D2", "合同!C2", "合同!E2"],
        expected: { value: "11265500.00", unit: "元" },
        actual: { value: "11256500.00", unit: "元" },
      },
    ]);
  });

  test("twin: 11,265,500 × 3 = 33,796,500", () => {
    const wb = workbook(
      haikouContract((r) => {
        r[0] = ["合同编号", "供应商", "合同金额（元）", "年度金额（元）", "服务期限（年）"];
        r[1] = ["HK-2023-001", "中国电信股份有限公司", 33796500, 11265500, 3];
      })
    );
    expect(briefs(wb, "multi-year-mismatch")).toEqual([]);
  });

  test("one sentence: 总预算：￥33796500.00元/三年；￥11000000.00元/年 (no table to trace either to)", () => {
    const wb = workbook(narrative("海口市政务服务中心服务外包项目总预算：￥33796500.00元/三年；￥11000000.00元/年。"));
    expect(briefs(wb, "multi-year-mismatch")).toEqual([
      {
        rule: "multi-year-mismatch",
        severity: "error",
        cells: ["自评报告!A2"],
        expected: { value: "11265500.00", unit: "元" },
        actual: { value: "11000000.00", unit: "元" },
      },
    ]);
  });

  test("twin: the seed's ￥33796500.00元/三年；￥11265500.00元/年, with and without the budget sheet", () => {
    const text = "海口市政务服务中心服务外包项目总预算：￥33796500.00元/三年；￥11265500.00元/年。";
    expect(briefs(workbook(narrative(text)), "multi-year-mismatch")).toEqual([]);
    const withBudget = briefs(workbook(haikouBudget(), narrative(text)));
    expect(withBudget.filter((f) => ["multi-year-mismatch", "digit-slip", "unit-slip", "text-mismatch"].includes(f.rule))).toEqual([]);
  });

  test("a total in 万元 and a yearly figure in 元: 三年3379.65万元，每年11265500元 agree to the precision of 万元 at two places", () => {
    // 3379.65 万元 = 33,796,500 元; / 3 = 11,265,500.
    const wb = workbook(narrative("项目总预算三年3379.65万元，一年11265500元。"));
    expect(briefs(wb, "multi-year-mismatch")).toEqual([]);
  });
});
