/** digit-slip: a figure equal to the right one but for one dropped, added, swapped or mistyped digit (compared at its printed precision). */
import type { Finding } from "../findings";
import { quoteFinding } from "./narrative";
import { quantityFinding, quantityVerdicts } from "./quantities";
import type { Rule, RuleContext } from "./rule";

/** A quantity the text gives for an indicator it names, off from its value by one digit. */
function indicatorQuantities(ctx: RuleContext): Finding[] {
  return quantityVerdicts(ctx)
    .filter((v) => v.kind === "digit-slip")
    .map((v) => quantityFinding("digit-slip", v, "digit-slip.indicator-quantity", { column: v.goal ? "target" : "actual", edit: v.edit ?? "" }));
}

export const digitSlip: Rule = {
  id: "digit-slip",
  check(ctx) {
    return [...traced(ctx), ...indicatorQuantities(ctx)];
  },
};

function traced(ctx: RuleContext): Finding[] {
  return ctx.traced.flatMap((t) =>
    t.verdict.kind === "digit-slip" ? [quoteFinding("digit-slip", t, t.verdict.known, "digit-slip.text", { edit: t.verdict.edit })] : []
  );
}
