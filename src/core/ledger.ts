/** Reading payments out of a column-wise ledger: amounts exact to the 分, dates, payees, and a row view for small ledgers. */
import { cellString, readDate } from "./cells";
import { Big } from "./decimal";
import { isDateFormat } from "./display";
import type { Ledger, Ref } from "./model";
import { type Cell, isCellError, cellAt } from "./snapshot";

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
  return readDate(dateCell(l, i));
}

export function payee(l: Ledger, i: number): string {
  return cellString(cellOf(l, i, l.payeeCol));
}

export function memo(l: Ledger, i: number): string {
  return cellString(cellOf(l, i, l.memoCol));
}

const dateFormats = new Map<string, boolean>();

/** A date serial when the cell holds one (a number with a date format); the check is cached per format. */
export function dateSerial(cell: Cell | undefined): number | null {
  if (!cell || typeof cell.v !== "number" || !cell.fmt) return null;
  let isDate = dateFormats.get(cell.fmt);
  if (isDate === undefined) {
    isDate = isDateFormat(cell.fmt);
    dateFormats.set(cell.fmt, isDate);
  }
  return isDate ? cell.v : null;
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
