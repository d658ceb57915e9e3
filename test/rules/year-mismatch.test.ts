import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { renderMessage } from "../../src/core/i18n";
import type { CellInput } from "../helpers/workbook";
import { date, num, report, sheet, workbook } from "../helpers/workbook";

function budget() {
  return sheet("预算", [
    ["2023年度项目资金预算执行情况"],
    ["单位：元"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["资金总额", 11265500, 11268530.96, 10655546.85, num(0.945602, "0.00%")],
  ]);
}

function narrative(...paragraphs: string[]) {
  return report("自评报告", ["海口市政务服务中心2023年度项目支出绩效自评报告", ...paragraphs]);
}

function info(year: CellInput = "2023年") {
  return sheet("项目信息", [
    ["项目名称", "海口市政务服务中心窗口服务外包"],
    ["评价年度", year],
    ["主管部门", "海口市政务服务中心"],
    ["实施单位", "海口市政务服务中心"],
  ]);
}

function evalForm(title: string) {
  return sheet("自评表", [
    [title],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "执行率"],
    [null, "年度资金总额", 1126.55, 1126.853096, 1065.554685, num(0.945602, "0.00%")],
  ]);
}

function contracts(sign: CellInput, start: CellInput, end: CellInput) {
  return sheet("合同", [
    ["合同编号", "合同名称", "供应商", "合同金额", "签订日期", "服务起始日期", "服务截止日期"],
    ["HK-2023-017", "政务服务窗口外包服务", "中国电信股份有限公司海南分公司", 33795422.1, sign, start, end],
  ]);
}

function years(...sheets: ReturnType<typeof sheet>[]): Finding[] {
  return checkWorkbook(workbook(...sheets)).findings.filter((f) => f.rule === "year-mismatch");
}

describe("a current-year amount dated to another year", () => {
  test("“2022年政府采购支出1065.55万元” in a 2023 evaluation: 1065.55 万元 = 全年执行数 10,655,546.85 元", () => {
    const f = years(budget(), narrative("2022年政府采购支出1065.55万元，完成预算94.56%。"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "year-mismatch",
      severity: "error",
      cells: ["自评报告!A2", "预算!D4"],
      message: { key: "year-mismatch.text", params: { written: 2022, year: 2023, expected: { value: "1065.55", unit: "万元" } } },
      expected: { value: "2023", unit: "年" },
      actual: { value: "2022", unit: "年" },
    });
    expect(renderMessage(f[0]!, "zh-CN")).toContain("2022年政府采购支出1065.55万元");
    expect(renderMessage(f[0]!, "en")).toContain("evaluation year 2023");
  });

  test("twin: the same sentence dated 2023", () => {
    expect(years(budget(), narrative("2023年政府采购支出1065.55万元，完成预算94.56%。"))).toEqual([]);
  });

  test.each([
    ["a carry-over", "2022年结转资金及本年预算合计支出1065.55万元。"],
    ["a document number", "依据琼府办〔2022〕159号文件，本年政府采购支出1065.55万元。"],
    ["a policy name", "按照《2022年度政府购买服务指导性目录》，政府采购支出1065.55万元。"],
    ["an event date with a month", "2022年12月批复预算后，政府采购支出1065.55万元。"],
    ["a multi-year span", "2021-2023年合同期内，政府采购支出1065.55万元。"],
    ["an approval in the prior year", "2022年批复预算1126.55万元。"],
    ["a document named by its year", "依据琼府办2022年文件，本年政府采购支出1065.55万元。"],
    ["a comparison", "较上年同期，2022年政府采购支出1065.55万元。"],
  ])("twin: %s is not flagged", (_, text) => {
    expect(years(budget(), narrative(text))).toEqual([]);
  });
});

test("twin: a multi-year amount (项目总预算) is not the evaluation year's", () => {
  const withTotal = sheet("项目信息", [
    ["项目名称", "窗口服务外包"],
    ["评价年度", "2023年"],
    ["主管部门", "政务服务中心"],
    ["项目总预算（元）", 33796500],
  ]);
  expect(years(withTotal, budget(), narrative("2022年项目总预算33796500.00元。"))).toEqual([]);
  // The same sentence quoting the year's 年初预算数 is flagged.
  expect(years(withTotal, budget(), narrative("2022年项目预算11265500.00元。")).map((f) => f.cells)).toEqual([["自评报告!A2", "预算!B4"]]);
});

describe("title years", () => {
  test("a form titled 2022年度 while the project info says 评价年度 2023", () => {
    const f = years(info(), evalForm("2022年度项目支出绩效自评表"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "year-mismatch",
      severity: "error",
      cells: ["自评表!A1", "项目信息!B2"],
      message: { key: "year-mismatch.title" },
      expected: { value: "2023", unit: "年" },
      actual: { value: "2022", unit: "年" },
    });
  });

  test("the national title form （2022年度） is read too", () => {
    const f = years(info(2023), evalForm("项目支出绩效自评表（2022年度）"));
    expect(f.map((x) => [x.message.key, x.cells[0], x.actual?.value])).toEqual([["year-mismatch.title", "自评表!A1", "2022"]]);
  });

  test("twins: a matching title, and a title with only a document number", () => {
    expect(years(info(), evalForm("项目支出绩效自评表（2023年度）"))).toEqual([]);
    expect(years(info(), evalForm("琼财绩〔2022〕5号附件：项目支出绩效自评表"))).toEqual([]);
    expect(years(info(), evalForm("2023—2025年度项目支出绩效自评表"))).toEqual([]);
  });

  test("no 评价年度: a title that disagrees with the other title and the report's years is a warning", () => {
    const f = years(evalForm("项目支出绩效自评表（2022年度）"), narrative("2023年8月4日，服务商进驻大厅。2023年全年窗口服务正常运转，群众满意。"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "warning",
      cells: ["自评表!A1", "自评报告!A1"],
      message: { key: "year-mismatch.title-conflict" },
      expected: { value: "2023", unit: "年" },
      actual: { value: "2022", unit: "年" },
    });
  });

  test("twin: titles that agree", () => {
    expect(years(evalForm("项目支出绩效自评表（2023年度）"), narrative("2023年8月4日，服务商进驻大厅。2023年全年窗口服务正常运转，群众满意。"))).toEqual([]);
  });
});

describe("contract dates", () => {
  test("signed after the service started", () => {
    const f = years(contracts(date(2023, 8, 10), date(2023, 8, 4), date(2026, 8, 3)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "year-mismatch",
      severity: "warning",
      cells: ["合同!E2", "合同!F2"],
      message: { key: "year-mismatch.contract-signed-late", params: { name: "政务服务窗口外包服务" } },
      expected: { value: "2023-08-04", unit: "" },
      actual: { value: "2023-08-10", unit: "" },
    });
  });

  test("service ending before it starts (dates written as text)", () => {
    const f = years(contracts("2023年7月28日", "2023-08-04", "2022-08-03"));
    expect(f.map((x) => [x.message.key, x.cells, x.actual?.value])).toEqual([
      ["year-mismatch.contract-ends-before-start", ["合同!G2", "合同!F2"], "2022-08-03"],
    ]);
  });

  test("twin: a three-year contract signed before it starts is fine, across years", () => {
    expect(years(contracts(date(2023, 7, 28), date(2023, 8, 4), date(2026, 8, 3)))).toEqual([]);
  });
});

// Issue 7: deadlines and positions the narrative dates against the evaluation year.
describe("narrative dates (issue 7)", () => {
  /** A form of `year` in 万元 whose 年度总体目标 row reads `goal` | `done`. */
  function goalForm(goal: string, done = "全年完成培训任务", year = 2023) {
    return sheet(
      "自评表",
      [
        [`项目支出绩效自评表（${year}年度）`],
        ["项目名称", "职业技能培训项目"],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 100, 100, 95, 10, num(0.95, "0.00%"), 9.5],
        ["年度总体目标", "预期目标", null, null, "实际完成情况"],
        [null, goal, null, null, done],
      ],
      { merges: ["A1:H1", "A3:A4"] }
    );
  }
  const keys = (...sheets: ReturnType<typeof sheet>[]) =>
    years(...sheets).map((f) => [
      f.message.key,
      f.severity,
      f.cells,
      f.expected && f.expected.value + f.expected.unit,
      f.actual && f.actual.value + f.actual.unit,
    ]);

  test("a 2023 form's 总体目标 “在2022年12月31日前…” → deadline-before-year", () => {
    expect(keys(goalForm("在2022年12月31日前完成全年培训任务"))).toEqual([["year-mismatch.deadline-before-year", "error", ["自评表!B6"], "2023年", "2022年"]]);
  });

  test("twin: “在2023年12月31日前…” → nothing", () => {
    expect(keys(goalForm("在2023年12月31日前完成全年培训任务"))).toEqual([]);
  });

  test("the same date as history (原计划…因…延期) → nothing", () => {
    expect(keys(goalForm("完成全年培训任务"), narrative("项目目标原计划于2022年12月31日前完成，因疫情影响延期至本年度实施。"))).toEqual([]);
  });

  test("a 2024 report “截至2025年6月已拨付100.6万元” → status-after-year warning", () => {
    expect(keys(report("自评报告", ["某中心2024年度项目支出绩效自评报告", "截至2025年6月已拨付100.6万元。"]))).toEqual([
      ["year-mismatch.status-after-year", "warning", ["自评报告!A2"], "2024年", "2025年"],
    ]);
  });

  test("twin: marked （期后进展） → nothing", () => {
    expect(keys(report("自评报告", ["某中心2024年度项目支出绩效自评报告", "（期后进展）截至2025年6月已拨付100.6万元。"]))).toEqual([]);
  });

  test("twin: 截至2024年12月 (the year's own end) → nothing", () => {
    expect(keys(report("自评报告", ["某中心2024年度项目支出绩效自评报告", "截至2024年12月已拨付100.6万元。"]))).toEqual([]);
  });
});
