/** The workbook snapshot: what the core knows of a workbook, filled by the .xlsx reader or the Excel adapter. */
import type { CellGrid } from "./grid";

/** An Excel error value such as #DIV/0! or #REF!. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value. Dates are Excel serial numbers (as Office.js gives them), told apart by their number format.
 * For a formula this is its cached result.
 */
export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  v: CellValue;
  /** Formula without the leading "=", when the cell has one. */
  f?: string;
  /** Number format code; absent means General. */
  fmt?: string;
  /** Display text as the host shows it, when the host gives it (Office.js does; .xlsx files do not). */
  text?: string;
}

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rows as arrays of cells, both levels sparse. */
export type PlainRows = Array<Array<Cell | undefined> | undefined>;

export interface SheetSnapshot {
  name: string;
  /** Hidden or very hidden. */
  hidden: boolean;
  /**
   * rows[r][c], 0-based, both levels sparse; or, for a sheet read from an .xlsx file, a CellGrid holding the same
   * cells compactly. Read them through cellAt, rowAt and rowCount.
   */
  rows: PlainRows | CellGrid;
  merges: MergeRange[];
  /** A sheet read from a Word document (src/io/docx): what part of it the rows are; absent for a workbook's sheets. */
  document?: DocumentPart;
  /** Per row, the heading level of a document's paragraph (1 for 标题 1); undefined for body text. */
  outline?: Array<number | undefined>;
}

/**
 * The part of a .docx a sheet holds: the body's paragraphs (row n = the n-th non-empty paragraph), a table (表N, laid out
 * as Excel would), footnotes or endnotes (row n = note n), or the paragraphs of text boxes; or a plain-text report's
 * lines (row n = line n + 1).
 */
export interface DocumentPart {
  kind: "body" | "table" | "notes" | "textboxes" | "lines";
  /** A table's number in the document, from 1 in the order tables start. */
  table?: number;
  notes?: "footnotes" | "endnotes";
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** A sheet whose rows are arrays: what Excel, a Word document and hand-made snapshots give. */
export interface PlainSheet extends SheetSnapshot {
  rows: PlainRows;
}

export interface PlainWorkbook extends WorkbookSnapshot {
  sheets: PlainSheet[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null;
}

export function cellAt(sheet: SheetSnapshot, r: number, c: number): Cell | undefined {
  const rows = sheet.rows;
  return Array.isArray(rows) ? rows[r]?.[c] : rows.cell(r, c);
}

/** Whether a text cell of row r before column `upto` passes `test`, without making cells. */
export function someTextIn(sheet: SheetSnapshot, r: number, upto: number, test: (text: string) => boolean): boolean {
  const rows = sheet.rows;
  if (!Array.isArray(rows)) return rows.someText(r, upto, test);
  const row = rows[r];
  if (!row) return false;
  const end = Math.min(upto, row.length);
  for (let c = 0; c < end; c++) {
    const v = row[c]?.v;
    if (typeof v === "string" && test(v)) return true;
  }
  return false;
}

/**
 * Column c's numbers in rows from, from + 1, … into `out`, NaN where a row holds none: a ledger's amounts read a block
 * at a time, without a call per row.
 */
export function numbersIn(sheet: SheetSnapshot, c: number, from: number, out: Float64Array): void {
  const rows = sheet.rows;
  if (!Array.isArray(rows)) return rows.numbersIn(c, from, out);
  for (let k = 0; k < out.length; k++) {
    const v = rows[from + k]?.[c]?.v;
    out[k] = typeof v === "number" ? v : NaN;
  }
}

/** Per row from, from + 1, …: 1 in `out` where someTextIn(sheet, row, upto, test) holds, 0 elsewhere. */
export function textRowsIn(sheet: SheetSnapshot, from: number, upto: number, test: (text: string) => boolean, out: Uint8Array): void {
  const rows = sheet.rows;
  if (!Array.isArray(rows)) return rows.textRowsIn(from, upto, test, out);
  for (let k = 0; k < out.length; k++) out[k] = someTextIn(sheet, from + k, upto, test) ? 1 : 0;
}

/** The cell's value when it is a number, without making a cell. */
export function numberAt(sheet: SheetSnapshot, r: number, c: number): number | undefined {
  const rows = sheet.rows;
  if (!Array.isArray(rows)) return rows.number(r, c);
  const v = rows[r]?.[c]?.v;
  return typeof v === "number" ? v : undefined;
}

/** A row's cells (empty ones are holes); undefined for a row without cells. A grid makes it anew on each call. */
export function rowAt(sheet: SheetSnapshot, r: number): ReadonlyArray<Cell | undefined> | undefined {
  const rows = sheet.rows;
  return Array.isArray(rows) ? rows[r] : rows.row(r);
}

/** One past the last row that holds cells. */
export function rowCount(sheet: SheetSnapshot): number {
  return sheet.rows.length;
}

/** Whether some row with cells passes `test`; rows are made one at a time. */
export function anyRow(sheet: SheetSnapshot, test: (row: ReadonlyArray<Cell | undefined>, r: number) => boolean): boolean {
  for (let r = 0; r < rowCount(sheet); r++) {
    const row = rowAt(sheet, r);
    if (row && test(row, r)) return true;
  }
  return false;
}

/** Every row as arrays: a copy for a grid, the rows themselves otherwise. */
export function plainRows(sheet: SheetSnapshot): PlainRows {
  const rows = sheet.rows;
  return Array.isArray(rows) ? rows : rows.toJSON();
}
