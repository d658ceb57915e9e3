/** digit-slip: a figure equal to the right one but for one dropped, added, swapped or mistyped digit (compared at its printed precision). */
import { expectedIn, quantity, quoteFix, refsOf, writtenFigure } from "./narrative";
import { figureEdit } from "../figure-edit";
import type { Finding } from "../findings";
import { quantityVerdicts } from "./quantities";
import { fig, finding, type Rule, type RuleContext, withFix } from "./rule";

/** A quantity the text gives for an indicator it names, off from its value by one digit. */
function indicatorQuantities(ctx: RuleContext): Finding[] {
  return quantityVerdicts(ctx)
    .filter((v) => v.kind === "digit-slip")
    .map((v) => {
      const f = v.link.figure.number;
      const unit = f.unit ?? "";
      const expected = fig(v.right, unit, Math.max(f.decimals, v.want.decimals));
      // The indicator table is the source the text quotes: the text's figure is the one to correct.
      const fix = figureEdit(v.link.paragraph.ref, v.link.figure, v.right, Math.max(f.decimals, v.want.decimals));
      return withFix(
        finding(
          "digit-slip",
          "error",
          [v.link.paragraph.ref, v.want.ref],
          "digit-slip.indicator-quantity",
          { raw: v.link.figure.raw, name: v.link.indicator.level3, expected, column: v.goal ? "target" : "actual", edit: v.edit ?? "" },
          expected,
          fig(f.value, unit, f.decimals)
        ),
        fix
      );
    });
}

export const digitSlip: Rule = {
  id: "digit-slip",
  check(ctx) {
    return [...traced(ctx), ...indicatorQuantities(ctx)];
  },
};

function traced(ctx: RuleContext): Finding[] {
  return ctx.traced.flatMap((t) => {
    const v = t.verdict;
    if (v.kind !== "digit-slip") return [];
    const unit = (t.figure.number.unit ?? "元") as "元";
    const expected = expectedIn(v.known, unit, t.figure.number.decimals);
    return [
      withFix(
        finding(
          "digit-slip",
          "error",
          refsOf(t, v.known),
          "digit-slip.text",
          { raw: t.figure.raw, quantity: quantity(v.known), expected, edit: v.edit },
          expected,
          writtenFigure(t)
        ),
        quoteFix(t, v.known, unit)
      ),
    ];
  });
}
