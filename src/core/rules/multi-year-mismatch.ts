/** multi-year-mismatch: an annual figure × years ≠ the multi-year total (contracts, project budget, or two figures in one sentence); tolerance: rounding of the annual figure at its printed precision, times the years. */
import { Big } from "../decimal";
import type { TextFigure } from "../figures/types";
import type { Finding } from "../findings";
import type { NumCell, Ref } from "../model";
import { halfUlp } from "../precision";
import { fig, finding, type Rule, type RuleContext } from "./rule";

function off(annual: Big, annualDp: number, years: Big, total: Big, totalDp: number): boolean {
  const tol = halfUlp(annualDp).times(years).plus(halfUlp(totalDp));
  return annual.times(years).minus(total).abs().gt(tol);
}

function tables(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.model.contracts) {
    for (const c of t.contracts) {
      const amt = c.amount?.num;
      const ann = c.annual?.num;
      const yrs = c.years?.num;
      if (!amt?.yuan || !ann?.yuan || !yrs || yrs.value.lte(0)) continue;
      if (!off(ann.value, ann.decimals, yrs.value, amt.value, amt.decimals)) continue;
      out.push(report([ann.ref, amt.ref, yrs.ref], ann, yrs.value, amt));
    }
  }
  return out;
}

function report(refs: Ref[], annual: NumCell, years: Big, total: NumCell): Finding {
  const expected = total.yuan!.div(years);
  return finding(
    "multi-year-mismatch",
    "error",
    refs,
    "multi-year-mismatch.table",
    { annual: fig(annual.yuan!, "元"), years: years.toString(), total: fig(total.yuan!, "元"), expected: fig(expected, "元") },
    fig(expected, "元"),
    fig(annual.yuan!, "元")
  );
}

/** Two money figures of one concept in one sentence, one per year and one over several years. */
function narrative(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const slipped = new Set(ctx.traced.filter((t) => t.verdict.kind !== "traced" && t.verdict.kind !== "untraced").map((t) => t.figure));
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      const money = p.figures.filter((f) => f.kind === "money" && f.yuan && f.periodYears !== null);
      for (let i = 0; i < money.length; i++) {
        const a = money[i]!;
        for (const b of money.slice(i + 1)) {
          const [one, many] = a.periodYears === 1 ? [a, b] : [b, a];
          if (one.periodYears !== 1 || !many.periodYears || many.periodYears < 2 || one.concept !== many.concept) continue;
          if (slipped.has(one) || slipped.has(many)) continue;
          if (!sameSentence(p.text, one, many)) continue;
          const years = new Big(many.periodYears);
          if (!off(one.yuan!, one.number.decimals + scaleDigits(one), years, many.yuan!, many.number.decimals + scaleDigits(many))) continue;
          const expected = many.yuan!.div(years);
          out.push(
            finding(
              "multi-year-mismatch",
              "error",
              [p.ref],
              "multi-year-mismatch.text",
              { raw: one.raw, total: many.raw, years: String(many.periodYears), expected: fig(expected, "元") },
              fig(expected, "元"),
              fig(one.yuan!, "元")
            )
          );
        }
      }
    }
  }
  return out;
}

// Digits in 元 that a figure printed in 万元 or 亿元 leaves unstated (negative: more precise than 1 元).
function scaleDigits(f: TextFigure): number {
  const u = f.number.unit;
  return u === "万元" ? -4 : u === "亿元" ? -8 : u === "千元" ? -3 : 0;
}

function sameSentence(text: string, a: TextFigure, b: TextFigure): boolean {
  const lo = Math.min(a.end, b.end);
  const hi = Math.max(a.start, b.start);
  return !/[。！？!?\n]/.test(text.slice(lo, hi));
}

export const multiYearMismatch: Rule = {
  id: "multi-year-mismatch",
  check: (ctx) => [...tables(ctx), ...narrative(ctx)],
};
