/**
 * Quantities the text gives for an indicator it names, judged as money figures are: a power of ten off is a unit slip, one
 * digit off a digit slip, anything else a text mismatch. The value they must equal is the 实际完成值, or the 年度指标值 where
 * the words or the cell state the plan.
 */
import { Big } from "../decimal";
import { type QuantityLink, quantityLinks } from "../indicator-links";
import type { NumCell } from "../model";
import { type DigitEdit, digitEdit, digitString, printsAs } from "../precision";
import { figureEdit } from "../figure-edit";
import type { Finding, Param, RuleId } from "../findings";
import type { MessageKey } from "../i18n/keys";
import { isGoalCell } from "./goals";
import { fig, finding, type RuleContext, withFix } from "./rule";

/** Words that make a quantity the plan rather than the outcome: 计划建设200平方米. */
const PLANNED = /(计划|目标|预期|拟|设定|年初|原定)/;

export interface QuantityVerdict {
  link: QuantityLink;
  goal: boolean;
  want: NumCell;
  /** The indicator's value in the figure's unit. */
  right: Big;
  kind: "unit-slip" | "digit-slip" | "text-mismatch";
  power?: number;
  edit?: DigitEdit;
}

/** Powers of ten a figure may be off by between a text and a table: 10×, 万, 千米/米 and the rest up to 亿. */
const POWERS = [1, 2, 3, 4, 5, 6, 7, 8];

export function quantityVerdicts(ctx: RuleContext): QuantityVerdict[] {
  const out: QuantityVerdict[] = [];
  const paragraphs = ctx.model.narratives.flatMap((n) => n.paragraphs);
  for (const link of quantityLinks(paragraphs, ctx.model.indicators)) {
    const goal = PLANNED.test(link.figure.label) || isGoalCell(ctx, link.paragraph.ref);
    const want = goal ? link.target : link.actual;
    if (!want || want.percent) continue;
    const right = want.value.times(link.scale);
    const f = link.figure.number;
    if (right.eq(f.value) || printsAs(right, f.value, f.decimals)) continue;
    const base = { link, goal, want, right };
    // The text repeats the other column (the target where the outcome was due): no slip of a digit or a unit, a mix-up.
    const other = goal ? link.actual : link.target;
    if (other && !other.percent && other.value.times(link.scale).eq(f.value)) {
      out.push({ ...base, kind: "text-mismatch" });
      continue;
    }
    const power = POWERS.flatMap((p) => [p, -p]).find((p) => !f.value.eq(0) && printsAs(right.div(new Big(10).pow(p)), f.value, f.decimals));
    if (power !== undefined) {
      out.push({ ...base, kind: "unit-slip", power });
      continue;
    }
    const edit = digitEdit(digitString(f.value, f.decimals), digitString(right, f.decimals));
    out.push(edit && digitString(right, f.decimals).length >= 3 ? { ...base, kind: "digit-slip", edit } : { ...base, kind: "text-mismatch" });
  }
  return out;
}

/**
 * The finding on a quantity the text gives off its indicator's value: expected at the precision of either, the text's
 * figure as written, and the text rewritten as the fix (the indicator table is the source the text quotes).
 */
export function quantityFinding(rule: RuleId, v: QuantityVerdict, key: MessageKey, params: Record<string, Param> = {}): Finding {
  const f = v.link.figure.number;
  const unit = f.unit ?? "";
  const dp = Math.max(f.decimals, v.want.decimals);
  const expected = fig(v.right, unit, dp);
  return withFix(
    finding(
      rule,
      "error",
      [v.link.paragraph.ref, v.want.ref],
      key,
      { raw: v.link.figure.raw, name: v.link.indicator.level3, expected, ...params },
      expected,
      fig(f.value, unit, f.decimals)
    ),
    figureEdit(v.link.paragraph.ref, v.link.figure, v.right, dp)
  );
}
