/**
 * The adapter's print setup, axis titles and provenance property, which the Excel emulation does not have: a host that
 * has them (ExcelApi 1.9 / 1.12) is stood in by proxies over the emulation that record what the adapter sets. A host
 * that refuses them keeps the report all the same.
 */
import { planReport } from "../../src/core/report";
import { PROVENANCE_PROPERTY } from "../../src/core/report/plan";
import { applyPlan } from "../../src/excel/apply-plan";
import type { ExcelEnv } from "../../src/excel/env";
import { readWorkbook } from "../../src/excel/read";
import { emulate, sampleSnapshot } from "../excel/helpers";
import type { ExcelEmulator } from "../../src/emulator";

type Log = string[];

/** A proxy of `target` with extra members; everything else goes to the real object, methods bound to it. */
function extend<T extends object>(target: T, extra: Record<string, unknown>): T {
  return new Proxy(target, {
    get: (t, p) => {
      if (typeof p === "string" && p in extra) return extra[p];
      const v = Reflect.get(t, p) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
    set: (t, p, v) => Reflect.set(t, p, v),
    has: (t, p) => (typeof p === "string" && p in extra) || Reflect.has(t, p),
  });
}

/** A recorder: property sets and method calls on it are logged under `name`. */
function recorder(log: Log, name: string): object {
  return new Proxy(
    {},
    {
      get:
        (_t, p) =>
        (...args: unknown[]) =>
          log.push(`${name}.${String(p)}(${args.map((a) => JSON.stringify(a)).join(", ")})`),
      set: (_t, p, v) => {
        log.push(`${name}.${String(p)} = ${JSON.stringify(v)}`);
        return true;
      },
    }
  );
}

function richEnv(emu: ExcelEmulator, log: Log, fail = false): ExcelEnv {
  return {
    run: (batch) =>
      emu.Excel.run((context) => {
        const sheet = (ws: Excel.Worksheet, name: string) =>
          extend(ws, {
            pageLayout: recorder(log, `${name}.pageLayout`),
            horizontalPageBreaks: recorder(log, `${name}.breaks`),
            charts: extend(ws.charts, {
              add: (...args: Parameters<Excel.ChartCollection["add"]>) => {
                const chart = ws.charts.add(...args);
                const axis = (which: string) => ({ title: recorder(log, `${name}.${which}.title`) });
                return extend(chart, { axes: { categoryAxis: axis("categoryAxis"), valueAxis: axis("valueAxis") } });
              },
            }),
          });
        const real = context.workbook.worksheets;
        const worksheets = extend(real, { add: (name: string) => sheet(real.add(name), name), getItem: (name: string) => sheet(real.getItem(name), name) });
        const custom = fail ? { add: () => context.workbook.worksheets.getItem("no such sheet").load("name") } : recorder(log, "custom");
        const workbook = extend(context.workbook, { worksheets, properties: { custom } });
        return batch(extend(context, { workbook }));
      }),
    isSetSupported: (name, version) => emu.Office.context.requirements.isSetSupported(name, version),
  };
}

async function planned() {
  const { emu, env } = emulate(await sampleSnapshot());
  const { snapshot } = await readWorkbook(undefined, { env });
  return { emu, plan: planReport(snapshot) };
}

test("each sheet: A4 portrait, one page wide; the form repeats its indicator header (row 11); the chart has axis titles; provenance as a custom property", async () => {
  const { emu, plan } = await planned();
  const log: Log = [];
  const res = await applyPlan(plan, async () => true, { env: richEnv(emu, log) });
  expect(res.written).toEqual(["绩效自评表", "自评报告（生成）", "支出进度"]);
  for (const name of res.written) {
    expect(log).toContain(`${name}.pageLayout.paperSize = "A4"`);
    expect(log).toContain(`${name}.pageLayout.orientation = "Portrait"`);
    expect(log).toContain(`${name}.pageLayout.zoom = {"horizontalFitToPages":1,"verticalFitToPages":0}`);
  }
  expect(log.filter((l) => l.includes("setPrintTitleRows"))).toEqual(['绩效自评表.pageLayout.setPrintTitleRows("$11:$11")']);
  expect(log).toContain('支出进度.categoryAxis.title.text = "月份"');
  expect(log).toContain('支出进度.valueAxis.title.text = "金额（万元）"');
  expect(log).toContain(`custom.add(${JSON.stringify(PROVENANCE_PROPERTY)}, ${JSON.stringify(plan.provenance)})`);
});

test("a host that refuses the last sync (print setup, provenance) keeps the written report", async () => {
  const { emu, plan } = await planned();
  const log: Log = [];
  const res = await applyPlan(plan, async () => true, { env: richEnv(emu, log, true) });
  expect(res.written).toEqual(["绩效自评表", "自评报告（生成）", "支出进度"]);
  expect(emu.sheetNames().slice(-3)).toEqual(res.written);
  expect(emu.cell("绩效自评表", "A1").value).toBe("项目支出绩效自评表（2023年度）");
});
