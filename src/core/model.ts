/** The workbook as the rules see it: recognised sheets and the tables, figures and text read from them. */
import type { Big } from "./decimal";
import type { FundSource, MoneyUnit, TextFigure } from "./figures/types";
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "./snapshot";

export type SheetRole = "project-info" | "budget" | "payments" | "contracts" | "indicators" | "evaluation-form" | "report-text" | "unknown";

/** A cell position. */
export interface Ref {
  sheet: string;
  row: number;
  col: number;
}

/** A numeric cell read exactly. `yuan` is set for money columns (value × the column's scale). */
export interface NumCell {
  ref: Ref;
  /** The number as shown in its own unit (万元 for a 万元 table, 94.56 for 94.56%). */
  value: Big;
  /** Money in 元, for money columns. */
  yuan?: Big;
  /** The figure is a percentage (format has % or the text has %). */
  percent: boolean;
  /** Digits the cell prints after the point (from its format, its text, or the stored value). */
  decimals: number;
  /** The cell holds text that reads as a number rather than a number. */
  asText: boolean;
  /** Decimals the cell's table prints its amounts to: beside 31.69, a 32.4 means 32.40. */
  tableDecimals?: number;
}

/** A cell of any content, kept for checks on what is printed (— vs 0, text in number columns). */
export interface RawCell {
  ref: Ref;
  cell: Cell | undefined;
  num: NumCell | null;
}

export interface BudgetRow {
  source: FundSource;
  label: string;
  labelRef: Ref;
  initial: RawCell | null;
  annual: RawCell | null;
  executed: RawCell | null;
  rate: RawCell | null;
  weight: RawCell | null;
  score: RawCell | null;
  note: string;
}

export interface BudgetTable {
  sheet: string;
  headerRow: number;
  scale: MoneyUnit;
  /** Whether the scale was read from a caption, or assumed. */
  scaleStated: boolean;
  rows: BudgetRow[];
  /** The points the block is worth where a caption states them and no 分值 column does: 预算执行情况（20分）, 得分（20分*执行率）. */
  statedWeight: NumCell | null;
}

/**
 * A payment ledger, column by column: a million rows must not cost a million objects.
 * Per-payment values are read through src/core/ledger.ts.
 */
export interface Ledger {
  sheet: string;
  /** The sheet itself, for reading a payment's date, payee and memo when a rule needs them. */
  data: SheetSnapshot;
  headerRow: number;
  scale: MoneyUnit;
  amountCol: number;
  dateCol: number | null;
  payeeCol: number | null;
  memoCol: number | null;
  /** Sheet row of each payment, in order. */
  rows: Uint32Array;
  /** Each payment in 分 when it is a whole number of 分 and within exact integer range; NaN otherwise (see `odd`). */
  fen: Float64Array;
  /**
   * Each payment's day: the whole part of its date serial when its date cell holds a number with a date format within
   * Excel's dates; NO_NUMBER when the cell holds no number (a text date, or none), NOT_A_DATE for any other number.
   */
  days: Int32Array;
  /** Exact 元 of the payments that `fen` cannot hold, by payment index. */
  odd: Map<number, Big>;
  /** Indices of payments whose amount is a number stored as text. */
  asText: number[];
  /** Sum of all payments in 元, exact. */
  total: Big;
  /** 合计 rows with their amount cell. */
  totals: RawCell[];
}

export interface Contract {
  row: number;
  id: string;
  name: string;
  vendor: string;
  amount: RawCell | null;
  annual: RawCell | null;
  years: RawCell | null;
  signDate: RawCell | null;
  startDate: RawCell | null;
  endDate: RawCell | null;
}

export interface ContractTable {
  sheet: string;
  headerRow: number;
  scale: MoneyUnit;
  contracts: Contract[];
}

export type Direction = ">=" | "<=" | "=" | null;

export interface Indicator {
  row: number;
  level1: string;
  level2: string;
  level3: string;
  direction: Direction;
  target: RawCell | null;
  measureUnit: string;
  actual: RawCell | null;
  weight: RawCell | null;
  score: RawCell | null;
  reason: string;
  reasonRef: Ref | null;
}

export interface IndicatorTable {
  sheet: string;
  headerRow: number;
  indicators: Indicator[];
  /** A 总分/合计 row: its weight and score cells. */
  total: { weight: RawCell | null; score: RawCell | null } | null;
}

/** A text cell of the narrative with the figures found in it. */
export interface Paragraph {
  ref: Ref;
  text: string;
  figures: TextFigure[];
}

export interface Narrative {
  sheet: string;
  paragraphs: Paragraph[];
}

export interface InfoEntry {
  label: string;
  labelRef: Ref;
  value: RawCell;
}

export interface ProjectInfo {
  sheet: string;
  entries: InfoEntry[];
}

export interface SheetInfo {
  name: string;
  role: SheetRole;
  hidden: boolean;
}

export interface WorkbookModel {
  snapshot: WorkbookSnapshot;
  sheets: SheetInfo[];
  info: ProjectInfo[];
  budgets: BudgetTable[];
  ledgers: Ledger[];
  contracts: ContractTable[];
  indicators: IndicatorTable[];
  narratives: Narrative[];
  /** The evaluation year: stated in project info or a title, else the year most named in the workbook. */
  year: number | null;
}
