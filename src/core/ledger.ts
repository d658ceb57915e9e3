/** Reading payments out of a column-wise ledger: amounts exact to the 分, dates, payees, and a row view for small ledgers. */
import { cellString, fromSerial, readDate } from "./cells";
import { Big } from "./decimal";
import { isDateFormat } from "./display";
import type { Ledger, Ref } from "./model";
import { type Cell, isCellError, cellAt, type SheetSnapshot } from "./snapshot";

const HUNDRED = new Big(100);

export function paymentCount(l: Ledger): number {
  return l.rows.length;
}

export function amountRef(l: Ledger, i: number): Ref {
  return { sheet: l.sheet, row: l.rows[i]!, col: l.amountCol };
}

/** The first and last payment's amount cells: where a ledger's payments stand. */
export function ledgerSpan(l: Ledger): Ref[] {
  const n = l.rows.length;
  return n ? [amountRef(l, 0), amountRef(l, n - 1)] : [];
}

export function dateRef(l: Ledger, i: number): Ref | null {
  return l.dateCol === null ? null : { sheet: l.sheet, row: l.rows[i]!, col: l.dateCol };
}

/** A payment's amount in 元, exact. */
export function amountYuan(l: Ledger, i: number): Big {
  const f = l.fen[i]!;
  return Number.isNaN(f) ? l.odd.get(i)! : new Big(f).div(HUNDRED);
}

function cellOf(l: Ledger, i: number, col: number | null): Cell | undefined {
  return col === null ? undefined : cellAt(l.data, l.rows[i]!, col);
}

export function dateCell(l: Ledger, i: number): Cell | undefined {
  return cellOf(l, i, l.dateCol);
}

/** Ledger.days of a payment whose date cell holds no number, and of one whose number is no date. */
export const NO_NUMBER = -1;
export const NOT_A_DATE = -2;

export function paymentDate(l: Ledger, i: number): { year: number; month: number; day: number } | null {
  const day = l.days[i]!;
  if (day >= 0) return fromSerial(day);
  // Text dates are parsed from the cell.
  return day === NO_NUMBER ? readDate(dateCell(l, i)) : null;
}

/**
 * Column c's date serials in rows from, from + 1, … into `out`, a block at a time: the number where a cell holds one
 * with a date format, -Infinity where it holds one with another format, NaN where it holds none.
 */
export function datesIn(sheet: SheetSnapshot, c: number, from: number, out: Float64Array): void {
  const rows = sheet.rows;
  if (!Array.isArray(rows)) return rows.datesIn(c, from, out);
  for (let k = 0; k < out.length; k++) {
    const cell = rows[from + k]?.[c];
    const v = cell?.v;
    out[k] = typeof v !== "number" || v !== v ? NaN : isDateFormat(cell!.fmt) ? v : -Infinity;
  }
}

/** Ledger.days of a date serial as datesIn() gives it. */
export function dayOf(serial: number): number {
  if (serial !== serial) return NO_NUMBER;
  return serial > 0 && serial < 2958466 ? Math.floor(serial) : NOT_A_DATE;
}

export function payee(l: Ledger, i: number): string {
  return cellString(cellOf(l, i, l.payeeCol));
}

export function memo(l: Ledger, i: number): string {
  return cellString(cellOf(l, i, l.memoCol));
}

export function isErrorValue(cell: Cell | undefined): boolean {
  return !!cell && isCellError(cell.v);
}

export interface PaymentView {
  row: number;
  ymd: { year: number; month: number; day: number } | null;
  payee: string;
  memo: string;
  yuan: Big;
  asText: boolean;
}

/** Every payment as an object: for small ledgers and tests, not for rules over large ones. */
export function payments(l: Ledger): PaymentView[] {
  const text = new Set(l.asText);
  const out: PaymentView[] = [];
  for (let i = 0; i < l.rows.length; i++) {
    out.push({ row: l.rows[i]!, ymd: paymentDate(l, i), payee: payee(l, i), memo: memo(l, i), yuan: amountYuan(l, i), asText: text.has(i) });
  }
  return out;
}
