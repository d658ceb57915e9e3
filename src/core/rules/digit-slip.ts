/** digit-slip: a figure equal to the right one but for one dropped, added, swapped or mistyped digit (compared at its printed precision). */
import { expectedIn, quantity, refsOf, writtenFigure } from "./narrative";
import { finding, type Rule } from "./rule";

export const digitSlip: Rule = {
  id: "digit-slip",
  check(ctx) {
    return ctx.traced.flatMap((t) => {
      const v = t.verdict;
      if (v.kind !== "digit-slip") return [];
      const unit = (t.figure.number.unit ?? "元") as "元";
      const expected = expectedIn(v.known, unit, t.figure.number.decimals);
      return [
        finding(
          "digit-slip",
          "error",
          refsOf(t, v.known),
          "digit-slip.text",
          { raw: t.figure.raw, quantity: quantity(v.known), expected, edit: v.edit },
          expected,
          writtenFigure(t)
        ),
      ];
    });
  },
};
