/** Finds header rows by the column roles they name, with their tables' kind and money unit. */
import { cellString } from "../cells";
import { scaleFromCaption } from "../figures/number";
import type { MoneyUnit } from "../figures/types";
import { type SheetSnapshot, cellAt, rowAt } from "../snapshot";
import { type ColumnRole, columnRole } from "./columns";

export type TableKind = "budget" | "payments" | "contracts" | "indicators";

export interface HeaderHit {
  row: number;
  kind: TableKind;
  cols: Map<ColumnRole, number>;
  /** Money unit per column where the header states one, e.g. 金额（万元）. */
  colScale: Map<number, MoneyUnit>;
  /** Money unit stated for the table: a caption above the header or in it. */
  scale: MoneyUnit | null;
}

/** Rows scanned for headers: forms put the indicator block a few dozen rows down. */
const SCAN_ROWS = 80;

/** Text a header cell shows, taking a merged cell's text from its top-left cell. */
export function headerText(sheet: SheetSnapshot, row: number, col: number): string {
  const own = cellString(cellAt(sheet, row, col));
  if (own) return own;
  for (const m of sheet.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) {
      return cellString(cellAt(sheet, m.top, m.left));
    }
  }
  return "";
}

function width(sheet: SheetSnapshot, upto: number): number {
  let w = 0;
  for (let r = 0; r < upto && r < sheet.rows.length; r++) w = Math.max(w, rowAt(sheet, r)?.length ?? 0);
  for (const m of sheet.merges) if (m.top < upto) w = Math.max(w, m.right + 1);
  return w;
}

function rolesOf(sheet: SheetSnapshot, row: number, w: number): { cols: Map<ColumnRole, number>; colScale: Map<number, MoneyUnit> } {
  const cols = new Map<ColumnRole, number>();
  const colScale = new Map<number, MoneyUnit>();
  for (let c = 0; c < w; c++) {
    const t = headerText(sheet, row, c);
    if (!t || t.length > 40) continue;
    const role = columnRole(t);
    if (role && !cols.has(role)) cols.set(role, c);
    const s = scaleFromCaption(t);
    if (s) colScale.set(c, s);
  }
  return { cols, colScale };
}

function kindOf(cols: Map<ColumnRole, number>): TableKind | null {
  const has = (r: ColumnRole) => cols.has(r);
  const budgetCols = ["initial", "annual", "executed"].filter((r) => has(r as ColumnRole)).length;
  if (budgetCols >= 2 || (budgetCols === 1 && has("rate") && (has("annual") || has("initial")))) return "budget";
  if ((has("level3") || (has("level1") && has("level2"))) && (has("target") || has("actual") || has("score"))) {
    return "indicators";
  }
  if (has("contract-amount") && (has("contract-id") || has("contract-name") || has("years") || has("sign-date") || has("annual-amount"))) {
    return "contracts";
  }
  // A ledger may cite the contract of each payment; a dated amount is a payment, not a contract.
  if (has("contract-id") && has("amount") && !has("date")) return "contracts";
  if (has("amount") && (has("date") || has("payee") || has("memo"))) return "payments";
  return null;
}

function captionAbove(sheet: SheetSnapshot, row: number, w: number): MoneyUnit | null {
  for (let r = row; r >= Math.max(0, row - 3); r--) {
    for (let c = 0; c < w; c++) {
      const t = cellString(cellAt(sheet, r, c));
      if (!t || t.length > 60) continue;
      // A header cell's own caption is per column; a row-wide caption names the table's unit.
      if (r === row && columnRole(t)) continue;
      const s = scaleFromCaption(t);
      if (s) return s;
    }
  }
  return null;
}

/** Every header row in the top of the sheet, in order. A header spanning two rows is taken at its lower row. */
export function findHeaders(sheet: SheetSnapshot): HeaderHit[] {
  const upto = Math.min(SCAN_ROWS, sheet.rows.length);
  const w = width(sheet, upto);
  const hits: HeaderHit[] = [];
  for (let r = 0; r < upto; r++) {
    const { cols, colScale } = rolesOf(sheet, r, w);
    const kind = kindOf(cols);
    if (!kind) continue;
    const prev = hits[hits.length - 1];
    // Two header rows of one table (merged upper cells): keep the lower, which names more columns.
    if (prev && prev.kind === kind && prev.row === r - 1) {
      if (cols.size >= prev.cols.size) hits.pop();
      else continue;
    }
    const scale = captionAbove(sheet, r, w) ?? (colScale.size ? [...colScale.values()][0]! : null);
    hits.push({ row: r, kind, cols, colScale, scale });
  }
  return hits;
}
