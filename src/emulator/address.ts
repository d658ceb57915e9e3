/** A1 addresses as Excel parses and prints them: grid bounds, whole rows/columns, sheet prefixes quoted the Excel way. */
import { columnLetters, quoteSheet } from "../core/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectCols(r: Rect): number {
  return r.right - r.left + 1;
}

export function rectCells(r: Rect): number {
  return rectRows(r) * rectCols(r);
}

export function isEntireColumn(r: Rect): boolean {
  return r.top === 0 && r.bottom === MAX_ROWS - 1;
}

export function isEntireRow(r: Rect): boolean {
  return r.left === 0 && r.right === MAX_COLS - 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}

export function inGrid(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLS && r.top <= r.bottom && r.left <= r.right;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

type Part = { kind: "cell"; row: number; col: number } | { kind: "col"; col: number } | { kind: "row"; row: number };

function parsePart(s: string): Part | null {
  let m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(s);
  if (m) return { kind: "cell", col: colIndex(m[1]!), row: Number(m[2]) - 1 };
  m = /^\$?([A-Za-z]{1,3})$/.exec(s);
  if (m) return { kind: "col", col: colIndex(m[1]!) };
  m = /^\$?(\d{1,7})$/.exec(s);
  if (m) return { kind: "row", row: Number(m[1]) - 1 };
  return null;
}

/** Splits "'My Sheet'!A1:B2" into the sheet name (unquoted) and the rest. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      const ch = s[i]!;
      if (ch === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (s[i] === "'" && s[i + 1] === "!") return { sheet: name, ref: s.slice(i + 2) };
    return { sheet: null, ref: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
  return { sheet: null, ref: s };
}

/** Parses an A1 reference without sheet ("B2", "A1:C3", "A:C", "2:4"); null when Excel would reject it. */
export function parseRef(ref: string): Rect | null {
  const parts = ref.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePart(parts[0]!);
  const b = parts.length === 2 ? parsePart(parts[1]!) : a;
  if (!a || !b) return null;
  let rect: Rect;
  if (a.kind === "cell" && b.kind === "cell") {
    rect = { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  } else if (a.kind === "col" && b.kind === "col" && parts.length === 2) {
    rect = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  } else if (a.kind === "row" && b.kind === "row" && parts.length === 2) {
    rect = { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: 0, right: MAX_COLS - 1 };
  } else {
    return null;
  }
  return inGrid(rect) ? rect : null;
}

/** "B3", "B3:C4", "A:C", "2:4" — the reference without sheet, as Excel prints it. */
export function formatRef(r: Rect): string {
  if (isEntireRow(r)) return `${r.top + 1}:${r.bottom + 1}`;
  if (isEntireColumn(r)) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  const tl = `${columnLetters(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return tl;
  return `${tl}:${columnLetters(r.right)}${r.bottom + 1}`;
}

/** "Sheet1!A1:C3", "'My Sheet'!B2". */
export function formatAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${formatRef(r)}`;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
