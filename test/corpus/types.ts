/**
 * The corpus of real, publicly published self-evaluations: each typed into a workbook the way a finance clerk lays one out,
 * with the slips that its own figures prove, the figures that look suspicious but agree, and the edits that put it right.
 */
import type { RuleId } from "../../src/core/findings";
import type { Edit, WorkbookDef } from "../../samples/workbook-def";

/**
 * The kinds of slip issue 7 names, by number:
 * 1 several projects in one workbook (a figure checked against the wrong project);
 * 2 forms other than the seed's (weights, 总分, subtotals, 执行率 score, ratio rule);
 * 3 parts and wholes in text and tables (共N个其中…, 总投资X其中…, a fund row or column against its total);
 * 4 quantities other than money (counts, areas, lengths, weights: 10× slips, wrong unit family);
 * 5 claims against figures (全部支付/按期完成/全面完成 against rates, dates, 未完成; 总体目标 vs 指标; full score when short);
 * 6 dates and periods (deadlines outside the year, completion dates that differ, mid-year wording);
 * 7 deviations that need a reason (far off target, 执行率 < 90 %, budget adjusted, with no reason);
 * 8 printed precision (a rate to 2 dp off by 0.01, a figure that does not round to what is printed).
 */
export type SlipKind = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type Layout = "project-form" | "unit-level" | "multi-project" | "yuan" | "wan-yuan" | "narrative-only" | "programme-blocks";

export interface Slip {
  kind: SlipKind;
  /** The rule that must report it. */
  rule: RuleId;
  /** Where the wrong figure stands, sheet-qualified as in findings ("自评表!H7"): a finding's first cell. */
  cell: string;
  /** The arithmetic that proves it, with the figures as printed: "37.24 / 43.2 = 86.20 %, printed 80 %". */
  arithmetic: string;
  /** The edits that put it right in the corrected twin. */
  fix: Edit[];
}

export interface MustNotFlag {
  /** A cell holding figures that agree but look suspicious ("自评报告!A12"). No finding may start at this cell. */
  cell: string;
  /** The figure(s) in question, as printed. */
  figure: string;
  /** Why it agrees: the arithmetic or the reading. */
  why: string;
}

export interface CorpusReport {
  /** File-name id: province-place-year-topic in pinyin, e.g. "yunnan-honghe-2024-data-center". */
  id: string;
  /** The report's own title. */
  title: string;
  /** Where it was published. */
  url: string;
  province: string;
  /** The year evaluated. */
  year: number;
  layouts: Layout[];
  /** The report as filed, typed in: tables in full, narrative abridged to the sentences that carry figures and claims. */
  workbook: WorkbookDef;
  slips: Slip[];
  mustNotFlag: MustNotFlag[];
  /** Edits the twin needs beyond the slips' own fixes (none, usually). */
  extraFixes?: Edit[];
}
