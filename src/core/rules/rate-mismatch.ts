/** rate-mismatch: a printed 执行率 ≠ 全年执行数 / 全年预算数 at its printed precision (a rate that rounds or cuts to the printed digits is right). */
import { Big } from "../decimal";
import { printsAs } from "../precision";
import { asPercentage, percent, type PrintedRate, printedRates, rateAgrees } from "./rates";
import { unitInfo } from "../figures/quantity";
import type { TextFigure } from "../figures/types";
import { figureEdit } from "../figure-edit";
import type { Finding, FixHint } from "../findings";
import { sentencesOf, shareAgrees, shareStatements } from "../statements";
import { fig, finding, type Rule, type RuleContext, withFix } from "./rule";

/** A share the text states of its own figures (35个…占评定项目的85.36% of 41个) that does not round to their ratio. */
function shares(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      for (const s of shareStatements(p)) {
        if (shareAgrees(s)) continue;
        const whole = s.wholes[0]!;
        const right = s.part.number.value
          .times(unitInfo(s.part.number.unit)!.factor)
          .div(whole.number.value.times(unitInfo(whole.number.unit)!.factor))
          .times(100);
        const dp = Math.max(2, s.share.number.decimals);
        out.push(
          finding(
            "rate-mismatch",
            "error",
            [p.ref],
            "rate-mismatch.share",
            { raw: s.share.raw, part: s.part.raw, whole: whole.raw, expected: fig(right, "%", dp) },
            fig(right, "%", dp),
            fig(s.share.number.value, "%", s.share.number.decimals)
          )
        );
      }
    }
  }
  return out;
}

/** Words that make a sentence's remainder more than this year's unpaid part: carried-over money, running totals. */
const NOT_PLAIN_REMAINDER = /(含|结转|累计|上年|历年)/;

/**
 * A rate printed beside what was paid and what was left unpaid, and no budget, in one sentence ("资金支付18501.096万元，
 * 未支703万元，支付率95%"): paid and unpaid make up the money, so the rate is paid ÷ (paid + unpaid). A rate the budget
 * already checks is left to that check.
 */
function paidUnpaid(ctx: RuleContext, checked: ReadonlySet<TextFigure>): Finding[] {
  const out: Finding[] = [];
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      for (const { text: sentence, figures } of sentencesOf(p)) {
        if (NOT_PLAIN_REMAINDER.test(sentence)) continue;
        const figs = figures.filter((f) => !f.bound);
        const money = figs.filter((f) => f.kind === "money");
        const rates = figs.filter((f) => f.kind === "percent" && f.concept === "rate" && !f.strayUnit);
        const paid = money.filter((f) => f.concept === "executed");
        const unpaid = money.filter((f) => f.concept === "balance");
        if (money.length !== 2 || paid.length !== 1 || unpaid.length !== 1 || rates.length !== 1) continue;
        const [e, b, r] = [paid[0]!, unpaid[0]!, rates[0]!];
        if (checked.has(r) || !e.yuan || !b.yuan || e.yuan.lte(0) || b.yuan.lt(0)) continue;
        const right = e.yuan.div(e.yuan.plus(b.yuan)).times(100);
        if (printsAs(right, r.number.value, r.number.decimals)) continue;
        const dp = Math.max(2, r.number.decimals);
        out.push(
          withFix(
            finding(
              "rate-mismatch",
              "error",
              [p.ref],
              "rate-mismatch.paid-unpaid",
              { raw: r.raw, paid: e.raw, unpaid: b.raw, expected: fig(right, "%", dp) },
              fig(right, "%", dp),
              fig(r.number.value, "%", r.number.decimals)
            ),
            figureEdit(p.ref, r, right, r.number.decimals)
          )
        );
      }
    }
  }
  return out;
}

export const rateMismatch: Rule = {
  id: "rate-mismatch",
  check(ctx) {
    const rates = printedRates(ctx);
    const checked = new Set(rates.flatMap((p) => (p.text ? [p.text.figure] : [])));
    return [...printed(rates), ...shares(ctx), ...paidUnpaid(ctx, checked)];
  },
};

function printed(rates: PrintedRate[]): Finding[] {
  return rates.flatMap((p) => {
    const right = percent(p.fact.executed, p.fact.annual);
    if (right === null) return [];
    const { value: asPercent, decimals: dp, fraction } = asPercentage(p.value, p.percent, p.decimals);
    if (rateAgrees(p.fact.executed, p.fact.annual, asPercent, dp)) return [];
    const vsInitial = p.fact.initial ? percent(p.fact.executed, p.fact.initial) : null;
    const key = vsInitial && printsAs(vsInitial, asPercent, dp) ? "rate-mismatch.initial-denominator" : "rate-mismatch.value";
    const shownDp = Math.max(2, dp);
    return [
      withFix(
        finding(
          "rate-mismatch",
          "error",
          [p.ref, p.fact.executed.ref, p.fact.annual.ref],
          key,
          {
            raw: p.raw,
            row: p.fact.source,
            expected: fig(right, "%", shownDp),
            executed: fig(p.fact.executed.value, "", p.fact.executed.decimals),
            annual: fig(p.fact.annual.value, "", p.fact.annual.decimals),
          },
          fig(right, "%", shownDp),
          fig(asPercent, "%", dp)
        ),
        rateFix(p, right, fraction, dp)
      ),
    ];
  });
}

/** The printed rate rewritten from its amounts: a sentence's figure in place, a cell's value as the cell stores it. */
function rateFix(p: PrintedRate, right: Big, fraction: boolean, dp: number): FixHint | null {
  if (p.text) return figureEdit(p.ref, p.text.figure, right, p.text.figure.number.decimals);
  // A "0.00%" cell and a bare 0.9456 store the fraction; a 94.56 under no % format stores the percentage.
  const stored = p.percent || fraction ? right.div(100).round(dp + 2, Big.roundHalfUp) : right.round(dp, Big.roundHalfUp);
  return { kind: "value", ref: p.ref, value: Number(stored.toFixed()) };
}
