/** The report planned for the Haikou sample: the 自评表, the rewritten narrative, the chart, the sources left alone, and no error in what was written. */
import { planReport, type ReportPlan } from "../../src/core/report";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { reportText, SEED_PARTS, seedText } from "../helpers/seed";
import { testShared } from "../helpers/shared";
import { applyPlan, columnA, errorsOn, readHaikou, sheetPlan, value, write } from "./core-helpers";

const FORM = "绩效自评表";
const REPORT = "自评报告（生成）";
const CHART = "支出进度";
const SOURCES = ["项目信息", "预算执行", "支付台账", "合同", "绩效指标", "自评报告"];

let snap: WorkbookSnapshot;
let plan: ReportPlan;

beforeAll(async () => {
  snap = await readHaikou();
  plan = planReport(snap);
});

describe("plan", () => {
  test("three new sheets (the chart on its own), no consent needed; every source sheet listed and never written", () => {
    expect(plan.sheets.map((s) => [s.name, s.create, s.needsConsent])).toEqual([
      [FORM, true, false],
      [REPORT, true, false],
      [CHART, true, false],
    ]);
    expect(plan.sources).toEqual(SOURCES);
    for (const s of plan.sheets) expect(SOURCES).not.toContain(s.name);
  });

  test("the plan is pure data: JSON round-trips it", () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  test("applied to the workbook, the check finds no error in the written sheets (the source slips stay where they are)", () => {
    expect(errorsOn(snap, plan)).toEqual([]);
  });

  test("the scores come with the plan, as the form states them: 9.46 + 90 = 99.46, 优", () => {
    expect(plan.score).toEqual({ rate: "9.46", indicators: "90.00", total: "99.46", weight: "100.00", grade: "excellent", gradeText: "优", pending: [] });
    expect(value(plan, FORM, "G17")).toBe(99.46);
  });

  test("no tool note is printed: provenance goes to a comment on A1 and the document properties", () => {
    const all = plan.sheets.flatMap((s) => s.writes.map((w) => String(w.value)));
    expect(all.filter((t) => /本表|绩效自评助手/.test(t))).toEqual([]);
    expect(sheetPlan(plan, FORM).note).toEqual({ address: "A1", text: "由绩效自评助手根据工作簿数据生成；标有【待填写】的内容须人工补充。" });
    expect(plan.provenance).toBe("由绩效自评助手根据工作簿数据生成；标有【待填写】的内容须人工补充。");
  });

  test("print: the form's indicator header repeats on every page; the report's sheets print on their own pages", () => {
    expect(sheetPlan(plan, FORM).print).toEqual({ titleRows: [10, 10], breaks: [] });
    expect(value(plan, FORM, "A11")).toBe("一级指标");
    for (const s of plan.sheets) expect(s.print).toBeDefined();
  });

  test("a second run knows its own sheets (by name and content, no footer): same plan, same names, sources unchanged", () => {
    const again = planReport(applyPlan(snap, plan));
    expect(again).toEqual(plan);
  });

  test("every preset and unit gives a form the check finds no error in", () => {
    for (const weights of ["national", "sichuan", "ningxia"] as const) {
      for (const unit of ["万元", "元"] as const) expect(errorsOn(snap, planReport(snap, { weights, unit }))).toEqual([]);
    }
  });
});

describe("自评表", () => {
  test("title and project info", () => {
    expect(value(plan, FORM, "A1")).toBe("项目支出绩效自评表（2023年度）");
    expect(value(plan, FORM, "B2")).toBe("海口市政务服务中心服务外包项目");
    expect(value(plan, FORM, "B3")).toBe("海口市营商环境建设局");
    expect(value(plan, FORM, "F3")).toBe("海口市政务服务中心");
  });

  test("项目资金 in 万元 (4 decimals kept, 2 shown): 1126.55 | 1126.8531 | 1065.5547 | 10 | 94.56% | 9.46", () => {
    // The narrow first column breaks before the bracket, so no "元）" or "）" starts a printed line.
    expect(value(plan, FORM, "A4")).toBe("项目资金\n（万元）");
    expect(["B5", "C5", "D5", "E5", "F5", "G5", "H5"].map((a) => value(plan, FORM, a))).toEqual([
      "年度资金总额",
      1126.55,
      1126.8531,
      1065.5547,
      10,
      0.9456,
      9.46,
    ]);
    expect(write(plan, FORM, "D5")!.numberFormat).toBe("#,##0.00");
    expect(write(plan, FORM, "G5")!.numberFormat).toBe("0.00%");
    expect(write(plan, FORM, "H5")!.numberFormat).toBe("0.00");
    expect(["B6", "G6", "F6", "H6"].map((a) => value(plan, FORM, a))).toEqual(["其中：财政资金", 0.9456, "—", "—"]);
  });

  test("0/0 rows (专户, 单位) show — as 执行率", () => {
    expect(["B7", "D7", "G7"].map((a) => value(plan, FORM, a))).toEqual(["财政专户管理资金", 0, "—"]);
    expect(["B8", "D8", "G8"].map((a) => value(plan, FORM, a))).toEqual(["单位资金", 0, "—"]);
  });

  test("in 元 when asked: 11,268,530.96 to the 分", () => {
    const p = planReport(snap, { unit: "元" });
    expect(value(p, FORM, "A4")).toBe("项目资金\n（元）");
    expect(["C5", "D5", "E5"].map((a) => value(p, FORM, a))).toEqual([11265500, 11268530.96, 10655546.85]);
  });

  test("年度总体目标 from the narrative's 总体目标 / 完成情况, figures from the sources", () => {
    expect(value(plan, FORM, "B9")).toBe("预期目标");
    expect(String(value(plan, FORM, "B10"))).toMatch(/^会同相关部门.*共计1126\.55万元。$/);
    expect(String(value(plan, FORM, "F10"))).toMatch(/共计1065\.55万元。$/);
  });

  test("indicators with 分值 and 得分, then 总分 99.46 and 优", () => {
    expect(["A11", "C11", "H11"].map((a) => value(plan, FORM, a))).toEqual(["一级指标", "三级指标", "偏差原因分析及改进措施"]);
    expect(["A12", "B12", "C12", "D12", "E12", "F12", "G12"].map((a) => value(plan, FORM, a))).toEqual([
      "产出指标\n（50分）",
      "数量指标",
      "外包窗口服务人员数",
      "≥128人",
      "128人",
      20,
      20,
    ]);
    expect(["A15", "C15", "D15", "E15", "F15", "G15"].map((a) => value(plan, FORM, a))).toEqual([
      "效益指标\n（30分）",
      "日均服务人次",
      "≥3000人次",
      "3200人次",
      30,
      30,
    ]);
    expect(["A16", "D16", "E16", "F16"].map((a) => value(plan, FORM, a))).toEqual(["满意度指标\n（10分）", "≥90%", "95%", 10]);
    expect(["A17", "F17", "G17"].map((a) => value(plan, FORM, a))).toEqual(["总分", 100, 99.46]);
    expect(["A18", "F18"].map((a) => value(plan, FORM, a))).toEqual(["自评等级", "优"]);
    expect(sheetPlan(plan, FORM).merges).toEqual(expect.arrayContaining(["A12:A14", "B12:B13", "A17:E17", "G17:H17"]));
  });

  test("支出进度 on a sheet of its own: 1月…12月 cumulative from the ledger's dates, 全年预算数 each month, a chart with axis titles", () => {
    const col = (c: string) => Array.from({ length: 12 }, (_, i) => value(plan, CHART, `${c}${i + 2}`));
    expect(["A1", "B1", "C1"].map((a) => value(plan, CHART, a))).toEqual(["月份", "累计支出（万元）", "全年预算数（万元）"]);
    expect(col("A")).toEqual(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]);
    // 881,532.40 元 in January; 881,532.40 + 879,600.15 = 1,761,132.55 by February; 10,655,546.85 at year end.
    expect(col("B").slice(0, 2)).toEqual([88.1532, 176.1133]);
    expect(col("B")[11]).toBe(1065.5547);
    expect(new Set(col("C"))).toEqual(new Set([1126.8531]));
    expect(sheetPlan(plan, CHART).chart).toEqual({
      title: "支出进度",
      axes: { category: "月份", value: "金额（万元）" },
      from: "A15",
      to: "H33",
      categories: "A2:A13",
      series: [
        { name: "累计支出（万元）", values: "B2:B13" },
        { name: "全年预算数（万元）", values: "C2:C13" },
      ],
    });
    // Nothing right of the form: it keeps the page's width to itself.
    expect(sheetPlan(plan, FORM).chart).toBeNull();
    expect(sheetPlan(plan, FORM).writes.every((w) => /^[A-H]\d+$/.test(w.address))).toBe(true);
  });
});

describe("narrative", () => {
  let rows: string[];
  beforeAll(() => {
    rows = columnA(plan, REPORT);
  });

  test("a proper title and heading styles: the title lines centred at 16 pt, 一、 at 14 pt, （一） at 12 pt, body at the default", () => {
    const at = (text: string) => sheetPlan(plan, REPORT).writes.find((w) => w.value === text)!;
    expect(at("海口市政务服务中心")).toMatchObject({ bold: true, align: "center", size: 16 });
    expect(at("项目支出绩效自评报告")).toMatchObject({ bold: true, align: "center", size: 16 });
    expect(at("一、项目概况")).toMatchObject({ bold: true, size: 14 });
    expect(at("（二）项目年度预算绩效目标和绩效指标设定情况")).toMatchObject({ bold: true, size: 12 });
    const body = at("2023年政府采购支出1065.55万元，均为政务大厅外包项目。");
    expect(body.size).toBeUndefined();
    expect(body.bold).toBeUndefined();
  });

  test("the seed's “1065.25元” (twice) becomes 1065.55万元", () => {
    expect(reportText().split("政府采购支出1065.25元").length - 1).toBe(2);
    expect(rows).toContain("2023年政府采购支出1065.55万元，均为政务大厅外包项目。");
    expect(rows).toContain("项目绩效目标基本完成，2023年政府采购支出1065.55万元，均为政务大厅外包项目，余61.30万元未支付。完成预算94.56%。");
    expect(rows.join("\n")).not.toContain("1065.25");
  });

  test("“一年1126140.7元” becomes 一年11,265,140.70元; 元 figures get separators and 2 decimals", () => {
    const contract = rows.find((r) => r.includes("合同金额"))!;
    expect(contract).toContain("合同金额三年33,795,422.10元，一年11,265,140.70元。");
    expect(rows).toContain("资金总额-年初预算数11,265,500.00元，资金总额-全年预算数11,268,530.96元，");
    expect(rows.join("\n")).toContain("总预算：￥33,796,500.00 元/三年；￥11,265,500.00 元/年。");
  });

  test("“94.56%元” loses its stray unit; 0/0 rates printed 0 and 0.00% become —", () => {
    expect(rows).toContain("资金总额-全年执行数10,655,546.85元，资金总额-执行率94.56%");
    expect(rows).toContain("专户全年执行数0.00元，专户-执行率—");
    expect(rows).toContain("单位全年执行数0.00元，单位全年执行率—");
  });

  test("the unexplained 3,030.96 元 adjustment gets a 待填写 prompt at the end of 二（二）", () => {
    const at = rows.indexOf("全年预算数较年初预算数调增3,030.96元，【待填写：调整依据及审批情况】");
    expect(at).toBeGreaterThan(rows.indexOf("单位年初预算数0.00元，单位全年预算数0.00元。"));
    expect(rows[at + 1]).toBe("（三）项目资金（主要是指财政资金）实际使用情况");
    const cell = sheetPlan(plan, REPORT).writes.find((w) => w.value === rows[at])!;
    expect(cell.prompt).toBe(true);
  });

  testShared(SEED_PARTS, "the user's prose is kept: paragraphs without figures unchanged, one per row, in order", () => {
    const seed = seedText();
    const decision = seed
      .split("\n")
      .find((l) => l.startsWith("本项目由甲方委托乙方"))!
      .trim();
    expect(rows).toContain(decision);
    expect(rows[0]).toBe("海口市政务服务中心");
    expect(rows.indexOf("一、项目概况")).toBeLessThan(rows.indexOf("五、其他需要说明的问题"));
    expect(rows.filter((r) => /^[一二三四五]、/.test(r))).toEqual([
      "一、项目概况",
      "二、项目决策及资金使用管理情况",
      "三、项目组织实施情况",
      "四、项目绩效情况",
      "五、其他需要说明的问题",
    ]);
  });
});
