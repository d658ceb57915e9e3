/** What the task pane and ribbon commands may ask of the host: the adapter implements it with Office.js, the demo with the emulation. */
import type { WorkbookSnapshot } from "../core/snapshot";
import type { ReportPlan } from "../core/report/plan";

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** context.sync() calls the read took. */
  syncs: number;
}

export interface HostActions {
  /** Reads the whole workbook into a snapshot. */
  readWorkbook(onProgress?: (done: number, total: number) => void): Promise<ReadResult>;
  /** Activates the sheet of the first cell and selects the cells (sheet-qualified A1, e.g. "'My Sheet'!B2"). */
  selectCells(cells: string[]): Promise<void>;
  /** Marks the cells with a fill, remembering each cell's own format in the workbook so that clearing restores it, also after save and reopen. */
  highlightAll(cells: string[]): Promise<void>;
  /** Puts back exactly the formats highlightAll replaced. */
  clearHighlights(): Promise<void>;
  /** Writes a report plan (issue: report). Sheets needing consent are written only when `consent` says yes for them. */
  applyPlan(plan: ReportPlan, consent: (sheet: string) => Promise<boolean>): Promise<void>;
}
