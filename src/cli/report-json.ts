/** The JSON of `selfeval check`, in the shape contract.md fixes, and the run of one file that fills an entry. */
import { CHECK_LIMITS, CheckLimitError, checkWorkbook } from "../core/check";
import type { Severity } from "../core/findings";
import { type Lang, renderMessage, strings } from "../core/i18n";
import type { SheetRole } from "../core/model";
import type { DocumentPart, WorkbookSnapshot } from "../core/snapshot";
import type { Overview } from "../core/overview";
import type { RenderedFinding } from "../core/review";
import { documentWithWorkbook } from "../io/docx/combine";
import { readAny } from "../io/read-any";
import { describeReadError } from "../io/read-error";

export const VERSION = "0.1.0";

/** A finding in the JSON of `check` (contract.md); `project` only when the workbook holds several. */
export type JsonFinding = RenderedFinding;

export interface WorkbookEntry {
  file: string;
  /** The workbook a Word report was checked with as one scope (`check report.docx workbook.xlsx`); extends the contract. */
  workbook?: string;
  error: string | null;
  /** `document`: for a Word report's sheets, the part of the document a sheet holds (extends the contract). */
  sheets: Array<{ name: string; role: SheetRole; hidden?: boolean; document?: DocumentPart }>;
  /** The projects, when the workbook holds several (contract: optional). */
  projects?: Array<{ name: string; sheets: string[] }>;
  findings: JsonFinding[];
  summary: Record<Severity, number>;
  /** Per project (one line for one project): unit, year, 全年预算数, 全年执行数, 执行率; extends the contract for reviewers. */
  overview?: Overview[];
}

export interface CheckDocument {
  tool: "selfeval";
  version: string;
  workbooks: WorkbookEntry[];
}

/** An entry for a file that got no check: `error` says why. */
export function failedEntry(file: string, error: string, workbook?: string): WorkbookEntry {
  return { file, ...(workbook !== undefined ? { workbook } : {}), error, sheets: [], findings: [], summary: { error: 0, warning: 0, info: 0 } };
}

/** The file's snapshot; with `workbook`, the Word report and the workbook as one. */
async function readInputs(file: string, workbook: string | undefined): Promise<WorkbookSnapshot> {
  const first = await readAny(file);
  return workbook === undefined ? first : documentWithWorkbook(first, await readAny(workbook));
}

/**
 * Reads and checks one file (a workbook or a Word report, by its content; a report with the workbook `workbook` as one
 * scope); a file that cannot be read gets an entry with `error` set, never an exception. An error of the engine on a
 * workbook that was read is reported as such, not as a read error.
 */
export async function checkFile(file: string, lang: Lang, workbook?: string): Promise<WorkbookEntry> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readInputs(file, workbook);
  } catch (err) {
    return failedEntry(file, describeReadError(err, lang), workbook);
  }
  try {
    const result = checkWorkbook(snapshot);
    const parts = new Map(snapshot.sheets.map((s) => [s.name, s.document]));
    return {
      file,
      ...(workbook !== undefined ? { workbook } : {}),
      error: null,
      sheets: result.sheets.map((s) => {
        const document = parts.get(s.name);
        return { name: s.name, role: s.role, ...(s.hidden ? { hidden: true } : {}), ...(document ? { document } : {}) };
      }),
      ...(result.projects.length ? { projects: result.projects } : {}),
      findings: result.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        cells: f.cells,
        message: renderMessage(f, lang),
        expected: f.expected,
        actual: f.actual,
        ...(f.project ? { project: f.project } : {}),
      })),
      summary: result.summary,
      overview: result.overview,
    };
  } catch (err) {
    if (err instanceof CheckLimitError)
      return failedEntry(file, strings(lang).ui.tooMuchText({ file, n: CHECK_LIMITS[err.limit].toLocaleString("en") }), workbook);
    return failedEntry(file, strings(lang).ui.engineError({ message: err instanceof Error ? err.message : String(err) }), workbook);
  }
}
