/**
 * The pane's 生成报告: the report of the `selfeval report` CLI, planned from the open workbook and written into it.
 * The planner (src/core/report) is its own chunk, fetched on first use: the pane's first download carries none of it.
 * Source sheets are never written: the planner leaves them out of the plan and the adapter refuses them whatever a plan says.
 */
import type { Lang } from "../core/i18n/types";
import { promptsIn, type ReportPlan } from "../core/report/plan";
import type { HostActions } from "../excel/api";
import { safeFileName } from "./download";

/** Money unit of the generated 自评表's 项目资金 block (a user's own blank form keeps its unit). */
export type ReportUnit = "万元" | "元";

/** What the run is doing, for the pane's progress text. */
export type ReportStep = "read" | "plan" | "write";

export interface ReportRunOptions {
  unit: ReportUnit;
  /** Asked once for each sheet the add-in did not make (a user's blank form or template): may it be filled in? */
  ask: (sheet: string) => Promise<boolean>;
  /** Called as the run moves on; optional, a host's own report may not say. */
  onStep?: (step: ReportStep) => void;
}

/** Why a sheet was not written: "source" (a data sheet), "refused" (no consent), "protected", "missing"; a host may give others. */
export interface SkippedSheet {
  sheet: string;
  reason: string;
}

export interface ReportOutcome {
  /** Sheets written, in plan order. */
  written: string[];
  /** Of those, the sheets the report made (new, or made by an earlier run); the others are the user's sheets, filled in with consent. */
  created: string[];
  skipped: SkippedSheet[];
  /** The workbook's data sheets: read, never written. */
  sources: string[];
  /** 【待填写】 prompts left in the written sheets for the user to fill in. */
  prompts: number;
  /** Charts written, with the sheet each stands on. */
  charts: Array<{ title: string; sheet: string }>;
}

/** Loads the planner chunk. */
function loadPlanner() {
  return import(/* webpackChunkName: "report" */ "../core/report").then((m) => m.planReport);
}

/** The outcome from the plan and what the adapter says it did (or, when it says nothing, from the plan and the answers given). */
export function outcomeOf(plan: ReportPlan, applied: { written: string[]; skipped: SkippedSheet[] } | null, refused: ReadonlySet<string>): ReportOutcome {
  const sources = new Set(plan.sources);
  let written: string[];
  let skipped: SkippedSheet[];
  if (applied) {
    written = applied.written.filter((n) => !sources.has(n));
    skipped = [...applied.skipped];
  } else {
    written = [];
    skipped = [];
    for (const sp of plan.sheets) {
      if (sources.has(sp.name)) skipped.push({ sheet: sp.name, reason: "source" });
      else if (refused.has(sp.name)) skipped.push({ sheet: sp.name, reason: "refused" });
      else written.push(sp.name);
    }
  }
  const done = new Set(written);
  const sheets = plan.sheets.filter((sp) => done.has(sp.name));
  return {
    written,
    created: sheets.filter((sp) => sp.create).map((sp) => sp.name),
    skipped,
    sources: plan.sources,
    prompts: sheets.reduce((n, sp) => n + promptsIn(sp), 0),
    charts: sheets.flatMap((sp) => (sp.chart ? [{ title: sp.chart.title, sheet: sp.name }] : [])),
  };
}

/** The report action of the pane over the host's actions: read, plan (in the pane's language, in the chosen unit), write with consent. */
export function reportAction(actions: HostActions, lang: Lang): (options: ReportRunOptions) => Promise<ReportOutcome> {
  return async ({ unit, ask, onStep }) => {
    onStep?.("read");
    const [{ snapshot }, planReport] = await Promise.all([actions.readWorkbook(), loadPlanner()]);
    onStep?.("plan");
    const plan = planReport(snapshot, { unit, lang });
    onStep?.("write");
    const refused = new Set<string>();
    const result = await actions.applyPlan(plan, async (sheet) => {
      const yes = await ask(sheet);
      if (!yes) refused.add(sheet);
      return yes;
    });
    return outcomeOf(plan, result ?? null, refused);
  };
}

export interface WordRunOptions {
  unit: ReportUnit;
  /** The file name's stem when the report has no title (the pane's words for 自评报告). */
  untitled: string;
}

/** What saving the Word report came to: the file name it was offered under. */
export interface WordOutcome {
  file: string;
}

/**
 * The pane's 下载Word版自评报告: the same plan as 生成's, from the workbook as it is (sheets an earlier run made are not read
 * as data), set as a .docx and handed to `save`; nothing is written into the workbook.
 */
export function wordReportAction(
  actions: HostActions,
  lang: Lang,
  save: (name: string, bytes: Uint8Array<ArrayBuffer>) => void
): (options: WordRunOptions) => Promise<WordOutcome> {
  return async ({ unit, untitled }) => {
    const [{ snapshot }, planReport, { reportDocx }] = await Promise.all([
      actions.readWorkbook(),
      loadPlanner(),
      import(/* webpackChunkName: "word" */ "../io/docx/report-docx"),
    ]);
    const plan = planReport(snapshot, { unit, lang });
    const file = safeFileName(plan.document.title, "docx", untitled);
    save(file, await reportDocx(plan));
    return { file };
  };
}
