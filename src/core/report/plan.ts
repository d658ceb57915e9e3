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
}

export interface ReportPlan {
  sheets: SheetPlan[];
  /** Sheets the plan must never touch: the workbook's source sheets. */
  sources: string[];
}
