/** The emulated document: sheets of sparse cells with values, formulas and formats, merges, charts and settings; opened from and saved to plain data. */
import { type Cell, type CellValue, type PlainWorkbook, type SheetSnapshot, type WorkbookSnapshot, plainRows } from "../core/snapshot";
import { MAX_COLS, type Rect, formatRef, parseRef } from "./address";
import type { ChartInfo, SavedCell, SavedSheet, SavedWorkbook, SheetVisibilityName } from "./types";

export interface CellModel {
  /** The value, or for a formula its cached result. */
  v: CellValue;
  /** Formula without "=". */
  f?: string;
  fmt?: string;
  /** Display text the host gave in the snapshot; dropped as soon as the cell changes. */
  text?: string;
  fill?: string;
  /** RangeFill.tintAndShade of a fill (-1…1); absent is 0. */
  fillTint?: number;
  /** RangeFill.pattern other than Solid, and its colour. */
  fillPattern?: string;
  fillPatternColor?: string;
  fontColor?: string;
  /** RangeFont.size in points; absent is the default 11. */
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  hAlign?: string;
  /** The formula was written through the API, so the emulator computes its value (see formula.ts). */
  calc?: boolean;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: SheetVisibilityName;
  protected: boolean;
  /** WorksheetProtectionOptions.allowFormatCells of the protection in force. */
  allowFormatCells: boolean;
  cells: Map<number, CellModel>;
  merges: Rect[];
  colWidths: Map<number, number>;
  selection: Rect;
  charts: ChartInfo[];
  /** Worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout: PageLayoutModel;
  /** Rows (0-based) with a page break above them. */
  pageBreaks: number[];
  deleted: boolean;
}

export interface PageLayoutModel {
  paperSize?: string;
  orientation?: string;
  zoom?: Record<string, number>;
  printTitleRows?: string;
}

export interface DocModel {
  sheets: SheetModel[];
  active: SheetModel;
  settings: Map<string, unknown>;
  /** Workbook structure protection (workbook.protection.protected, ExcelApi 1.7): no sheet can be added. */
  structureProtected: boolean;
  /** workbook.properties.custom (ExcelApi 1.12). */
  customProperties: Map<string, unknown>;
  nextSheetId: number;
  nextChartId: number;
}

/** Excel's default column width in points (8.43 characters of the default font). */
export const DEFAULT_COLUMN_WIDTH = 48;

export const cellKey = (row: number, col: number): number => row * MAX_COLS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLS);
export const keyCol = (key: number): number => key % MAX_COLS;

export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: SheetModel, row: number, col: number): CellModel {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { v: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function hasFormat(c: CellModel): boolean {
  return (
    c.fmt !== undefined ||
    c.fill !== undefined ||
    c.fillPattern !== undefined ||
    c.fontColor !== undefined ||
    c.fontSize !== undefined ||
    c.bold !== undefined ||
    c.italic !== undefined ||
    c.wrap !== undefined ||
    c.hAlign !== undefined
  );
}

function hasContent(c: CellModel): boolean {
  return (c.v !== null && c.v !== "") || c.f !== undefined;
}

/** Drops a cell that holds nothing, so the used range shrinks as Excel's does. */
export function tidyCell(sheet: SheetModel, row: number, col: number): void {
  const key = cellKey(row, col);
  const c = sheet.cells.get(key);
  if (c && !hasContent(c) && !hasFormat(c)) sheet.cells.delete(key);
}

/** The smallest rectangle holding every cell with content (and, unless valuesOnly, every formatted cell); null for an empty sheet. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, c] of sheet.cells) {
    if (!hasContent(c) && (valuesOnly || !hasFormat(c))) continue;
    const r = keyRow(key);
    const col = keyCol(key);
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  if (!valuesOnly) {
    // Merged cells count as formatted.
    for (const m of sheet.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

const A1: Rect = { top: 0, left: 0, bottom: 0, right: 0 };

function newSheet(doc: { nextSheetId: number }, name: string): SheetModel {
  const n = doc.nextSheetId++;
  return {
    // Excel worksheet ids are GUIDs in braces.
    id: `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`,
    name,
    visibility: "Visible",
    protected: false,
    allowFormatCells: false,
    cells: new Map(),
    merges: [],
    colWidths: new Map(),
    selection: { ...A1 },
    charts: [],
    pageLayout: {},
    pageBreaks: [],
    deleted: false,
  };
}

export function addSheet(doc: DocModel, name: string): SheetModel {
  const sheet = newSheet(doc, name);
  doc.sheets.push(sheet);
  return sheet;
}

function importCell(src: SavedCell | Cell): CellModel {
  const c: CellModel = { v: src.v === undefined ? null : cloneValue(src.v) };
  if (src.f !== undefined) c.f = src.f;
  if (src.fmt !== undefined && src.fmt !== "General") c.fmt = src.fmt;
  if (src.text !== undefined) c.text = src.text;
  const s = src as SavedCell;
  if (s.fill !== undefined) c.fill = s.fill;
  if (s.fillTint !== undefined) c.fillTint = s.fillTint;
  if (s.fillPattern !== undefined) c.fillPattern = s.fillPattern;
  if (s.fillPatternColor !== undefined) c.fillPatternColor = s.fillPatternColor;
  if (s.fontColor !== undefined) c.fontColor = s.fontColor;
  if (s.fontSize !== undefined) c.fontSize = s.fontSize;
  if (s.bold !== undefined) c.bold = s.bold;
  if (s.italic !== undefined) c.italic = s.italic;
  if (s.wrap !== undefined) c.wrap = s.wrap;
  if (s.hAlign !== undefined) c.hAlign = s.hAlign;
  return c;
}

function cloneValue(v: CellValue): CellValue {
  return v !== null && typeof v === "object" ? { error: v.error } : v;
}

function isSaved(input: WorkbookSnapshot | SavedWorkbook): input is SavedWorkbook {
  return (input as SavedWorkbook).format === "selfeval-excel-emulator";
}

/** Opens a snapshot or a saved document; the input is copied, never kept. */
export function openDocument(input: WorkbookSnapshot | SavedWorkbook): DocModel {
  const doc: DocModel = {
    sheets: [],
    active: undefined as unknown as SheetModel,
    settings: new Map(),
    structureProtected: false,
    customProperties: new Map(),
    nextSheetId: 1,
    nextChartId: 1,
  };
  const saved = isSaved(input) ? input : null;
  for (const src of input.sheets) {
    const sheet = addSheet(doc, src.name);
    // A saved document's rows come from JSON (null for a hole); a snapshot's may be a grid.
    const rows: Array<Array<SavedCell | Cell | undefined | null> | undefined | null> = saved
      ? (src.rows as SavedSheet["rows"])
      : plainRows(src as SheetSnapshot);
    rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell) sheet.cells.set(cellKey(r, c), importCell(cell));
      });
    });
    sheet.merges = src.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
    if (saved) {
      const s = src as SavedWorkbook["sheets"][number];
      sheet.visibility = s.visibility;
      sheet.protected = s.protected;
      sheet.allowFormatCells = s.allowFormatCells ?? false;
      sheet.pageLayout = { ...(s.pageLayout ?? {}) };
      sheet.pageBreaks = [...(s.pageBreaks ?? [])];
      for (const [col, w] of Object.entries(s.columnWidths)) sheet.colWidths.set(Number(col), w);
      sheet.selection = parseRef(s.selection) ?? { ...A1 };
      sheet.charts = s.charts.map((ch) => ({ ...ch, series: ch.series.map((x) => ({ ...x })) }));
      for (const ch of sheet.charts) {
        const n = Number(/(\d+)$/.exec(ch.id)?.[1] ?? 0);
        doc.nextChartId = Math.max(doc.nextChartId, n + 1);
      }
    } else {
      sheet.visibility = (src as { hidden?: boolean }).hidden ? "Hidden" : "Visible";
    }
  }
  if (doc.sheets.length === 0) addSheet(doc, "Sheet1");
  if (saved) for (const [k, v] of Object.entries(saved.settings)) doc.settings.set(k, structuredCloneJson(v));
  if (saved) for (const [k, v] of Object.entries(saved.customProperties ?? {})) doc.customProperties.set(k, structuredCloneJson(v));
  const wanted = saved ? doc.sheets.find((s) => s.name === saved.activeSheet && s.visibility === "Visible") : undefined;
  // Excel opens on a visible sheet.
  doc.active = wanted ?? doc.sheets.find((s) => s.visibility === "Visible") ?? doc.sheets[0]!;
  return doc;
}

/** A JSON round trip: settings hold JSON-serialisable values, as Office stores them. */
export function structuredCloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function rowsOf<T>(sheet: SheetModel, conv: (c: CellModel) => T | undefined): Array<Array<T | undefined> | undefined> {
  const rows: Array<Array<T | undefined> | undefined> = [];
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const out = conv(sheet.cells.get(key)!);
    if (out === undefined) continue;
    const r = keyRow(key);
    const row = (rows[r] ??= []);
    row[keyCol(key)] = out;
  }
  // Sparse arrays: fill holes with undefined explicitly so JSON and iteration see a consistent shape.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row) {
      for (let c = 0; c < row.length; c++) if (!(c in row)) row[c] = undefined;
    } else {
      rows[r] = undefined;
    }
  }
  return rows;
}

/** The workbook as the core sees it. `text` adds the display text computed by `textOf`. */
export function toSnapshot(doc: DocModel, textOf?: (c: CellModel) => string): PlainWorkbook {
  return {
    sheets: doc.sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.visibility !== "Visible",
      rows: rowsOf<Cell>(sheet, (c) => {
        if (!hasContent(c) && c.fmt === undefined) return undefined;
        const out: Cell = { v: cloneValue(c.v) };
        if (c.f !== undefined) out.f = c.f;
        if (c.fmt !== undefined) out.fmt = c.fmt;
        if (textOf) out.text = textOf(c);
        else if (c.text !== undefined) out.text = c.text;
        return out;
      }),
      merges: sheet.merges.map((m) => ({ ...m })),
    })),
  };
}

export function toSaved(doc: DocModel): SavedWorkbook {
  return {
    format: "selfeval-excel-emulator",
    version: 1,
    activeSheet: doc.active.name,
    settings: Object.fromEntries([...doc.settings].map(([k, v]) => [k, structuredCloneJson(v)])),
    ...(doc.customProperties.size > 0 ? { customProperties: Object.fromEntries([...doc.customProperties].map(([k, v]) => [k, structuredCloneJson(v)])) } : {}),
    sheets: doc.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      protected: sheet.protected,
      ...(sheet.allowFormatCells ? { allowFormatCells: true } : {}),
      ...(Object.keys(sheet.pageLayout).length > 0 ? { pageLayout: structuredCloneJson(sheet.pageLayout) } : {}),
      ...(sheet.pageBreaks.length > 0 ? { pageBreaks: [...sheet.pageBreaks] } : {}),
      rows: rowsOf<SavedCell>(sheet, (c) => {
        const out: SavedCell = { v: cloneValue(c.v) };
        for (const k of [
          "f",
          "fmt",
          "text",
          "fill",
          "fillTint",
          "fillPattern",
          "fillPatternColor",
          "fontColor",
          "fontSize",
          "bold",
          "italic",
          "wrap",
          "hAlign",
        ] as const) {
          if (c[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = c[k];
        }
        return out;
      }),
      merges: sheet.merges.map((m) => ({ ...m })),
      columnWidths: Object.fromEntries([...sheet.colWidths].map(([c, w]) => [String(c), w])),
      selection: formatRef(sheet.selection),
      charts: sheet.charts.map((ch) => ({ ...ch, series: ch.series.map((x) => ({ ...x })) })),
    })),
  };
}
