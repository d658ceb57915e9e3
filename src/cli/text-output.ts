/** Readable output of `selfeval check`: per file its sheets, a summary line, then each finding with expected vs actual and cells. */
import { figureText, type Lang, sheetLabel, type Strings, strings } from "../core/i18n";
import { type PlaceSheet, placeName } from "../core/places";
import type { JsonFinding, WorkbookEntry } from "./report-json";

/** `project` is optional in the contract: set only when a workbook holds several projects. */
type TextFinding = JsonFinding;

/**
 * "有误：自评报告!A61；依据：预算执行!D4": the first cell is where the wrong figure stands, the rest what it was checked
 * against; a Word report's cells by paragraph or table cell ("有误：第12段；依据：表2 第4行第4列").
 */
export function cellsLine(f: Pick<JsonFinding, "rule" | "cells">, s: Strings, sheets: readonly PlaceSheet[] = []): string {
  const places = f.cells.map((ref) => placeName(ref, sheets, s));
  const sep = places.some((p, i) => p !== f.cells[i]) ? s.docx.placeSep : s.ui.listSep;
  const [first, ...rest] = places;
  const parts: string[] = [];
  if (first !== undefined) parts.push(`${f.rule === "unexplained-adjustment" ? s.ui.reasonCell : s.ui.wrongCell}${s.ui.colon}${first}`);
  if (rest.length) parts.push(`${s.ui.basisCell}${s.ui.colon}${rest.join(sep)}`);
  return parts.join(s.ui.partSep);
}

function findingLines(f: TextFinding, s: Strings, sheets: readonly PlaceSheet[]): string[] {
  const lines = ["", `  [${s.severities[f.severity]}] ${s.rules[f.rule]} (${f.rule})`, `    ${f.message}`];
  // A missing reason is not a wrong figure: its message says what is missing and where to write it, so no expected/actual.
  if (f.rule !== "unexplained-adjustment") {
    const parts: string[] = [];
    if (f.expected) parts.push(`${s.ui.expected} ${figureText(f.expected, s)}`);
    if (f.actual) parts.push(`${s.ui.actual} ${figureText(f.actual, s)}`);
    if (parts.length) lines.push(`    ${parts.join(s.ui.partSep)}`);
  }
  if (f.cells.length) lines.push(`    ${cellsLine(f, s, sheets)}`);
  return lines;
}

export function formatEntry(e: WorkbookEntry, lang: Lang): string {
  const s = strings(lang);
  const lines: string[] = [e.file];
  if (e.workbook !== undefined) lines.push(s.docx.withWorkbook({ file: e.workbook }));
  if (e.error) {
    lines.push(`  ${s.ui.unreadable}${s.ui.colon}${e.error}`);
    return lines.join("\n");
  }
  lines.push(`  ${s.ui.sheets}${s.ui.colon}${e.sheets.map((x) => sheetLabel(x, s)).join(s.ui.listSep)}`);
  lines.push(`  ${s.ui.summary({ error: String(e.summary.error), warning: String(e.summary.warning), info: String(e.summary.info) })}`);
  if (!e.findings.length) {
    lines.push(`  ${e.sheets.some((x) => x.role !== "unknown") ? s.ui.noFindings : s.ui.nothingRecognised}`);
    return lines.join("\n");
  }
  // Findings of several projects: under one heading per project, in the order the projects first appear.
  const findings = e.findings as TextFinding[];
  const projects = [...new Set(findings.map((f) => f.project).filter((p): p is string => p !== undefined))];
  if (!projects.length) {
    for (const f of findings) lines.push(...findingLines(f, s, e.sheets));
    return lines.join("\n");
  }
  for (const project of [...projects, undefined]) {
    const of = findings.filter((f) => f.project === project);
    if (!of.length) continue;
    if (project !== undefined) lines.push("", `  ${s.ui.project({ name: project })}`);
    for (const f of of) lines.push(...findingLines(f, s, e.sheets));
  }
  return lines.join("\n");
}

/** The last line of a batch: how many files, findings by severity, and files that could not be read; then legacy files left out. */
export function formatTotal(entries: WorkbookEntry[], lang: Lang, skippedXls = 0, skippedDoc = 0): string {
  const s = strings(lang);
  const sum = (k: "error" | "warning") => entries.reduce((n, e) => n + e.summary[k], 0);
  const line = s.ui.total({
    files: String(entries.length),
    errors: String(sum("error")),
    warnings: String(sum("warning")),
    unreadable: String(entries.filter((e) => e.error).length),
  });
  const skipped = [
    ...(skippedXls ? [s.ui.skippedXls({ count: String(skippedXls) })] : []),
    ...(skippedDoc ? [s.docx.skippedDoc({ count: String(skippedDoc) })] : []),
  ];
  return [line, ...skipped].join("\n");
}
