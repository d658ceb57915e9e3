/** unexplained-adjustment: 全年预算数 ≠ 年初预算数, 执行率 under 90 %, or an indicator short of (or 50 % over) target, with no reason in a note, a reason column or the narrative. */
import { Big } from "../decimal";
import type { Finding } from "../findings";
import type { Indicator, WorkbookModel } from "../model";
import { fig, finding, type Rule, type RuleContext } from "./rule";
import { percent } from "./rates";

const ADJUST = /(调增|调减|追加|追减|核减|调整|调剂|增加|减少|变动|差额|adjust|increase|decrease)/i;
// 系 gives a reason only as 系因/主要系…, not inside 体系, 系统, 联系.
const BECAUSE = /(原因|因为|由于|因|系因|主要系|系由|用于|主要是|reason|because|due to)/i;
const LOW_RATE = new Big(90);
const FAR_OVER = new Big("1.5");

/** Whether a note or reason cell says something: 无, —, / and the like are placeholders. */
function stated(text: string): boolean {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  return t !== "" && !/^(无|没有|暂无|空|[-—–~/\\]+|n\/?a|none|nil)$/i.test(t);
}

function sentences(model: WorkbookModel): string[] {
  return model.narratives.flatMap((n) => n.paragraphs.flatMap((p) => p.text.split(/[。；;！？!?\n]/)));
}

function adjustment(ctx: RuleContext): Finding[] {
  const b = ctx.facts.budget;
  if (!b) return [];
  const row = b.rows.find((r) => r.source === "total") ?? b.rows[0];
  const i = row?.initial?.num;
  const a = row?.annual?.num;
  if (!row || !i?.yuan || !a?.yuan || i.yuan.eq(a.yuan)) return [];
  if (b.rows.some((r) => stated(r.note))) return [];
  const explained = sentences(ctx.model).some((s) => /预算|budget/i.test(s) && ADJUST.test(s) && BECAUSE.test(s));
  if (explained) return [];
  const diff = a.yuan.minus(i.yuan);
  return [
    finding(
      "unexplained-adjustment",
      "warning",
      [a.ref, i.ref],
      diff.gt(0) ? "unexplained-adjustment.budget-up" : "unexplained-adjustment.budget-down",
      { diff: fig(diff.abs(), "元"), initial: fig(i.yuan, "元"), annual: fig(a.yuan, "元") },
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
  if (sentences(ctx.model).some((s) => /(执行率|未支付|未执行|结余|进度|未完成)/.test(s) && BECAUSE.test(s))) return [];
  return [
    finding(
      "unexplained-adjustment",
      "warning",
      [total.executed.ref, total.annual.ref],
      "unexplained-adjustment.low-rate",
      { rate: fig(rate, "%") },
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

export const unexplainedAdjustment: Rule = {
  id: "unexplained-adjustment",
  check: (ctx) => [...adjustment(ctx), ...lowRate(ctx), ...indicators(ctx)],
};
