/** Execution rates as the rules compute them: 全年执行数 / 全年预算数 in percent, and the printed rates to check against them. */
import { Big } from "../decimal";
import type { RateFact } from "../facts";
import { displayText } from "../display";
import type { FundSource, TextFigure } from "../figures/types";
import type { NumCell, Paragraph, RawCell, Ref } from "../model";
import type { RuleContext } from "./rule";
import { halfUlp, printsAs } from "../precision";

const HUNDRED = new Big(100);

/** executed / denominator × 100, or null for a zero denominator. */
export function percent(executed: NumCell, denominator: NumCell): Big | null {
  if (!executed.yuan || !denominator.yuan || denominator.yuan.eq(0)) return null;
  return executed.yuan.div(denominator.yuan).times(HUNDRED);
}

/**
 * How far a money cell's true amount may lie from what it prints, in 元: half a unit of its last printed digit when it prints
 * decimals (万元 to the 0.01 is an amount in 元 rounded). A whole number is taken as exact, as allocations are.
 */
export function yuanSlack(n: NumCell): Big {
  const dp = Math.max(n.decimals, n.tableDecimals ?? 0);
  if (dp === 0) return new Big(0);
  const h = halfUlp(dp);
  if (!n.yuan || n.value.eq(0)) return h;
  return h.times(n.yuan.div(n.value).abs());
}

/**
 * Whether a printed rate agrees with its amounts: the amounts as printed are the document's figures, and their ratio must
 * round (half up) to the rate at the rate's printed precision.
 */
export function rateAgrees(executed: NumCell, denominator: NumCell, printed: Big, dp: number): boolean {
  const r = percent(executed, denominator);
  return r !== null && printsAs(r, printed, dp);
}

export interface PrintedRate {
  ref: Ref;
  /** The rate as printed, in percent (0.9456 stored with a % format reads 94.56). */
  value: Big;
  decimals: number;
  /** Printed as a percentage (with %), not as a bare number. */
  percent: boolean;
  raw: string;
  fact: RateFact;
  /** The paragraph and figure when the rate stands in narrative text. */
  text?: { paragraph: Paragraph; figure: TextFigure };
}

/** The rates a figure of `source` may state: every row of that source (其中：中央财政资金, 地方资金), else 财政资金's for none. */
function factsFor(ctx: RuleContext, source: FundSource | null): RateFact[] {
  const s = source ?? "total";
  const own = ctx.facts.rates.filter((r) => r.source === s);
  if (own.length || source) return own;
  return ctx.facts.rates.filter((r) => r.source === "fiscal").slice(0, 1);
}

/**
 * A printed rate in percent at its printed precision: a bare 0.9456 where a percentage is meant is the same rate as
 * 94.56 % (`fraction`), to two decimals fewer.
 */
export function asPercentage(value: Big, percent: boolean, decimals: number): { value: Big; decimals: number; fraction: boolean } {
  const fraction = !percent && value.lt(new Big(1.5)) && !value.eq(0);
  return fraction ? { value: value.times(HUNDRED), decimals: Math.max(0, decimals - 2), fraction } : { value, decimals, fraction };
}

/** Of a source's rows, the one whose rate the figure states (as a percentage, or a bare fraction), else the first. */
function factOf(facts: RateFact[], n: TextFigure["number"]): RateFact | undefined {
  if (facts.length < 2) return facts[0];
  const p = asPercentage(n.value, n.percent, n.decimals);
  return facts.find((f) => rateAgrees(f.executed, f.annual, p.value, p.decimals)) ?? facts[0];
}

/** Every printed execution rate: the budget table's 执行率 cells and the narrative's 执行率 figures. */
export function printedRates(ctx: RuleContext): PrintedRate[] {
  const out: PrintedRate[] = [];
  for (const t of ctx.model.budgets) {
    for (const row of t.rows) {
      // A row's printed rate is the rate of that row's own amounts, even where a blank total is read as its sources' sum.
      const fact = rowFact(row.executed, row.annual, row.initial, row.source);
      const n = row.rate?.num;
      if (!fact || !n || !row.rate) continue;
      // What the cell shows: a formula's 0.945602… under "0.00%" prints 94.56.
      const value = n.value.round(n.decimals, Big.roundHalfUp);
      out.push({ ref: n.ref, value, decimals: n.decimals, percent: n.percent, raw: shownOf(row.rate), fact });
    }
  }
  for (const nar of ctx.model.narratives) {
    for (const paragraph of nar.paragraphs) {
      for (const figure of paragraph.figures) {
        if (figure.concept !== "rate" || (figure.kind !== "percent" && figure.kind !== "plain") || figure.bound) continue;
        // An operand of a formula (B/A×100%) states no rate.
        if (/[×*÷/=]\s*$/.test(figure.label)) continue;
        const fact = factOf(factsFor(ctx, figure.source), figure.number);
        if (!fact) continue;
        const n = figure.number;
        out.push({ ref: paragraph.ref, value: n.value, decimals: n.decimals, percent: n.percent, raw: figure.raw, fact, text: { paragraph, figure } });
      }
    }
  }
  return out;
}

function rowFact(executed: RawCell | null, annual: RawCell | null, initial: RawCell | null, source: FundSource): RateFact | null {
  const e = executed?.num;
  const a = annual?.num;
  if (!e || !a) return null;
  return { source, executed: e, annual: a, initial: initial?.num ?? null };
}

function shownOf(raw: RawCell): string {
  return displayText(raw.cell);
}
