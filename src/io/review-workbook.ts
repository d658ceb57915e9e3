/**
 * The review workbook of a batch (`selfeval check FOLDER --review r.xlsx`): 汇总 (one row per file or project, highest
 * risk first, filters, frozen header, number formats, coloured counts, a link to each file), 问题明细 (one row per
 * finding) and 说明 (how the risk score is computed). A new file composed with ExcelJS; written atomically.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { columnLetters } from "../core/address";
import type { Figure } from "../core/findings";
import { type Lang, type Strings, strings } from "../core/i18n";
import { type PlaceSheet, placeName } from "../core/places";
import { planReview, type RenderedFinding, type ReviewEntry, RISK } from "../core/review";
import { writeAtomically } from "./atomic-write";

export interface ReviewFile extends ReviewEntry {
  findings: RenderedFinding[];
  /** The file's sheets: a Word report's cells are listed as paragraphs and table cells (第12段, 表2 第5行第3列). */
  sheets?: PlaceSheet[];
}

export interface ReviewMeta {
  tool: string;
  version: string;
  /** The day the batch ran, YYYY-MM-DD. */
  date: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const ERROR_FILL = "FFFFC7CE";
const WARNING_FILL = "FFFFEB9C";
const YUAN = "#,##0.00";

/** A finding's cells as the text output names them; document places hold spaces, so they get the language's separator. */
function cellsText(cells: string[], sheets: readonly PlaceSheet[], s: Strings): string {
  const places = cells.map((c) => placeName(c, sheets, s));
  return places.join(places.some((p, i) => p !== cells[i]) ? s.docx.placeSep : " ");
}

const figureText = (f: Figure | null): string => (f ? `${f.value}${f.unit === "%" ? "%" : f.unit ? ` ${f.unit}` : ""}` : "");

function header(ws: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  ws.columns = titles.map((t, i) => ({ header: t, width: widths[i] ?? 12 }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  titles.forEach((_, i) => (row.getCell(i + 1).fill = HEADER_FILL));
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: titles.length } };
}

/** A red (errors) or amber (warnings) fill on the counts above 0 of rows 2…last of a column. */
function colourCounts(ws: ExcelJS.Worksheet, col: number, last: number, argb: string): void {
  if (last < 2) return;
  const ref = `${columnLetters(col - 1)}2:${columnLetters(col - 1)}${last}`;
  ws.addConditionalFormatting({
    ref,
    rules: [
      { type: "cellIs", operator: "greaterThan", formulae: ["0"], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } } },
    ],
  });
}

/** The workbook as a buffer; `reviewPath` is where it will be saved, so that links to the files are relative to it. */
export async function reviewWorkbook(files: readonly ReviewFile[], reviewPath: string, lang: Lang, meta: ReviewMeta): Promise<Buffer> {
  const s = strings(lang);
  const r = s.review;
  const plan = planReview(files);
  const wb = new ExcelJS.Workbook();
  wb.creator = `${meta.tool} ${meta.version}`;

  // 汇总
  const sum = wb.addWorksheet(r.sheets.summary);
  const h = r.summary;
  const fixed = [h.risk, h.file, h.unit, h.project, h.year, h.annual, h.executed, h.rate, h.errors, h.warnings];
  header(sum, [...fixed, ...plan.rules.map((id) => s.rules[id]), h.status], [8, 30, 24, 30, 7, 16, 16, 10, 7, 7, ...plan.rules.map(() => 12), 30]);
  const dir = path.dirname(path.resolve(reviewPath));
  for (const l of plan.lines) {
    const o = l.overview;
    const link = path.relative(dir, path.resolve(l.file)).split(path.sep).join("/");
    const row = sum.addRow([
      l.risk,
      { text: path.basename(l.file), hyperlink: link, tooltip: l.file },
      o?.unit ?? "",
      l.wholeWorkbook ? r.wholeWorkbook : (l.project ?? ""),
      o?.year ?? "",
      o?.annual !== null && o?.annual !== undefined ? Number(o.annual) : "",
      o?.executed !== null && o?.executed !== undefined ? Number(o.executed) : "",
      o?.rate !== null && o?.rate !== undefined ? Number(o.rate) / 100 : "",
      l.readError ? "" : l.errors,
      l.readError ? "" : l.warnings,
      ...plan.rules.map((id) => (l.readError ? "" : (l.byRule[id] ?? 0))),
      l.readError ? `${s.ui.unreadable}${s.ui.colon}${l.readError}` : r.checked,
    ]);
    row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
  }
  sum.getColumn(6).numFmt = YUAN;
  sum.getColumn(7).numFmt = YUAN;
  sum.getColumn(8).numFmt = "0.00%";
  const last = plan.lines.length + 1;
  colourCounts(sum, 9, last, ERROR_FILL);
  colourCounts(sum, 10, last, WARNING_FILL);
  // A kind's column is red when its findings are errors somewhere in the batch, amber otherwise.
  const errorKinds = new Set(files.flatMap((f) => f.findings.filter((x) => x.severity === "error").map((x) => x.rule)));
  plan.rules.forEach((id, i) => colourCounts(sum, fixed.length + 1 + i, last, errorKinds.has(id) ? ERROR_FILL : WARNING_FILL));
  if (last >= 2) {
    sum.addConditionalFormatting({
      ref: `A2:A${last}`,
      rules: [
        {
          type: "colorScale",
          priority: 2,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: RISK.cap / 2 },
            { type: "num", value: RISK.cap },
          ],
          color: [{ argb: "FFFFFFFF" }, { argb: "FFFFEB84" }, { argb: "FFF8696B" }],
        },
      ],
    });
  }

  // 问题明细
  const det = wb.addWorksheet(r.sheets.details);
  const d = r.details;
  header(det, [d.file, d.project, d.rule, d.severity, d.message, d.expected, d.actual, d.cell], [30, 24, 16, 7, 80, 18, 18, 24]);
  for (const f of files) {
    for (const x of f.findings) {
      const row = det.addRow([
        f.file,
        x.project ?? "",
        s.rules[x.rule],
        s.severities[x.severity],
        x.message,
        figureText(x.expected),
        figureText(x.actual),
        cellsText(x.cells, f.sheets ?? [], s),
      ]);
      row.getCell(5).alignment = { wrapText: true, vertical: "top" };
    }
  }

  // 说明
  const about = wb.addWorksheet(r.sheets.about);
  about.getColumn(1).width = 100;
  const lines = [
    ...r.about({ weightError: String(RISK.error), weightWarning: String(RISK.warning), cap: String(RISK.cap) }),
    "",
    r.madeBy({ tool: meta.tool, version: meta.version, date: meta.date, files: String(files.length) }),
  ];
  for (const text of lines) about.addRow([text]).getCell(1).alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the review workbook at `output` (temp file, then rename). */
export async function writeReview(files: readonly ReviewFile[], output: string, lang: Lang, meta: ReviewMeta): Promise<void> {
  await writeAtomically(output, await reviewWorkbook(files, output, lang, meta));
}
