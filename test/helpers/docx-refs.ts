/**
 * Test helper: where a workbook definition's cells land in the .docx that docxFromWorkbook (docx-writer.ts) writes of it,
 * as the reader names them: a narrative sheet's non-empty rows are the body's paragraphs (正文!A1 …, after the title if
 * there is one), the k-th other visible sheet is 表k with its cells where they were.
 */
import { a1, parseA1 } from "../../src/core/address";
import type { Finding } from "../../src/core/findings";
import { displayed, isNarrative } from "./docx-writer";
import type { WorkbookDef } from "../../samples/workbook-def";

export function docxRefs(def: WorkbookDef, opts: { title?: boolean } = {}): (ref: string) => string {
  const paragraphs = new Map<string, number>();
  const tables = new Map<string, number>();
  let para = opts.title ? 1 : 0;
  for (const s of def.sheets) {
    if (s.hidden) continue;
    if (!isNarrative(s)) {
      tables.set(s.name, tables.size + 1);
      continue;
    }
    s.rows.forEach((row, r) => {
      if (displayed(row[0] ?? null).trim()) paragraphs.set(`${s.name}!${r}`, ++para);
    });
  }
  return (ref) => {
    const bang = ref.lastIndexOf("!");
    const quoted = ref.slice(0, bang);
    const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
    const at = parseA1(ref.slice(bang + 1));
    if (!at) return ref;
    const table = tables.get(sheet);
    if (table !== undefined) return `表${table}!${a1(at.row, at.col)}`;
    const n = paragraphs.get(`${sheet}!${at.row}`);
    return n === undefined ? `(not in the document) ${ref}` : `正文!A${n}`;
  };
}

/** A finding as the comparison sees it: rule, severity, cells (mapped), expected and found; sorted. */
export function comparable(findings: readonly Finding[], map: (ref: string) => string = (r) => r): string[] {
  return findings
    .map((f) => `${f.rule} ${f.severity} [${f.cells.map(map).join(", ")}] expected ${JSON.stringify(f.expected)} found ${JSON.stringify(f.actual)}`)
    .sort();
}
