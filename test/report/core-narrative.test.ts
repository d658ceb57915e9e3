/** The narrative on made-up workbooks: a generated report when there is none, prompts where a reason is missing, figures rewritten per fund source, the chart's running totals. */
import { planReport } from "../../src/core/report";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { date, report, sheet, workbook } from "../helpers/workbook";
import { columnA, errorsOn, sheetPlan, value } from "./core-helpers";

const FORM = "绩效自评表";
const REPORT = "自评报告（生成）";
const CHART = "支出进度";

function info(): SheetSnapshot {
  return sheet("信息", [
    ["项目名称", "示例项目"],
    ["主管部门", "某局"],
    ["实施单位", "某中心"],
    ["评价年度", 2023],
  ]);
}

/** 资金总额 150 → 140 万元 (调减 10 万元), executed 105 万元 = 75.00 %; 财政 80.00 %, 单位 62.50 %. */
function budget(note = ""): SheetSnapshot {
  return sheet("预算", [
    ["单位：元"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "备注"],
    ["资金总额", 1500000, 1400000, 1050000, note],
    ["财政资金", 1000000, 1000000, 800000, ""],
    ["单位资金", 500000, 400000, 250000, ""],
  ]);
}

/** Payments in March, June and November only: 30, 80, 105 万元 cumulative. */
function ledger(): SheetSnapshot {
  return sheet("台账", [
    ["支付日期", "收款单位", "摘要", "金额"],
    [date(2023, 3, 5), "甲公司", "服务费", 300000],
    [date(2023, 6, 5), "甲公司", "服务费", 500000],
    [date(2023, 11, 5), "乙公司", "服务费", 250000],
  ]);
}

function indicators(): SheetSnapshot {
  return sheet("指标", [
    ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人数", "≥", 200, "人", 150, 20, "", ""],
    ["产出指标", "质量指标", "合格率", "≥", 0.95, "%", 0.98, 15, "", ""],
    ["产出指标", "成本指标", "人均成本", "≤", 500, "元", 550, 15, "", "物价上涨，已压缩其他开支"],
    ["效益指标", "社会效益指标", "群众知晓度", "", "明显提升", "", "部分达成", 15, "", ""],
    ["效益指标", "社会效益指标", "示范点数", "≥", 10, "个", 16, 15, "", ""],
    ["效益指标", "生态效益指标", "减排", "", "不适用", "", "不适用", 0, "", ""],
  ]);
}

const base = (): WorkbookSnapshot => workbook(info(), budget(), ledger(), indicators());

describe("no narrative in the workbook: one generated in the seed's outline", () => {
  const plan = planReport(base());
  const rows = columnA(plan, REPORT);

  test("the outline: 一 … 五 with their (一)(二) sections", () => {
    const heads = rows.filter((r) => /^([一二三四五]、|（[一二三四]）)/.test(r));
    expect(heads).toEqual([
      "一、项目概况",
      "（一）项目基本情况",
      "（二）项目年度预算绩效目标和绩效指标设定情况",
      "二、项目决策及资金使用管理情况",
      "（一）项目决策情况",
      "（二）项目资金安排落实、总投入等情况",
      "（三）项目资金实际使用情况",
      "（四）项目资金管理情况",
      "三、项目组织实施情况",
      "（一）项目组织情况",
      "（二）项目管理情况",
      "四、项目绩效情况",
      "（一）项目绩效目标完成情况",
      "（二）项目绩效目标未完成情况及原因分析",
      "五、其他需要说明的问题",
      "（一）后续工作计划",
      "（二）主要经验及做法、存在问题和建议",
    ]);
    expect(rows[0]).toBe("示例项目2023年度项目支出绩效自评报告");
  });

  test("figures per fund source, each clause naming its source; rates to 2 decimals", () => {
    expect(rows).toContain("财政资金年初预算数1,000,000.00元，财政资金全年预算数1,000,000.00元。");
    expect(rows).toContain("单位资金全年执行数250,000.00元，单位资金执行率62.50%。");
    expect(rows).toContain("资金总额全年执行数1,050,000.00元，资金总额执行率75.00%。");
    expect(rows).toContain("年末结余350,000.00元（全年预算数减全年执行数）。");
    // 10 × 0.75 = 7.5; 产出 15 + 15 + 13.64; 效益 (30 + 10 from 满意度) split 20/20: 16 + 20 → 79.64; total 87.14.
    expect(rows).toContain("2023年全年执行数105.00万元，预算执行率75.00%，执行率得分7.50分；绩效指标得分79.64分，自评总分87.14分，评价等级为“良”。");
  });

  test("prompts where the rules want a reason: 调减 without a note, 执行率 under 90 %, indicators short or far over", () => {
    expect(rows).toContain("全年预算数较年初预算数调减100,000.00元，【待填写：调整依据及审批情况】");
    expect(rows).toContain("预算执行率75.00%，执行进度偏慢。【待填写：执行率偏低的说明及改进措施】");
    expect(rows).toContain("“培训人数”年度指标值≥200人，实际完成值150人，未达到年度指标值。【待填写：偏差分析及改进措施】");
    expect(rows).toContain("“群众知晓度”年度指标值明显提升，实际完成值部分达成，未达到年度指标值。【待填写：偏差分析及改进措施】");
    expect(rows).toContain("“示范点数”实际完成值16个，超出年度指标值≥10个较多。【待填写：超额完成的分析（指标值是否设定偏低）】");
    // 人均成本 is short too, but the workbook gives its reason.
    expect(rows.some((r) => r.startsWith("“人均成本”年度指标值"))).toBe(false);
    expect(rows.filter((r) => r.includes("【待填写")).length).toBeGreaterThan(8);
  });

  test("a reason in the budget note silences the adjustment and low-rate prompts", () => {
    const p = planReport(workbook(info(), budget("年中按财政通知核减10万元，执行偏低系合同延期"), ledger(), indicators()));
    const r = columnA(p, REPORT);
    expect(r.some((x) => x.startsWith("全年预算数较年初预算数"))).toBe(false);
    expect(r.some((x) => x.startsWith("预算执行率"))).toBe(false);
  });

  test("the form: shortfalls prompt, the given reason stands, N/A rows drop their weight", () => {
    expect(["C11", "D11", "E11", "F11", "G11", "H11"].map((a) => value(plan, FORM, a))).toEqual([
      "培训人数",
      "≥200人",
      "150人",
      20,
      15,
      "【待填写：偏差分析及改进措施】",
    ]);
    expect(["C12", "D12", "E12"].map((a) => value(plan, FORM, a))).toEqual(["合格率", "≥95%", "98%"]);
    expect(["C13", "G13", "H13"].map((a) => value(plan, FORM, a))).toEqual(["人均成本", 13.64, "物价上涨，已压缩其他开支"]);
    expect(["C16", "F16", "G16", "H16"].map((a) => value(plan, FORM, a))).toEqual(["减排", "—", "—", "不适用，分值已按比例分配至同类其他指标"]);
    expect(["A17", "F17", "G17", "F18"].map((a) => value(plan, FORM, a))).toEqual(["总分", 100, 87.14, "良"]);
    expect(value(plan, FORM, "A19")).toBe("未设满意度指标，其10分并入效益指标。");
  });

  test("months with no payment carry the running total (元)", () => {
    const p = planReport(base(), { unit: "元" });
    const k = Array.from({ length: 12 }, (_, i) => value(p, CHART, `B${i + 2}`));
    expect(k).toEqual([0, 0, 300000, 300000, 300000, 800000, 800000, 800000, 800000, 800000, 1050000, 1050000]);
    expect(value(p, CHART, "C2")).toBe(1400000);
  });

  test("the check finds no error in the written sheets, whatever the preset", () => {
    for (const weights of ["national", "sichuan", "ningxia"] as const) expect(errorsOn(base(), planReport(base(), { weights }))).toEqual([]);
  });
});

describe("the user's narrative with slips", () => {
  const wb = () =>
    workbook(
      info(),
      budget(),
      ledger(),
      indicators(),
      report("自评报告", [
        "示例项目2023年度项目支出绩效自评报告",
        "二、项目决策及资金使用管理情况",
        "（二）项目资金安排落实、总投入等情况",
        "资金总额年初预算数150万元，全年预算数140万元。",
        "（三）项目资金实际使用情况",
        "全年执行数105元，执行率75%元；单位资金全年执行数25万元，单位资金执行率62.5%。",
        "四、项目绩效情况",
        "（二）项目绩效目标未完成情况及原因分析",
        "无。",
        "五、其他需要说明的问题",
      ])
    );
  const plan = planReport(wb());
  const rows = columnA(plan, REPORT);

  test("figures rewritten in the unit their sentence needs; the rest of the prose kept", () => {
    expect(rows).toContain("资金总额年初预算数150.00万元，全年预算数140.00万元。");
    expect(rows).toContain("全年执行数105.00万元，执行率75.00%；单位资金全年执行数25.00万元，单位资金执行率62.50%。");
    expect(rows).toContain("无。");
  });

  test("prompts at the end of their sections", () => {
    const i = (s: string) => rows.findIndex((r) => r.startsWith(s));
    expect(i("全年预算数较年初预算数调减100,000.00元")).toBe(i("（三）项目资金实际使用情况") - 1);
    expect(i("预算执行率75.00%")).toBe(i("四、项目绩效情况") - 1);
    expect(i("“培训人数”年度指标值")).toBeGreaterThan(i("无。"));
    expect(i("“示范点数”实际完成值")).toBe(i("五、其他需要说明的问题") - 1);
  });

  test("no error in the written sheets", () => {
    expect(errorsOn(wb(), plan)).toEqual([]);
  });
});

describe("an empty workbook", () => {
  test("plans a form and a narrative of prompts, without throwing", () => {
    const plan = planReport({ sheets: [] });
    expect(plan.sources).toEqual([]);
    expect(plan.sheets.map((s) => s.name)).toEqual([FORM, REPORT]);
    expect(sheetPlan(plan, FORM).chart).toBeNull();
    expect(value(plan, FORM, "B2")).toBe("【待填写：项目名称】");
    expect(columnA(plan, REPORT)).toContain("【待填写：决策过程和结果】");
  });
});

describe("English", () => {
  test("sheet names, labels and prompts from the en strings; every name fits Excel's 31 characters uncut", () => {
    const plan = planReport(base(), { lang: "en" });
    expect(plan.sheets.map((s) => s.name)).toEqual(["Self-evaluation form", "Self-eval report (generated)", "Spending progress"]);
    expect(String(value(plan, "Self-evaluation form", "A4"))).toMatch(/^Project funds\n\(/);
    const rows = columnA(plan, "Self-eval report (generated)");
    expect(rows).toContain("The adjusted budget is 100,000.00 yuan below the initial budget. [To fill in: grounds and approval of the budget adjustment]");
  });
});
