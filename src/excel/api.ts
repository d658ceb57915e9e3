/** What the task pane and ribbon commands may ask of the host: the adapter implements it with Office.js, the demo with the emulation. */
import type { WorkbookSnapshot } from "../core/snapshot";
import type { ReportPlan } from "../core/report/plan";
import type { MarkRequest } from "./marks";

export type { MarkRequest } from "./marks";

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** context.sync() calls the read took. */
  syncs: number;
}

/** What highlightAll reports (hosts may return nothing). */
export interface HighlightSummary {
  /** Cells that carry a mark now (sheet-qualified), wrong ones first. */
  highlighted: string[];
  /** How many cells got the strong mark (a finding's wrong figure) and the light one (the cells it was checked against). */
  counts: { wrong: number; basis: number };
  /**
   * Cells left alone and why: "protected" (protected sheet whose protection does not allow formatting cells),
   * "missing-sheet", "invalid-address", "no-store" (nowhere to keep the originals: structure-protected workbook, too many cells).
   */
  skipped: Array<{ address: string; reason: string }>;
}

/** What clearHighlights reports (hosts may return nothing). */
export interface ClearSummary {
  restored: string[];
  /** Cells that could not be restored now (protected or missing sheet); they stay remembered for a later clear. */
  skipped: Array<{ address: string; reason: string }>;
}

/** What applyPlan reports (hosts may return nothing). */
export interface ApplySummary {
  written: string[];
  /** Sheets not written: "source", "refused" (no consent), "protected", "missing". */
  skipped: Array<{ sheet: string; reason: string }>;
}

/** What applyFixes reports: the cells changed, and the ones left alone with why (see src/excel/fix.ts). */
export interface FixSummary {
  applied: string[];
  skipped: Array<{ address: string; reason: string }>;
}

/** What undoFixes reports. */
export interface UndoSummary {
  restored: string[];
  skipped: Array<{ address: string; reason: string }>;
}

/** One proven correction to write: the cell's whole value before (as checked) and after. */
export interface FixWrite {
  address: string;
  before: string | number;
  after: string | number;
}

export interface HostActions {
  /** Reads the whole workbook into a snapshot. */
  readWorkbook(onProgress?: (done: number, total: number) => void): Promise<ReadResult>;
  /** Activates the sheet of the first cell and selects the cells (sheet-qualified A1, e.g. "'My Sheet'!B2"). */
  selectCells(cells: string[]): Promise<void>;
  /**
   * Marks cells with a fill, remembering each cell's own fill in the workbook so that clearing restores it, also after
   * save and reopen: { wrong, basis } (marksOf(findings) in marks.ts builds it) gives the strong and the light mark; a
   * plain list gets the strong mark.
   */
  highlightAll(cells: string[] | MarkRequest): Promise<HighlightSummary | void>;
  /** Puts back exactly the formats highlightAll replaced. */
  clearHighlights(): Promise<ClearSummary | void>;
  /** Writes a report plan (issue: report). Sheets needing consent are written only when `consent` says yes for them. */
  applyPlan(plan: ReportPlan, consent: (sheet: string) => Promise<boolean>): Promise<ApplySummary | void>;
  /**
   * Writes proven corrections (修正) into the user's cells, each only while the cell still holds `before` and is no
   * formula, and records them in the workbook; a host without it offers no 修正.
   */
  applyFixes?(fixes: FixWrite[]): Promise<FixSummary>;
  /** Puts back every recorded correction whose cell still holds what the fix wrote (撤销修正). */
  undoFixes?(): Promise<UndoSummary>;
  /** Loads the reading code ahead of the first check, in idle time; touches no workbook. */
  prepare?(): Promise<void>;
}
