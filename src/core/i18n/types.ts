/** The shape of one language's strings; each language file fills all of it, so a missing string is a compile error. */
import type { FundSource } from "../figures/types";
import type { QuantityId, RuleId, Severity } from "../findings";
import type { SheetRole } from "../model";

export type Lang = "zh-CN" | "en";

/** Message templates take their parameters already rendered as text. */
export type Template = (p: Record<string, string>) => string;

export interface Strings {
  messages: Record<string, Template>;
  quantities: Record<QuantityId, string>;
  sources: Record<FundSource, string>;
  roles: Record<SheetRole, string>;
  severities: Record<Severity, string>;
  rules: Record<RuleId, string>;
  units: Record<string, string>;
  edits: Record<string, string>;
  columns: Record<string, string>;
  ui: {
    file: string;
    sheets: string;
    noFindings: string;
    summary: Template;
    expected: string;
    actual: string;
    cells: string;
    unreadable: string;
    batch: Template;
    hidden: string;
  };
  /** The Excel task pane (src/taskpane) and its ribbon commands. */
  pane: PaneStrings;
  /** The generated report (src/core/report): 自评表 labels, narrative outline, prompts, chart. */
  report: ReportStrings;
}

/** Strings of the task pane. Templates take their parameters already as text. */
export interface PaneStrings {
  title: string;
  /** The check button, before and after a first check. */
  check: string;
  recheck: string;
  /** Before the first check. */
  intro: string;
  readingWorkbook: string;
  /** p.done, p.total: sheets read so far. */
  readingProgress: Template;
  checking: string;
  /** Accessible name of the summary region. */
  summaryLabel: string;
  /** Accessible name of the findings region. */
  findingsLabel: string;
  /** p.label, p.count. */
  withCount: Template;
  severityFilter: string;
  scopeFilter: string;
  allScopes: string;
  byRule: string;
  bySheet: string;
  /** p.shown, p.total. */
  shown: Template;
  noMatch: string;
  /** Accessible description of a finding: what activating it does. */
  selectHint: string;
  highlightAll: string;
  clearHighlights: string;
  generateReport: string;
  generatingReport: string;
  dismiss: string;
  /** MessageBar titles for what failed. */
  failed: {
    read: string;
    check: string;
    select: string;
    highlight: string;
    clear: string;
    report: string;
  };
  /** p.code: an Office error code that has no entry in officeErrors. */
  errorCode: Template;
  /** Explanations of common Office.js error codes (OfficeExtension.Error.code). */
  officeErrors: Record<string, string>;
  /** Shown when the pane is opened outside Excel. */
  notInExcel: string;
  /** The 生成报告 panel: unit choice, progress, consent for the user's own sheets, the result. */
  report: PaneReportStrings;
}

/** Strings of the pane's 生成报告 panel. Templates take their parameters already as text. */
export interface PaneReportStrings {
  /** Accessible name of the panel. */
  label: string;
  /** What generating does, above the choices. */
  intro: string;
  /** Label of the unit choice. */
  unit: string;
  /** The unit choices, by unit. */
  units: Record<"万元" | "元", string>;
  generate: string;
  cancel: string;
  /** The panel's close button once a report is done. */
  close: string;
  /** Progress text per step of the run. */
  steps: Record<"read" | "plan" | "write", string>;
  /** Title of the consent question. */
  consentTitle: string;
  /** p.sheet: the question about a sheet the add-in did not create. */
  consent: Template;
  allow: string;
  refuse: string;
  /** Heading of the result. */
  done: string;
  /** p.sheets: the sheets the report made, listed with `separator`. */
  created: Template;
  /** p.sheets: the user's sheets filled in. */
  filled: Template;
  /** p.sheets: the sheets not written, each as skippedSheet. */
  skipped: Template;
  /** p.sheet, p.reason. */
  skippedSheet: Template;
  /** Why a sheet was not written, by the adapter's reason. */
  reasons: Record<"source" | "refused" | "protected" | "missing", string>;
  /** p.sheets: the other sheets (the data sheets among them): read, left unchanged. */
  untouched: Template;
  /** p.count: 【待填写】 prompts left for the user. */
  prompts: Template;
  /** When no sheet was written at all. */
  nothing: string;
  /** Between the sheet names of a list. */
  separator: string;
}

/** Strings of the generated report. Templates take their parameters already as text. */
export interface ReportStrings {
  sheets: { form: string; narrative: string; chart: string };
  /** Footer of generated sheets; a later run knows its own sheets by it. */
  marker: string;
  /** p.what: a visible prompt standing where the user must write, e.g. 【待填写：调整依据】. */
  prompt: Template;
  form: {
    /** p.year. */
    title: Template;
    projectName: string;
    department: string;
    implementer: string;
    /** p.unit: the 项目资金 caption with its money unit. */
    funds: Template;
    initial: string;
    annual: string;
    executed: string;
    weight: string;
    rate: string;
    score: string;
    rows: Record<FundSource, string>;
    goals: string;
    expected: string;
    achieved: string;
    level1: string;
    level2: string;
    level3: string;
    target: string;
    actual: string;
    reason: string;
    sections: Record<"output" | "outcome" | "satisfaction", string>;
    /** p.name, p.weight: 产出指标（50分）. */
    sectionWeight: Template;
    total: string;
    grade: string;
    notApplicable: string;
  };
  grades: Record<"excellent" | "good" | "fair" | "poor", string>;
  /** What each prompt asks for (the p.what of `prompt`). */
  asks: Record<
    | "goal"
    | "completion"
    | "reason"
    | "actual"
    | "band"
    | "adjustment"
    | "lowRate"
    | "overTarget"
    | "basics"
    | "decision"
    | "management"
    | "organisation"
    | "supervision"
    | "plan"
    | "experience"
    | "name"
    | "department"
    | "implementer"
    | "budget",
    string
  >;
  notes: {
    undefinedRate: string;
    overBudget: string;
    /** p.weight. */
    noSatisfaction: Template;
    /** p.section, p.weight. */
    noSection: Template;
    /** p.name. */
    assumedDirection: Template;
  };
  narrative: {
    /** p.name, p.year. */
    title: Template;
    headings: Record<"h1" | "h1a" | "h1b" | "h2" | "h2a" | "h2b" | "h2c" | "h2d" | "h3" | "h3a" | "h3b" | "h4" | "h4a" | "h4b" | "h5" | "h5a" | "h5b", string>;
    /** p.name, p.implementer, p.department. */
    basics: Template;
    /** p.total, p.years, p.annual. */
    projectBudget: Template;
    /** p.text. */
    goal: Template;
    /** p.text. */
    completion: Template;
    /** p.count, p.output, p.outcome, p.satisfaction. */
    indicatorCount: Template;
    /** p.name, p.target. */
    indicatorTarget: Template;
    /** p.name, p.target, p.actual, p.weight, p.score. */
    indicator: Template;
    /** p.source, p.initial, p.annual. */
    budget: Template;
    /** p.change (up/down), p.diff, p.prompt. */
    adjustment: Template;
    up: string;
    down: string;
    /** p.source, p.executed, p.rate. */
    executed: Template;
    /** p.balance. */
    balance: Template;
    /** p.vendor, p.name, p.amount. */
    contract: Template;
    /** p.annual. */
    contractAnnual: Template;
    /** p.year, p.executed, p.rate, p.rateScore, p.indicatorScore, p.total, p.grade. */
    summary: Template;
    allMet: string;
    /** p.name, p.target, p.actual, p.prompt. */
    short: Template;
    /** p.name, p.target, p.actual, p.prompt. */
    over: Template;
    /** p.rate, p.prompt. */
    lowRate: Template;
  };
  chart: {
    title: string;
    month: string;
    /** p.month: 1月. */
    monthLabel: Template;
    /** p.unit. */
    cumulative: Template;
    /** p.unit. */
    budget: Template;
  };
}
