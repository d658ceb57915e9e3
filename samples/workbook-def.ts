/** The definition format for sample workbooks (sheets, rows of cells, merges, widths) and edits that derive one definition from another. */
import { parseA1 } from "../src/core/address";

export interface CellStyle {
  bold?: boolean;
  wrap?: boolean;
  align?: "left" | "center" | "right";
}

/** A constant with a number format (and optional style). */
export interface ValueCell extends CellStyle {
  v: string | number | boolean;
  fmt?: string;
}

/** A date, written as an Excel date serial with a date format (default yyyy-mm-dd). */
export interface DateCell extends CellStyle {
  date: `${number}-${number}-${number}`;
  fmt?: string;
}

/** A formula (no leading "=") with the result Excel would have cached, so readers that do not recalculate see it. */
export interface FormulaCell extends CellStyle {
  f: string;
  v: number | string | boolean | null;
  fmt?: string;
}

export type CellDef = null | string | number | boolean | ValueCell | DateCell | FormulaCell;

/** Cells from column A; null leaves a cell empty; [] is an empty row. */
export type RowDef = CellDef[];

export interface SheetDef {
  name: string;
  hidden?: boolean;
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** 1-based row numbers shown bold (headers). */
  boldRows?: number[];
  /** Wrap text in every cell of the sheet. */
  wrap?: boolean;
  /** Merged ranges such as "A1:F1". */
  merges?: string[];
  /** Row 1 first. */
  rows: RowDef[];
}

export interface WorkbookDef {
  sheets: SheetDef[];
}

// Helpers for the definitions: they only build the object literals above.

export const MONEY = "#,##0.00";
export const PERCENT = "0.00%";

/** An amount in 元 shown with thousands separators and 2 decimals. */
export function money(v: number): ValueCell {
  return { v, fmt: MONEY };
}

export function date(iso: DateCell["date"], fmt = "yyyy-mm-dd"): DateCell {
  return { date: iso, fmt };
}

export function isFormula(c: CellDef): c is FormulaCell {
  return typeof c === "object" && c !== null && "f" in c;
}

export function isDate(c: CellDef): c is DateCell {
  return typeof c === "object" && c !== null && "date" in c;
}

/** Excel 1900-system serial of a yyyy-mm-dd date. */
export function dateSerial(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`bad date ${iso}`);
  return ms / 86400000 + 25569;
}

// ---------------------------------------------------------------------------------------------
// Edits

interface EditBase {
  /** One line: why this change puts a slip right. */
  reason: string;
  sheet: string;
}

/** Replace text inside string cells; `count` is how many occurrences must be found (guards against drift). */
export interface ReplaceTextEdit extends EditBase {
  replace: string;
  with: string;
  count: number;
}

/** Set one cell, e.g. "E6". */
export interface SetCellEdit extends EditBase {
  cell: string;
  set: CellDef;
}

/** Insert a row right after the one row whose text contains `after` (sheets without formulas only). */
export interface InsertRowEdit extends EditBase {
  after: string;
  insert: RowDef;
}

export type Edit = ReplaceTextEdit | SetCellEdit | InsertRowEdit;

function findSheet(def: WorkbookDef, name: string): SheetDef {
  const sheet = def.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function textOf(c: CellDef): string | undefined {
  if (typeof c === "string") return c;
  if (typeof c === "object" && c !== null && "v" in c && !isFormula(c) && typeof c.v === "string") return c.v;
  return undefined;
}

function occurrences(s: string, find: string): number {
  return s.split(find).length - 1;
}

function applyReplace(sheet: SheetDef, e: ReplaceTextEdit): void {
  let found = 0;
  sheet.rows = sheet.rows.map((row) =>
    row.map((c) => {
      const t = textOf(c);
      if (t === undefined || !t.includes(e.replace)) return c;
      found += occurrences(t, e.replace);
      const next = t.split(e.replace).join(e.with);
      return typeof c === "string" ? next : { ...(c as ValueCell), v: next };
    })
  );
  if (found !== e.count) throw new Error(`edit "${e.reason}": expected ${e.count} × "${e.replace}" in ${sheet.name}, found ${found}`);
}

function applySet(sheet: SheetDef, e: SetCellEdit): void {
  const at = parseA1(e.cell);
  if (!at) throw new Error(`edit "${e.reason}": bad cell ${e.cell}`);
  while (sheet.rows.length <= at.row) sheet.rows.push([]);
  const row = [...sheet.rows[at.row]!];
  while (row.length <= at.col) row.push(null);
  row[at.col] = e.set;
  sheet.rows[at.row] = row;
}

function applyInsert(sheet: SheetDef, e: InsertRowEdit): void {
  // Formulas would need their references moved; the sheets we insert into (narrative text) have none.
  if (sheet.rows.some((row) => row.some(isFormula))) throw new Error(`edit "${e.reason}": ${sheet.name} has formulas`);
  const hits = sheet.rows.flatMap((row, i) => (row.some((c) => textOf(c)?.includes(e.after)) ? [i] : []));
  if (hits.length !== 1) throw new Error(`edit "${e.reason}": expected one row containing "${e.after}", found ${hits.length}`);
  const at = hits[0]! + 1;
  sheet.rows.splice(at, 0, e.insert);
  sheet.merges = sheet.merges?.map((m) => shiftMerge(m, at));
  sheet.boldRows = sheet.boldRows?.map((r) => (r > at ? r + 1 : r));
}

// Moves a merge that starts at or below the inserted (0-based) row down by one.
function shiftMerge(ref: string, at: number): string {
  return ref.replace(/(\$?[A-Z]+\$?)(\d+)/g, (_m, col: string, row: string) => `${col}${Number(row) > at ? Number(row) + 1 : row}`);
}

/** A new definition with the edits applied in order; the original is left untouched. */
export function applyEdits(def: WorkbookDef, edits: readonly Edit[]): WorkbookDef {
  const out: WorkbookDef = structuredClone(def);
  for (const e of edits) {
    const sheet = findSheet(out, e.sheet);
    if ("replace" in e) applyReplace(sheet, e);
    else if ("cell" in e) applySet(sheet, e);
    else applyInsert(sheet, e);
  }
  return out;
}
