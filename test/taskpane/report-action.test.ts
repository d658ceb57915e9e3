/**
 * reportAction with the real planner and the real adapter over the sample workbook in the Excel emulation: it writes new
 * sheets (and a user's sheet only with consent), never a source sheet. outcomeOf: what the pane reports.
 */
import type { ReportPlan } from "../../src/core/report/plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { officeHost } from "../../src/excel/host";
import { outcomeOf, reportAction } from "../../src/taskpane/report";
import { emulate } from "../excel/helpers";
import { readHaikou } from "../report/core-helpers";
import { sheet } from "../helpers/workbook";

describe("outcomeOf", () => {
  const sp = (name: string, create: boolean, prompts = 0) => ({
    name,
    create,
    needsConsent: !create,
    writes: Array.from({ length: prompts }, (_, i) => ({ address: `A${i + 1}`, value: "【待填写：x】", prompt: true })),
    merges: [],
    widths: {},
    chart: null,
  });
  const plan: ReportPlan = { sheets: [sp("表", true, 2), sp("模板", false, 1), sp("预算", false)], sources: ["预算", "数据"] };

  test("from the adapter's result: created vs filled by the plan, prompts of the written sheets only", () => {
    expect(outcomeOf(plan, { written: ["表", "模板"], skipped: [{ sheet: "预算", reason: "source" }] }, new Set())).toEqual({
      written: ["表", "模板"],
      created: ["表"],
      skipped: [{ sheet: "预算", reason: "source" }],
      sources: ["预算", "数据"],
      prompts: 3,
      charts: [],
    });
  });

  test("a chart written is named with the sheet it stands on; a chart on a sheet not written is not", () => {
    const chart = { title: "支出进度", from: "A1", to: "H20", categories: "K2:K13", series: [] };
    const withChart: ReportPlan = { sheets: [sp("表", true), { ...sp("支出进度", true), chart }, { ...sp("模板", false), chart }], sources: [] };
    expect(outcomeOf(withChart, { written: ["表", "支出进度"], skipped: [] }, new Set()).charts).toEqual([{ title: "支出进度", sheet: "支出进度" }]);
  });

  test("from the plan when the host says nothing: a source sheet in the plan is never counted as written", () => {
    expect(outcomeOf(plan, null, new Set(["模板"]))).toEqual({
      written: ["表"],
      created: ["表"],
      skipped: [
        { sheet: "模板", reason: "refused" },
        { sheet: "预算", reason: "source" },
      ],
      sources: ["预算", "数据"],
      prompts: 2,
      charts: [],
    });
  });
});

describe("reportAction with the real planner and adapter (the sample workbook in the Excel emulation)", () => {
  let sample: WorkbookSnapshot;
  beforeAll(async () => {
    sample = await readHaikou();
  });

  test("new sheets only: every source sheet reads exactly as before; the form in 元 as chosen", async () => {
    const { emu, env } = emulate(sample);
    const before = emu.snapshot();
    const ask = jest.fn(async () => true);
    const outcome = await reportAction(officeHost({ env }), "zh-CN")({ unit: "元", ask });

    const names = before.sheets.map((s) => s.name);
    expect(ask).not.toHaveBeenCalled();
    expect(outcome.written).toEqual(expect.arrayContaining(["绩效自评表", "自评报告（生成）"]));
    expect(outcome.created).toEqual(outcome.written);
    expect(outcome.written.filter((n) => names.includes(n))).toEqual([]);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.sources).toEqual(names);
    expect(outcome.prompts).toBeGreaterThan(0);

    const after = emu.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual([...names, ...outcome.written]);
    for (const s of before.sheets) expect(after.sheets.find((x) => x.name === s.name)).toEqual(s);
    expect(emu.cell("绩效自评表", "A4").value).toBe("项目资金\n（元）");
    expect(emu.cell("绩效自评表", "G5").text).toBe("94.56%");
  });

  const template = () =>
    sheet("我的模板", [
      ["全年执行数", "{{全年执行数}}"],
      ["执行率", "{{执行率}}"],
    ]);

  test("a user's template refused: not written, and no source either", async () => {
    const { emu, env } = emulate({ sheets: [...sample.sheets, template()] });
    const before = emu.snapshot();
    const ask = jest.fn(async () => false);
    const outcome = await reportAction(officeHost({ env }), "zh-CN")({ unit: "万元", ask });
    expect(ask.mock.calls).toEqual([["我的模板"]]);
    expect(outcome.skipped).toEqual([{ sheet: "我的模板", reason: "refused" }]);
    const after = emu.snapshot();
    for (const s of before.sheets) expect(after.sheets.find((x) => x.name === s.name)).toEqual(s);
    // The chart, with no form to stand beside, gets a sheet of its own.
    expect(outcome.written).toEqual(["支出进度"]);
    expect(outcome.created).toEqual(["支出进度"]);
  });

  test("a user's template allowed: filled in place; the sources still as they were", async () => {
    const { emu, env } = emulate({ sheets: [...sample.sheets, template()] });
    const before = emu.snapshot();
    const outcome = await reportAction(officeHost({ env }), "zh-CN")({ unit: "万元", ask: async () => true });
    expect(outcome.written).toEqual(["我的模板", "支出进度"]);
    expect(outcome.created).toEqual(["支出进度"]);
    expect(emu.cell("我的模板", "B1").value).toBe(10655546.85);
    expect(emu.cell("我的模板", "B2").text).toBe("94.56%");
    const after = emu.snapshot();
    for (const s of before.sheets.filter((x) => x.name !== "我的模板")) expect(after.sheets.find((x) => x.name === s.name)).toEqual(s);
  });
});
