/** text-mismatch: a narrative figure labelled as a table column (年初预算数, 全年执行数 …) that disagrees with that column, beyond rounding at its printed precision. */
import { indicatorUnit, nameQuantity } from "../indicator-links";
import { unitInfo } from "../figures/quantity";
import type { Finding } from "../findings";
import { printsAs } from "../precision";
import { quantityFinding, quantityVerdicts } from "./quantities";
import { quoteFinding } from "./narrative";
import { fig, finding, type Rule, type RuleContext } from "./rule";

/** A quantity the text gives for an indicator it names that is neither a unit nor a digit slip of the value it must equal. */
function indicatorQuantities(ctx: RuleContext): Finding[] {
  return quantityVerdicts(ctx)
    .filter((v) => v.kind === "text-mismatch")
    .map((v) => quantityFinding("text-mismatch", v, v.goal ? "text-mismatch.indicator-target" : "text-mismatch.indicator-actual"));
}

/** An indicator whose name states its quantity (建设普通省道二级公路32.1公里) and whose 年度指标值 prints another. */
function namedTargets(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.model.indicators) {
    for (const ind of t.indicators) {
      const q = nameQuantity(ind);
      const tg = ind.target?.num;
      if (!q || !tg || tg.percent) continue;
      const qu = unitInfo(q.number.unit)!;
      const iu = unitInfo(indicatorUnit(ind));
      if (iu && (iu.family !== qu.family || (iu.family === "count" && iu.thing !== qu.thing))) continue;
      const right = iu ? q.number.value.times(qu.factor).div(iu.factor) : q.number.value;
      if (right.eq(tg.value) || printsAs(right, tg.value, tg.decimals)) continue;
      // With no unit on the target, 1.2万人 may be typed as 12000.
      if (!iu && q.number.value.times(qu.factor).eq(tg.value)) continue;
      const unit = iu ? (indicatorUnit(ind) ?? "") : (q.number.unit ?? "");
      out.push(
        finding(
          "text-mismatch",
          "error",
          [tg.ref],
          "text-mismatch.indicator-name",
          { name: ind.level3, stated: q.raw, target: fig(tg.value, unit, tg.decimals) },
          fig(right, unit, Math.max(q.number.decimals, tg.decimals)),
          fig(tg.value, unit, tg.decimals)
        )
      );
    }
  }
  return out;
}

export const textMismatch: Rule = {
  id: "text-mismatch",
  check(ctx) {
    return [...traced(ctx), ...indicatorQuantities(ctx), ...namedTargets(ctx)];
  },
};

function traced(ctx: RuleContext): Finding[] {
  return ctx.traced.flatMap((t) => (t.verdict.kind === "text-mismatch" ? [quoteFinding("text-mismatch", t, t.verdict.known, "text-mismatch.text")] : []));
}
