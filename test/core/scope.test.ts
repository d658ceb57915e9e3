/** Scopes: each 自评表 with its own 项目名称 is a project, checked only against its own tables (issue 7). */
import { checkWorkbook } from "../../src/core/check";
import { buildModel } from "../../src/core/recognize/build";
import { nameCore, scopesOf } from "../../src/core/scope";
import type { CellInput } from "../helpers/workbook";
import { num, report, sheet, workbook } from "../helpers/workbook";

/** A national-layout form in 万元: 年初 = 全年预算数, rate score 10 × rate, one indicator of 90 met in full. */
function form(sheetName: string, name: string, annual: number, executed: number) {
  const rate = executed / annual;
  const rows: CellInput[][] = [
    ["项目支出绩效自评表（2023年度）"],
    ["项目名称", name],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", annual, annual, executed, 10, num(rate, "0.00%"), Math.round(rate * 1000) / 100],
    [null, "其中：当年财政拨款", annual, annual, executed, "—", num(rate, "0.00%"), "—"],
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    [null, "完成年度培训任务", null, null, "全年完成培训任务"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标", "数量指标", "培训人数", "≥100人", "100人", 90, 90, ""],
  ];
  return sheet(sheetName, rows, { merges: ["A1:I1", "A3:A5", "A8:A9"] });
}

// A: 95 of 100 万元 (95.00 %); B: 184 of 200 万元 (92.00 %).
const A = () => form("A表", "农村公路建设项目", 100, 95);
const B = () => form("B表", "乡村学校维修经费", 200, 184);
const text = (...paragraphs: string[]) => report("自评报告", ["2023年度项目支出绩效自评报告", "一、项目概况", ...paragraphs]);

describe("two 自评表 sheets, each its own project", () => {
  test("CheckResult.projects lists both, each with its sheet", () => {
    const r = checkWorkbook(workbook(A(), B()));
    expect(r.projects).toEqual([
      { name: "农村公路建设项目", sheets: ["A表"] },
      { name: "乡村学校维修经费", sheets: ["B表"] },
    ]);
    expect(r.findings).toEqual([]);
  });

  test("one project: no projects and no project field", () => {
    const r = checkWorkbook(workbook(A(), text("1、农村公路建设项目", "全年执行数96万元。")));
    expect(r.projects).toEqual([]);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) expect(f).not.toHaveProperty("project");
  });

  test("B's figures under B's heading agree with B's table (they would be wrong against A's)", () => {
    const r = checkWorkbook(workbook(A(), B(), text("1、乡村学校维修经费", "全年执行数184万元，执行率92.00%。")));
    expect(r.findings).toEqual([]);
    expect(r.projects[1]).toEqual({ name: "乡村学校维修经费", sheets: ["B表", "自评报告"] });
  });

  test("A's figures under B's heading are wrong, against B's cells, with project B", () => {
    const r = checkWorkbook(workbook(A(), B(), text("1、乡村学校维修经费", "全年执行数95万元，执行率95.00%。")));
    const keys = r.findings.map((f) => [f.message.key, f.severity, f.cells, f.expected, f.actual, f.project]);
    expect(keys).toEqual([
      ["text-mismatch.text", "error", ["自评报告!A4", "B表!E4"], { value: "184.00", unit: "万元" }, { value: "95", unit: "万元" }, "乡村学校维修经费"],
      ["rate-mismatch.value", "error", ["自评报告!A4", "B表!E4", "B表!D4"], { value: "92.00", unit: "%" }, { value: "95.00", unit: "%" }, "乡村学校维修经费"],
    ]);
  });

  test("a heading naming the project's core with another ending (维修项目 for 维修经费) takes the paragraphs after it", () => {
    expect(nameCore("乡村学校维修经费")).toBe("乡村学校维修");
    const agree = checkWorkbook(workbook(A(), B(), text("1、乡村学校维修项目", "全年执行数184万元。")));
    expect(agree.findings).toEqual([]);
    const wrong = checkWorkbook(workbook(A(), B(), text("1、乡村学校维修项目", "全年执行数185万元。")));
    expect(wrong.findings.map((f) => [f.message.key, f.cells, f.project])).toEqual([["text-mismatch.text", ["自评报告!A4", "B表!E4"], "乡村学校维修经费"]]);
  });

  test("a later heading at the same level ends the section: A's figure under A's heading is A's", () => {
    const r = checkWorkbook(workbook(A(), B(), text("1、乡村学校维修经费", "全年执行数184万元。", "2、农村公路建设项目", "全年执行数95万元。")));
    expect(r.findings).toEqual([]);
  });
});

describe("narrative-only report listing its projects", () => {
  const paragraphs = [
    "某县交通运输局2023年度部门整体支出绩效自评报告",
    "1、农村公路建设项目",
    "项目资金共2179万元，已完成拨付2113.63万元。",
    "2、乡村客运站运行经费",
    "年初预算200万元，全年执行184万元。",
  ];

  test("scopesOf: one scope per heading and the unit beside them", () => {
    const scopes = scopesOf(buildModel(workbook(report("自评报告", paragraphs))));
    expect(scopes.map((s) => s.name)).toEqual(["农村公路建设项目", "乡村客运站运行经费", null]);
    const texts = scopes.map((s) => s.model.narratives.flatMap((n) => n.paragraphs.map((p) => p.text)));
    expect(texts[0]).toEqual(["1、农村公路建设项目", "项目资金共2179万元，已完成拨付2113.63万元。"]);
    expect(texts[1]).toEqual(["2、乡村客运站运行经费", "年初预算200万元，全年执行184万元。"]);
    expect(texts[2]).toEqual(["某县交通运输局2023年度部门整体支出绩效自评报告"]);
    expect(scopes[2]!.parts).toEqual([scopes[0], scopes[1]]);
  });

  test("outline headings (（二）项目资金安排情况) are no projects: one scope", () => {
    const scopes = scopesOf(
      buildModel(workbook(report("自评报告", ["自评报告", "（一）项目基本情况", "年初预算200万元。", "（二）项目资金安排情况", "全年执行184万元。"])))
    );
    expect(scopes.map((s) => s.name)).toEqual([null]);
  });
});

describe("a form whose 项目名称 is left to fill in names no project", () => {
  test("【待填写：项目名称】 beside a named form: one project, and its figures are not summed with the other form's", () => {
    const blank = form("B表", "【待填写：项目名称】", 100, 95);
    const r = checkWorkbook(workbook(A(), blank, text("全年执行数95万元，执行率95.00%。")));
    expect(r.projects).toEqual([]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("the same form with a name of its own is a second project (the test above would fail without the rule)", () => {
    const named = form("B表", "乡村学校维修经费", 100, 95);
    expect(checkWorkbook(workbook(A(), named)).projects.map((p) => p.name)).toEqual(["农村公路建设项目", "乡村学校维修经费"]);
  });
});
