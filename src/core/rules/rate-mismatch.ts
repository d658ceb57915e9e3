/** rate-mismatch: a printed 执行率 ≠ 全年执行数 / 全年预算数 at its printed precision (a rate that rounds or cuts to the printed digits is right). */
import { Big } from "../decimal";
import { nearlyPrints, printsAs } from "../precision";
import { percent, printedRates } from "./rates";
import { fig, finding, type Rule } from "./rule";

export const rateMismatch: Rule = {
  id: "rate-mismatch",
  check(ctx) {
    return printedRates(ctx).flatMap((p) => {
      const right = percent(p.fact.executed, p.fact.annual);
      if (right === null) return [];
      // A bare 0.9456 where a percentage is meant is the same rate as 94.56%.
      const asPercent = !p.percent && p.value.lt(new Big(1.5)) && !p.value.eq(0) ? p.value.times(100) : p.value;
      const dp = asPercent === p.value ? p.decimals : Math.max(0, p.decimals - 2);
      if (printsAs(right, asPercent, dp) || nearlyPrints(right, asPercent, dp)) return [];
      const vsInitial = p.fact.initial ? percent(p.fact.executed, p.fact.initial) : null;
      const key = vsInitial && printsAs(vsInitial, asPercent, dp) ? "rate-mismatch.initial-denominator" : "rate-mismatch.value";
      const shownDp = Math.max(2, dp);
      return [
        finding(
          "rate-mismatch",
          "error",
          [p.ref, p.fact.executed.ref, p.fact.annual.ref],
          key,
          {
            raw: p.raw,
            expected: fig(right, "%", shownDp),
            executed: fig(p.fact.executed.value, "", p.fact.executed.decimals),
            annual: fig(p.fact.annual.value, "", p.fact.annual.decimals),
          },
          fig(right, "%", shownDp),
          fig(asPercent, "%", dp)
        ),
      ];
    });
  },
};
