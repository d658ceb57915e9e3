import type { DocumentPlan } from "./document";

/** A report plan: the cells, merges and chart the report writes, computed by the core and applied by a shell (the .xlsx writer or the Excel adapter). */

/** One cell to write. Addresses are A1 on the plan sheet; values are final (figures already formatted where the sentence needs text). */
export interface CellWrite {
  address: string;
  /** A number is written as a number (with numberFormat), a string as text; null clears the cell. */
  value: string | number | null;
  /** A formula without "=", when the cell should compute (its value is then the expected result). */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
  /** Horizontal alignment. */
  align?: "left" | "center" | "right";
  /** A 待填写 prompt that the user must replace: shown highlighted. */
  prompt?: boolean;
  /** Font size in points, for titles and headings; the workbook's default otherwise. */
  size?: number;
}

/** The chart finance staff expect: cumulative monthly spending against the 全年预算数 line (支出进度). */
export interface ChartPlan {
  title: string;
  /** Where the chart stands: top-left and bottom-right cells. */
  from: string;
  to: string;
  /** The range (on the plan sheet) holding the category labels, e.g. "K2:K13" for 1月…12月. */
  categories: string;
  series: Array<{ name: string; values: string }>;
  /** Axis titles, the money one with its unit: 月份, 金额（万元）. */
  axes?: { category: string; value: string };
}

/** How a sheet prints: A4 portrait, one page wide; rows to repeat at the top of each page and manual page breaks. */
export interface PrintPlan {
  /** 0-based first and last row repeated at the top of every page, or null. */
  titleRows: [number, number] | null;
  /** 0-based rows that start a new page. */
  breaks: number[];
}

export interface SheetPlan {
  name: string;
  /** The sheet is made by the report (it did not exist, or it is one the add-in made before). */
  create: boolean;
  /** An existing sheet the user made: writing needs their explicit yes. */
  needsConsent: boolean;
  writes: CellWrite[];
  merges: string[];
  /** Column widths in characters, by column letter. */
  widths: Record<string, number>;
  chart: ChartPlan | null;
  /** Print setup of a sheet the report makes; absent for a user's sheet, whose own setup is kept. */
  print?: PrintPlan;
  /** A comment (note) on one cell: where the sheet came from, instead of a printed footer. */
  note?: { address: string; text: string };
}

/** 总分 and 等级 as the 自评表 states them: figures to 2 decimals, or null where the form shows 【待填写】 (pending says why). */
export interface PlanScore {
  /** 执行率 得分, Σ indicator 得分, 总分 and Σ 分值, e.g. "9.46", "90", "99.46", "100". */
  rate: string | null;
  indicators: string | null;
  total: string | null;
  weight: string;
  /** excellent | good | fair | poor, and its word in the report's language (优). */
  grade: "excellent" | "good" | "fair" | "poor" | null;
  gradeText: string | null;
  /** Why 总分 and 等级 are left to fill in; empty when they are stated. */
  pending: string[];
}

export interface ReportPlan {
  sheets: SheetPlan[];
  /** Sheets the plan must never touch: the workbook's source sheets. */
  sources: string[];
  /** The scores the planner computed, as the form and templates state them (hand-made plans may have none). */
  score?: PlanScore;
  /** Provenance for the document properties, in the report's language. */
  provenance?: string;
  /** The 自评报告 as a Word document (the narrative, the form as its appendix). */
  document?: DocumentPlan;
  /** Messages a shell may need, in the report's language. */
  messages?: { workbookProtected: string };
}

/** 【待填写】 prompts a sheet plan leaves for the user. */
export function promptsIn(sheet: Pick<SheetPlan, "writes">): number {
  return sheet.writes.filter((w) => w.prompt).length;
}

/** The custom document property holding a report's provenance, in the file and in the add-in alike. */
export const PROVENANCE_PROPERTY = "绩效自评助手";

/** What planReport returns: a plan with its scores, provenance and messages always set. */
export type PlannedReport = ReportPlan & Required<Pick<ReportPlan, "score" | "provenance" | "messages" | "document">>;
