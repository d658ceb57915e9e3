/** What a cell shows: the host's display text when given, else its value formatted by its number format (numfmt). */
import { format } from "numfmt";
import { type Cell, isCellError } from "./snapshot";

export function displayText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined) return cell.text;
  const v = cell.v;
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") {
    if (!cell.fmt) return String(v);
    try {
      return format(cell.fmt, v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

/** Digits a number format prints after the point: "#,##0.00" → 2, "0.0%" → 1; null for General or no format. */
export function formatDecimals(fmt: string | undefined): number | null {
  if (!fmt || /^general$/i.test(fmt)) return null;
  const section = fmt.split(";")[0]!.replace(/"[^"]*"|\\./g, "");
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1]!.length;
  return /[0#?]/.test(section) ? 0 : null;
}

export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && /%/.test(fmt.split(";")[0]!.replace(/"[^"]*"|\\./g, ""));
}

// A workbook has a few formats and a ledger asks about each of a million dates: the answer is kept per format.
const dateFormats = new Map<string, boolean>();

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let is = dateFormats.get(fmt);
  if (is === undefined) {
    const f = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
    is = /[ymd]/i.test(f) && !/^[#0.,%]*$/.test(f);
    // A crafted workbook may have tens of thousands of formats: the cache is dropped rather than grown past a few.
    if (dateFormats.size >= 256) dateFormats.clear();
    dateFormats.set(fmt, is);
  }
  return is;
}
