/** text-mismatch: a narrative figure labelled as a table column (年初预算数, 全年执行数 …) that disagrees with that column, beyond rounding at its printed precision. */
import { expectedIn, quantity, refsOf, writtenFigure } from "./narrative";
import { finding, type Rule } from "./rule";

export const textMismatch: Rule = {
  id: "text-mismatch",
  check(ctx) {
    return ctx.traced.flatMap((t) => {
      const v = t.verdict;
      if (v.kind !== "text-mismatch") return [];
      const unit = (t.figure.number.unit ?? "元") as "元";
      const expected = expectedIn(v.known, unit, t.figure.number.decimals);
      return [
        finding(
          "text-mismatch",
          "error",
          refsOf(t, v.known),
          "text-mismatch.text",
          { raw: t.figure.raw, quantity: quantity(v.known), expected },
          expected,
          writtenFigure(t)
        ),
      ];
    });
  },
};
