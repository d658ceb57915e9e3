/** The user's own templates: {{…}} placeholders and a blank official 自评表 filled in place (with consent), the list of placeholders, fallbacks. */
import { PLACEHOLDERS, placeholderTable, planReport } from "../../src/core/report";
import { type SheetSnapshot, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { sheet } from "../helpers/workbook";
import { errorsOn, readHaikou, sheetPlan, value, write } from "./core-helpers";

let haikou: WorkbookSnapshot;
beforeAll(async () => {
  haikou = await readHaikou();
});

const withSheet = (s: SheetSnapshot): WorkbookSnapshot => ({ sheets: [...haikou.sheets, s] });

describe("placeholders", () => {
  const tpl = () =>
    sheet("我的模板", [
      ["{{项目名称}}（{{评价年度}}年度）"],
      ["全年执行数", "{{全年执行数}}"],
      ["执行率", "{{执行率}}"],
      [
        "说明",
        "全年执行{{全年执行数:万元}}万元，执行率{{执行率}}，专户执行率{{专户.执行率}}，执行率得分{{执行率得分}}，总分{{总分}}（{{等级}}），余额{{余额}}元。",
      ],
      ["财政资金", "{{财政资金.全年执行数:万元}}"],
      ["合同", "{{合同金额}}", "{{合同年度金额}}", "{{调整数}}"],
      ["未知", "{{经办人}}"],
    ]);

  test("filled in place with consent; no new form or narrative", () => {
    const plan = planReport(withSheet(tpl()));
    const s = sheetPlan(plan, "我的模板");
    expect([s.create, s.needsConsent]).toEqual([false, true]);
    expect(plan.sheets.map((x) => x.name)).not.toContain("绩效自评表");
    expect(plan.sheets.map((x) => x.name)).not.toContain("自评报告（生成）");
    expect(plan.sources).not.toContain("我的模板");
  });

  test("text around placeholders gets formatted figures; 0/0 shows —", () => {
    const plan = planReport(withSheet(tpl()));
    expect(value(plan, "我的模板", "A1")).toBe("海口市政务服务中心服务外包项目（2023年度）");
    expect(value(plan, "我的模板", "B4")).toBe("全年执行1065.55万元，执行率94.56%，专户执行率—，执行率得分9.46，总分99.46（优），余额612,984.11元。");
  });

  test("a cell holding one placeholder gets a typed number", () => {
    const plan = planReport(withSheet(tpl()));
    expect(write(plan, "我的模板", "B2")).toMatchObject({ value: 10655546.85, numberFormat: "#,##0.00" });
    expect(write(plan, "我的模板", "B3")).toMatchObject({ value: 0.9456, numberFormat: "0.00%" });
    expect(write(plan, "我的模板", "B5")).toMatchObject({ value: 1065.5547, numberFormat: "#,##0.00" });
    // 33,795,422.10 and 33,795,422.10 / 3; 11,268,530.96 − 11,265,500 = 3,030.96.
    expect(["B6", "C6", "D6"].map((a) => value(plan, "我的模板", a))).toEqual([33795422.1, 11265140.7, 3030.96]);
  });

  test("an unknown placeholder stays as written, marked as a prompt", () => {
    const plan = planReport(withSheet(tpl()));
    expect(write(plan, "我的模板", "B7")).toMatchObject({ value: "{{经办人}}", prompt: true });
  });

  test("the chart goes to a sheet of its own when there is no form to hold it", () => {
    const plan = planReport(withSheet(tpl()));
    const chart = sheetPlan(plan, "支出进度");
    expect(chart.create).toBe(true);
    expect(chart.chart?.categories).toBe("A2:A13");
  });

  test("the documented list names every placeholder, as a markdown table", () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    for (const n of ["项目名称", "评价年度", "年初预算数", "全年预算数", "全年执行数", "执行率", "执行率得分", "余额", "合同金额", "总分", "等级"])
      expect(names).toContain(n);
    const table = placeholderTable();
    expect(table.split("\n")[0]).toBe("| 占位符 | 含义 |");
    expect(table).toContain("`{{执行率得分}}`");
  });

  test("a data sheet is never a template, placeholders or not", () => {
    const info = haikou.sheets.find((s) => s.name === "项目信息")!;
    const edited: SheetSnapshot = { ...info, rows: [...plainRows(info), [{ v: "备注" }, { v: "{{总分}}" }]] };
    const plan = planReport({ sheets: haikou.sheets.map((s) => (s.name === "项目信息" ? edited : s)) });
    expect(plan.sheets.map((s) => s.name)).not.toContain("项目信息");
    expect(plan.sources).toContain("项目信息");
  });
});

/** The national form as counties print it, left blank: 项目资金（万元） with 当年财政拨款 / 上年结转 / 其他资金, slots per 二级指标. */
function blankForm(slots = true): SheetSnapshot {
  const indicatorRows = slots
    ? [
        ["产出指标（50分）", "数量指标", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["", "质量指标", "", "", "", "", "", ""],
        ["", "时效指标", "", "", "", "", "", ""],
        ["", "成本指标", "", "", "", "", "", ""],
        ["效益指标（30分）", "社会效益指标", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["满意度指标（10分）", "服务对象满意度指标", "", "", "", "", "", ""],
      ]
    : [["产出指标（50分）", "数量指标", "", "", "", "", "", ""]];
  const n = indicatorRows.length;
  return sheet(
    "自评表模板",
    [
      ["项目支出绩效自评表"],
      ["（    年度）"],
      ["项目名称", "", "", "", "", "", "", ""],
      ["主管部门", "", "", "", "实施单位", "", "", ""],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", null, null, null, 10, null, null],
      ["", "其中：当年财政拨款", null, null, null, "—", null, "—"],
      ["", "上年结转资金", null, null, null, "—", null, "—"],
      ["", "其他资金", null, null, null, "—", null, "—"],
      ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", ""],
      ["", "", "", "", "", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ...indicatorRows,
      ["总分", "", "", "", "", 100, "", ""],
    ],
    {
      merges: [
        "A1:H1",
        "A2:H2",
        "B3:H3",
        "B4:D4",
        "F4:H4",
        "A5:A9",
        "A10:A11",
        "B10:E10",
        "F10:H10",
        "B11:E11",
        "F11:H11",
        ...(slots ? ["A13:A17", "B13:B14", "A18:A19", "B18:B19"] : []),
        `A${13 + n}:E${13 + n}`,
      ],
    }
  );
}

describe("a blank official form", () => {
  test("filled in place with consent, instead of a new 绩效自评表; the narrative is still generated", () => {
    const plan = planReport(withSheet(blankForm()));
    expect(plan.sheets.map((s) => [s.name, s.create, s.needsConsent])).toEqual([
      ["自评表模板", false, true],
      ["自评报告（生成）", true, false],
      ["支出进度", true, false],
    ]);
    expect(plan.sources).not.toContain("自评表模板");
  });

  test("title year, project info, 项目资金 in the form's own 万元, 其他资金 gathering 专户 and 单位", () => {
    const plan = planReport(withSheet(blankForm()), { unit: "元" });
    const v = (a: string) => value(plan, "自评表模板", a);
    expect(v("A2")).toBe("（2023年度）");
    expect([v("B3"), v("B4"), v("F4")]).toEqual(["海口市政务服务中心服务外包项目", "海口市营商环境建设局", "海口市政务服务中心"]);
    expect(["C6", "D6", "E6", "G6", "H6"].map(v)).toEqual([1126.55, 1126.8531, 1065.5547, 0.9456, 9.46]);
    expect(["C7", "G7"].map(v)).toEqual([1126.55, 0.9456]);
    expect(["C9", "G9"].map(v)).toEqual([0, "—"]);
    expect(v("C8")).toBeUndefined(); // no 上年结转 in the workbook
  });

  test("never overwrites what the form prints (分值 10, —, 总分 100)", () => {
    const plan = planReport(withSheet(blankForm()));
    for (const a of ["F6", "F7", "H7", "F21", "A13", "B13"]) expect(write(plan, "自评表模板", a)).toBeUndefined();
  });

  test("indicators into the slots of their 二级指标; 总分 and goals", () => {
    const plan = planReport(withSheet(blankForm()));
    const v = (a: string) => value(plan, "自评表模板", a);
    expect(["C13", "D13", "E13", "F13", "G13"].map(v)).toEqual(["外包窗口服务人员数", "≥128人", "128人", 20, 20]);
    expect(v("C14")).toBe("可办理政务服务事项数");
    expect(v("C16")).toBe("服务费支付及时率");
    expect(v("C17")).toBeUndefined(); // 成本指标 slot unused
    expect(v("C18")).toBe("日均服务人次");
    expect(v("C20")).toBe("办事群众满意度");
    expect(v("G21")).toBe(99.46);
    expect(String(v("B11"))).toContain("1126.55万元");
    expect(String(v("F11"))).toContain("1065.55万元");
  });

  test("the chart and its table go to a sheet of their own, in the form's own 万元; nothing is written right of the form", () => {
    const plan = planReport(withSheet(blankForm()), { unit: "元" });
    expect(value(plan, "支出进度", "B1")).toBe("累计支出（万元）");
    expect(sheetPlan(plan, "支出进度").chart?.series[0]!.values).toBe("B2:B13");
    expect(sheetPlan(plan, "自评表模板").chart).toBeNull();
    expect(write(plan, "自评表模板", "J1")).toBeUndefined();
  });

  test("the check finds no error in the filled form", () => {
    const wb = withSheet(blankForm());
    expect(errorsOn(wb, planReport(wb))).toEqual([]);
  });

  test("a form with too few rows for the indicators is left alone; a new 绩效自评表 is made", () => {
    const plan = planReport(withSheet(blankForm(false)));
    expect(plan.sheets.map((s) => s.name)).toEqual(["绩效自评表", "自评报告（生成）", "支出进度"]);
    expect(plan.sources).toContain("自评表模板");
  });

  test("a form already filled in is a source, not a template", () => {
    const filled = blankForm();
    plainRows(filled)[5]![2] = { v: 1126.55 };
    plainRows(filled)[5]![3] = { v: 1126.85 };
    plainRows(filled)[5]![4] = { v: 1065.55 };
    const plan = planReport(withSheet(filled));
    expect(plan.sources).toContain("自评表模板");
    expect(plan.sheets.map((s) => s.name)).toContain("绩效自评表");
  });

  test("a user sheet that happens to be called 绩效自评表 keeps its place: ours is 绩效自评表（2）", () => {
    const mine = sheet("绩效自评表", [["我的笔记"]]);
    const plan = planReport(withSheet(mine));
    expect(plan.sheets.map((s) => s.name)).toEqual(["绩效自评表（2）", "自评报告（生成）", "支出进度"]);
    expect(plan.sources).toContain("绩效自评表");
  });
});
