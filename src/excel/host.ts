/** The Office.js host: HostActions on Excel.run. Every Excel.run of the add-in is in src/excel/. */
import type { ReportPlan } from "../core/report/plan";
import type { HostActions } from "./api";
import type { ApplyResult } from "./apply-plan";
import { globalEnv, type ExcelEnv } from "./env";
import type { FixRequest, FixResult, UndoResult } from "./fix";
import type { ClearResult, HighlightResult } from "./highlight";
import type { ReadLimits, WorkbookReadResult } from "./read";
import type { MarkRequest } from "./marks";

// Each action's module loads on first use: the pane's first paint needs none of them.
const readModule = () => import(/* webpackChunkName: "excel-read", webpackPrefetch: true */ "./read");
const selectModule = () => import(/* webpackChunkName: "excel-select", webpackPrefetch: true */ "./select");
const highlightModule = () => import(/* webpackChunkName: "excel-highlight" */ "./highlight");
const planModule = () => import(/* webpackChunkName: "excel-plan" */ "./apply-plan");
const fixModule = () => import(/* webpackChunkName: "excel-fix" */ "./fix");

export interface OfficeHostOptions {
  /** Excel.run and isSetSupported; default: the office.js globals (looked up at each call, not at creation). */
  env?: ExcelEnv;
  readLimits?: Partial<ReadLimits>;
}

/** HostActions with the adapter's fuller results. */
export interface OfficeHost extends HostActions {
  readWorkbook(onProgress?: (done: number, total: number) => void): Promise<WorkbookReadResult>;
  highlightAll(cells: string[] | MarkRequest): Promise<HighlightResult>;
  clearHighlights(): Promise<ClearResult>;
  applyPlan(plan: ReportPlan, consent: (sheet: string) => Promise<boolean>): Promise<ApplyResult>;
  applyFixes(fixes: FixRequest[]): Promise<FixResult>;
  undoFixes(): Promise<UndoResult>;
}

export function officeHost(options: OfficeHostOptions = {}): OfficeHost {
  const env = (): ExcelEnv => options.env ?? globalEnv();
  return {
    readWorkbook: async (onProgress) => (await readModule()).readWorkbook(onProgress, { env: env(), limits: options.readLimits }),
    selectCells: async (cells) => {
      await (await selectModule()).selectCells(cells, { env: env() });
    },
    highlightAll: async (cells) => (await highlightModule()).highlightAll(cells, { env: env() }),
    clearHighlights: async () => (await highlightModule()).clearHighlights({ env: env() }),
    applyPlan: async (plan, consent) => (await planModule()).applyPlan(plan, consent, { env: env() }),
    applyFixes: async (fixes) => (await fixModule()).applyFixes(fixes, { env: env() }),
    undoFixes: async () => (await fixModule()).undoFixes({ env: env() }),
    prepare: async () => {
      await Promise.all([readModule(), selectModule()]);
    },
  };
}
