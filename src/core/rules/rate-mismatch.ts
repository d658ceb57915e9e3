/** rate-mismatch: a printed 执行率 ≠ 全年执行数 / 全年预算数 at its printed precision (a rate that rounds or cuts to the printed digits is right). */
import { Big } from "../decimal";
import { printsAs } from "../precision";
import { asPercentage, percent, type PrintedRate, printedRates, rateAgrees } from "./rates";
import { unitInfo } from "../figures/quantity";
import { figureEdit } from "../figure-edit";
import type { Finding, FixHint } from "../findings";
import { shareAgrees, shareStatements } from "../statements";
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

export const rateMismatch: Rule = {
  id: "rate-mismatch",
  check(ctx) {
    return [...printed(ctx), ...shares(ctx)];
  },
};

function printed(ctx: RuleContext): Finding[] {
  return printedRates(ctx).flatMap((p) => {
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
