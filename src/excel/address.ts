/** Sheet-qualified A1 references as the core writes them ("预算!D3", "'My Sheet'!B2:C4"), parsed for the Office.js calls. */
import { a1, parseA1, quoteSheet } from "../core/address";

/** A rectangle on a named sheet, 0-based and inclusive. */
export interface SheetRect {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// Excel's grid: 1,048,576 rows by 16,384 columns (XFD).
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/** Splits "'My Sheet'!B2" into the sheet name (quotes removed, '' unescaped) and the local reference; null when unqualified or malformed. */
export function splitQualified(ref: string): { sheet: string; local: string } | null {
  const s = ref.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    for (; i < s.length; i++) {
      const ch = s[i]!;
      if (ch === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += ch;
    }
    if (i >= s.length || s[i + 1] !== "!" || name === "") return null;
    return { sheet: name, local: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf("!");
  if (bang <= 0) return null;
  return { sheet: s.slice(0, bang), local: s.slice(bang + 1) };
}

/** "B2" or "B2:C4" (with or without $) → 0-based inclusive bounds; null for anything else. */
export function parseLocalRange(local: string): Omit<SheetRect, "sheet"> | null {
  const parts = local.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const from = parseA1(parts[0]!);
  const to = parts.length === 2 ? parseA1(parts[1]!) : from;
  if (!from || !to) return null;
  const rect = {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) return null;
  return rect;
}

/** Parses a sheet-qualified reference; null when it has no sheet or is not a cell or range. */
export function parseQualified(ref: string): SheetRect | null {
  const q = splitQualified(ref);
  if (!q) return null;
  const r = parseLocalRange(q.local);
  return r ? { sheet: q.sheet, ...r } : null;
}

/** "B2" or "B2:C4" for the rectangle, without the sheet (what worksheet.getRange takes). */
export function localAddress(r: Omit<SheetRect, "sheet">): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/** The canonical qualified form: sheet quoted only when Excel would, no $, upper case. */
export function qualifiedAddress(r: SheetRect): string {
  return `${quoteSheet(r.sheet)}!${localAddress(r)}`;
}

export function cellCount(r: Omit<SheetRect, "sheet">): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Every single cell of the rectangle, row by row. */
export function cellsOf(r: SheetRect): SheetRect[] {
  const out: SheetRect[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) out.push({ sheet: r.sheet, top: row, left: col, bottom: row, right: col });
  }
  return out;
}

/** Parses the address Office.js reports for a range ("Sheet1!A1:C3", "'My Sheet'!B2"); the local part alone is accepted too. */
export function parseReportedAddress(address: string): Omit<SheetRect, "sheet"> | null {
  const q = splitQualified(address);
  return parseLocalRange(q ? q.local : address);
}
