/** Reads cells into exact figures: numbers, numbers stored as text, percentages and money in a column's unit. */
import { Big, decimalsOf, fromNumber } from "./decimal";
import { formatDecimals, isDateFormat, isPercentFormat } from "./display";
import { parseNumber, toYuan } from "./figures/number";
import { MONEY_SCALE, type MoneyUnit } from "./figures/types";
import type { NumCell, RawCell, Ref } from "./model";
import { type Cell, isCellError } from "./snapshot";

const HUNDRED = new Big(100);

/** A number from a cell; `money` gives the column's unit, so that yuan is set. Null for blanks, text and errors. */
export function readNum(cell: Cell | undefined, ref: Ref, money: MoneyUnit | null): NumCell | null {
  if (!cell) return null;
  const v = cell.v;
  if (typeof v === "number") {
    const percent = isPercentFormat(cell.fmt);
    const value = percent ? fromNumber(v).times(HUNDRED) : fromNumber(v);
    const fd = formatDecimals(cell.fmt);
    const decimals = fd ?? decimalsOf(value);
    const n: NumCell = { ref, value, percent, decimals, asText: false };
    if (money && !percent) n.yuan = value.times(new Big(10).pow(MONEY_SCALE[money]));
    return n;
  }
  if (typeof v === "string") {
    const p = parseNumber(v);
    if (!p) return null;
    const n: NumCell = { ref, value: p.value, percent: p.percent, decimals: p.decimals, asText: true };
    if (money && !p.percent) {
      const y = p.unit && p.unit in MONEY_SCALE ? toYuan(p) : null;
      n.yuan = y ?? p.value.times(new Big(10).pow(MONEY_SCALE[money]));
    }
    return n;
  }
  return null;
}

export function rawCell(cell: Cell | undefined, ref: Ref, money: MoneyUnit | null): RawCell {
  return { ref, cell, num: readNum(cell, ref, money) };
}

export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.v;
  return v === null || (typeof v === "string" && v.trim() === "");
}

export function isErrorCell(cell: Cell | undefined): boolean {
  return !!cell && isCellError(cell.v);
}

/** Plain text of a cell: strings trimmed, numbers as stored, errors as their code. */
export function cellString(cell: Cell | undefined): string {
  if (!cell || cell.v === null) return "";
  const v = cell.v;
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

/** A calendar date from a date cell (serial with a date format) or from text such as 2023-08-04 or 2023年8月4日. */
export function readDate(cell: Cell | undefined): { year: number; month: number; day: number } | null {
  if (!cell) return null;
  const v = cell.v;
  if (typeof v === "number") return isDateFormat(cell.fmt) && v > 0 && v < 2958466 ? fromSerial(v) : null;
  if (typeof v === "string") {
    const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(v.normalize("NFKC"));
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  return null;
}

// The days asked for last, by serial day: a ledger's payments fall on a few hundred days.
const DAY_CACHE = 1024;
const cachedDay = new Int32Array(DAY_CACHE).fill(-1);
const cachedYmd: Array<{ year: number; month: number; day: number }> = new Array(DAY_CACHE);

// 1900 date system; serials before 61 sit before Excel's phantom 1900-02-29. The object is shared: callers only read it.
export function fromSerial(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  const k = whole & (DAY_CACHE - 1);
  if (cachedDay[k] === whole) return cachedYmd[k]!;
  const days = whole - (serial < 61 ? 1 : 2);
  const d = new Date(Date.UTC(1900, 0, 1) + days * 86400000);
  const ymd = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  cachedDay[k] = whole;
  cachedYmd[k] = ymd;
  return ymd;
}
