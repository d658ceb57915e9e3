/** Types for figures found in cells and in narrative text. */
import type { Big } from "../decimal";

/** Money scales: the exponent of ten each unit carries relative to 元. */
export const MONEY_SCALE = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 } as const;
export type MoneyUnit = keyof typeof MONEY_SCALE;

/** A number as written: "1,065.25", "1065.25万元", "￥33,796,500.00元", "(1,234.00)", "94.56%", "壹仟壹佰贰拾陆万伍仟伍佰元整". */
export interface ParsedNumber {
  /** The number as written, sign applied, before any unit scale: 1065.25 for "1065.25万元"; 94.56 for "94.56%". */
  value: Big;
  /** Digits printed after the decimal point (0 for Chinese numerals). */
  decimals: number;
  /** Written with %, ％ or 百分之. */
  percent: boolean;
  /** The unit written with it, normalised: 元, 千元, 万元, 亿元, %, or another unit word (人, 个, 项, ㎡, 人次 …); null when none. */
  unit: string | null;
  /** Written in Chinese numerals (一千二百 or 大写 壹仟贰佰). */
  chinese: boolean;
}

/** What kind of figure a narrative number is. */
export type FigureKind =
  | "money" // has a money unit (元/千元/万元/亿元) or a currency sign
  | "percent"
  | "count" // a number with a non-money unit: 人, 个, 项, 家, 人次, ㎡, 个月 …
  | "year" // 2023年 standing alone as a year
  | "date" // 2023年8月4日, 2023年7月, 8月, 2023-08-04
  | "plain"; // a bare number with no unit

/** The concept a narrative figure names, read from the words before it in its sentence. */
export type Concept =
  | "budget-initial" // 年初预算数
  | "budget-annual" // 全年预算数, 调整后预算数
  | "budget" // 预算, 总预算 without 年初/全年
  | "executed" // 执行数, 支出, 支付, 实际使用
  | "contract" // 合同金额, 中标金额
  | "balance" // 余, 结余, 未支付, 剩余 (money)
  | "rate" // 执行率, 完成预算 …% , 支付进度
  | "other";

/** Fund source named near a figure. */
/** Where money comes from, or, on unit-level forms, what kind of spending it is (基本支出, 项目支出). */
export type FundSource = "total" | "fiscal" | "special" | "unit" | "other" | "prior" | "basic" | "project";

export interface TextFigure {
  /** The text as it stands, e.g. "1065.25元", "94.56%元", "一年1126140.7元" is two: period and figure. */
  raw: string;
  /** Offsets of raw in the text (UTF-16, end exclusive). */
  start: number;
  end: number;
  kind: FigureKind;
  number: ParsedNumber;
  /** For money: the value in 元 (value × 10^scale). */
  yuan?: Big;
  /** A unit that cannot apply, written after the figure's own unit: the "元" of "94.56%元". */
  strayUnit?: string;
  concept: Concept | null;
  source: FundSource | null;
  /** Years the figure covers when the sentence says so: 3 for "三年33795422.10元" or "￥33796500.00元/三年", 1 for "一年…" or "…元/年". */
  periodYears: number | null;
  /** For year and date figures: the year, month and day written (month/day null when absent). */
  date?: { year: number | null; month: number | null; day: number | null };
  /** The words between the previous figure (or the sentence start) and this one, that the concept was read from. */
  label: string;
  /** The figure states a bound or an approximation, not a value: 低于90%的, 超过1000万元, 约50人, 95%以上. */
  bound?: ">=" | "<=" | "~";
}
