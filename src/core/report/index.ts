/** Report entry point: plans the 项目支出绩效自评表, the narrative 自评报告 and the 支出进度 chart from a workbook snapshot; pure, no I/O. */
import { cellString } from "../cells";
import { strings } from "../i18n";
import type { Lang } from "../i18n/types";
import { buildModel } from "../recognize/build";
import { findHeaders } from "../recognize/headers";
import { sheetRole } from "../recognize/roles";
import { type SheetSnapshot, type WorkbookSnapshot, anyRow, cellAt } from "../snapshot";
import { placeChart } from "./chart";
import { gatherData } from "./data";
import { type FormUnit } from "./format";
import { planForm } from "./form";
import { planDocument } from "./document";
import { narrativeSheet, planNarrative } from "./narrative";
import type { PlannedReport, SheetPlan } from "./plan";
import { type Bands, DEFAULT_BANDS, type WeightPreset } from "./scoring";
import { SheetBuilder } from "./sheet";
import { planScore } from "./verdict";
import { type BlankForm, fillBlankForm, fillPlaceholders, findBlankForm, formWeights, hasPlaceholders } from "./template";

export type { ReportPlan, PlannedReport, PlanScore, SheetPlan, CellWrite, ChartPlan, PrintPlan } from "./plan";
export type { DocumentPlan, DocParagraph } from "./document";
export { documentPrompts } from "./document";
export type { WeightPreset } from "./scoring";
export { PLACEHOLDERS, placeholderTable } from "./template";

export interface ReportOptions {
  /** Money unit of the form's 项目资金 block; 万元 by default. A user's blank form keeps its own unit. */
  unit?: FormUnit;
  /** Section weights: national 10/50/30/10 (default), sichuan 10 + 90 as the indicators split it, ningxia 40/40/20 with no 执行率 weight, rate20 20 + 80 and rate30 30 + 70. */
  weights?: WeightPreset;
  lang?: Lang;
  /** Shares of 分值 for qualitative bands (达成 / 部分达成 / 未达成); 1, 0.8, 0.6 by default. */
  bands?: Partial<Bands>;
}

/** Data roles: sheets whose content the report reads and must never write. */
const DATA_ROLES = /^(project-info|budget|payments|contracts|indicators)$/;

const LANGS: Lang[] = ["zh-CN", "en"];
/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;

/** The name without a trailing （2）, as freeName numbers a second copy. */
function baseName(name: string): string {
  return name.replace(/（\d+）$/, "");
}

function text(sheet: SheetSnapshot, r: number, c: number): string {
  return cellString(cellAt(sheet, r, c)).trim();
}

/** The form's title in either language, whatever the year: 项目支出绩效自评表（2023年度）. */
function isFormTitle(t: string): boolean {
  return LANGS.some((l) => {
    const [head, tail] = strings(l).report.form.title({ year: "\u0000" }).split("\u0000") as [string, string];
    return t.startsWith(head) && t.endsWith(tail) && /^\d{0,4}$/.test(t.slice(head.length, t.length - tail.length));
  });
}

/**
 * Sheets an earlier run made, known by name and content, since nothing is printed to mark them: the form (its title
 * in A1, 项目名称 in A2), the narrative (only column A written, under the report's own 生成 name), the chart table
 * (月份 | 累计支出 in A1:B1); and any sheet holding the footer earlier versions wrote.
 */
function ownSheets(snapshot: WorkbookSnapshot): Set<string> {
  const all = LANGS.map((l) => strings(l).report);
  const markers = new Set(all.map((r) => r.marker));
  const own = new Set<string>();
  for (const sheet of snapshot.sheets) {
    if (anyRow(sheet, (row) => row.some((c) => markers.has(cellString(c))))) {
      own.add(sheet.name);
      continue;
    }
    const base = baseName(sheet.name);
    const mine = all.some((r) => {
      if (base === r.sheets.form) return isFormTitle(text(sheet, 0, 0)) && text(sheet, 1, 0) === r.form.projectName;
      if (base === r.sheets.narrative) return !anyRow(sheet, (row) => !row.every((c, i) => i === 0 || cellString(c) === ""));
      if (base === r.sheets.chart)
        return text(sheet, 0, 0) === r.chart.month && text(sheet, 0, 1).startsWith(r.chart.cumulative({ unit: "" }).replace(/[（(]\)?）?$/, ""));
      return false;
    });
    if (mine) own.add(sheet.name);
  }
  return own;
}

/** A name for a new sheet that takes no user sheet's place: base, else base（2）…, never over 31 characters. */
function freeName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const fit = (b: string, suffix: string) => [...b].slice(0, MAX_SHEET_NAME - [...suffix].length).join("") + suffix;
  if (!lower.has(fit(base, "").toLowerCase())) return fit(base, "");
  for (let i = 2; ; i++) {
    const n = fit(base, `（${i}）`);
    if (!lower.has(n.toLowerCase())) return n;
  }
}

/** A sheet's role, read from its top rows only (no table is read). */
function roleOf(sheet: SheetSnapshot): string {
  return sheetRole(sheet, findHeaders(sheet));
}

export function planReport(snapshot: WorkbookSnapshot, options: ReportOptions = {}): PlannedReport {
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
  // The chart table speaks the form's unit, so no caption contradicts another; a user's blank form keeps its own.
  let chartUnit: FormUnit = unit;

  const filledForm = blank ? fillBlankForm(data, blank, narrative.goal, narrative.completion) : null;
  let ownForm: string | null = null;
  const formTitle = s.form.title({ year: data.year === null ? "" : String(data.year) });
  if (filledForm && blank) {
    if (blank.budget.scale === "元" || blank.budget.scale === "万元") chartUnit = blank.budget.scale;
    sheets.push(filledForm.build());
  } else if (!placeholderSheets.length) {
    const form = planForm(data, unit, narrative.goal, narrative.completion).sheet;
    const name = freeName(s.sheets.form, taken);
    sheets.push({ ...form.build(), name });
    taken.add(name);
    ownForm = name;
  }
  for (const p of placeholderSheets) sheets.push(fillPlaceholders(data, p).build());
  if (!placeholderSheets.length) {
    const name = freeName(s.sheets.narrative, taken);
    sheets.push(narrativeSheet(data, narrative, name).build());
    taken.add(name);
  }
  // The chart and its table on a sheet of their own: beside the form they would shrink it on the printed page.
  const chart = new SheetBuilder(freeName(s.sheets.chart, taken), true, false);
  if (placeChart(chart, data, chartUnit, 0, 0)) {
    chart.print = { titleRows: null, breaks: [] };
    sheets.push(chart.build());
  }

  const written = new Set(sheets.map((x) => x.name));
  return {
    sheets,
    sources: snapshot.sheets.map((x) => x.name).filter((n) => !written.has(n)),
    score: planScore(data.scoring, data.verdict, s),
    provenance: s.provenance,
    document: planDocument(lang, narrative, formTitle, ownForm ? { heading: s.document.appendix, sheet: ownForm } : null),
    messages: { workbookProtected: s.errors.workbookProtected },
  };
}
