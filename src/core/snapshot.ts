/** The workbook snapshot: what the core knows of a workbook, filled by the .xlsx reader or the Excel adapter. */

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

export interface SheetSnapshot {
  name: string;
  /** Hidden or very hidden. */
  hidden: boolean;
  /** rows[r][c], 0-based; both levels may be sparse. */
  rows: Array<Array<Cell | undefined> | undefined>;
  merges: MergeRange[];
  /** A sheet read from a Word document (src/io/docx): what part of it the rows are; absent for a workbook's sheets. */
  document?: DocumentPart;
  /** Per row, the heading level of a document's paragraph (1 for 标题 1); undefined for body text. */
  outline?: Array<number | undefined>;
}

/**
 * The part of a .docx a sheet holds: the body's paragraphs (row n = the n-th non-empty paragraph), a table (表N, laid out
 * as Excel would), footnotes or endnotes (row n = note n), or the paragraphs of text boxes.
 */
export interface DocumentPart {
  kind: "body" | "table" | "notes" | "textboxes";
  /** A table's number in the document, from 1 in the order tables start. */
  table?: number;
  notes?: "footnotes" | "endnotes";
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null;
}

export function cellAt(sheet: SheetSnapshot, r: number, c: number): Cell | undefined {
  return sheet.rows[r]?.[c];
}

/** Row count including trailing empty rows that hold no cells. */
export function rowCount(sheet: SheetSnapshot): number {
  return sheet.rows.length;
}
