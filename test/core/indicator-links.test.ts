/** Indicators against the text (src/core/indicator-links.ts) and text-mismatch's indicator findings. */
import { checkWorkbook } from "../../src/core/check";
import { indicatorCore, indicatorUnit, nameQuantity, quantityLinks } from "../../src/core/indicator-links";
import { buildModel } from "../../src/core/recognize/build";
import type { CellInput } from "../helpers/workbook";
import { num, sheet, workbook } from "../helpers/workbook";

/** A national-layout form in 万元 (95 of 100, 9.5 of 10) with a goal block and one indicator of 90. */
function form(o: { goal?: string; done?: string; level3: string; target: CellInput; actual: CellInput }) {
  return sheet(
    "自评表",
    [
      ["项目支出绩效自评表（2023年度）"],
      ["项目名称", "野生动物保护项目"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 100, 100, 95, 10, num(0.95, "0.00%"), 9.5],
      [null, "其中：当年财政拨款", 100, 100, 95, "—", num(0.95, "0.00%"), "—"],
      ["年度总体目标", "预期目标", null, null, "实际完成情况"],
      [null, o.goal ?? "完成年度建设任务", null, null, o.done ?? "全年完成建设任务"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      [null, "产出指标", "数量指标", o.level3, o.target, o.actual, 90, 90, ""],
    ],
    { merges: ["A1:I1", "A3:A5", "A8:A9"] }
  );
}

function keys(s: ReturnType<typeof form>) {
  return checkWorkbook(workbook(s))
    .findings.filter((f) => f.rule === "text-mismatch")
    .map((f) => [f.message.key, f.severity, f.cells, f.expected && f.expected.value + f.expected.unit, f.actual && f.actual.value + f.actual.unit]);
}

const SHELTER = { level3: "野生动物收容所", target: "≥200平方米", actual: 204.46 };

describe("indicator names and units", () => {
  test("indicatorCore drops numbering and a trailing measure word; indicatorUnit reads the target's text", () => {
    const m = buildModel(workbook(form({ level3: "指标1：野生动物收容所面积", target: "≥200平方米", actual: 204.46 })));
    const ind = m.indicators[0]!.indicators[0]!;
    expect(indicatorCore(ind)).toBe("野生动物收容所");
    expect(indicatorUnit(ind)).toBe("平方米");
  });

  test("nameQuantity: the one quantity an indicator's name states", () => {
    const m = buildModel(workbook(form({ level3: "建设普通省道二级公路32.1公里", target: 32.1, actual: 32.1 })));
    expect(nameQuantity(m.indicators[0]!.indicators[0]!)?.raw).toBe("32.1公里");
    const n = buildModel(workbook(form({ level3: "培训人数", target: 100, actual: 100 })));
    expect(nameQuantity(n.indicators[0]!.indicators[0]!)).toBeNull();
  });
});

describe("the text's quantity for an indicator it names", () => {
  test("实际完成情况 “新建野生动物收容所200平方米” vs 实际完成值 204.46 → text-mismatch.indicator-actual", () => {
    expect(keys(form({ ...SHELTER, done: "新建野生动物收容所200平方米" }))).toEqual([
      ["text-mismatch.indicator-actual", "error", ["自评表!E7", "自评表!F9"], "204.46平方米", "200平方米"],
    ]);
  });

  test("the link: figure, indicator and scale 1 (平方米 both)", () => {
    const m = buildModel(workbook(form({ ...SHELTER, done: "新建野生动物收容所200平方米" })));
    const links = quantityLinks(
      m.narratives.flatMap((n) => n.paragraphs),
      m.indicators
    );
    expect(links.map((l) => [l.figure.raw, l.indicator.level3, l.actual?.value.toString(), l.scale.toString()])).toEqual([
      ["200平方米", "野生动物收容所", "204.46", "1"],
    ]);
  });

  test("twin: “新建野生动物收容所204.46平方米” → nothing", () => {
    expect(keys(form({ ...SHELTER, done: "新建野生动物收容所204.46平方米" }))).toEqual([]);
  });

  // Part of a name is not enough to link: 收容所 alone may name another building. Only the whole core links.
  test("“收容所200平方米” (only the last words of 野生动物收容所) is not linked → nothing", () => {
    expect(keys(form({ ...SHELTER, done: "收容所200平方米" }))).toEqual([]);
  });

  test("预期目标 stating the actual (204.46) where the target (200) was due → text-mismatch.indicator-target", () => {
    expect(keys(form({ ...SHELTER, goal: "新建野生动物收容所204.46平方米" }))).toEqual([
      ["text-mismatch.indicator-target", "error", ["自评表!B7", "自评表!E9"], "200.00平方米", "204.46平方米"],
    ]);
  });

  test("twin: 预期目标 “新建野生动物收容所200平方米” → nothing", () => {
    expect(keys(form({ ...SHELTER, goal: "新建野生动物收容所200平方米" }))).toEqual([]);
  });
});

describe("rates and shares are not totals", () => {
  test("a name stating a rate (每月巡查2次) against an annual target of 24 → nothing", () => {
    expect(keys(form({ level3: "每月巡查2次", target: 24, actual: 24 }))).toEqual([]);
    expect(nameQuantity(buildModel(workbook(form({ level3: "每月巡查2次", target: 24, actual: 24 }))).indicators[0]!.indicators[0]!)).toBeNull();
  });

  test("a per-household figure in the text (户均增收500元 is money; 人均培训3次) is not linked to a total", () => {
    // Linked, 3 against 300 would read as a slip of 10²: no finding of any rule may stand on the completion text.
    const found = checkWorkbook(workbook(form({ level3: "技能培训次数", target: 300, actual: 300, done: "技能培训次数人均3次" }))).findings;
    expect(found.filter((f) => f.cells[0] === "自评表!E7")).toEqual([]);
  });
});

describe("the quantity an indicator's name states vs its 年度指标值", () => {
  test("“建设普通省道二级公路32.1公里” with 年度指标值 20 → text-mismatch.indicator-name", () => {
    expect(keys(form({ level3: "建设普通省道二级公路32.1公里", target: 20, actual: 20 }))).toEqual([
      ["text-mismatch.indicator-name", "error", ["自评表!E9"], "32.1公里", "20公里"],
    ]);
  });

  test("the end of a range bounds who is counted (0-6岁儿童健康管理数, 3至5岁儿童) and states no quantity", () => {
    expect(keys(form({ level3: "0-6岁儿童健康管理数", target: 2089, actual: 2089 }))).toEqual([]);
    expect(keys(form({ level3: "3至5岁儿童入园人数", target: 400, actual: 400 }))).toEqual([]);
    // A quantity of its own beside a range is still read: 0-6岁儿童体检2000人 against 2089.
    expect(keys(form({ level3: "0-6岁儿童体检2000人", target: 2089, actual: 2089 })).map((k) => k[0])).toEqual(["text-mismatch.indicator-name"]);
  });

  test("twin: 年度指标值 32.1 → nothing", () => {
    expect(keys(form({ level3: "建设普通省道二级公路32.1公里", target: 32.1, actual: 32.1 }))).toEqual([]);
  });

  test("“受益人口1.2万人” with a bare 12000 → nothing (1.2万人 = 12000人)", () => {
    expect(keys(form({ level3: "受益人口1.2万人", target: 12000, actual: 12000 }))).toEqual([]);
  });

  test("“受益人口1.2万人” with “≥12000人” → nothing; with “≥1200人” → error", () => {
    expect(keys(form({ level3: "受益人口1.2万人", target: "≥12000人", actual: "12000人" }))).toEqual([]);
    expect(keys(form({ level3: "受益人口1.2万人", target: "≥1200人", actual: "1200人" })).map((k) => k.slice(0, 3))).toEqual([
      ["text-mismatch.indicator-name", "error", ["自评表!E9"]],
    ]);
  });
});
