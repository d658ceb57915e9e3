/** Only figures a form can hold: no 总分 above 100, no 得分 above its 分值; where the sources cannot support a score, 【待填写】 and why. */
import Big from "big.js";
import { planReport, type ReportPlan } from "../../src/core/report";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { date, sheet, workbook } from "../helpers/workbook";
import { sheetPlan } from "./core-helpers";

const FORM = "绩效自评表";

function ledger(): SheetSnapshot {
  return sheet("台账", [
    ["支付日期", "收款单位", "摘要", "金额"],
    [date(2023, 3, 5), "甲公司", "服务费", 3000000],
    [date(2023, 6, 5), "甲公司", "服务费", 5000000],
    [date(2023, 11, 5), "乙公司", "服务费", 1559090.5],
  ]);
}

function budget(): SheetSnapshot {
  return sheet("预算", [
    ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
    ["资金总额", 1000000, 1000000, 900000],
  ]);
}

/** 20 + 15 output, 30 + 10 outcome and satisfaction: with 执行率 10, Σ 分值 = 10 + 50 + 30 + 10 = 100. */
function indicators(knowledge: string): SheetSnapshot {
  return sheet("指标", [
    ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "分值"],
    ["产出指标", "数量指标", "培训人数", "≥", 200, "人", 200, 20],
    ["产出指标", "质量指标", "合格率", "≥", 95, "%", 98, 30],
    ["效益指标", "社会效益指标", "群众知晓度", "", "明显提升", "", knowledge, 30],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥", 90, "%", 95, 10],
  ]);
}

/** The form's rows as label → cells, and every (分值, 得分) pair it writes as numbers. */
function formRows(plan: ReportPlan): Map<number, Map<string, unknown>> {
  const rows = new Map<number, Map<string, unknown>>();
  for (const w of sheetPlan(plan, FORM).writes) {
    const m = /^([A-Z]+)(\d+)$/.exec(w.address)!;
    const row = rows.get(Number(m[2])) ?? new Map<string, unknown>();
    row.set(m[1]!, w.value);
    rows.set(Number(m[2]), row);
  }
  return rows;
}

function rowLabelled(plan: ReportPlan, label: string): Map<string, unknown> {
  return [...formRows(plan).values()].find((r) => r.get("A") === label)!;
}

/** Every indicator row's 得分 (G) is at most its 分值 (F) when both are numbers, and the 总分 (G of 总分) is at most 100. */
function holdable(plan: ReportPlan): boolean {
  const rows = [...formRows(plan).values()];
  const pairs = rows.filter((r) => typeof r.get("F") === "number" && typeof r.get("G") === "number" && r.get("A") !== "总分");
  const total = rowLabelled(plan, "总分").get("G");
  return pairs.every((r) => (r.get("G") as number) <= (r.get("F") as number)) && (typeof total !== "number" || total <= 100);
}

describe("a workbook holding only a payment ledger", () => {
  const plan = planReport(workbook(ledger()));

  test("总分 and 自评等级 are 【待填写】, not a score out of nothing", () => {
    expect(rowLabelled(plan, "总分").get("G")).toBe("【待填写：总分】");
    expect(rowLabelled(plan, "自评等级").get("F")).toBe("【待填写：自评等级】");
    expect(plan.score).toMatchObject({ total: null, grade: null, gradeText: null });
    expect(holdable(plan)).toBe(true);
  });

  test("the form says why: no indicator, no budget, and Σ 分值 = 10 (执行率 only) instead of 100", () => {
    const reasons = ["未读到绩效指标，指标得分无法计算", "未读到全年预算数和全年执行数，执行率得分无法计算", "各项分值合计10分，不是100分"];
    expect(plan.score.pending).toEqual(reasons);
    const notes = sheetPlan(plan, FORM).writes.map((w) => String(w.value));
    expect(notes).toContain(`总分和自评等级暂未填写：${reasons.join("；")}。补齐后再评定。`);
  });
});

describe("budget and indicators", () => {
  test("all scored: 9 + 20 + 30 + 30 + 10 = 99, 优, nothing pending", () => {
    // 执行率 90 % × 10 = 9; every indicator met (明显提升 reads as achieved).
    const plan = planReport(workbook(budget(), indicators("明显提升")));
    expect(plan.score).toMatchObject({ rate: "9.00", indicators: "90.00", total: "99.00", weight: "100.00", grade: "excellent", pending: [] });
    expect(rowLabelled(plan, "总分").get("G")).toBe(99);
    expect(holdable(plan)).toBe(true);
  });

  test("an indicator with no readable 完成值 leaves its 得分, 总分 and 等级 to fill in", () => {
    const plan = planReport(workbook(budget(), indicators("")));
    expect(plan.score.total).toBeNull();
    expect(plan.score.pending).toEqual(["有1项指标未能计分（缺实际完成值或无法判定完成程度）"]);
    expect(rowLabelled(plan, "总分").get("G")).toBe("【待填写：总分】");
  });

  test("a band share above 1 would score 部分达成 at 30 × 1.5 = 45 of 30: that 得分 is never written", () => {
    const plan = planReport(workbook(budget(), indicators("部分达成")), { bands: { partial: new Big("1.5") } });
    const row = [...formRows(plan).values()].find((r) => r.get("C") === "群众知晓度")!;
    expect(row.get("F")).toBe(30);
    expect(row.get("G")).toBe("【待填写：得分】");
    expect(plan.score).toMatchObject({ total: null, indicators: null });
    expect(plan.score.pending).toEqual(["“群众知晓度”的得分将高于其分值"]);
    expect(holdable(plan)).toBe(true);
  });

  test("in English the reasons are English", () => {
    const plan = planReport(workbook(ledger()), { lang: "en" });
    expect(plan.score.pending[0]).toBe("no performance indicator was found, so the indicators cannot be scored");
  });
});

describe("a user's template", () => {
  test("{{总分}} and {{等级}} the sources cannot support are prompts, and the 总分 one says why (no note under a template)", () => {
    const template = sheet("我的模板", [
      ["总分", "{{总分}}"],
      ["等级", "{{等级}}"],
    ]);
    const plan = planReport(workbook(ledger(), template));
    const cells = sheetPlan(plan, "我的模板").writes;
    expect(cells.find((w) => w.address === "B1")).toMatchObject({
      value: "【待填写：总分：未读到绩效指标，指标得分无法计算；未读到全年预算数和全年执行数，执行率得分无法计算；各项分值合计10分，不是100分】",
      prompt: true,
    });
    expect(cells.find((w) => w.address === "B2")).toMatchObject({ value: "【待填写：等级】", prompt: true });
  });

  test("with sound sources they are the figures: 99 and 优", () => {
    const template = sheet("我的模板", [
      ["总分", "{{总分}}"],
      ["等级", "{{等级}}"],
    ]);
    const plan = planReport(workbook(budget(), indicators("明显提升"), template));
    const cells = sheetPlan(plan, "我的模板").writes;
    expect(cells.find((w) => w.address === "B1")!.value).toBe(99);
    expect(cells.find((w) => w.address === "B2")!.value).toBe("优");
  });
});
