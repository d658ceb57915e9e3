/** The JSON of `selfeval check`, in the shape contract.md fixes, and the run of one file that fills an entry. */
import { checkWorkbook } from "../core/check";
import type { Severity } from "../core/findings";
import { type Lang, renderMessage, strings } from "../core/i18n";
import type { SheetRole } from "../core/model";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Overview } from "../core/overview";
import type { RenderedFinding } from "../core/review";
import { describeReadError } from "../io/read-error";
import { readWorkbook } from "../io/xlsx-reader";

export const VERSION = "0.1.0";

/** A finding in the JSON of `check` (contract.md); `project` only when the workbook holds several. */
export type JsonFinding = RenderedFinding;

export interface WorkbookEntry {
  file: string;
  error: string | null;
  sheets: Array<{ name: string; role: SheetRole; hidden?: boolean }>;
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
export function failedEntry(file: string, error: string): WorkbookEntry {
  return { file, error, sheets: [], findings: [], summary: { error: 0, warning: 0, info: 0 } };
}

/**
 * Reads and checks one file; a file that cannot be read gets an entry with `error` set, never an exception. An error of
 * the engine on a workbook that was read is reported as such, not as a read error.
 */
export async function checkFile(file: string, lang: Lang): Promise<WorkbookEntry> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readWorkbook(file);
  } catch (err) {
    return failedEntry(file, describeReadError(err, lang));
  }
  try {
    const result = checkWorkbook(snapshot);
    return {
      file,
      error: null,
      sheets: result.sheets.map((s) => (s.hidden ? { name: s.name, role: s.role, hidden: true } : { name: s.name, role: s.role })),
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
    return failedEntry(file, strings(lang).ui.engineError({ message: err instanceof Error ? err.message : String(err) }));
  }
}
