/** Shared wording for findings on narrative figures: the figure as written and the value it should quote. */
import { Big } from "../decimal";
import type { Known } from "../facts";
import { MONEY_SCALE, type MoneyUnit } from "../figures/types";
import { figureEdit } from "../figure-edit";
import type { Figure, Finding, FixHint, Param, QuantityName, RuleId } from "../findings";
import type { MessageKey } from "../i18n/keys";
import type { TracedFigure } from "../trace";
import { fig, finding, withFix } from "./rule";

export function quantity(k: Known): QuantityName {
  return { quantity: k.quantity, source: k.source };
}

/** The known value in the given unit, to the 分 for 元 and to the printed precision otherwise. */
export function expectedIn(k: Known, unit: MoneyUnit, printedDp: number): Figure {
  const v = k.yuan.div(new Big(10).pow(MONEY_SCALE[unit]));
  return fig(v, unit, unit === "元" ? Math.max(2, printedDp) : Math.max(2, printedDp));
}

export function writtenFigure(t: TracedFigure): Figure {
  const n = t.figure.number;
  return { value: n.value.toFixed(n.decimals), unit: n.unit ?? "" };
}

/** The paragraph cell first, then the cells of the value it was checked against. */
export function refsOf(t: TracedFigure, k: Known) {
  return [t.paragraph.ref, ...k.refs];
}

/**
 * The text figure rewritten to quote `k` in `unit` at the precision it was written to; with `writtenUnit` other than
 * `unit`, its unit is corrected too ("1065.25元" → "1065.55万元").
 */
export function quoteFix(t: TracedFigure, k: Known, unit: MoneyUnit, writtenUnit: MoneyUnit = unit): FixHint | null {
  if (!(unit in MONEY_SCALE) || !(writtenUnit in MONEY_SCALE)) return null;
  const v = k.yuan.div(new Big(10).pow(MONEY_SCALE[unit]));
  return figureEdit(t.paragraph.ref, t.figure, v, t.figure.number.decimals, writtenUnit !== unit ? { from: writtenUnit, to: unit } : undefined);
}

/**
 * The finding on a text figure that should quote `k`: expected in the figure's own unit at its printed precision, the
 * figure as written, and the text rewritten as the fix.
 */
export function quoteFinding(rule: RuleId, t: TracedFigure, k: Known, key: MessageKey, params: Record<string, Param> = {}): Finding {
  const unit = (t.figure.number.unit ?? "元") as MoneyUnit;
  const expected = expectedIn(k, unit, t.figure.number.decimals);
  return withFix(
    finding(rule, "error", refsOf(t, k), key, { raw: t.figure.raw, quantity: quantity(k), expected, ...params }, expected, writtenFigure(t)),
    quoteFix(t, k, unit)
  );
}
