/**
 * Writes a ReportPlan into a copy of the input workbook: ExcelJS opens the input, fills the plan's sheets and writes
 * the package, then we add the 支出进度 chart as native DrawingML (ExcelJS cannot write charts), check that every sheet
 * we did not write reads back exactly as in the input, and only then move the file into place. The input is never
 * written to.
 */
import { randomBytes } from "crypto";
import fs, { promises as fsp } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { format as formatNumber } from "numfmt";
import { parseA1, quoteSheet } from "../core/address";
import type { CellWrite, ChartPlan, ReportPlan, SheetPlan } from "../core/report/plan";
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { addCharts, type CellPos, type ChartSpec } from "./chart-ooxml";
import type { Lang } from "./read-error";
import { readWorkbook } from "./xlsx-reader";
import { ZipArchive } from "./zip-archive";

// ---------------------------------------------------------------------------------------------------------------
// Exact date serials through ExcelJS. ExcelJS turns a number with a date format into a JS Date rounded to the
// millisecond and back on writing, so 45142.123456789 would come back as 45142.12345679: a source cell changed. The
// Date it makes remembers the serial it came from, and writing an unchanged one gives that serial back.

const excelUtils = require("exceljs/lib/utils/utils") as {
  excelToDate: (v: number, date1904?: boolean) => Date;
  dateToExcel: (d: Date, date1904?: boolean) => number;
};

class SerialDate extends Date {
  constructor(
    ms: number,
    readonly serial: number,
    readonly date1904: boolean
  ) {
    super(ms);
  }
  readonly ms = this.getTime();
}

const PATCHED = Symbol.for("selfeval.exceljs-serial-dates");
if (!(excelUtils as unknown as Record<symbol, boolean>)[PATCHED]) {
  const toDate = excelUtils.excelToDate;
  const toSerial = excelUtils.dateToExcel;
  excelUtils.excelToDate = (v, date1904) => new SerialDate(toDate(v, date1904).getTime(), v, !!date1904);
  excelUtils.dateToExcel = (d, date1904) => (d instanceof SerialDate && d.getTime() === d.ms && d.date1904 === !!date1904 ? d.serial : toSerial(d, date1904));
  (excelUtils as unknown as Record<symbol, boolean>)[PATCHED] = true;
}

// Number formats as written. ExcelJS drops every backslash escape when it reads a format (yyyy\-mm\-dd → yyyy-mm-dd,
// and 0\% → 0%, which is no longer the same format); the copy must keep the input's formats exactly.

const NumFmtXform = require("exceljs/lib/xlsx/xform/style/numfmt-xform") as {
  prototype: { parseOpen(node: { name: string; attributes: Record<string, string> }): boolean; model: unknown };
};
if (!(NumFmtXform.prototype as unknown as Record<symbol, boolean>)[PATCHED]) {
  NumFmtXform.prototype.parseOpen = function (node) {
    if (node.name !== "numFmt") return false;
    this.model = { id: parseInt(node.attributes.numFmtId ?? "", 10), formatCode: node.attributes.formatCode ?? "" };
    return true;
  };
  (NumFmtXform.prototype as unknown as Record<symbol, boolean>)[PATCHED] = true;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

export type WriteErrorKind = "same-as-input" | "output-is-directory" | "output-unwritable" | "source-in-plan" | "changed-source";

export class ReportWriteError extends Error {
  readonly kind: WriteErrorKind;
  readonly output: string;
  /** Sheet or cell details (source-in-plan, changed-source). */
  readonly detail: string | undefined;

  constructor(kind: WriteErrorKind, output: string, opts: { detail?: string; cause?: unknown } = {}) {
    super("", opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "ReportWriteError";
    this.kind = kind;
    this.output = output;
    this.detail = opts.detail;
    this.message = describeWriteError(this, "en");
  }
}

function causeText(err: Error): string {
  const c = err.cause;
  if (c instanceof Error) {
    const code = (c as NodeJS.ErrnoException).code;
    return code ? `${code}: ${c.message}` : c.message;
  }
  return c === undefined ? "" : String(c);
}

/** A message for the user about a report that could not be written. */
export function describeWriteError(err: ReportWriteError, lang: Lang): string {
  const zh = lang === "zh-CN";
  const out = zh ? `“${err.output}”` : `"${err.output}"`;
  switch (err.kind) {
    case "same-as-input":
      return zh
        ? `输出文件${out}就是输入文件，拒绝覆盖原工作簿。请用 -o 指定另一个文件名。`
        : `The output ${out} is the input workbook; it is never overwritten. Give another file name with -o.`;
    case "output-is-directory":
      return zh ? `输出路径${out}是一个文件夹，请指定 .xlsx 文件名。` : `The output ${out} is a folder; give an .xlsx file name.`;
    case "output-unwritable": {
      const why = causeText(err);
      return zh
        ? `无法写入输出文件${out}${why ? `（${why}）` : ""}，请检查文件夹是否存在、权限，或文件是否被其他程序占用。`
        : `Could not write the output ${out}${why ? ` (${why})` : ""}; check that the folder exists, its permissions, or whether another program holds the file.`;
    }
    case "source-in-plan":
      return zh
        ? `报告计划要写入源数据表“${err.detail ?? ""}”，已拒绝（源数据表从不修改）。这是程序错误，请反馈。`
        : `The report plan writes to the source sheet "${err.detail ?? ""}"; refused (source sheets are never modified). This is a bug; please report it.`;
    case "changed-source":
      return zh
        ? `写出的副本中有未写入的工作表与原工作簿不一致（${err.detail ?? ""}），未生成输出文件。这是程序错误，请反馈。`
        : `A sheet the report does not write came out different from the input (${err.detail ?? ""}); no output was written. This is a bug; please report it.`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What was written

export type SheetAction =
  /** A new sheet. */
  | "created"
  /** A sheet the report made before, cleared and written again. */
  | "replaced"
  /** Cells written into an existing sheet (one that needed consent: it was given). */
  | "filled"
  /** A sheet that needed consent, not given: the plan went to a new sheet named after it instead. */
  | "redirected";

export interface SheetOutcome {
  /** The sheet's name in the plan. */
  name: string;
  /** The sheet written in the output. */
  written: string;
  action: SheetAction;
  needsConsent: boolean;
  /** 待填写 cells left for the user. */
  prompts: number;
  chart: boolean;
}

/** Something in the input that ExcelJS does not carry into the copy (only sheets and cells are checked). */
export interface WriteWarning {
  kind: "charts" | "pivot-tables" | "macros" | "slicers" | "external-links" | "form-controls" | "threaded-comments" | "images-in-cells";
  /** How many parts of that kind the input holds. */
  count: number;
}

export interface WriteResult {
  output: string;
  sheets: SheetOutcome[];
  warnings: WriteWarning[];
}

export interface WriteOptions {
  /** The user's yes to writing sheets marked needsConsent (CLI --yes). Without it they go to new "（生成）" sheets. */
  consent?: boolean;
  /** The input as already read (saves reading it again); it must be the snapshot of `input`. */
  snapshot?: WorkbookSnapshot;
}

// ---------------------------------------------------------------------------------------------------------------
// Which sheet each plan sheet goes to

const REDIRECT_SUFFIX = "（生成）";
const MAX_SHEET_NAME = 31;

/** A name Excel accepts: no []:*?/\\, not starting or ending with an apostrophe, at most 31 characters. */
export function validSheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "");
  return [...(clean || "Sheet")].slice(0, MAX_SHEET_NAME).join("");
}

function uniqueSheetName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? REDIRECT_SUFFIX : `（生成${i}）`;
    const name = [...base].slice(0, MAX_SHEET_NAME - [...suffix].length).join("") + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export interface SheetTarget {
  plan: SheetPlan;
  target: string;
  action: SheetAction;
}

/** Decides, without writing anything, where each plan sheet goes. Throws when the plan names a source sheet. */
export function resolveTargets(plan: ReportPlan, existing: string[], consent: boolean, output = ""): SheetTarget[] {
  const sources = new Set(plan.sources.map((s) => s.toLowerCase()));
  const exists = new Set(existing.map((s) => s.toLowerCase()));
  const taken = new Set([...existing, ...plan.sheets.map((s) => s.name)]);
  return plan.sheets.map((sp) => {
    if (sources.has(sp.name.toLowerCase())) throw new ReportWriteError("source-in-plan", output, { detail: sp.name });
    const there = exists.has(sp.name.toLowerCase());
    if (sp.needsConsent && there && !consent) {
      const target = uniqueSheetName(sp.name, taken);
      taken.add(target);
      return { plan: sp, target, action: "redirected" };
    }
    if (there) return { plan: sp, target: sp.name, action: sp.create ? "replaced" : "filled" };
    // A new sheet under a name Excel would refuse (too long, a bracket…) gets the nearest valid one.
    let target = validSheetName(sp.name);
    if (target !== sp.name && [...taken].some((n) => n.toLowerCase() === target.toLowerCase())) target = uniqueSheetName(target, taken);
    taken.add(target);
    return { plan: sp, target, action: "created" };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

const PROMPT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

/** Formulas that name the plan sheet keep pointing at it when it is written under another name (always quoted then). */
export function renameInFormula(formula: string, from: string, to: string): string {
  if (from === to) return formula;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${from.replace(/'/g, "''")}'`;
  // The name must start the reference: not the tail of a longer sheet name (我的自评表!A1).
  const re = new RegExp(`(^|[^A-Za-z0-9_.\u00C0-\uFFFF'])(?:${esc(quoted)}|${esc(from)})!`, "g");
  return formula.replace(re, (_m, pre: string) => `${pre}'${to.replace(/'/g, "''")}'!`);
}

function writeCell(ws: ExcelJS.Worksheet, w: CellWrite, planName: string, target: string, font: Partial<ExcelJS.Font> | undefined): void {
  const cell = ws.getCell(w.address);
  if (w.formula !== undefined) {
    const formula = renameInFormula(w.formula.replace(/^=/, ""), planName, target);
    cell.value = (w.value === null ? { formula } : { formula, result: w.value }) as ExcelJS.CellFormulaValue;
  } else {
    cell.value = w.value;
  }
  if (w.numberFormat !== undefined) cell.numFmt = w.numberFormat;
  if (w.bold) cell.font = { ...(font ?? {}), ...(cell.font ?? {}), bold: true };
  if (w.wrap || w.align) {
    cell.alignment = {
      ...(cell.alignment ?? {}),
      vertical: "middle",
      ...(w.wrap ? { wrapText: true } : {}),
      ...(w.align ? { horizontal: w.align } : {}),
    };
  }
  if (w.prompt) cell.fill = PROMPT_FILL;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): Box {
  const [a, b = a] = ref.replace(/^.*!/, "").split(":");
  const p = parseA1(a!);
  const q = parseA1(b!);
  if (!p || !q) throw new Error(`bad range "${ref}"`);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function colIndex(letters: string): number {
  const p = parseA1(`${letters}1`);
  if (!p) throw new Error(`bad column "${letters}"`);
  return p.col;
}

// Display width in Excel character units: CJK and full-width forms take two.
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) ? 2 : 1;
  }
  return w;
}

const DEFAULT_WIDTH = 8.43;
const LINE_HEIGHT = 15;

/**
 * Excel does not grow a row for wrapped text in merged cells, and writes no height for rows it has not laid out: give
 * rows holding wrapped text a height that shows it all, estimated from the text width and the column widths.
 */
function fitRowHeights(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  const merges = sp.merges.map(parseRange);
  const width = (c: number): number => ws.getColumn(c + 1).width ?? DEFAULT_WIDTH;
  const need = new Map<number, number>();
  for (const w of sp.writes) {
    if (!w.wrap || typeof w.value !== "string" || w.value === "") continue;
    const p = parseA1(w.address);
    if (!p) continue;
    const box = merges.find((m) => m.top === p.row && m.left === p.col) ?? { top: p.row, left: p.col, bottom: p.row, right: p.col };
    let avail = 0;
    for (let c = box.left; c <= box.right; c++) avail += width(c);
    avail = Math.max(1, avail - 1);
    const lines = w.value.split(/\r?\n/).reduce((n, para) => n + Math.max(1, Math.ceil(textWidth(para) / avail)), 0);
    const rows = box.bottom - box.top + 1;
    if (lines < 2 && rows === 1) continue;
    const perRow = (lines * LINE_HEIGHT + 4) / rows;
    for (let r = box.top; r <= box.bottom; r++) need.set(r, Math.max(need.get(r) ?? 0, perRow));
  }
  for (const [r, h] of need) {
    if (h > LINE_HEIGHT + 1) ws.getRow(r + 1).height = Math.min(409, Math.ceil(h));
  }
}

/** A new sheet holding a copy of another's cells, styles, merges, widths and page setup (not its tables). */
function copySheet(wb: ExcelJS.Workbook, from: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  // A deep copy: styles must not be shared with the original's cells, or styling the copy would restyle the original.
  const m = structuredClone(from.model) as ExcelJS.WorksheetModel & { merges: string[]; mergeCells?: string[]; tables?: unknown[] };
  const views = (m.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  ws.model = { ...m, id: ws.id, name, mergeCells: m.merges, tables: [], views } as unknown as ExcelJS.WorksheetModel;
  return ws;
}

function clearSheet(ws: ExcelJS.Worksheet): void {
  for (const key of Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges)) ws.unMergeCells(key);
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
    row.height = undefined as unknown as number;
  });
}

// Borders make the form print as a form. Columns used by the plan fall into blocks (runs of adjacent columns: the
// form A–H, the chart table J–L); a row with two or more cells written in a block, or inside a merge spanning rows,
// is a table row there and gets a thin border on every cell of the block. Titles and lone paragraphs stay without.
function drawTableBorders(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  const merges = sp.merges.map(parseRange);
  const written = sp.writes
    .filter((w) => w.value !== null || w.formula !== undefined)
    .map((w) => parseA1(w.address))
    .filter((p): p is { row: number; col: number } => p !== null);
  const used = new Set<number>();
  for (const p of written) {
    const m = merges.find((x) => x.top === p.row && x.left === p.col);
    for (let c = p.col; c <= (m?.right ?? p.col); c++) used.add(c);
  }
  const cols = [...used].sort((a, b) => a - b);
  const blocks: Array<[number, number]> = [];
  for (const c of cols) {
    const last = blocks[blocks.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else blocks.push([c, c]);
  }
  const blockOf = (c: number) => blocks.findIndex(([a, b]) => a <= c && c <= b);
  const perRowBlock = new Map<string, number>();
  const tall = new Set<string>();
  for (const p of written) {
    const k = `${p.row}:${blockOf(p.col)}`;
    perRowBlock.set(k, (perRowBlock.get(k) ?? 0) + 1);
  }
  for (const m of merges) {
    if (m.bottom === m.top) continue;
    for (let r = m.top; r <= m.bottom; r++) tall.add(`${r}:${blockOf(m.left)}`);
  }
  const rows = new Set([...perRowBlock.keys(), ...tall]);
  for (const k of rows) {
    const [r, b] = k.split(":").map(Number) as [number, number];
    if ((perRowBlock.get(k) ?? 0) < 2 && !tall.has(k)) continue;
    const block = blocks[b];
    if (!block) continue;
    for (let c = block[0]; c <= block[1]; c++) ws.getCell(r + 1, c + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
}

function applySheet(ws: ExcelJS.Worksheet, t: SheetTarget, font: Partial<ExcelJS.Font> | undefined): void {
  const sp = t.plan;
  for (const [letters, w] of Object.entries(sp.widths)) {
    // ExcelJS takes a width of exactly 9 for its default and writes no <col> for it (Excel's default is 8.43).
    ws.getColumn(colIndex(letters) + 1).width = w === 9 ? 9.0001 : w;
  }
  for (const w of sp.writes) writeCell(ws, w, sp.name, t.target, font);
  for (const m of sp.merges) {
    ws.unMergeCells(m);
    ws.mergeCells(m);
  }
  if (t.action !== "filled") drawTableBorders(ws, sp);
  fitRowHeights(ws, sp);
  if (t.action !== "filled") {
    // Print on A4, one page wide; landscape when the sheet is wider than a portrait page holds (about 90 characters
    // between 0.5" margins). LibreOffice does not always shrink a sheet to fit the width, so the orientation must
    // already give the room; and it centres a sheet wider than the page by cutting both sides, so no centring.
    let cols = 0;
    for (const w of sp.writes) cols = Math.max(cols, (parseA1(w.address)?.col ?? 0) + 1);
    if (sp.chart) cols = Math.max(cols, parseRange(`${sp.chart.from}:${sp.chart.to}`).right + 1);
    let total = 0;
    for (let c = 0; c < cols; c++) total += ws.getColumn(c + 1).width ?? DEFAULT_WIDTH;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: total > 90 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Charts: the plan's ranges, resolved on the written sheet with the values the cells hold

function cellNumber(v: ExcelJS.CellValue): number | null {
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "formula" in v) return typeof v.result === "number" ? v.result : null;
  if (v && typeof v === "object" && "sharedFormula" in v) return typeof v.result === "number" ? v.result : null;
  return null;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  const raw = v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? (v.result as unknown) : v;
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") {
    try {
      return formatNumber(cell.numFmt || "General", raw);
    } catch {
      return String(raw);
    }
  }
  if (typeof raw === "object" && "richText" in (raw as object)) return (raw as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  return String(raw);
}

function absRange(sheet: string, box: Box): string {
  const col = (c: number) => {
    let n = c + 1;
    let s = "";
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const from = `$${col(box.left)}$${box.top + 1}`;
  const to = `$${col(box.right)}$${box.bottom + 1}`;
  // Always quoted: valid for any name, and what chart formulas with non-ASCII names need in every viewer.
  return `'${sheet.replace(/'/g, "''")}'!${from === to ? from : `${from}:${to}`}`;
}

function boxCells(box: Box): CellPos[] {
  const out: CellPos[] = [];
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.push({ row: r, col: c });
  return out;
}

function sheetOfRef(ref: string, fallback: string): string {
  const i = ref.lastIndexOf("!");
  if (i < 0) return fallback;
  const s = ref.slice(0, i);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

function resolveChart(wb: ExcelJS.Workbook, t: SheetTarget, chart: ChartPlan): ChartSpec {
  const refSheet = (ref: string) => {
    const s = sheetOfRef(ref, t.target);
    return s === t.plan.name ? t.target : s;
  };
  const wsOf = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`chart range on a missing sheet "${name}"`);
    return ws;
  };
  const catSheet = refSheet(chart.categories);
  const catBox = parseRange(chart.categories);
  const catWs = wsOf(catSheet);
  const from = parseA1(chart.from);
  const to = parseA1(chart.to);
  if (!from || !to) throw new Error(`bad chart anchor ${chart.from}:${chart.to}`);
  return {
    sheet: t.target,
    title: chart.title,
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
    categories: { ref: absRange(catSheet, catBox), values: boxCells(catBox).map((p) => cellText(catWs.getCell(p.row + 1, p.col + 1))) },
    series: chart.series.map((s) => {
      const sheet = refSheet(s.values);
      const box = parseRange(s.values);
      const ws = wsOf(sheet);
      const cells = boxCells(box).map((p) => ws.getCell(p.row + 1, p.col + 1));
      return {
        name: s.name,
        ref: absRange(sheet, box),
        values: cells.map((c) => cellNumber(c.value)),
        formatCode: cells.find((c) => c.numFmt)?.numFmt ?? "General",
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checks on the input and the copy

const DROPPED: Array<{ kind: WriteWarning["kind"]; test: (name: string) => boolean }> = [
  { kind: "charts", test: (n) => /^xl\/charts\/chart\d+\.xml$/.test(n) },
  { kind: "pivot-tables", test: (n) => /^xl\/pivotTables\/[^/]+\.xml$/.test(n) },
  { kind: "macros", test: (n) => n === "xl/vbaProject.bin" },
  { kind: "slicers", test: (n) => /^xl\/slicers\/[^/]+\.xml$/.test(n) },
  { kind: "external-links", test: (n) => /^xl\/externalLinks\/[^/]+\.xml$/.test(n) },
  { kind: "form-controls", test: (n) => /^xl\/ctrlProps\/[^/]+\.xml$/.test(n) },
  { kind: "threaded-comments", test: (n) => /^xl\/threadedComments\/[^/]+\.xml$/.test(n) },
  { kind: "images-in-cells", test: (n) => /^xl\/richData\/[^/]+\.xml$/.test(n) },
];

interface PackageFacts {
  warnings: WriteWarning[];
  /** The workbook's default font (the first in styles.xml): bold plan cells use it, so they match the rest. */
  font: Partial<ExcelJS.Font> | undefined;
}

async function packageFacts(input: string): Promise<PackageFacts> {
  const zip = await ZipArchive.open(input);
  try {
    const names = [...zip.names()];
    const warnings = DROPPED.map((d) => ({ kind: d.kind, count: names.filter(d.test).length })).filter((w) => w.count > 0);
    let font: Partial<ExcelJS.Font> | undefined;
    const stylesPart = names.find((n) => /^xl\/styles\.xml$/i.test(n));
    if (stylesPart) {
      const chunks: Buffer[] = [];
      let xml = "";
      for await (const chunk of zip.read(stylesPart)) {
        chunks.push(chunk);
        xml = Buffer.concat(chunks).toString("utf8");
        if (xml.includes("</font>")) break;
      }
      const first = /<(?:\w+:)?fonts\b[^>]*>\s*<(?:\w+:)?font\b[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(xml)?.[1] ?? "";
      const val = (tag: string) => /\bval="([^"]*)"/.exec(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>`).exec(first)?.[0] ?? "")?.[1];
      const name = val("name");
      const size = Number(val("sz"));
      if (name) font = { name, ...(Number.isFinite(size) && size > 0 ? { size } : {}) };
    }
    return { warnings, font };
  } finally {
    await zip.close();
  }
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  const v = (c: Cell | undefined) => (c === undefined ? null : typeof c.v === "object" && c.v !== null ? `#err:${c.v.error}` : c.v);
  return v(a) === v(b) && a?.f === b?.f && a?.fmt === b?.fmt;
}

/** Differences between two snapshots of one sheet (values, formulas, number formats, merges, hidden), as A1 notes. */
export function diffSheet(a: SheetSnapshot, b: SheetSnapshot, limit = 10): string[] {
  const out: string[] = [];
  if (a.hidden !== b.hidden) out.push(`${a.name}: hidden ${a.hidden} → ${b.hidden}`);
  const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
  const ma = a.merges.map(key).sort().join(";");
  const mb = b.merges.map(key).sort().join(";");
  if (ma !== mb) out.push(`${a.name}: merged ranges differ`);
  const rows = Math.max(a.rows.length, b.rows.length);
  for (let r = 0; r < rows && out.length < limit; r++) {
    const ra = a.rows[r] ?? [];
    const rb = b.rows[r] ?? [];
    const cols = Math.max(ra.length, rb.length);
    for (let c = 0; c < cols && out.length < limit; c++) {
      if (!sameCell(ra[c], rb[c])) {
        const col = (() => {
          let n = c + 1;
          let s = "";
          while (n > 0) {
            const m = (n - 1) % 26;
            s = String.fromCharCode(65 + m) + s;
            n = Math.floor((n - 1) / 26);
          }
          return s;
        })();
        out.push(`${quoteSheet(a.name)}!${col}${r + 1}: ${JSON.stringify(ra[c] ?? null)} → ${JSON.stringify(rb[c] ?? null)}`);
      }
    }
  }
  return out;
}

/** Differences in every sheet of `before` that is not among `written` (missing sheets included). */
export function diffUntouched(before: WorkbookSnapshot, after: WorkbookSnapshot, written: string[]): string[] {
  const skip = new Set(written.map((s) => s.toLowerCase()));
  const out: string[] = [];
  for (const s of before.sheets) {
    if (skip.has(s.name.toLowerCase())) continue;
    const t = after.sheets.find((x) => x.name === s.name);
    if (!t) out.push(`${s.name}: missing`);
    else out.push(...diffSheet(s, t));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The output path

async function checkOutputPath(input: string, output: string): Promise<void> {
  const inAbs = path.resolve(input);
  const outAbs = path.resolve(output);
  if (inAbs === outAbs) throw new ReportWriteError("same-as-input", output);
  let st: fs.Stats | undefined;
  try {
    st = await fsp.stat(outAbs);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new ReportWriteError("output-is-directory", output);
  if (st) {
    // A link, another spelling on a case-insensitive disk, or a hard link to the input: the same file.
    const ist = await fsp.stat(inAbs).catch(() => undefined);
    if (ist && ist.dev === st.dev && ist.ino === st.ino) throw new ReportWriteError("same-as-input", output);
  }
}

/** Writes a file next to its final place, then renames it there: no half-written output, and the input is never opened for writing. */
async function writeAtomically(output: string, data: Buffer): Promise<void> {
  const dir = path.dirname(path.resolve(output));
  const tmp = path.join(dir, `.${path.basename(output)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fsp.writeFile(tmp, data, { flag: "wx" });
    await fsp.rename(tmp, output);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw new ReportWriteError("output-unwritable", output, { cause: e });
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Writes `plan` into a copy of `input` at `output`. Refuses (ReportWriteError) an output that is the input, a plan
 * that writes a source sheet, and a copy in which any sheet not written reads back differently from the input.
 * Throws WorkbookReadError when the input cannot be read.
 */
export async function writeReport(input: string, plan: ReportPlan, output: string, options: WriteOptions = {}): Promise<WriteResult> {
  await checkOutputPath(input, output);
  const before = options.snapshot ?? (await readWorkbook(input));
  const targets = resolveTargets(
    plan,
    before.sheets.map((s) => s.name),
    options.consent ?? false,
    output
  );
  const { warnings, font } = await packageFacts(input);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const charts: ChartSpec[] = [];
  const outcomes: SheetOutcome[] = [];
  for (const t of targets) {
    let ws = wb.getWorksheet(t.target);
    if (ws && t.action === "replaced") clearSheet(ws);
    if (!ws) {
      const original = wb.getWorksheet(t.plan.name);
      // A fill-in plan for a sheet the user made, without consent: a copy of that sheet filled in, beside it untouched.
      ws = t.action === "redirected" && !t.plan.create && original ? copySheet(wb, original, t.target) : wb.addWorksheet(t.target);
    }
    applySheet(ws, t, font);
    outcomes.push({
      name: t.plan.name,
      written: t.target,
      action: t.action,
      needsConsent: t.plan.needsConsent,
      prompts: t.plan.writes.filter((w) => w.prompt).length,
      chart: t.plan.chart !== null,
    });
  }
  for (const t of targets) if (t.plan.chart) charts.push(resolveChart(wb, t, t.plan.chart));

  const written = Buffer.from(await wb.xlsx.writeBuffer());
  const pkg = await addCharts(written, charts);

  // Every sheet we did not write must read back as it was: values, formulas, number formats, merges.
  const after = await readWorkbook(pkg);
  const changed = diffUntouched(
    before,
    after,
    targets.map((t) => t.target)
  );
  if (changed.length > 0) throw new ReportWriteError("changed-source", output, { detail: changed.slice(0, 3).join("; ") });

  await writeAtomically(output, pkg);
  return { output, sheets: outcomes, warnings };
}
