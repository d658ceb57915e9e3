/** What the API operations do to the document, with Excel's rules: protection, grid bounds, sheet names, merges, formats, formulas. */
import { MAX_COLS, type Rect, contains, formatAddress, formatRef, intersects, parseRef, rectCells, rectCols, rectRows, splitSheet } from "./address";
import { normalizeColor } from "./color";
import { Code, fail } from "./errors";
import { evaluateFormula } from "./formula";
import { type CellModel, DEFAULT_COLUMN_WIDTH, type DocModel, type SheetModel, addSheet, ensureCell, getCell, keyCol, keyRow, tidyCell } from "./model";
import type { Engine } from "./proxy";
import type { ChartInfo, ChartSeriesInfo, SheetVisibilityName } from "./types";
import { parseInput } from "./values";

export interface RangeT {
  sheet: SheetModel;
  rect: Rect;
}

export interface AreasT {
  sheet: SheetModel;
  rects: Rect[];
}

export interface ChartT {
  sheet: SheetModel;
  chart: ChartInfo;
}

export interface SeriesT extends ChartT {
  series: ChartSeriesInfo;
}

export function alive(sheet: SheetModel, label: string): SheetModel {
  if (sheet.deleted) fail(Code.itemNotFound, label, "The worksheet has been deleted.");
  return sheet;
}

/** Writes to a protected sheet are refused; reading it is fine. */
export function assertWritable(sheet: SheetModel, label: string): void {
  alive(sheet, label);
  if (sheet.protected) {
    fail(
      Code.accessDenied,
      label,
      "The cell or chart that you are trying to change is protected and therefore read-only. To modify a protected cell or chart, first remove protection using the Unprotect Sheet command."
    );
  }
}

/** Formats may change on a protected sheet whose protection allows formatting cells (allowFormatCells). */
export function assertFormattable(sheet: SheetModel, label: string): void {
  if (sheet.protected && sheet.allowFormatCells) alive(sheet, label);
  else assertWritable(sheet, label);
}

function assertCellCount(rect: Rect, engine: Engine, label: string): void {
  // An emulation limit, not Excel's: formats are kept per cell, so huge formatted areas are refused.
  if (rectCells(rect) > engine.cellLimit) fail(Code.rangeExceedsLimit, label);
}

export function readGrid<V>(r: RangeT, f: (c: CellModel | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let row = r.rect.top; row <= r.rect.bottom; row++) {
    const line: V[] = new Array(rectCols(r.rect));
    for (let col = r.rect.left; col <= r.rect.right; col++) line[col - r.rect.left] = f(getCell(r.sheet, row, col));
    out.push(line);
  }
  return out;
}

/** Visits the existing cells of a rectangle (cheaply, even for whole columns). */
export function forExisting(sheet: SheetModel, rect: Rect, fn: (c: CellModel, row: number, col: number) => void): void {
  if (rectCells(rect) <= sheet.cells.size) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const c = getCell(sheet, row, col);
        if (c) fn(c, row, col);
      }
    }
    return;
  }
  for (const [key, c] of [...sheet.cells]) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (contains(rect, row, col)) fn(c, row, col);
  }
}

/** The one value all cells share, or null when they differ (as Office.js reports mixed formats). */
export function uniform<V>(sheet: SheetModel, rect: Rect, f: (c: CellModel | undefined) => V): V | null {
  let first = true;
  let value: V | null = null;
  let seen = 0;
  let mixed = false;
  forExisting(sheet, rect, (c) => {
    if (mixed) return;
    seen++;
    const v = f(c);
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) mixed = true;
  });
  if (mixed) return null;
  if (seen < rectCells(rect)) {
    const d = f(undefined);
    if (first) return d;
    if (d !== value) return null;
  }
  return value;
}

/** Normalises a 2-D input against the range: a single value fills every cell; a 2-D array must match its size. */
function gridInput(rect: Rect, input: unknown, label: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rectRows(rect);
  const cols = rectCols(rect);
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    fail(Code.invalidArgument, label, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return (row, col) => (input[row - rect.top] as unknown[])[col - rect.left];
}

function lookupSheet(doc: DocModel, name: string): SheetModel | undefined {
  const n = name.toLowerCase();
  return doc.sheets.find((s) => !s.deleted && s.name.toLowerCase() === n);
}

function setFormulaValue(engine: Engine, sheet: SheetModel, row: number, col: number, c: CellModel, formula: string): void {
  const before = c.f;
  c.f = formula;
  c.calc = true;
  engine.formulaCells.set(c, { sheet, row, col });
  const v = evaluateFormula(formula, sheet, (n) => lookupSheet(engine.doc, n));
  // Unsupported formula: keep the cached value if the formula is unchanged, else leave it empty (null).
  if (v !== undefined) c.v = v;
  else if (before !== formula) c.v = null;
}

/** Range.values / Range.formulas set. A null entry leaves its cell alone, as Office.js does. */
export function writeCells(engine: Engine, r: RangeT, input: unknown, label: string): void {
  assertWritable(r.sheet, label);
  const at = gridInput(r.rect, input, label);
  if (!Array.isArray(input) && input !== null) assertCellCount(r.rect, engine, label);
  for (let row = r.rect.top; row <= r.rect.bottom; row++) {
    for (let col = r.rect.left; col <= r.rect.right; col++) {
      const raw = at(row, col);
      if (raw === null || raw === undefined) continue;
      const c = ensureCell(r.sheet, row, col);
      const p = parseInput(raw, c.fmt);
      delete c.text;
      if (p.f !== undefined) {
        setFormulaValue(engine, r.sheet, row, col, c, p.f);
      } else {
        delete c.f;
        delete c.calc;
        engine.formulaCells.delete(c);
        c.v = p.v;
      }
      if (p.fmt && c.fmt === undefined) c.fmt = p.fmt;
      tidyCell(r.sheet, row, col);
    }
  }
}

export function writeNumberFormat(engine: Engine, r: RangeT, input: unknown, label: string): void {
  assertWritable(r.sheet, label);
  const at = gridInput(r.rect, input, label);
  if (!Array.isArray(input)) assertCellCount(r.rect, engine, label);
  for (let row = r.rect.top; row <= r.rect.bottom; row++) {
    for (let col = r.rect.left; col <= r.rect.right; col++) {
      const raw = at(row, col);
      if (raw === null || raw === undefined) continue;
      if (typeof raw !== "string") fail(Code.invalidArgument, label);
      const c = ensureCell(r.sheet, row, col);
      delete c.text;
      if (raw === "General" || raw === "") delete c.fmt;
      else c.fmt = raw;
      tidyCell(r.sheet, row, col);
    }
  }
}

/** Applies a format change to every cell of the range, creating cells as needed. */
export function formatCells(engine: Engine, r: RangeT, label: string, mutate: (c: CellModel) => void): void {
  assertFormattable(r.sheet, label);
  assertCellCount(r.rect, engine, label);
  for (let row = r.rect.top; row <= r.rect.bottom; row++) {
    for (let col = r.rect.left; col <= r.rect.right; col++) {
      mutate(ensureCell(r.sheet, row, col));
      tidyCell(r.sheet, row, col);
    }
  }
}

/** Removes formats from the existing cells of the range. */
export function unformatCells(r: RangeT, label: string, mutate: (c: CellModel) => void): void {
  assertFormattable(r.sheet, label);
  forExisting(r.sheet, r.rect, (c, row, col) => {
    mutate(c);
    tidyCell(r.sheet, row, col);
  });
}

export function colorInput(value: unknown, label: string): string {
  const c = normalizeColor(value);
  if (!c) fail(Code.invalidArgument, label, `'${String(value)}' is not a colour Excel accepts.`);
  return c;
}

/** Excel.FillPattern values. */
export const FILL_PATTERNS = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
];

export const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];

export function columnWidthOf(r: RangeT): number | null {
  let w: number | null = null;
  for (let col = r.rect.left; col <= r.rect.right; col++) {
    const cw = r.sheet.colWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
    if (w === null) w = cw;
    else if (w !== cw) return null;
  }
  return w;
}

export function setColumnWidth(r: RangeT, value: unknown, label: string): void {
  assertWritable(r.sheet, label);
  if (typeof value !== "number" || !(value >= 0) || value > 255 * 7.5) fail(Code.invalidArgument, label);
  for (let col = r.rect.left; col <= r.rect.right; col++) r.sheet.colWidths.set(col, value);
}

export function clearRange(engine: Engine, r: RangeT, applyTo: string, label: string): void {
  assertWritable(r.sheet, label);
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (!contents && !formats) fail(Code.invalidArgument, label);
  forExisting(r.sheet, r.rect, (c, row, col) => {
    if (contents) {
      c.v = null;
      delete c.f;
      delete c.calc;
      delete c.text;
      engine.formulaCells.delete(c);
    }
    if (formats) {
      for (const k of ["fmt", "fill", "fontColor", "bold", "italic", "wrap", "hAlign", "text"] as const) delete c[k];
    }
    tidyCell(r.sheet, row, col);
  });
  if (formats) r.sheet.merges = r.sheet.merges.filter((m) => !intersects(m, r.rect));
}

/** Range.merge: a merged area keeps its top-left value; merges it overlaps are replaced. */
export function merge(r: RangeT, across: boolean, label: string): void {
  assertWritable(r.sheet, label);
  const areas: Rect[] = across
    ? Array.from({ length: rectRows(r.rect) }, (_, i) => ({ top: r.rect.top + i, bottom: r.rect.top + i, left: r.rect.left, right: r.rect.right }))
    : [r.rect];
  for (const area of areas) {
    if (rectCells(area) === 1) continue;
    r.sheet.merges = r.sheet.merges.filter((m) => !intersects(m, area));
    r.sheet.merges.push({ ...area });
    forExisting(r.sheet, area, (c, row, col) => {
      if (row === area.top && col === area.left) return;
      c.v = null;
      delete c.f;
      delete c.text;
      tidyCell(r.sheet, row, col);
    });
  }
}

export function unmerge(r: RangeT, label: string): void {
  assertWritable(r.sheet, label);
  r.sheet.merges = r.sheet.merges.filter((m) => !intersects(m, r.rect));
}

/**
 * Merged areas of a range as Excel reports them: only areas whose top-left cell lies in the range
 * (OfficeDev/office-js#3611), each whole; more than 512 fails (documented on getMergedAreasOrNullObject).
 */
export function mergedAreas(r: RangeT, label: string): AreasT | null {
  const rects = r.sheet.merges.filter((m) => contains(r.rect, m.top, m.left)).sort((a, b) => a.top - b.top || a.left - b.left);
  if (rects.length > 512) fail(Code.generalException, label, "The range has more than 512 merged areas.");
  return rects.length === 0 ? null : { sheet: r.sheet, rects: rects.map((x) => ({ ...x })) };
}

export function areasAddress(a: AreasT): string {
  return a.rects.map((x) => formatAddress(a.sheet.name, x)).join(", ");
}

/** Worksheet.getRange: an address on this sheet ("B2", "A1:C3", "A:A", "2:4", "Sheet1!B2"); anything else is InvalidArgument. */
export function rangeOnSheet(sheet: SheetModel, address: string | undefined, label: string): RangeT {
  if (address === undefined || address === "") return { sheet, rect: { top: 0, left: 0, bottom: 1_048_575, right: MAX_COLS - 1 } };
  if (typeof address !== "string") fail(Code.invalidArgument, label);
  const { sheet: prefix, ref } = splitSheet(address);
  if (prefix !== null && prefix.toLowerCase() !== sheet.name.toLowerCase()) fail(Code.invalidArgument, label);
  const rect = parseRef(ref);
  if (!rect) fail(Code.invalidArgument, label, `'${address}' is not a valid address.`);
  return { sheet, rect };
}

export function checkedRect(rect: Rect, label: string): Rect {
  if (
    !Number.isInteger(rect.top) ||
    !Number.isInteger(rect.left) ||
    !Number.isInteger(rect.bottom) ||
    !Number.isInteger(rect.right) ||
    rect.top < 0 ||
    rect.left < 0 ||
    rect.bottom >= 1_048_576 ||
    rect.right >= MAX_COLS ||
    rect.top > rect.bottom ||
    rect.left > rect.right
  ) {
    fail(Code.invalidArgument, label);
  }
  return rect;
}

// ---- sheets ----

export function findSheet(doc: DocModel, key: string): SheetModel | undefined {
  if (typeof key !== "string") return undefined;
  const k = key.toLowerCase();
  return doc.sheets.find((s) => !s.deleted && (s.name.toLowerCase() === k || s.id.toLowerCase() === k));
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function validateSheetName(doc: DocModel, name: unknown, label: string, self?: SheetModel): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    fail(Code.invalidArgument, label, `'${String(name)}' is not a valid worksheet name.`);
  }
  const other = doc.sheets.find((s) => !s.deleted && s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (other) fail(Code.itemAlreadyExists, label, `A worksheet named '${name}' already exists.`);
  return name;
}

export function addWorksheet(doc: DocModel, name: unknown, label: string): SheetModel {
  if (doc.structureProtected) fail(Code.accessDenied, label, "The workbook's structure is protected.");
  let n = name;
  if (n === undefined || n === null || n === "") {
    let i = doc.sheets.length + 1;
    while (findSheet(doc, `Sheet${i}`)) i++;
    n = `Sheet${i}`;
  }
  return addSheet(doc, validateSheetName(doc, n, label));
}

function visibleSheets(doc: DocModel): SheetModel[] {
  return doc.sheets.filter((s) => !s.deleted && s.visibility === "Visible");
}

function activateNeighbour(doc: DocModel, sheet: SheetModel): void {
  const live = doc.sheets.filter((s) => !s.deleted);
  const i = live.indexOf(sheet);
  const next =
    live.slice(i + 1).find((s) => s.visibility === "Visible") ??
    live
      .slice(0, i)
      .reverse()
      .find((s) => s.visibility === "Visible");
  if (next) doc.active = next;
}

export function setVisibility(doc: DocModel, sheet: SheetModel, value: unknown, label: string): void {
  alive(sheet, label);
  if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") fail(Code.invalidArgument, label);
  if (value !== "Visible" && sheet.visibility === "Visible" && visibleSheets(doc).length === 1) {
    // A workbook must keep one visible sheet (code chosen by the emulation).
    fail(Code.generalException, label, "A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = value as SheetVisibilityName;
  if (value !== "Visible" && doc.active === sheet) activateNeighbour(doc, sheet);
}

export function deleteWorksheet(engine: Engine, sheet: SheetModel, label: string): void {
  const doc = engine.doc;
  alive(sheet, label);
  // Very hidden sheets cannot be deleted: GeneralException, by design (OfficeDev/office-js#365).
  if (sheet.visibility === "VeryHidden") fail(Code.generalException, label);
  if (sheet.visibility === "Visible" && visibleSheets(doc).length === 1)
    fail(Code.generalException, label, "A workbook must contain at least one visible worksheet.");
  if (doc.active === sheet) activateNeighbour(doc, sheet);
  sheet.deleted = true;
  doc.sheets = doc.sheets.filter((s) => s !== sheet);
  for (const [c, where] of engine.formulaCells) if (where.sheet === sheet) engine.formulaCells.delete(c);
}

export function activate(doc: DocModel, sheet: SheetModel, label: string): void {
  alive(sheet, label);
  // A hidden sheet cannot be shown by activating it (code chosen by the emulation).
  if (sheet.visibility !== "Visible") fail(Code.generalException, label, "A hidden worksheet cannot be activated.");
  doc.active = sheet;
}

export function moveSheet(doc: DocModel, sheet: SheetModel, position: unknown, label: string): void {
  alive(sheet, label);
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= doc.sheets.length) fail(Code.invalidArgument, label);
  doc.sheets = doc.sheets.filter((s) => s !== sheet);
  doc.sheets.splice(position, 0, sheet);
}

// ---- formulas ----

/** Recomputes the formulas written through the API until nothing changes (they may depend on each other). */
export function recalc(engine: Engine): void {
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (const [c, where] of engine.formulaCells) {
      if (!c.calc || c.f === undefined || where.sheet.deleted || getCell(where.sheet, where.row, where.col) !== c) {
        engine.formulaCells.delete(c);
        continue;
      }
      const v = evaluateFormula(c.f, where.sheet, (n) => lookupSheet(engine.doc, n));
      if (v === undefined) continue;
      if (JSON.stringify(v) !== JSON.stringify(c.v)) {
        c.v = v;
        changed = true;
      }
    }
    if (!changed) return;
  }
}

// ---- charts ----

function isText(sheet: SheetModel, row: number, col: number): boolean {
  return typeof getCell(sheet, row, col)?.v === "string";
}

/** Series Excel derives from a source range: a text header row/column names the series and categories. */
export function seriesFromSource(r: RangeT, seriesBy: string, zh: boolean): { by: string; series: ChartSeriesInfo[] } {
  const { sheet, rect } = r;
  const rows = rectRows(rect);
  const cols = rectCols(rect);
  const by = seriesBy === "Rows" || seriesBy === "Columns" ? seriesBy : rows >= cols ? "Columns" : "Rows";
  const name = (i: number): string => (zh ? `系列${i}` : `Series${i}`);
  const addr = (x: Rect): string => formatAddress(sheet.name, x);
  const series: ChartSeriesInfo[] = [];
  if (by === "Columns") {
    const header = rows > 1 && Array.from({ length: cols }, (_, i) => rect.left + i).some((c) => c > rect.left && isText(sheet, rect.top, c));
    const catCol = cols > 1 && Array.from({ length: rows }, (_, i) => rect.top + i).some((row) => row > rect.top && isText(sheet, row, rect.left));
    const top = rect.top + (header ? 1 : 0);
    for (let c = rect.left + (catCol ? 1 : 0); c <= rect.right; c++) {
      const v = getCell(sheet, rect.top, c)?.v;
      series.push({
        name: header && typeof v === "string" ? v : name(series.length + 1),
        values: addr({ top, bottom: rect.bottom, left: c, right: c }),
        xValues: catCol ? addr({ top, bottom: rect.bottom, left: rect.left, right: rect.left }) : null,
      });
    }
  } else {
    const header = cols > 1 && Array.from({ length: rows }, (_, i) => rect.top + i).some((row) => row > rect.top && isText(sheet, row, rect.left));
    const catRow = rows > 1 && Array.from({ length: cols }, (_, i) => rect.left + i).some((c) => c > rect.left && isText(sheet, rect.top, c));
    const left = rect.left + (header ? 1 : 0);
    for (let row = rect.top + (catRow ? 1 : 0); row <= rect.bottom; row++) {
      const v = getCell(sheet, row, rect.left)?.v;
      series.push({
        name: header && typeof v === "string" ? v : name(series.length + 1),
        values: addr({ top: row, bottom: row, left, right: rect.right }),
        xValues: catRow ? addr({ top: rect.top, bottom: rect.top, left, right: rect.right }) : null,
      });
    }
  }
  return { by, series };
}

export function addChart(engine: Engine, sheet: SheetModel, type: unknown, source: RangeT, seriesBy: unknown, label: string): ChartT {
  assertWritable(sheet, label);
  if (typeof type !== "string" || type === "" || type === "Invalid") fail(Code.invalidArgument, label);
  const zh = engine.displayLanguage.toLowerCase().startsWith("zh");
  const { by, series } = seriesFromSource(source, typeof seriesBy === "string" ? seriesBy : "Auto", zh);
  const n = engine.doc.nextChartId++;
  let k = sheet.charts.length + 1;
  const base = zh ? "图表 " : "Chart ";
  while (sheet.charts.some((c) => c.name === `${base}${k}`)) k++;
  const chart: ChartInfo = {
    id: `{C0000000-0000-0000-0000-${String(n).padStart(12, "0")}}`,
    name: `${base}${k}`,
    type,
    title: "",
    source: formatAddress(source.sheet.name, source.rect),
    seriesBy: by,
    from: null,
    to: null,
    series,
  };
  sheet.charts.push(chart);
  return { sheet, chart };
}

/** A cell given to chart.setPosition: a Range (its top-left cell) or an address on the chart's sheet. */
export function positionCell(sheet: SheetModel, cell: RangeT | string, label: string): string {
  if (typeof cell === "string") {
    const r = rangeOnSheet(sheet, cell, label);
    return formatRef({ top: r.rect.top, left: r.rect.left, bottom: r.rect.top, right: r.rect.left });
  }
  return formatRef({ top: cell.rect.top, left: cell.rect.left, bottom: cell.rect.top, right: cell.rect.left });
}

export function seriesAddress(r: RangeT): string {
  return formatAddress(r.sheet.name, r.rect);
}
