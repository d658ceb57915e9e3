/** Cell values the Office.js way: what values/formulas/text/valueTypes read back, and how a written string is taken as if typed. */
import { format } from "numfmt";
import type { CellValue } from "../core/snapshot";
import type { CellModel } from "./model";

const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** Range.values of one cell: errors as their text, empty as "". */
export function officeValue(c: CellModel | undefined): string | number | boolean {
  if (!c) return "";
  const v = c.v;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

/** Range.formulas of one cell. */
export function officeFormula(c: CellModel | undefined): string | number | boolean {
  if (c?.f !== undefined) return `=${c.f}`;
  return officeValue(c);
}

export function valueType(c: CellModel | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  const v = c?.v ?? null;
  if (v === null) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

export function numberFormatOf(c: CellModel | undefined): string {
  return c?.fmt ?? "General";
}

/** Range.text of one cell: the host's text from the snapshot if unchanged, else the value through its number format. */
export function displayText(c: CellModel | undefined): string {
  if (!c) return "";
  if (c.text !== undefined) return c.text;
  const v = c.v;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  const fmt = c.fmt ?? "General";
  if (typeof v === "string" && !fmt.includes("@")) return v;
  try {
    return format(fmt, v);
  } catch {
    return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
  }
}

/** Excel serial number (1900 date system) of a calendar date. */
export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export interface ParsedInput {
  v: CellValue;
  f?: string;
  /** A number format Excel applies when the cell's format is General (as typing "12%" does). */
  fmt?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A value written through Range.values, taken as Excel takes it: a string is read as if typed
 * ("123" becomes a number, "=…" a formula, "TRUE" a boolean, "12%" 0.12, "2023-08-04" a date),
 * unless the cell is formatted as Text ("@") or the string starts with an apostrophe.
 */
export function parseInput(raw: unknown, cellFmt: string | undefined): ParsedInput {
  if (typeof raw === "number") return { v: Number.isFinite(raw) ? raw : { error: "#NUM!" } };
  if (typeof raw === "boolean") return { v: raw };
  if (raw === null || raw === undefined) return { v: null };
  const s = typeof raw === "string" ? raw : String(raw);
  if (s === "") return { v: null };
  if (cellFmt === "@") return { v: s };
  if (s.startsWith("'")) return { v: s.slice(1) === "" ? null : s.slice(1) };
  if (s.startsWith("=") && s.length > 1) return { v: null, f: s.slice(1) };
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return { v: t.toUpperCase() === "TRUE" };
  if (ERROR_LITERALS.has(t.toUpperCase())) return { v: { error: t.toUpperCase() } };
  if (/\d/.test(t) && NUMBER.test(t)) {
    const n = Number(t.replace(/,/g, ""));
    if (Number.isFinite(n)) return t.includes(",") ? { v: n, fmt: "#,##0" } : { v: n };
  }
  const pct = /^(.+)%$/.exec(t);
  if (pct && /\d/.test(pct[1]!) && NUMBER.test(pct[1]!.trim())) {
    const n = Number(pct[1]!.trim().replace(/,/g, ""));
    if (Number.isFinite(n)) return { v: n / 100, fmt: Number.isInteger(n) ? "0%" : "0.00%" };
  }
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (y >= 1900 && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d) return { v: dateSerial(y, m, d), fmt: "yyyy/m/d" };
  }
  return { v: s };
}
