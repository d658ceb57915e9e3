/** The shape of one language's strings; each language file fills all of it, so a missing string is a compile error. */
import type { FundSource } from "../figures/types";
import type { QuantityId, RuleId, Severity } from "../findings";
import type { SheetRole } from "../model";
import type { LimitName } from "../../io/limits";
import type { ReadErrorDetail } from "../../io/read-error";
import type { WriteErrorKind } from "../../io/write-errors";
import type { EditRefusal } from "../../io/cell-edit";
import type { BlockReason } from "../fixes";
import type { MessageKey } from "./keys";

export type Lang = "zh-CN" | "en";

/** Why `selfeval fix` left a finding's cell as it was: the plan's reasons and the writer's. */
export type FixRefusal = BlockReason | EditRefusal;

/** Message templates take their parameters already rendered as text. */
export type Template = (p: Record<string, string>) => string;

export interface Strings {
  messages: Record<MessageKey, Template>;
  quantities: Record<QuantityId, string>;
  sources: Record<FundSource, string>;
  roles: Record<SheetRole, string>;
  severities: Record<Severity, string>;
  rules: Record<RuleId, string>;
  units: Record<string, string>;
  edits: Record<string, string>;
  columns: Record<string, string>;
  ui: UiStrings;
  /** Why a workbook could not be read (src/io/read-error.ts). */
  readErrors: ReadErrorStrings;
  /** The Excel task pane (src/taskpane) and its ribbon commands. */
  pane: PaneStrings;
  /** The generated report (src/core/report): 自评表 labels, narrative outline, prompts, chart. */
  report: ReportStrings;
  /** The review workbook of a batch (`check --review`). */
  review: ReviewStrings;
  /** `selfeval fix`: the changes made in a copy, and the findings left as they were. */
  fix: FixStrings;
  /** Why an output could not be written (src/io/write-errors.ts); p.out is the quoted output, p.why and p.detail may be "". */
  writeErrors: Record<WriteErrorKind, Template>;
  /** Why the system refused a write, by its error code (ENOENT, EACCES…): said in words instead of the code's English. */
  fsReasons: Partial<Record<string, string>>;
  /** `selfeval report`'s own lines (src/cli/report.ts). */
  reportCli: ReportCliStrings;
  // .docx
  /** Word .docx input: why one cannot be read, and the places findings name in a document. */
  docx: DocxStrings;
}

// .docx
/** Word .docx input. Templates take their parameters already as text; p.name is the quoted file name. */
export interface DocxStrings {
  /** p.name, p.what (may be ""): given as a Word report, but not a .docx. */
  notDocx: Template;
  /** p.name: a binary Word 97-2003 .doc, also one renamed .docx. */
  legacyDoc: Template;
  /** p.name: a PDF. */
  pdf: Template;
  /** p.name: a zip whose package has no main document part (word/document.xml). */
  noDocument: Template;
  /** Why a document is damaged when its XML is: the document's words for corruptBy["bad-xml"]. */
  badXml: string;
  /** p.name, p.which (may be ""). */
  encrypted: Template;
  /** p.name, p.why (may be ""). */
  corrupt: Template;
  /** Places as a person finds them in Word. p.n: a paragraph of the body (non-empty ones counted) or of the text boxes, a note's number. */
  paragraph: Template;
  /** p.table, p.row, p.col: a table's cell, all from 1. */
  tableCell: Template;
  textBox: Template;
  /** p.n: a line of a plain-text report, from 1, blank lines counted as an editor counts them. */
  line: Template;
  footnote: Template;
  endnote: Template;
  /** Between a finding's cells when some are document places: English places hold commas themselves. */
  placeSep: string;
  /** p.file: the workbook a document was checked with, under the document's name in the text output. */
  withWorkbook: Template;
  /** p.name: a Word report given to a command that changes workbooks (fix, report). */
  workbookOnly: Template;
  /** p.count: .doc files found in folders and not checked. */
  skippedDoc: Template;
}

/** `selfeval report`'s text output. Templates take their parameters already as text. */
export interface ReportCliStrings {
  noOutput: string;
  notWritten: Template;
  nothingToWrite: string;
  withChart: string;
  /** p.count. */
  toFill: Template;
  /** p.name, p.written, p.chart, p.prompts. */
  redirected: Template;
  /** p.written, p.action, p.chart, p.prompts. */
  written: Template;
  actions: Record<"created" | "replaced" | "filled" | "redirected", string>;
  /** p.total, p.grade. */
  score: Template;
  /** p.pending. */
  scorePending: Template;
  pendingSep: string;
  /** p.count. */
  prompts: Template;
  noPrompts: string;
  /** p.file: the Word document written beside the workbook. */
  document: Template;
}

/** The output of `selfeval fix`. Templates take their parameters already as text. */
export interface FixStrings {
  /** p.input, p.output: the first line; p.input: the first line of a dry run. */
  heading: Template;
  dryRunHeading: Template;
  /** p.count: above the cells changed, or those a dry run would change. */
  changed: Template;
  wouldChange: Template;
  /** p.cell, p.rules: a cell changed and the kinds of finding the change fixes. */
  cell: Template;
  /** Labels of a cell's text before and after. */
  before: string;
  after: string;
  /** p.text: the changed part of a text, marked inside its context. */
  mark: Template;
  /** Where a long text is cut for context. */
  ellipsis: string;
  /** p.count: above the findings left as they were. */
  blocked: Template;
  /** p.cell, p.rule, p.reason. */
  blockedCell: Template;
  /** Why a finding's cell was not changed; p.inputs (may be "") lists the cells a formula reads. */
  reasons: Record<FixRefusal, Template>;
  /** Nothing the tool can change. */
  nothing: string;
  /** p.file: the copy written. */
  written: Template;
  /** The last line of a dry run. */
  dryRun: string;
  /** p.error: nothing written, and why. */
  failed: Template;
  /** Neither -o nor --dry-run given. */
  noOutput: string;
  /** p.detail: the copy did not read back as planned. */
  verifyFailed: Template;
}

/** Sheet names, headings and the explanation of the review workbook a batch writes. */
export interface ReviewStrings {
  sheets: Record<"summary" | "details" | "about", string>;
  /** 汇总's headings before the per-rule columns. */
  summary: Record<"risk" | "file" | "unit" | "project" | "year" | "annual" | "executed" | "rate" | "errors" | "warnings" | "status", string>;
  /** 问题明细's headings. */
  details: Record<"file" | "project" | "rule" | "severity" | "message" | "expected" | "actual" | "cell", string>;
  /** 状态 of a file read and checked. */
  checked: string;
  /** A project line for the findings of a workbook of several projects that belong to none of them. */
  wholeWorkbook: string;
  /** p.weightError, p.weightWarning, p.cap: how the risk score is computed, one line per entry. */
  about: (p: Record<string, string>) => string[];
  /** p.tool, p.version, p.files, p.date: the line naming what wrote the workbook. */
  madeBy: Template;
  /** p.file: the CLI's line after writing it. */
  written: Template;
}

/** Words shared by the command line's text output and the pane. */
export interface UiStrings {
  file: string;
  sheets: string;
  noFindings: string;
  /** No findings, and no sheet was recognised as anything checkable: nothing was checked, which is not "no findings". */
  nothingRecognised: string;
  /** p.error, p.warning, p.info: counts. */
  summary: Template;
  expected: string;
  actual: string;
  cells: string;
  unreadable: string;
  hidden: string;
  /** p.name, p.role, p.hidden (the `hidden` word or ""): a sheet with the role it was recognised as. */
  sheetLabel: Template;
  /** p.name: a sheet whose name already says its role. */
  sheetPlain: Template;
  /** The cell where the wrong figure stands. */
  wrongCell: string;
  /** A cell the figure was checked against. */
  basisCell: string;
  /** The cell a missing reason is about (rule unexplained-adjustment). */
  reasonCell: string;
  /** In place of expected/actual on a missing-reason finding. */
  missingReason: string;
  /** p.name: heading of a project's findings when a workbook holds several. */
  project: Template;
  /** p.files, p.errors, p.warnings, p.unreadable: the last line of a batch. */
  total: Template;
  /** p.count: legacy .xls files a folder held, which were not checked. */
  skippedXls: Template;
  /** p.inputs: nothing to check in what was given. */
  emptyInput: Template;
  /** p.message: the engine failed on a workbook it read (a bug of this tool, not of the file). */
  engineError: Template;
  /** p.file, p.n: report text past the engine's ceiling (CHECK_LIMITS.narrativeChars). */
  tooMuchText: Template;
  /** p.seconds: a file whose check took longer than the batch allows. */
  timedOut: Template;
  /** p.message: the worker checking a file stopped (out of memory, say); the other files are checked. */
  workerFailed: Template;
  /** Between items of a list, after a label, between parts of a line. */
  listSep: string;
  colon: string;
  partSep: string;
}

/** Why a workbook could not be read. p.name is the quoted file name (or `thisFile`). */
export interface ReadErrorStrings {
  thisFile: string;
  /** p.name. */
  notFound: Template;
  /** p.name, p.why (may be ""). */
  unreadable: Template;
  /** p.name. */
  folder: Template;
  /** p.name, p.what (may be ""). */
  notXlsx: Template;
  /** p.name, p.which (may be ""). */
  encrypted: Template;
  /** p.name, p.why (may be ""). */
  corrupt: Template;
  /** p.message: any other failure. */
  other: Template;
  /** p.name, p.what (one of `limits`): a workbook over one of the reader's ceilings (src/io/limits.ts). */
  tooLarge: Template;
  /** Each ceiling, p.n its value. */
  limits: Record<LimitName, Template>;
  /** What a file that is not .xlsx turned out to be. */
  details: Partial<Record<ReadErrorDetail, string>>;
  /** Which kind of encryption or legacy format. */
  encryptedAs: Partial<Record<ReadErrorDetail, string>>;
  /** Why a file is corrupt. */
  corruptBy: Partial<Record<ReadErrorDetail, string>>;
}

/** Strings of the task pane. Templates take their parameters already as text. */
export interface PaneStrings {
  title: string;
  /** p.n: the workbook's report text is past the engine's ceiling. */
  tooMuchText: Template;
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
  /** The highlight legend: the strong fill marks the wrong cell, the light one the cells it was checked against. */
  legendWrong: string;
  legendBasis: string;
  /** p.wrong, p.basis: cells marked by 标记全部单元格. */
  marked: Template;
  /** p.count: cells not marked (protected or missing sheet). */
  markSkipped: Template;
  /** p.count: cells put back by 清除标记. */
  cleared: Template;
  /** p.count: findings the filters hide. */
  hiddenByFilter: Template;
  /** p.severity (the key), p.count: one severity's part of the summary of what the list shows. */
  severityCount: Template;
  /** State words of a severity filter button, for its accessible name and visible mark. */
  filterOn: string;
  filterOff: string;
  /** p.cell, p.role: a cell chip's accessible name: what activating it does. */
  goToCell: Template;
  generateReport: string;
  generatingReport: string;
  dismiss: string;
  /** 修正 of one finding, 全部修正 and 撤销修正, and the confirmation that shows each cell's text before and after. */
  fix: PaneFixStrings;
  /** Under a failure: the action's changes were taken back (the workbook is as before), or some may remain. */
  rolledBack: string;
  notRolledBack: string;
  /** MessageBar titles for what failed. */
  failed: {
    read: string;
    check: string;
    select: string;
    highlight: string;
    clear: string;
    report: string;
    fix: string;
    undo: string;
  };
  /** p.code: an Office error code that has no entry in officeErrors. */
  errorCode: Template;
  /** Explanations of common Office.js error codes (OfficeExtension.Error.code). */
  officeErrors: Record<string, string>;
  /** Shown when the pane is opened outside Excel. */
  notInExcel: string;
  /** The 生成报告 panel: unit choice, progress, consent for the user's own sheets, the result. */
  report: PaneReportStrings;
  // pane .docx
  /** 检查Word报告…: a .docx the user picks, checked with the open workbook. */
  docx: PaneDocxStrings;
}

/** Strings of 修正, 全部修正 and 撤销修正. Templates take their parameters already as text. */
export interface PaneFixStrings {
  /** The button on a finding whose right value is proven. */
  one: string;
  /** p.cell: its accessible name. */
  oneLabel: Template;
  all: string;
  undo: string;
  /** Dialog titles: one cell (p.cell), or p.count cells. */
  titleOne: Template;
  titleAll: Template;
  /** What the dialog asks, under the title. */
  intro: string;
  before: string;
  after: string;
  confirm: string;
  cancel: string;
  /** p.count: cells changed; p.count: cells left alone (edited since the check, formula, protected). */
  done: Template;
  skipped: Template;
  /** p.count: cells put back; p.count: cells edited since the fix, left as they are. */
  undone: Template;
  undoSkipped: Template;
  nothingToUndo: string;
  /** p.inputs: on a finding whose cell is a formula: which cells to change instead. */
  formula: Template;
  /** On a finding whose correction, tried, would raise another mismatch. */
  unproven: string;
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
  /** p.title, p.sheet: a chart written and the sheet it stands on. */
  chart: Template;
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
  /** The button that saves the 自评报告 as a Word document (nothing is written into the workbook). */
  word: string;
  /** Under the button: what the Word document holds. */
  wordHint: string;
  /** p.file: the Word document saved. */
  wordSaved: Template;
  /** The file name's stem when the workbook names no project. */
  wordFile: string;
}

/** Strings of the generated report. Templates take their parameters already as text. */
export interface ReportStrings {
  /** Sheet names: each at most 31 characters (Excel's limit), so none is ever cut. */
  sheets: { form: string; narrative: string; chart: string };
  /** The footer earlier versions wrote under generated sheets; still recognised, never written. */
  marker: string;
  /** Provenance, kept in the document properties and a comment on the title cell (never printed). */
  provenance: string;
  /** Why the adapter cannot write (shown to the user as the failure's detail). */
  errors: { workbookProtected: string };
  /** The Word document: the heading above the form set as its appendix. */
  document: { appendix: string };
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
    | "budget"
    | "overspend",
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
    /** p.reasons: why 总分 and 自评等级 are left to fill in. */
    pending: Template;
    /** The reasons `pending` lists; p.count, p.weight where they take one. */
    noIndicators: string;
    noBudget: string;
    /** p.count. */
    unscored: Template;
    /** p.weight: Σ 分值 when it is not 100. */
    weights: Template;
    /** p.name: an indicator whose 得分 would exceed its 分值. */
    overWeight: Template;
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
    /** p.amount, p.prompt: spending above the 全年预算数, and where its reason goes. */
    overspent: Template;
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
    /** Axis titles: the months, and the money axis with its unit (p.unit). */
    axisMonth: string;
    axisMoney: Template;
  };
}

// pane .docx
/** Strings of the pane's Word report check. Templates take their parameters already as text; p.file is the bare file name. */
export interface PaneDocxStrings {
  /** The button that opens the file picker, and the picker's accessible name. */
  pick: string;
  reading: string;
  /** p.file: above the findings of a check that took in the document. */
  checked: Template;
  /** Heading of a document part's findings: p.file, p.part (正文, 表2 …). */
  heading: Template;
  /** p.role, p.place, p.file: a document cell's accessible name (it is in Word, so nothing is selected). */
  docCell: Template;
  /** The mark on a document cell's chip. */
  inWord: string;
  /** MessageBar title when the file cannot be read. */
  failed: string;
  /** p.name (quoted), p.what: a document over one of the reader's ceilings. */
  tooLarge: Template;
}
