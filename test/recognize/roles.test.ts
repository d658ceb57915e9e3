/** Sheet roles read from content whatever the sheet is called: project info, narrative, hidden sheets, and data that is none of ours. */
import { deriveFacts } from "../../src/core/facts";
import { buildModel } from "../../src/core/recognize/build";
import { budgetRows, roles } from "../helpers/model";
import { date, num, report, sheet, workbook } from "../helpers/workbook";
import { reportText } from "../helpers/seed";

const SEED = reportText()
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "");

const info = sheet("基本信息", [
  ["项目基本信息"],
  ["项目名称", "政务大厅政务服务外包项目", "主管部门", "海口市营商环境建设局"],
  ["实施单位", "海口市政务服务中心", "项目负责人", "蔡某"],
  ["评价年度", "2023年"],
  ["项目总预算（元）", 33796500],
  ["项目周期（年）", 3],
]);

const budget = sheet("Sheet1", [
  ["单位：元"],
  ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
  ["资金总额", 11265500, 11268530.96, 10655546.85, num(0.9456, "0.00%")],
  ["财政资金", 11265500, 11268530.96, 10655546.85, num(0.9456, "0.00%")],
]);

const hiddenLedger = sheet(
  "旧台账",
  [
    ["支付日期", "收款单位", "摘要", "金额"],
    [date(2023, 8, 31), "中国电信股份有限公司", "8月服务费", 1126514.07],
  ],
  { hidden: true }
);

const roster = sheet("人员名单", [
  ["序号", "姓名", "性别", "岗位", "联系电话", "入职日期"],
  [1, "王某", "女", "综合窗口", "0898-66668888", date(2021, 3, 1)],
  [2, "李某", "男", "出件窗口", "0898-66668889", date(2022, 5, 9)],
]);

const priceList = sheet("物资", [
  ["序号", "品名", "规格", "单价", "数量", "金额"],
  [1, "叫号机", "台", 3500, 2, 7000],
  [2, "显示屏", "块", 1200, 5, 6000],
  ["合计", undefined, undefined, undefined, undefined, 13000],
]);

const monthly = sheet("图表数据", [
  ["月份", "办件量", "满意率"],
  ["1月", 61234, num(0.991, "0.0%")],
  ["2月", 48876, num(0.993, "0.0%")],
]);

describe("sheet roles", () => {
  const model = buildModel(workbook(info, budget, report("自评报告", SEED), hiddenLedger, roster, priceList, monthly, sheet("空白", [])));

  test("each sheet gets the role its content shows, hidden sheets included and marked", () => {
    expect(roles(model)).toEqual([
      ["基本信息", "project-info"],
      ["Sheet1", "budget"],
      ["自评报告", "report-text"],
      ["旧台账", "payments"],
      ["人员名单", "unknown"],
      ["物资", "unknown"],
      ["图表数据", "unknown"],
      ["空白", "unknown"],
    ]);
    expect(model.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(["旧台账"]);
  });

  test("unrelated data yields no tables", () => {
    expect(model.budgets.map((b) => b.sheet)).toEqual(["Sheet1"]);
    expect(model.ledgers.map((l) => l.sheet)).toEqual(["旧台账"]);
    expect(model.contracts).toHaveLength(0);
    expect(model.indicators).toHaveLength(0);
  });

  test("project info: label/value pairs, two to a row, the evaluation year and the project budget", () => {
    expect(model.info).toHaveLength(1);
    const entries = model.info[0]!.entries.map((e) => [e.label, String(e.value.cell?.v)]);
    expect(entries).toEqual([
      ["项目名称", "政务大厅政务服务外包项目"],
      ["主管部门", "海口市营商环境建设局"],
      ["实施单位", "海口市政务服务中心"],
      ["项目负责人", "蔡某"],
      ["评价年度", "2023年"],
      ["项目总预算（元）", "33796500"],
      ["项目周期（年）", "3"],
    ]);
    expect(model.year).toBe(2023);
    const facts = deriveFacts(model);
    const project = facts.known.filter((k) => k.quantity === "project-total" || k.quantity === "project-annual");
    // 33,796,500 over 3 years = 11,265,500 a year.
    expect(project.map((k) => [k.quantity, k.yuan.toFixed(2)])).toEqual([
      ["project-total", "33796500.00"],
      ["project-annual", "11265500.00"],
    ]);
  });

  test("the narrative: one paragraph per text cell, with its figures", () => {
    expect(model.narratives.map((n) => n.sheet)).toEqual(["自评报告"]);
    const paras = model.narratives[0]!.paragraphs;
    expect(paras).toHaveLength(SEED.length);
    const slip = paras.find((p) => p.text.startsWith("2023年政府采购支出"))!;
    expect(slip.ref).toEqual({ sheet: "自评报告", row: SEED.indexOf(slip.text), col: 0 });
    expect(slip.figures.filter((f) => f.kind === "money").map((f) => f.raw)).toEqual(["1065.25元"]);
  });

  test("figures read from the budget sheet whatever its name", () => {
    expect(budgetRows(model)).toEqual([
      ["total", "11265500.00", "11268530.96", "10655546.85"],
      ["fiscal", "11265500.00", "11268530.96", "10655546.85"],
    ]);
  });
});

describe("hidden sheets", () => {
  test("a hidden draft budget ahead of the visible one: the figures come from the visible sheet", () => {
    const draft = sheet(
      "预算（草稿）",
      [
        ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
        ["资金总额", 11000000, 11000000, 10000000],
      ],
      { hidden: true }
    );
    const model = buildModel(workbook(draft, budget));
    expect(model.sheets.map((s) => [s.name, s.role, s.hidden])).toEqual([
      ["预算（草稿）", "budget", true],
      ["Sheet1", "budget", false],
    ]);
    const facts = deriveFacts(model);
    expect(facts.budget?.sheet).toBe("Sheet1");
    expect(facts.known.filter((k) => k.quantity === "executed").map((k) => [k.source, k.yuan.toFixed(2)])).toEqual([
      ["total", "10655546.85"],
      ["fiscal", "10655546.85"],
    ]);
  });
});

describe("narrative and form titles", () => {
  test("a 自评报告 title over one long merged cell is a narrative; a 自评表 title makes a form", () => {
    const model = buildModel(
      workbook(
        sheet("报告", [["海口市政务服务中心项目支出绩效自评报告"], ["2023年政府采购支出1065.55万元，均为政务大厅外包项目，余61.3万元未支付。"]], {
          merges: ["A2:H40"],
        }),
        sheet("Sheet3", [["项目支出绩效自评表"], ["项目名称", "政务服务外包"], ["年度总体目标完成情况：全年服务群众办件量达到预期，窗口服务质量稳定。"]])
      )
    );
    expect(roles(model)).toEqual([
      ["报告", "report-text"],
      ["Sheet3", "evaluation-form"],
    ]);
    expect(model.narratives.map((n) => [n.sheet, n.paragraphs.length])).toEqual([
      ["报告", 2],
      // In a form only cells of 10 characters or more are text to trace (a reason cell may be short): the title and labels are not.
      ["Sheet3", 1],
    ]);
  });

  test("a 自评报告 title over short lines, one sentence a row, is a narrative", () => {
    const model = buildModel(
      workbook(report("Sheet1", ["项目支出绩效自评报告", "2023年政府采购支出1065.25元，均为政务大厅外包项目。", "余61.3万元未支付。完成预算94.56%。"]))
    );
    expect(roles(model)).toEqual([["Sheet1", "report-text"]]);
    expect(model.narratives[0]!.paragraphs.map((p) => p.figures.filter((f) => f.kind !== "year").map((f) => f.raw))).toEqual([
      [],
      ["1065.25元"],
      ["61.3万元", "94.56%"],
    ]);
  });

  test("a short list of labels with long text beside each is project info, not a narrative", () => {
    const model = buildModel(
      workbook(
        sheet("项目概况", [
          ["项目名称", "海口市政务服务中心服务外包项目"],
          ["主管部门", "海口市营商环境建设局"],
          ["实施单位", "海口市政务服务中心"],
          ["立项依据", "《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）等有关法律法规和规定"],
        ])
      )
    );
    expect(roles(model)).toEqual([["项目概况", "project-info"]]);
  });
});
