/**
 * A Word report checked with the workbook, as the pane shows it: the document's parts joined to the workbook's sheets
 * in one scope, and each document cell's place as a person finds it in Word ("第12段", "表2 第5行第3列").
 */
import type { Strings } from "../core/i18n/types";
import { placeName } from "../core/places";
import type { DocumentPart, WorkbookSnapshot } from "../core/snapshot";
import { documentWithWorkbook } from "../io/docx/combine";
import { sheetOf } from "./findings-view";

/** The document of a check: its file name and, by sheet name in the scope, the part each document sheet holds. */
export interface DocumentScope {
  file: string;
  parts: ReadonlyMap<string, DocumentPart>;
}

/** The workbook and the document as one snapshot (documentWithWorkbook, which the command line uses too), and its parts. */
export function combineScopes(workbook: WorkbookSnapshot, document: WorkbookSnapshot, file: string): { snapshot: WorkbookSnapshot; scope: DocumentScope } {
  const snapshot = documentWithWorkbook(document, workbook);
  const docSheets = snapshot.sheets.slice(workbook.sheets.length);
  const parts = new Map(docSheets.map((x) => [x.name, x.document ?? { kind: "body" as const }]));
  return { snapshot, scope: { file, parts } };
}

/** Where a document cell is in Word; undefined for a workbook cell. */
export function placeOf(cell: string, scope: DocumentScope | null, s: Strings): string | undefined {
  if (!scope?.parts.has(sheetOf(cell))) return undefined;
  return placeName(
    cell,
    [...scope.parts].map(([name, document]) => ({ name, document })),
    s
  );
}

/** The workbook's cells of a list, the ones Excel can select or mark. */
export function workbookCells(cells: readonly string[], scope: DocumentScope | null): string[] {
  return scope ? cells.filter((c) => !scope.parts.has(sheetOf(c))) : [...cells];
}
