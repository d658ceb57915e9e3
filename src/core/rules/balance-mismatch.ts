/** balance-mismatch: a printed remainder (余, 结余, 未支付) that is not 全年预算数 − 全年执行数 at its printed precision. */
import { expectedIn, refsOf, writtenFigure } from "./narrative";
import { finding, type Rule } from "./rule";

export const balanceMismatch: Rule = {
  id: "balance-mismatch",
  check(ctx) {
    return ctx.traced.flatMap((t) => {
      const v = t.verdict;
      if (v.kind !== "balance-mismatch") return [];
      const unit = (t.figure.number.unit ?? "元") as "元";
      const expected = expectedIn(v.known, unit, t.figure.number.decimals);
      return [finding("balance-mismatch", "error", refsOf(t, v.known), "balance-mismatch.text", { raw: t.figure.raw, expected }, expected, writtenFigure(t))];
    });
  },
};
