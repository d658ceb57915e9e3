/**
 * Writes a ReportPlan into the open workbook.
 *
 * Consent for existing user sheets is asked first, outside Excel.run. Then: sync 1 lists the sheets (and their
 * protection); sync 2 — only when a sheet the add-in made before is reused — lists that sheet's charts so the old
 * chart can go; the last sync adds the new sheets, clears reused ones, writes every cell, merge, width and chart.
 * The source sheets (plan.sources) are never written, whatever the plan says, and neither are protected sheets. A
 * workbook whose structure is protected gets no new sheet: the run stops before any add, with the plan's message. A
 * write that fails takes back the sheets it added, so no half-made sheet stays behind.
 *
 * Print setup, font sizes, axis titles and the provenance property use APIs a host may lack (ExcelApi 1.9 / 1.12, or
 * an emulation without them): each is set only where the host has it, print setup and provenance in a last sync whose
 * failure leaves the written report as it is.
 */
import { columnLetters, parseA1 } from "../core/address";
import { type CellWrite, type ChartPlan, PROVENANCE_PROPERTY, type ReportPlan, type SheetPlan } from "../core/report/plan";
import { afterFailure } from "./rollback";
import { needsQuotePrefix } from "./typed-text";
import { globalEnv, SyncCounter, type ExcelEnv } from "./env";

/** Requirement set of ChartSeries.setValues / setXAxisValues and ChartSeriesCollection.add. */
export const CHART_SERIES_SET = "1.7";
/** Fill of a 待填写 prompt cell. */
export const PROMPT_FILL = "#FFFF00";
/** Name given to the report's chart, so that a rewrite replaces it. */
export const CHART_NAME = "selfeval-chart";

/**
 * The workbook's structure is protected: no sheet can be added. Its message is the plan's, in the user's language,
 * and it has no Office error code, so the pane shows the message as it is.
 */
export class WorkbookProtectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookProtectedError";
  }
}

/** Whether a proxy object can take `prop` (a setter somewhere on its prototype chain): hosts and emulations differ. */
function settable(obj: object, prop: string): boolean {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return !!d.set || d.writable === true;
  }
  return false;
}

/** Whether a proxy object has a navigation property or method `prop`. */
function has(obj: object, prop: string): boolean {
  return prop in obj;
}

export type PlanSkipReason = "source" | "refused" | "protected" | "missing";

export interface ApplyResult {
  /** Sheets written, in plan order. */
  written: string[];
  skipped: Array<{ sheet: string; reason: PlanSkipReason }>;
  /** Whether the chart's series could be set one by one (ExcelApi 1.7), rather than from one source range. */
  chartSeriesSet: boolean;
  syncs: number;
}

export interface ApplyOptions {
  env?: ExcelEnv;
}

/** Column width in characters (of the default font's digit, 7 px) → points, as Excel converts: px = chars·7 + 5, pt = px·¾. */
export function widthToPoints(chars: number): number {
  if (chars <= 0) return 0;
  const px = Math.trunc(chars * 7 + 5);
  return px * 0.75;
}

const ALIGN: Record<NonNullable<CellWrite["align"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};

function writeCell(ws: Excel.Worksheet, w: CellWrite): void {
  const r = ws.getRange(w.address);
  if (w.numberFormat !== undefined) r.numberFormat = [[w.numberFormat]];
  if (w.formula !== undefined) {
    r.formulas = [[`=${w.formula.replace(/^=/, "")}`]];
  } else if (w.value === null) {
    r.clear("Contents" as Excel.ClearApplyTo);
  } else if (typeof w.value === "string" && needsQuotePrefix(w.value)) {
    r.values = [[`'${w.value}`]];
  } else {
    r.values = [[w.value]];
  }
  if (w.bold !== undefined) r.format.font.bold = w.bold;
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a probe of the proxy's setter, no value is read
  if (w.size !== undefined && settable(r.format.font, "size")) r.format.font.size = w.size;
  if (w.wrap !== undefined) r.format.wrapText = w.wrap;
  if (w.align) r.format.horizontalAlignment = ALIGN[w.align];
  if (w.prompt) r.format.fill.color = PROMPT_FILL;
}

/** "K2:K13" on the plan sheet. */
function rangeOn(ws: Excel.Worksheet, address: string): Excel.Range {
  return ws.getRange(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
}

/** Bounding range of the categories and all series, for hosts that cannot set series one by one. */
function boundingAddress(chart: ChartPlan): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const a of [chart.categories, ...chart.series.map((s) => s.values)]) {
    const local = a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a;
    const [p, q = p] = local.split(":");
    const tl = p ? parseA1(p) : null;
    const br = q ? parseA1(q) : null;
    if (!tl || !br) return null;
    top = Math.min(top, tl.row, br.row);
    left = Math.min(left, tl.col, br.col);
    bottom = Math.max(bottom, tl.row, br.row);
    right = Math.max(right, tl.col, br.col);
  }
  return `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
}

function addChart(ws: Excel.Worksheet, chart: ChartPlan, seriesSet: boolean): void {
  const first = chart.series[0];
  if (!first) return;
  let c: Excel.Chart;
  if (seriesSet) {
    c = ws.charts.add("Line" as Excel.ChartType, rangeOn(ws, first.values), "Columns" as Excel.ChartSeriesBy);
    const categories = rangeOn(ws, chart.categories);
    const s0 = c.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(categories);
    for (const s of chart.series.slice(1)) {
      const added = c.series.add(s.name);
      added.setValues(rangeOn(ws, s.values));
      added.setXAxisValues(categories);
    }
  } else {
    // Before ExcelApi 1.7: one source range holding the categories and the series side by side.
    const bounds = boundingAddress(chart) ?? first.values;
    c = ws.charts.add("Line" as Excel.ChartType, ws.getRange(bounds), "Columns" as Excel.ChartSeriesBy);
  }
  c.name = CHART_NAME;
  c.title.text = chart.title;
  if (chart.axes && has(c, "axes")) {
    c.axes.categoryAxis.title.text = chart.axes.category;
    c.axes.valueAxis.title.text = chart.axes.value;
  }
  c.setPosition(chart.from, chart.to);
}

/** A4 portrait, one page wide, the plan's repeated rows and page breaks (ExcelApi 1.9). */
function printSetup(ws: Excel.Worksheet, sp: SheetPlan): void {
  if (!sp.print || !has(ws, "pageLayout")) return;
  const pl = ws.pageLayout;
  pl.paperSize = "A4" as Excel.PaperType;
  pl.orientation = "Portrait" as Excel.PageOrientation;
  const rows = sp.print.titleRows;
  if (rows) pl.setPrintTitleRows(`$${rows[0] + 1}:$${rows[1] + 1}`);
  for (const r of sp.print.breaks) if (r > 0) ws.horizontalPageBreaks.add(`A${r + 1}`);
  // Last: one page wide, as many tall as it takes (0 = automatic, as the file's fitToHeight="0").
  pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/**
 * Writes the plan. Sheets needing consent are written only when `consent(name)` resolves true; the others of the plan
 * are written regardless. Returns what was written and what was skipped, and why.
 */
export async function applyPlan(plan: ReportPlan, consent: (sheet: string) => Promise<boolean>, options: ApplyOptions = {}): Promise<ApplyResult> {
  const env = options.env ?? globalEnv();
  const sources = new Set(plan.sources);
  const skipped: ApplyResult["skipped"] = [];
  const chosen: SheetPlan[] = [];
  for (const sp of plan.sheets) {
    if (sources.has(sp.name)) {
      skipped.push({ sheet: sp.name, reason: "source" });
      continue;
    }
    if (sp.needsConsent && !(await consent(sp.name))) {
      skipped.push({ sheet: sp.name, reason: "refused" });
      continue;
    }
    chosen.push(sp);
  }
  const seriesSet = env.isSetSupported("ExcelApi", CHART_SERIES_SET);
  if (chosen.length === 0) return { written: [], skipped, chartSeriesSet: seriesSet, syncs: 0 };

  // The whole write is one undo step where the host can merge a run's syncs into one undo group (ExcelApi 1.20).
  const runOptions: Excel.RunOptions | undefined = env.isSetSupported("ExcelApi", "1.20") ? { mergeUndoGroup: true } : undefined;
  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/protection/protected");
    // Workbook protection (ExcelApi 1.7) in the same sync; a host without it cannot protect the structure either.
    const bookProtection = env.isSetSupported("ExcelApi", "1.7") && has(context.workbook, "protection") ? context.workbook.protection : null;
    bookProtection?.load("protected");
    await counter.sync();
    const existing = new Map(worksheets.items.map((ws) => [ws.name, ws] as const));

    const plans: Array<{ plan: SheetPlan; ws: Excel.Worksheet | undefined }> = [];
    for (const sp of chosen) {
      const ws = existing.get(sp.name);
      if (ws && ws.protection.protected) {
        skipped.push({ sheet: sp.name, reason: "protected" });
        continue;
      }
      if (!ws && !sp.create) {
        skipped.push({ sheet: sp.name, reason: "missing" });
        continue;
      }
      plans.push({ plan: sp, ws });
    }
    // Before any add: a protected structure would refuse it with an obscure error, after the other sheets were begun.
    if (bookProtection?.protected && plans.some((p) => !p.ws)) {
      throw new WorkbookProtectedError(plan.messages?.workbookProtected ?? "The workbook's structure is protected; no sheet can be added.");
    }
    const added: string[] = [];
    const targets = plans.map(({ plan: sp, ws }) => {
      if (!ws) added.push(sp.name);
      return { plan: sp, ws: ws ?? worksheets.add(sp.name), reused: !!ws && sp.create };
    });

    // Sync 2 (only for reused sheets of our own): their old charts, to replace them.
    const oldCharts = targets
      .filter((t) => t.reused)
      .map((t) => {
        t.ws.charts.load("items/name");
        return t.ws.charts;
      });
    if (oldCharts.length > 0) await counter.sync();
    for (const charts of oldCharts) for (const c of charts.items) c.delete();

    for (const t of targets) {
      const { plan: sp, ws } = t;
      // A sheet the add-in made before starts again from blank.
      if (t.reused) {
        const all = ws.getRange();
        all.unmerge();
        all.clear("All" as Excel.ClearApplyTo);
      }
      for (const w of sp.writes) writeCell(ws, w);
      for (const m of sp.merges) ws.getRange(m).merge(false);
      for (const [col, width] of Object.entries(sp.widths)) ws.getRange(`${col}:${col}`).format.columnWidth = widthToPoints(width);
      if (sp.chart) addChart(ws, sp.chart, seriesSet);
    }
    const first = targets[0];
    if (first) first.ws.activate();
    try {
      await counter.sync();
    } catch (e) {
      // The sheets it added go again; a sheet that existed and was being written cannot be put back by the add-in.
      const existing = targets.length - added.length;
      throw await afterFailure(e, async () => {
        await removeSheets(env, added);
        if (existing > 0) throw new Error("existing sheets were being written");
      });
    }

    // Print setup and provenance in a sync of their own: a host refusing one of them costs the print setup, never the report.
    const printable = env.isSetSupported("ExcelApi", "1.9") ? targets.filter((t) => t.plan.print && has(t.ws, "pageLayout")) : [];
    const provenance = !!plan.provenance && env.isSetSupported("ExcelApi", "1.12") && has(context.workbook, "properties");
    if (printable.length || provenance) {
      try {
        // A sheet add() returned belongs to the request that made it: Office.js refuses its path in a later one.
        for (const t of printable) printSetup(context.workbook.worksheets.getItem(t.plan.name), t.plan);
        // add() sets the property when it exists (a rewrite).
        if (provenance) context.workbook.properties.custom.add(PROVENANCE_PROPERTY, plan.provenance!);
        await counter.sync();
      } catch {
        // The report stands without its print setup.
      }
    }
    return { written: targets.map((t) => t.plan.name), skipped, chartSeriesSet: seriesSet, syncs: counter.count };
  }, runOptions);
}

/** Takes back the sheets a failed write added (a failed batch keeps what ran before the failing call). */
async function removeSheets(env: ExcelEnv, names: string[]): Promise<void> {
  if (!names.length) return;
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const gone = new Set(names);
    for (const ws of sheets.items) if (gone.has(ws.name)) ws.delete();
    await context.sync();
  });
}
