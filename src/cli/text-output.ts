/** Readable output of `selfeval check`: per file its sheets, a summary line, then each finding with expected vs actual and cells. */
import { figureText, type Lang, strings } from "../core/i18n";
import type { WorkbookEntry } from "./report-json";

export function formatEntry(e: WorkbookEntry, lang: Lang): string {
  const s = strings(lang);
  const lines: string[] = [e.file];
  if (e.error) {
    lines.push(`  ${s.ui.unreadable}: ${e.error}`);
    return lines.join("\n");
  }
  const sep = lang === "en" ? ", " : "、";
  const sheets = e.sheets.map((x) => `${x.name}（${s.roles[x.role]}${x.hidden ? sep + s.ui.hidden : ""}）`).join(sep);
  lines.push(`  ${s.ui.sheets}: ${sheets}`);
  lines.push(`  ${s.ui.summary({ error: String(e.summary.error), warning: String(e.summary.warning), info: String(e.summary.info) })}`);
  if (!e.findings.length) {
    lines.push(`  ${s.ui.noFindings}`);
    return lines.join("\n");
  }
  for (const f of e.findings) {
    lines.push("");
    lines.push(`  [${s.severities[f.severity]}] ${s.rules[f.rule]} (${f.rule})`);
    lines.push(`    ${f.message}`);
    const parts: string[] = [];
    if (f.expected) parts.push(`${s.ui.expected} ${figureText(f.expected, s)}`);
    if (f.actual) parts.push(`${s.ui.actual} ${figureText(f.actual, s)}`);
    if (parts.length) lines.push(`    ${parts.join(lang === "en" ? "; " : "；")}`);
    lines.push(`    ${s.ui.cells}: ${f.cells.join(", ")}`);
  }
  return lines.join("\n");
}
