/** A plan's chart resolved on the written workbook: sheet-qualified absolute ranges and the values the cells hold, for chart-ooxml. */
import ExcelJS from "exceljs";
import { format as formatNumber } from "numfmt";
import { columnLetters, parseA1 } from "../core/address";
import type { ChartPlan } from "../core/report/plan";
import type { CellPos, ChartSpec } from "./chart-ooxml";
import { type Box, parseRange } from "./sheet-cells";
import type { SheetTarget } from "./sheet-targets";

function cellNumber(v: ExcelJS.CellValue): number | null {
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "formula" in v) return typeof v.result === "number" ? v.result : null;
  if (v && typeof v === "object" && "sharedFormula" in v) return typeof v.result === "number" ? v.result : null;
  return null;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  const raw = v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? (v.result as unknown) : v;
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") {
    try {
      return formatNumber(cell.numFmt || "General", raw);
    } catch {
      return String(raw);
    }
  }
  if (typeof raw === "object" && "richText" in (raw as object)) return (raw as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  return String(raw);
}

function absRange(sheet: string, box: Box): string {
  const from = `$${columnLetters(box.left)}$${box.top + 1}`;
  const to = `$${columnLetters(box.right)}$${box.bottom + 1}`;
  // Always quoted: valid for any name, and what chart formulas with non-ASCII names need in every viewer.
  return `'${sheet.replace(/'/g, "''")}'!${from === to ? from : `${from}:${to}`}`;
}

function boxCells(box: Box): CellPos[] {
  const out: CellPos[] = [];
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.push({ row: r, col: c });
  return out;
}

function sheetOfRef(ref: string, fallback: string): string {
  const i = ref.lastIndexOf("!");
  if (i < 0) return fallback;
  const s = ref.slice(0, i);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

export function resolveChart(wb: ExcelJS.Workbook, t: SheetTarget, chart: ChartPlan): ChartSpec {
  const refSheet = (ref: string) => {
    const s = sheetOfRef(ref, t.target);
    return s === t.plan.name ? t.target : s;
  };
  const wsOf = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`chart range on a missing sheet "${name}"`);
    return ws;
  };
  const catSheet = refSheet(chart.categories);
  const catBox = parseRange(chart.categories);
  const catWs = wsOf(catSheet);
  const from = parseA1(chart.from);
  const to = parseA1(chart.to);
  if (!from || !to) throw new Error(`bad chart anchor ${chart.from}:${chart.to}`);
  return {
    sheet: t.target,
    title: chart.title,
    ...(chart.axes ? { axes: chart.axes } : {}),
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
    categories: { ref: absRange(catSheet, catBox), values: boxCells(catBox).map((p) => cellText(catWs.getCell(p.row + 1, p.col + 1))) },
    series: chart.series.map((s) => {
      const sheet = refSheet(s.values);
      const box = parseRange(s.values);
      const ws = wsOf(sheet);
      const cells = boxCells(box).map((p) => ws.getCell(p.row + 1, p.col + 1));
      return {
        name: s.name,
        ref: absRange(sheet, box),
        values: cells.map((c) => cellNumber(c.value)),
        formatCode: cells.find((c) => c.numFmt)?.numFmt ?? "General",
      };
    }),
  };
}
