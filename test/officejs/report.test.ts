/** The report write (src/excel/apply-plan.ts, the core's plan for the sample) through Microsoft's client library over the emulated host. */
import { planReport } from "../../src/core/report";
import { applyPlan } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read";
import { sampleSnapshot } from "../excel/helpers";
import { viaClientLibrary } from "./client";

it("writes the sample's report: every request within 5 MB, source sheets unchanged, the chart made", async () => {
  const { emu, env, host } = viaClientLibrary(await sampleSnapshot(), { apiVersion: "1.12" });
  const { snapshot } = await readWorkbook(undefined, { env });
  const plan = planReport(snapshot);
  const before = emu.snapshot();
  const res = await applyPlan(plan, async () => true, { env });
  expect(res.written).toEqual(plan.sheets.map((s) => s.name));
  const after = emu.snapshot();
  for (const name of plan.sources) {
    expect(JSON.stringify(after.sheets.find((s) => s.name === name))).toBe(JSON.stringify(before.sheets.find((s) => s.name === name)));
  }
  const form = plan.sheets.find((s) => s.chart);
  if (form) {
    const [chart] = emu.charts(form.name);
    expect(chart).toBeDefined();
    if (form.chart?.axes) expect([chart!.categoryAxisTitle, chart!.valueAxisTitle]).toEqual([form.chart.axes.category, form.chart.axes.value]);
  }
  // What the client library sent beyond the proxy emulation's reach arrived: print setup and page breaks.
  const saved = emu.save();
  for (const sp of plan.sheets.filter((x) => x.print)) {
    const sheet = saved.sheets.find((x) => x.name === sp.name)!;
    expect(sheet.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
    expect(sheet.pageBreaks ?? []).toEqual(sp.print!.breaks.filter((r) => r > 0));
  }
  expect(host.requests.every((r) => r.error === null && r.requestBytes <= 5_000_000 && r.responseBytes <= 5_000_000)).toBe(true);
});
