/** Writing a plan sheet's cells with ExcelJS: values, formulas, formats, and row heights that show wrapped text. */
import ExcelJS from "exceljs";
import { parseA1 } from "../core/address";
import type { CellWrite, SheetPlan } from "../core/report/plan";

export const PROMPT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

/** Formulas that name the plan sheet keep pointing at it when it is written under another name (always quoted then). */
export function renameInFormula(formula: string, from: string, to: string): string {
  if (from === to) return formula;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${from.replace(/'/g, "''")}'`;
  // The name must start the reference: not the tail of a longer sheet name (我的自评表!A1).
  const re = new RegExp(`(^|[^A-Za-z0-9_.\u00C0-\uFFFF'])(?:${esc(quoted)}|${esc(from)})!`, "g");
  return formula.replace(re, (_m, pre: string) => `${pre}'${to.replace(/'/g, "''")}'!`);
}

export function writeCell(ws: ExcelJS.Worksheet, w: CellWrite, planName: string, target: string, font: Partial<ExcelJS.Font> | undefined): void {
  const cell = ws.getCell(w.address);
  if (w.formula !== undefined) {
    const formula = renameInFormula(w.formula.replace(/^=/, ""), planName, target);
    cell.value = (w.value === null ? { formula } : { formula, result: w.value }) as ExcelJS.CellFormulaValue;
  } else {
    cell.value = w.value;
  }
  if (w.numberFormat !== undefined) cell.numFmt = w.numberFormat;
  if (w.bold || w.size) cell.font = { ...(font ?? {}), ...(cell.font ?? {}), ...(w.bold ? { bold: true } : {}), ...(w.size ? { size: w.size } : {}) };
  if (w.wrap || w.align) {
    cell.alignment = {
      ...(cell.alignment ?? {}),
      vertical: "middle",
      ...(w.wrap ? { wrapText: true } : {}),
      ...(w.align ? { horizontal: w.align } : {}),
    };
  }
  if (w.prompt) cell.fill = PROMPT_FILL;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(ref: string): Box {
  const [a, b = a] = ref.replace(/^.*!/, "").split(":");
  const p = parseA1(a!);
  const q = parseA1(b!);
  if (!p || !q) throw new Error(`bad range "${ref}"`);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function colIndex(letters: string): number {
  const p = parseA1(`${letters}1`);
  if (!p) throw new Error(`bad column "${letters}"`);
  return p.col;
}

// Display width in Excel character units: CJK and full-width forms take two.
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) ? 2 : 1;
  }
  return w;
}

export const DEFAULT_WIDTH = 8.43;
const LINE_HEIGHT = 15;
/** The font size row heights are estimated for (Excel's default). */
const BASE_SIZE = 11;

/**
 * Excel does not grow a row for wrapped text in merged cells, and writes no height for rows it has not laid out: give
 * rows holding wrapped text a height that shows it all, estimated from the text width and the column widths.
 */
export function fitRowHeights(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  const merges = sp.merges.map(parseRange);
  const width = (c: number): number => ws.getColumn(c + 1).width ?? DEFAULT_WIDTH;
  const need = new Map<number, number>();
  for (const w of sp.writes) {
    if (typeof w.value !== "string" || w.value === "" || (!w.wrap && !w.size)) continue;
    const p = parseA1(w.address);
    if (!p) continue;
    // A title or heading in a larger font needs a taller line, and takes more of the width.
    const k = (w.size ?? BASE_SIZE) / BASE_SIZE;
    const box = merges.find((m) => m.top === p.row && m.left === p.col) ?? { top: p.row, left: p.col, bottom: p.row, right: p.col };
    let avail = 0;
    for (let c = box.left; c <= box.right; c++) avail += width(c);
    avail = Math.max(1, avail - 1);
    const lines = w.wrap ? w.value.split(/\r?\n/).reduce((n, para) => n + Math.max(1, Math.ceil((textWidth(para) * k) / avail)), 0) : 1;
    const rows = box.bottom - box.top + 1;
    if (lines < 2 && rows === 1 && k <= 1) continue;
    const perRow = (lines * LINE_HEIGHT * Math.max(1, k) + 4) / rows;
    for (let r = box.top; r <= box.bottom; r++) need.set(r, Math.max(need.get(r) ?? 0, perRow));
  }
  for (const [r, h] of need) {
    if (h > LINE_HEIGHT + 1) ws.getRow(r + 1).height = Math.min(409, Math.ceil(h));
  }
}
