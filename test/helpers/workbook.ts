/**
 * Builds WorkbookSnapshots from readable arrays for tests:
 *
 *   sheet("预算", [["2023年度项目资金预算执行情况"], ["单位：万元"], ["资金来源", "年初预算数", …], …],
 *         { merges: ["A1:F1"], hidden: false })
 *
 * A cell is a plain value (number, string, boolean, null), `undefined` for no cell at all,
 * an error `{ error: "#DIV/0!" }`, or a full cell `{ v, fmt?, f?, text? }`.
 */
import { parseA1 } from "../../src/core/address";
import type { Cell, CellError, CellValue, MergeRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";

export type CellInput = CellValue | Cell | undefined;

export interface SheetOptions {
  /** "A1:F1" ranges or explicit 0-based ranges. */
  merges?: Array<string | MergeRange>;
  hidden?: boolean;
}

function isFullCell(x: object): x is Cell {
  return "v" in x;
}

export function cell(x: CellInput): Cell | undefined {
  if (x === undefined) return undefined;
  if (x !== null && typeof x === "object" && isFullCell(x)) return { ...x };
  return { v: x as CellValue };
}

/** "A1:F1" → { top: 0, left: 0, bottom: 0, right: 5 }. */
export function range(a1: string): MergeRange {
  const [from, to = from] = a1.split(":");
  const a = parseA1(from!);
  const b = parseA1(to!);
  if (!a || !b) throw new Error(`bad range ${a1}`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function sheet(name: string, rows: CellInput[][], opts: SheetOptions = {}): SheetSnapshot {
  return {
    name,
    hidden: opts.hidden ?? false,
    rows: rows.map((r) => r.map(cell)),
    merges: (opts.merges ?? []).map((m) => (typeof m === "string" ? range(m) : m)),
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** An Excel error value. */
export function err(code: string): CellError {
  return { error: code };
}

/** Excel serial (1900 date system) of a calendar date, e.g. serial(2023, 8, 4) = 45142. */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A date cell: a serial number with a date format. */
export function date(year: number, month: number, day: number, fmt = "yyyy-mm-dd"): Cell {
  return { v: serial(year, month, day), fmt };
}

/** A number shown with a format, e.g. num(0.9456, "0.00%"). */
export function num(v: number, fmt: string): Cell {
  return { v, fmt };
}

/** A narrative sheet: one paragraph per row in column A. */
export function report(name: string, paragraphs: string[], opts: SheetOptions = {}): SheetSnapshot {
  return sheet(
    name,
    paragraphs.map((p) => [p]),
    opts
  );
}
