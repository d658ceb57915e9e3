/** Report entry point: plans the 项目支出绩效自评表, the narrative 自评报告 and the 支出进度 chart from a workbook snapshot; pure, no I/O. */
import { cellString } from "../cells";
import { strings } from "../i18n";
import type { Lang } from "../i18n/types";
import { buildModel } from "../recognize/build";
import { findHeaders } from "../recognize/headers";
import { sheetRole } from "../recognize/roles";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { placeChart } from "./chart";
import { gatherData } from "./data";
import { type FormUnit } from "./format";
import { planForm } from "./form";
import { narrativeSheet, planNarrative } from "./narrative";
import type { ReportPlan, SheetPlan } from "./plan";
import { type Bands, DEFAULT_BANDS, type WeightPreset } from "./scoring";
import { SheetBuilder } from "./sheet";
import { type BlankForm, fillBlankForm, fillPlaceholders, findBlankForm, formWeights, hasPlaceholders, helperColumn } from "./template";

export type { ReportPlan, SheetPlan, CellWrite, ChartPlan } from "./plan";
export type { WeightPreset } from "./scoring";
export { PLACEHOLDERS, placeholderTable } from "./template";

export interface ReportOptions {
  /** Money unit of the form's 项目资金 block; 万元 by default. A user's blank form keeps its own unit. */
  unit?: FormUnit;
  /** Section weights: national 10/50/30/10 (default), sichuan 10 + 90 as the indicators split it, ningxia 40/40/20 with no 执行率 weight. */
  weights?: WeightPreset;
  lang?: Lang;
  /** Shares of 分值 for qualitative bands (达成 / 部分达成 / 未达成); 1, 0.8, 0.6 by default. */
  bands?: Partial<Bands>;
}

/** Data roles: sheets whose content the report reads and must never write. */
const DATA_ROLES = /^(project-info|budget|payments|contracts|indicators)$/;

/** Sheets an earlier run made: one of the report's names (either language, maybe numbered) holding the generator's footer. */
function ownSheets(snapshot: WorkbookSnapshot): Set<string> {
  const langs: Lang[] = ["zh-CN", "en"];
  const names = langs.flatMap((l) => Object.values(strings(l).report.sheets));
  const markers = new Set(langs.map((l) => strings(l).report.marker));
  const own = new Set<string>();
  for (const sheet of snapshot.sheets) {
    if (!names.some((n) => sheet.name.startsWith(n))) continue;
    if (sheet.rows.some((row) => row?.some((c) => markers.has(cellString(c))))) own.add(sheet.name);
  }
  return own;
}

/** A name for a new sheet that takes no user sheet's place: base, else base（2）… */
function freeName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const n = `${base}（${i}）`;
    if (!taken.has(n)) return n;
  }
}

/** A sheet's role, read from its top rows only (no table is read). */
function roleOf(sheet: SheetSnapshot): string {
  return sheetRole(sheet, findHeaders(sheet));
}

export function planReport(snapshot: WorkbookSnapshot, options: ReportOptions = {}): ReportPlan {
  const lang = options.lang ?? "zh-CN";
  const unit = options.unit ?? "万元";
  const s = strings(lang).report;
  const own = ownSheets(snapshot);

  // The user's templates: a blank official form, and sheets with {{…}} placeholders (never a data sheet).
  let blank: BlankForm | null = null;
  const placeholderSheets: SheetSnapshot[] = [];
  for (const sheet of snapshot.sheets) {
    if (own.has(sheet.name)) continue;
    const role = roleOf(sheet);
    if (DATA_ROLES.test(role)) continue;
    if (hasPlaceholders(sheet)) placeholderSheets.push(sheet);
    else if (!blank) blank = findBlankForm(sheet);
  }
  const templates = new Set([...placeholderSheets.map((x) => x.name), ...(blank ? [blank.sheet.name] : [])]);

  // The model reads the user's data only: no earlier output, no template.
  const model = buildModel({ sheets: snapshot.sheets.filter((x) => !own.has(x.name) && !templates.has(x.name)) });
  const printed = blank ? formWeights(blank) : null;
  const data = gatherData(model, {
    lang,
    preset: options.weights ?? "national",
    bands: { ...DEFAULT_BANDS, ...(options.bands ?? {}) },
    ...(printed && Object.keys(printed.pools).length ? { pools: printed.pools } : {}),
    ...(printed?.rateWeight ? { rateWeight: printed.rateWeight } : {}),
  });
  const narrative = planNarrative(data);

  const taken = new Set(snapshot.sheets.filter((x) => !own.has(x.name)).map((x) => x.name));
  const sheets: SheetPlan[] = [];
  let chartPlaced = false;

  const filledForm = blank ? fillBlankForm(data, blank, narrative.goal, narrative.completion) : null;
  if (filledForm && blank) {
    // The chart table speaks the form's own unit, so no caption on the sheet contradicts another.
    const own = blank.budget.scale === "元" || blank.budget.scale === "万元" ? blank.budget.scale : unit;
    chartPlaced = placeChart(filledForm, data, own, 0, helperColumn(blank.sheet));
    sheets.push(filledForm.build());
  } else if (!placeholderSheets.length) {
    const form = planForm(data, unit, narrative.goal, narrative.completion).sheet;
    const name = freeName(s.sheets.form, taken);
    sheets.push({ ...form.build(), name });
    taken.add(name);
    chartPlaced = !!form.chart;
  }
  for (const p of placeholderSheets) sheets.push(fillPlaceholders(data, p).build());
  if (!placeholderSheets.length) {
    const name = freeName(s.sheets.narrative, taken);
    sheets.push(narrativeSheet(data, narrative, name).build());
    taken.add(name);
  }
  if (!chartPlaced) {
    const chart = new SheetBuilder(freeName(s.sheets.chart, taken), true, false);
    if (placeChart(chart, data, unit, 0, 0)) {
      // The footer under the chart (anchored A15:H33) marks the sheet as the report's.
      chart.set(35, 0, s.marker, { wrap: true });
      sheets.push(chart.build());
    }
  }

  const written = new Set(sheets.map((x) => x.name));
  return { sheets, sources: snapshot.sheets.map((x) => x.name).filter((n) => !written.has(n)) };
}
