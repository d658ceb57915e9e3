/**
 * Where a finding's cell is, as a person finds it: a workbook's "预算!D4" as it is, a Word document's cells as the
 * paragraph or the table cell ("第12段", "表2 第5行第3列"). The JSON keeps the sheet-qualified addresses.
 */
import { parseA1 } from "./address";
import type { Strings } from "./i18n";
import type { DocumentPart } from "./snapshot";

export interface PlaceSheet {
  name: string;
  document?: DocumentPart;
}

/** "'My Sheet'!B2" → ["My Sheet", "B2"]; undefined for a reference without a sheet. */
function splitRef(ref: string): [string, string] | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheet = ref.slice(0, bang);
  const name = sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return [name, ref.slice(bang + 1)];
}

export function placeName(ref: string, sheets: readonly PlaceSheet[], s: Strings): string {
  const split = splitRef(ref);
  const doc = split && sheets.find((x) => x.name === split[0])?.document;
  const at = split && parseA1(split[1]);
  if (!doc || !at) return ref;
  const n = String(at.row + 1);
  switch (doc.kind) {
    case "body":
      return s.docx.paragraph({ n });
    case "table":
      return s.docx.tableCell({ table: String(doc.table ?? ""), row: n, col: String(at.col + 1) });
    case "textboxes":
      return s.docx.textBox({ n });
    case "lines":
      return s.docx.line({ n });
    case "notes":
      return doc.notes === "endnotes" ? s.docx.endnote({ n }) : s.docx.footnote({ n });
  }
}
