/** What the task pane and ribbon commands may ask of the host: the adapter implements it with Office.js, the demo with the emulation. */
import type { WorkbookSnapshot } from "../core/snapshot";
import type { ReportPlan } from "../core/report/plan";

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** context.sync() calls the read took. */
  syncs: number;
}

/** What highlightAll reports (hosts may return nothing). */
export interface HighlightSummary {
  /** Cells that carry the highlight now (sheet-qualified). */
  highlighted: string[];
  /** Cells left alone and why: "protected" (the sheet is protected), "missing-sheet", "invalid-address". */
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

export interface HostActions {
  /** Reads the whole workbook into a snapshot. */
  readWorkbook(onProgress?: (done: number, total: number) => void): Promise<ReadResult>;
  /** Activates the sheet of the first cell and selects the cells (sheet-qualified A1, e.g. "'My Sheet'!B2"). */
  selectCells(cells: string[]): Promise<void>;
  /** Marks the cells with a fill, remembering each cell's own format in the workbook so that clearing restores it, also after save and reopen. */
  highlightAll(cells: string[]): Promise<HighlightSummary | void>;
  /** Puts back exactly the formats highlightAll replaced. */
  clearHighlights(): Promise<ClearSummary | void>;
  /** Writes a report plan (issue: report). Sheets needing consent are written only when `consent` says yes for them. */
  applyPlan(plan: ReportPlan, consent: (sheet: string) => Promise<boolean>): Promise<ApplySummary | void>;
}
