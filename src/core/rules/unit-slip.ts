/** unit-slip: a figure off by 10³, 10⁴ or 10⁸ from the value it must equal, or a table unit that the ledger's magnitudes contradict. */
import { Big } from "../decimal";
import type { Finding } from "../findings";
import { MONEY_SCALE, type MoneyUnit } from "../figures/types";
import { partsStatements, partsTenfold } from "../statements";
import { quantityVerdicts } from "./quantities";
import { tenfoldOff } from "../precision";
import { expectedIn, quantity, quoteFix, refsOf, writtenFigure } from "./narrative";
import { fig, finding, type Rule, type RuleContext, withFix } from "./rule";

function narrative(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.traced) {
    const v = t.verdict;
    if (v.kind !== "unit-slip") continue;
    const dp = t.figure.number.decimals;
    const fix = quoteFix(t, v.known, v.rightUnit, v.writtenUnit);
    out.push(
      withFix(
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
        ),
        fix
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

/** A whole the text states in the wrong money unit, proved by the parts it lists (2089元 over 1777万元 + 312万元). */
function wholes(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      for (const s of partsStatements(p)) {
        const k = partsTenfold(s);
        if (k === null) continue;
        const written = s.whole.number.unit as MoneyUnit;
        const right = (Object.keys(MONEY_SCALE) as MoneyUnit[]).find((u) => MONEY_SCALE[u] === MONEY_SCALE[written] + k) ?? null;
        const sum = s.partsSum;
        out.push(
          finding(
            "unit-slip",
            "error",
            [p.ref],
            "unit-slip.text-parts",
            { raw: s.whole.raw, written, right: right ?? "", sum: fig(sum, "元") },
            fig(sum, "元"),
            { value: s.whole.number.value.toFixed(s.whole.number.decimals), unit: written }
          )
        );
      }
    }
  }
  return out;
}

/** A quantity the text gives for an indicator it names, off from its value by a power of ten. */
function indicatorQuantities(ctx: RuleContext): Finding[] {
  return quantityVerdicts(ctx)
    .filter((v) => v.kind === "unit-slip")
    .map((v) => {
      const f = v.link.figure.number;
      const unit = f.unit ?? "";
      const expected = fig(v.right, unit, Math.max(f.decimals, v.want.decimals));
      return finding(
        "unit-slip",
        "error",
        [v.link.paragraph.ref, v.want.ref],
        "unit-slip.indicator-quantity",
        { raw: v.link.figure.raw, name: v.link.indicator.level3, expected, column: v.goal ? "target" : "actual", power: `10^${Math.abs(v.power ?? 0)}` },
        expected,
        fig(f.value, unit, f.decimals)
      );
    });
}

export const unitSlip: Rule = {
  id: "unit-slip",
  check: (ctx) => [...narrative(ctx), ...caption(ctx), ...wholes(ctx), ...indicatorQuantities(ctx)],
};
