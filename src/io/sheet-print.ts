/** How a written sheet looks on paper: table borders, A4 page setup, repeated rows, page breaks, and the provenance comment. */
import ExcelJS from "exceljs";
import { parseA1 } from "../core/address";
import type { SheetPlan } from "../core/report/plan";
import { DEFAULT_WIDTH, parseRange } from "./sheet-cells";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

// Borders make the form print as a form. Columns used by the plan fall into blocks (runs of adjacent columns: the
// form A–H, the chart table J–L); a row with two or more cells written in a block, or inside a merge spanning rows,
// is a table row there and gets a thin border on every cell of the block. Titles and lone paragraphs stay without.
export function drawTableBorders(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  const merges = sp.merges.map(parseRange);
  const written = sp.writes
    .filter((w) => w.value !== null || w.formula !== undefined)
    .map((w) => parseA1(w.address))
    .filter((p): p is { row: number; col: number } => p !== null);
  const used = new Set<number>();
  for (const p of written) {
    const m = merges.find((x) => x.top === p.row && x.left === p.col);
    for (let c = p.col; c <= (m?.right ?? p.col); c++) used.add(c);
  }
  const cols = [...used].sort((a, b) => a - b);
  const blocks: Array<[number, number]> = [];
  for (const c of cols) {
    const last = blocks[blocks.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else blocks.push([c, c]);
  }
  const blockOf = (c: number) => blocks.findIndex(([a, b]) => a <= c && c <= b);
  const perRowBlock = new Map<string, number>();
  const tall = new Set<string>();
  for (const p of written) {
    const k = `${p.row}:${blockOf(p.col)}`;
    perRowBlock.set(k, (perRowBlock.get(k) ?? 0) + 1);
  }
  for (const m of merges) {
    if (m.bottom === m.top) continue;
    for (let r = m.top; r <= m.bottom; r++) tall.add(`${r}:${blockOf(m.left)}`);
  }
  const rows = new Set([...perRowBlock.keys(), ...tall]);
  for (const k of rows) {
    const [r, b] = k.split(":").map(Number) as [number, number];
    if ((perRowBlock.get(k) ?? 0) < 2 && !tall.has(k)) continue;
    const block = blocks[b];
    if (!block) continue;
    for (let c = block[0]; c <= block[1]; c++) ws.getCell(r + 1, c + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
}

/** Printable width of an A4 portrait page between 0.5" margins, in column-width characters (at 100 %). */
const PORTRAIT_CHARS = 94;

/**
 * A4, one page wide and as many tall as needed: portrait when the sheet's columns fit one (the report's sheets are sized
 * to), landscape otherwise, since LibreOffice does not always shrink a sheet to the width and cuts a wider one at both
 * sides when centred. The plan's title rows repeat on every page; its breaks start new pages.
 */
export function printSetup(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  let cols = 0;
  for (const w of sp.writes) cols = Math.max(cols, (parseA1(w.address)?.col ?? 0) + 1);
  if (sp.chart) cols = Math.max(cols, parseRange(`${sp.chart.from}:${sp.chart.to}`).right + 1);
  let total = 0;
  for (let c = 0; c < cols; c++) total += ws.getColumn(c + 1).width ?? DEFAULT_WIDTH;
  const titles = sp.print?.titleRows;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: total > PORTRAIT_CHARS ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titles ? { printTitlesRow: `${titles[0] + 1}:${titles[1] + 1}` } : {}),
  };
  for (const r of sp.print?.breaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
}

/** The plan's provenance comment on its cell: seen on hover, never printed. */
export function addNote(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  if (sp.note) ws.getCell(sp.note.address).note = sp.note.text;
}
