/** unit-slip: a figure off by 10³, 10⁴ or 10⁸ from the value it must equal, or a table unit that the ledger's magnitudes contradict. */
import { Big } from "../decimal";
import type { Finding } from "../findings";
import { MONEY_SCALE } from "../figures/types";
import { tenfoldOff } from "../precision";
import { expectedIn, quantity, refsOf, writtenFigure } from "./narrative";
import { fig, finding, type Rule, type RuleContext } from "./rule";

function narrative(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.traced) {
    const v = t.verdict;
    if (v.kind !== "unit-slip") continue;
    const dp = t.figure.number.decimals;
    out.push(
      finding(
        "unit-slip",
        "error",
        refsOf(t, v.known),
        v.edit ? "unit-slip.text-digit" : "unit-slip.text",
        {
          raw: t.figure.raw,
          written: t.figure.number.unit ?? "",
          right: v.rightUnit,
          quantity: quantity(v.known),
          expected: expectedIn(v.known, "元", 2),
          inRight: expectedIn(v.known, v.rightUnit, dp),
        },
        expectedIn(v.known, "元", 2),
        writtenFigure(t)
      )
    );
  }
  return out;
}

/** The budget's executed total against the ledger: equal but for a power of ten means the table's unit caption is wrong. */
function caption(ctx: RuleContext): Finding[] {
  const { budget, ledgerTotal } = ctx.facts;
  if (!budget || !ledgerTotal || ledgerTotal.yuan.eq(0)) return [];
  const total = budget.rows.find((r) => r.source === "total") ?? budget.rows[0];
  const e = total?.executed?.num;
  if (!e?.yuan || e.value.eq(0) || e.yuan.eq(ledgerTotal.yuan)) return [];
  const inUnit = ledgerTotal.yuan.div(new Big(10).pow(MONEY_SCALE[budget.scale]));
  if (tenfoldOff(inUnit, e.value, e.decimals) === null) return [];
  return [
    finding(
      "unit-slip",
      "error",
      [e.ref, ...ledgerTotal.refs],
      "unit-slip.caption",
      { unit: budget.scale, ledger: fig(ledgerTotal.yuan, "元"), shown: fig(e.value, budget.scale, e.decimals) },
      fig(ledgerTotal.yuan, "元"),
      fig(e.yuan, "元")
    ),
  ];
}

export const unitSlip: Rule = {
  id: "unit-slip",
  check: (ctx) => [...narrative(ctx), ...caption(ctx)],
};
