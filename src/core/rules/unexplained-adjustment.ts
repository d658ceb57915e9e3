/** unexplained-adjustment: 全年预算数 ≠ 年初预算数, 执行率 under 90 %, or an indicator short of (or 50 % over) target, with no reason in a note, a reason column or the narrative. */
import { Big } from "../decimal";
import type { Finding } from "../findings";
import type { Indicator } from "../model";
import { fig, finding, type Rule, type RuleContext } from "./rule";
import { percent } from "./rates";
import { totals } from "../budget";
import { REVERSE_HINT } from "./direction";
import { BECAUSE, sentences, stated } from "./reasons";

const ADJUST = /(调增|调减|追加|追减|核减|调整|调剂|增加|减少|变动|差额|adjust|increase|decrease)/i;
const LOW_RATE = new Big(90);
/** Words that explain money not yet spent by themselves: work carried into next year, payments held back. */
const DEFERRAL =
  /(延续至|延续到|延期|跨年|至下年|到下年|下一年度|次年|结转下年|结转至|年底下达|年末下达|未完工|尚未完工|尚未结算|未结算|待结算|待验收|未在年内|年内未|滞后|推迟|质保金|尾款)/;
/** Where an adjustment came from, which explains it: 按上级下达…追加, 根据…文件调减, 县财政追加下达. */
const SOURCE = /(按照?|根据|依据|依照|上级|追加下达|追加安排|财政追加|下达|批复)/;
const FAR_OVER = new Big("1.5");

function adjustment(ctx: RuleContext): Finding[] {
  const b = ctx.facts.budget;
  if (!b) return [];
  const { initial: i, annual: a } = totals(b);
  if (!i?.yuan || !a?.yuan || i.yuan.eq(a.yuan)) return [];
  if (b.rows.some((r) => stated(r.note))) return [];
  if (sentences(ctx.model).some((s) => /预算|资金|经费|budget/i.test(s) && ADJUST.test(s) && (BECAUSE.test(s) || SOURCE.test(s)))) return [];
  const diff = a.yuan.minus(i.yuan);
  return [
    finding(
      "unexplained-adjustment",
      "warning",
      [a.ref, i.ref],
      diff.gt(0) ? "unexplained-adjustment.budget-up" : "unexplained-adjustment.budget-down",
      { diff: fig(diff.abs(), "元"), initial: fig(i.yuan, "元"), annual: fig(a.yuan, "元"), row: "total" },
      fig(i.yuan, "元"),
      fig(a.yuan, "元")
    ),
  ];
}

function lowRate(ctx: RuleContext): Finding[] {
  const total = ctx.facts.rates.find((r) => r.source === "total") ?? ctx.facts.rates[0];
  if (!total) return [];
  const rate = percent(total.executed, total.annual);
  if (rate === null || rate.gte(LOW_RATE)) return [];
  const b = ctx.facts.budget;
  if (b?.rows.some((r) => stated(r.note))) return [];
  if (sentences(ctx.model).some((s) => (/(执行率|未支付|未执行|结余|进度|未完成)/.test(s) && BECAUSE.test(s)) || DEFERRAL.test(s))) return [];
  // A reason column of the indicator table may say it: 部分项目延续至下年.
  if (ctx.model.indicators.some((t) => t.indicators.some((i) => stated(i.reason) && DEFERRAL.test(i.reason)))) return [];
  return [
    finding(
      "unexplained-adjustment",
      "warning",
      [total.executed.ref, total.annual.ref],
      "unexplained-adjustment.low-rate",
      { rate: fig(rate, "%"), row: total.source },
      null,
      fig(rate, "%")
    ),
  ];
}

/** How far the actual value is from target, for ≥ and ≤ indicators: actual/target (≥) or target/actual (≤). */
export function attainment(ind: Indicator): Big | null {
  const t = ind.target?.num?.value;
  const a = ind.actual?.num?.value;
  if (!t || !a) return null;
  if (ind.direction === "<=") return a.eq(0) ? null : t.div(a);
  return t.eq(0) ? null : a.div(t);
}

function indicators(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const table of ctx.model.indicators) {
    for (const ind of table.indicators) {
      if (stated(ind.reason) || !ind.actual?.num || !ind.target?.num) continue;
      // No direction written and a name where lower may be better (结转结余率, 投诉率): short or over cannot be told.
      if (ind.direction === null && REVERSE_HINT.test(ind.level3 + ind.level2)) continue;
      const r = attainment(ind);
      if (r === null) continue;
      const short = r.lt(1);
      const over = ind.direction !== "<=" && r.gte(FAR_OVER);
      if (!short && !over) continue;
      out.push(
        finding(
          "unexplained-adjustment",
          "warning",
          [ind.actual.ref, ind.target.ref, ...(ind.reasonRef ? [ind.reasonRef] : [])],
          short ? "unexplained-adjustment.indicator-short" : "unexplained-adjustment.indicator-over",
          { name: ind.level3 || ind.level2, target: ind.target.num.value.toString(), actual: ind.actual.num.value.toString() },
          { value: ind.target.num.value.toString(), unit: ind.measureUnit },
          { value: ind.actual.num.value.toString(), unit: ind.measureUnit }
        )
      );
    }
  }
  return out;
}

/**
 * Rates the text gives without a table behind them ("…生态补偿资金86.02%" in a sentence on 执行): each under 90 % needs its
 * reason in the same paragraph or the next.
 */
function lowRatesInText(ctx: RuleContext): Finding[] {
  if (ctx.facts.budget) return [];
  const out: Finding[] = [];
  for (const n of ctx.model.narratives) {
    n.paragraphs.forEach((p, i) => {
      const next = n.paragraphs[i + 1]?.text ?? "";
      const explained = (t: string) => t.split(/[。；;！？!?\n]/).some((x) => (BECAUSE.test(x) && /(执行|支付|进度|结余|未)/.test(x)) || DEFERRAL.test(x));
      if (explained(p.text) || explained(next)) return;
      for (const f of p.figures) {
        if (f.kind !== "percent" || f.bound || !f.number.value.lt(LOW_RATE) || f.strayUnit) continue;
        // A source the text gives no budget for (0 元) has no rate to fall short: undefined-rate speaks of it.
        if (ctx.facts.rates.some((r) => r.source === (f.source ?? "total") && r.annual.yuan?.eq(0))) continue;
        const s = sentenceOf(p.text, f.start);
        if (!/(执行率|资金执行|预算执行|执行进度|支出进度)/.test(s) || /(完成率|到位率|覆盖率|满意度|合格率|知晓率|占)/.test(f.label)) continue;
        out.push(
          finding(
            "unexplained-adjustment",
            "warning",
            [p.ref],
            "unexplained-adjustment.low-rate",
            { rate: fig(f.number.value, "%", f.number.decimals) },
            null,
            fig(f.number.value, "%", f.number.decimals)
          )
        );
        break;
      }
    });
  }
  return out;
}

function sentenceOf(text: string, at: number): string {
  let a = at;
  while (a > 0 && !/[。！？!?\n]/.test(text[a - 1]!)) a--;
  let b = at;
  while (b < text.length && !/[。！？!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

export const unexplainedAdjustment: Rule = {
  id: "unexplained-adjustment",
  check: (ctx) => [...adjustment(ctx), ...lowRate(ctx), ...lowRatesInText(ctx), ...indicators(ctx)],
};
