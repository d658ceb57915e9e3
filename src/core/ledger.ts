/** Reading payments out of a column-wise ledger: amounts exact to the 分, dates, payees, and a row view for small ledgers. */
import { cellString, readDate, serialDate } from "./cells";
import { Big } from "./decimal";
import { isDateFormat } from "./display";
import type { Ledger, Ref } from "./model";
import { type Cell, isCellError, cellAt, formatAt, numberAt } from "./snapshot";

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

export function paymentDate(l: Ledger, i: number): { year: number; month: number; day: number } | null {
  // A number is a date only by its format: read without making a cell. Text dates are parsed from the cell.
  if (l.dateCol !== null && numberAt(l.data, l.rows[i]!, l.dateCol) !== undefined) return serialDate(paymentSerial(l, i));
  return readDate(dateCell(l, i));
}

export function payee(l: Ledger, i: number): string {
  return cellString(cellOf(l, i, l.payeeCol));
}

export function memo(l: Ledger, i: number): string {
  return cellString(cellOf(l, i, l.memoCol));
}

/** The payment's date serial when its date cell holds one, read without making a cell: a ledger may have a million. */
export function paymentSerial(l: Ledger, i: number): number | null {
  if (l.dateCol === null) return null;
  const r = l.rows[i]!;
  const v = numberAt(l.data, r, l.dateCol);
  return v !== undefined && isDateFormat(formatAt(l.data, r, l.dateCol)) ? v : null;
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
