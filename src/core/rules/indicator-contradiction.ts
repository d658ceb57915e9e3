/** indicator-contradiction: a claim that all funds were paid (or a 100 % rate) while 全年执行数 < 全年预算数 (the rate, to 2 dp, under 100 %), and an execution-rate indicator whose 实际完成值 ≠ 全年执行数 / 全年预算数 at its printed precision (rounding half up or cut). */
import { cellString } from "../cells";
import { Big } from "../decimal";
import type { FundSource } from "../figures/types";
import type { Finding } from "../findings";
import type { BudgetTable, Indicator, NumCell, Paragraph, Ref } from "../model";
import { printsAs } from "../precision";
import { norm } from "../recognize/text";
import { percent, rateAgrees } from "./rates";
import { totals } from "../budget";
import { unitInfo } from "../figures/quantity";
import { indicatorUnit } from "../indicator-links";
import { isGoalCell } from "./goals";
import { REVERSE_HINT } from "./direction";
import { fig, finding, type Rule, type RuleContext } from "./rule";

const HUNDRED = new Big(100);

/** Words claiming the whole budget was spent. */
const ALL_PAID = /(资金已全部支付|已全部支付|全部支付|足额支付|全额支付|全额拨付|已全部拨付|全部拨付|拨付完毕|支付完毕|已全部执行|全部执行完毕|全部执行)/g;
/** A rate claimed to be 100 %: 预算执行率100%, 资金支付率为100%, 执行率达到100%. */
const FULL_RATE = /(预算执行率|资金执行率|资金支付率|资金拨付率|执行率|支付率|支出进度)\s*(?:为|达|达到|是|已达|已达到|[:：])?\s*(100(?:\.0+)?)\s*[%％]/g;
/** Rates of timeliness or of funds arriving, not of spending. */
const NOT_SPENDING = /(及时|到位|到账|下达)/;
/** Money words: a claim about 工资 or 合同款 being paid in full says nothing of the budget. */
const FUNDS = /(资金|预算|经费|款项|项目款|\d\s*(?:万|亿|千)?元)/;
/** Negations just before the claim: 未全部支付, 尚未足额支付, 不能全额拨付. */
const NEGATED = /(未|没|没有|并未|还未|尚未|尚没有|不|无|非|未能|不能|无法)\s*$/;
/** Plans, goals and conditions rather than a statement of what happened. */
const NOT_A_FACT = /(将于|将在|将按|将会|计划|预计|拟|待|争取|确保|保证|力争|应当|应于|需要|需在|要求|后续|下一步|下年度|明年|若|如果|一旦|承诺)/;
/** A period short of the year: 1-7月的派遣费已全部支付 is about those months. */
const PART_OF_YEAR = /((\d{1,2}|[一二三四五六七八九十]+)\s*月(?!\s*(31|三十一)\s*日|底|末)|季度|上半年|下半年)/;
const GOAL = /目标/;
const OUTCOME = /(完成|实际|实现)/;

/** The 执行率 names an indicator may carry; 支付及时率 and 资金到位率 are not among them. */
const RATE_INDICATOR = /(预算执行率|资金执行率|资金支付率|资金拨付率|支出进度|预算执行进度|资金执行进度|完成资金支付|资金支付进度)/;

interface Amounts {
  source: FundSource;
  executed: NumCell;
  annual: NumCell;
  initial: NumCell | null;
}

function rowAmounts(b: BudgetTable | null | undefined, source: FundSource): Amounts | null {
  if (!b) return null;
  const row = b.rows.find((r) => r.source === source);
  const t = source === "total" ? totals(b) : null;
  const e = t ? t.executed : row?.executed?.num;
  const a = t ? t.annual : row?.annual?.num;
  if (!e?.yuan || !a?.yuan || a.yuan.lte(0)) return null;
  return { source, executed: e, annual: a, initial: (t ? t.initial : row?.initial?.num) ?? null };
}

/** The amounts a claim on `sheet` speaks of: that sheet's own budget block first (a form's), else the workbook's budget. */
function amountsFor(ctx: RuleContext, sheet: string, source: FundSource): Amounts | null {
  const own = ctx.model.budgets.find((b) => b.sheet === sheet && b.rows.length);
  const hit = rowAmounts(own, source) ?? rowAmounts(ctx.facts.budget, source);
  if (hit) return hit;
  const fact = ctx.facts.rates.find((r) => r.source === source);
  if (!fact || !fact.annual.yuan || fact.annual.yuan.lte(0)) return null;
  return { source, executed: fact.executed, annual: fact.annual, initial: fact.initial };
}

/** The fund source a sentence names, total when it names none. */
function sourceOf(sentence: string): FundSource {
  const t = norm(sentence);
  if (/(上年结转|结转资金)/.test(t)) return "prior";
  if (/(财政专户|专户资金)/.test(t)) return "special";
  if (/(单位资金|单位自筹|自筹资金)/.test(t)) return "unit";
  if (/其他资金/.test(t)) return "other";
  return "total";
}

interface Sentence {
  text: string;
  start: number;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。；;！？!?\n\r]/.test(text[i]!)) {
      if (i > start) out.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

/** The rate, in percent, shown to 2 decimals: what "all paid" must read as 100.00 %. */
function rateOf(a: Amounts): Big {
  return a.executed.yuan!.div(a.annual.yuan!).times(HUNDRED);
}

const SHOWS_100 = new Big(99995);
const SCALE = new Big(100000);

function unpaid(a: Amounts): boolean {
  const e = a.executed.yuan!;
  const b = a.annual.yuan!;
  if (!e.lt(b)) return false;
  // Tolerance: a claim of "all paid" stands while the rate still shows 100.00 % at two decimals, i.e. while
  // e / b ≥ 99.995 %; multiplied out (b > 0), as this is asked of every sentence and a division costs.
  return b.gt(0) ? e.times(SCALE).lt(b.times(SHOWS_100)) : rateOf(a).round(2, Big.roundHalfUp).lt(HUNDRED);
}

function allPaidFinding(claim: string, at: Ref, a: Amounts, key: Parameters<typeof finding>[3]): Finding {
  const rate = rateOf(a);
  return finding(
    "indicator-contradiction",
    "error",
    [at, a.executed.ref, a.annual.ref],
    key,
    {
      claim,
      executed: { quantity: "executed", source: a.source },
      executedValue: fig(a.executed.yuan!, "元"),
      annual: fig(a.annual.yuan!, "元"),
      unpaid: fig(a.annual.yuan!.minus(a.executed.yuan!), "元"),
      rate: fig(rate, "%", 2),
    },
    fig(rate, "%", 2),
    fig(HUNDRED, "%", 2)
  );
}

/** Whether rate-mismatch already reads this 100 % as a printed 执行率 of the narrative: one slip, one finding. */
function rateFigureAt(p: Paragraph, start: number, end: number): boolean {
  return p.figures.some((f) => f.concept === "rate" && (f.kind === "percent" || f.kind === "plain") && f.start >= start && f.end <= end);
}

function narrativeClaims(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      if (isGoalCell(ctx, p.ref)) continue;
      for (const s of sentencesOf(p.text)) {
        if (NOT_A_FACT.test(s.text) || PART_OF_YEAR.test(s.text)) continue;
        if (GOAL.test(s.text) && !OUTCOME.test(s.text)) continue;
        const a = amountsFor(ctx, p.ref.sheet, sourceOf(s.text));
        if (!a || !unpaid(a)) continue;
        let claim: string | null = null;
        for (const m of s.text.matchAll(FULL_RATE)) {
          const before = s.text.slice(0, m.index);
          if (NOT_SPENDING.test(m[1]!) || NEGATED.test(before)) continue;
          const from = s.start + m.index + m[0].indexOf(m[2]!);
          if (rateFigureAt(p, from, s.start + m.index + m[0].length)) continue;
          claim = m[0];
          break;
        }
        if (!claim && FUNDS.test(s.text)) {
          for (const m of s.text.matchAll(ALL_PAID)) {
            const before = s.text.slice(0, m.index);
            const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
            // 全额拨付到位 says the funds arrived, not that they were spent.
            if (NEGATED.test(before) || /^(到位|到账)/.test(after)) continue;
            claim = m[0];
            break;
          }
        }
        if (claim) out.push(allPaidFinding(s.text.trim(), p.ref, a, "indicator-contradiction.all-paid"));
      }
    }
  }
  return out;
}

/** An actual value read as a percentage: 94.56%, 94.56 with a % measure, or 0.9456 meant as a ratio. */
function actualPercent(ind: Indicator, n: NumCell): { value: Big; decimals: number } | null {
  // As printed: a cell holding 0.945602 under "0.00%" shows 94.56.
  const shown = (v: Big, dp: number) => ({ value: v.round(dp, Big.roundHalfUp), decimals: dp });
  if (n.percent || /%|％|百分/.test(ind.measureUnit)) return shown(n.value, n.decimals);
  if (n.value.gt(1) && n.value.lte(HUNDRED)) return shown(n.value, n.decimals);
  if (n.value.gt(0) && n.value.lte(1)) return shown(n.value.times(HUNDRED), Math.max(0, n.decimals - 2));
  return null;
}

function indicatorClaims(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.model.indicators) {
    const a = amountsFor(ctx, t.sheet, "total");
    if (!a) continue;
    for (const ind of t.indicators) {
      const name = ind.level3 || ind.level2;
      if (RATE_INDICATOR.test(norm(name)) && !NOT_SPENDING.test(name)) {
        const n = ind.actual?.num;
        if (!n) continue;
        const p = actualPercent(ind, n);
        if (!p) continue;
        const right = percent(a.executed, a.annual)!;
        if (rateAgrees(a.executed, a.annual, p.value, p.decimals)) continue;
        // Spending above budget printed as 100 %: the overspend is over-budget's finding, not this one.
        if (right.gt(HUNDRED) && p.value.eq(HUNDRED)) continue;
        const vsInitial = a.initial ? percent(a.executed, a.initial) : null;
        const key =
          vsInitial && printsAs(vsInitial, p.value, p.decimals) ? "indicator-contradiction.rate-indicator-initial" : "indicator-contradiction.rate-indicator";
        const dp = Math.max(2, p.decimals);
        out.push(
          finding(
            "indicator-contradiction",
            "error",
            [n.ref, a.executed.ref, a.annual.ref],
            key,
            { name, actual: fig(p.value, "%", p.decimals), expected: fig(right, "%", dp) },
            fig(right, "%", dp),
            fig(p.value, "%", p.decimals)
          )
        );
        continue;
      }
      // A qualitative actual such as "资金已全部支付" in a row about payment.
      const text = ind.actual ? cellString(ind.actual.cell) : "";
      if (!text || ind.actual?.num || NOT_SPENDING.test(name + text) || NOT_A_FACT.test(text)) continue;
      const m = /(已全部支付|全部支付|足额支付|全额支付|全额拨付|已全部拨付|全部拨付|拨付完毕|支付完毕|已全部执行|全部执行)/.exec(text);
      if (!m || NEGATED.test(text.slice(0, m.index)) || !unpaid(a)) continue;
      if (!FUNDS.test(name + text) && !/(支付|执行|拨付)/.test(name)) continue;
      out.push(allPaidFinding(text, ind.actual!.ref, a, "indicator-contradiction.all-paid-indicator"));
    }
  }
  return out;
}

/**
 * A 成本指标 whose target is the project's whole budget measures the project's whole cost: its 实际完成值 must be what was
 * spent. 市民中心运行维护费 150 (万元) against a 全年执行数 of 125.25 repeats the budget instead.
 */
function costIndicators(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const rate = ctx.facts.rates.find((r) => r.source === "total") ?? ctx.facts.rates[0];
  if (!rate?.executed.yuan || !rate.annual.yuan) return out;
  const tableScale = rate.annual.value.eq(0) ? null : rate.annual.yuan.div(rate.annual.value);
  for (const t of ctx.model.indicators) {
    for (const ind of t.indicators) {
      const tg = ind.target?.num;
      const ac = ind.actual?.num;
      if (!/成本/.test(ind.level2) || !tg || !ac || tg.percent || ac.percent) continue;
      const u = unitInfo(indicatorUnit(ind));
      const scale = u?.family === "money" ? u.factor : !u ? tableScale : null;
      if (!scale) continue;
      const budgets = [rate.annual.yuan, rate.initial?.yuan].filter((b): b is Big => !!b);
      if (!budgets.some((b) => b.eq(tg.value.times(scale)))) continue;
      const spent = rate.executed.yuan.div(scale);
      if (printsAs(spent, ac.value, ac.decimals)) continue;
      out.push(
        finding(
          "indicator-contradiction",
          "error",
          [ac.ref, rate.executed.ref, tg.ref],
          "indicator-contradiction.cost-indicator",
          { name: ind.level3, actual: fig(ac.value, "", ac.decimals), executed: fig(spent, "", Math.max(2, ac.decimals)) },
          fig(spent, "", Math.max(2, ac.decimals)),
          fig(ac.value, "", ac.decimals)
        )
      );
    }
  }
  return out;
}

/** A claim that every target was met: 全部完成了预期指标任务, 各项指标均已完成, 全面完成年度绩效目标. */
const ALL_MET =
  /(全部完成|全面完成|均已完成|均完成|圆满完成|全部实现|均已实现|均已达到|全部达到|均达到|全部达标|均已达标)[^，。；]{0,8}(指标|目标|任务)|(指标|目标|任务)[^，。；]{0,6}(均已|全部|均)(完成|实现|达到|达标)/;

/** What shows a target was missed: an indicator short of its target, or a 完成率 under 100 % stated in the text. */
function shortfall(ctx: RuleContext): { ref: Ref; what: string } | null {
  for (const t of ctx.model.indicators) {
    for (const ind of t.indicators) {
      const a = ind.actual?.num;
      const tg = ind.target?.num;
      if (!a || !tg || tg.percent !== a.percent || tg.value.lte(0)) continue;
      // No direction written and a name where lower may be better: short cannot be told.
      if (ind.direction === null && REVERSE_HINT.test(ind.level3 + ind.level2)) continue;
      const short = ind.direction === "<=" ? a.value.gt(tg.value) : ind.direction === "=" ? !a.value.eq(tg.value) : a.value.lt(tg.value);
      if (short) return { ref: a.ref, what: `${ind.level3 || ind.level2}：${a.value.toString()} / ${tg.value.toString()}` };
    }
  }
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      for (const f of p.figures) {
        if (f.kind !== "percent" || f.bound || !f.number.value.lt(HUNDRED) || !/完成率[为是达到了:：]{0,3}$/.test(f.label.trim())) continue;
        return { ref: p.ref, what: f.raw };
      }
    }
  }
  return null;
}

function allMetClaims(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  let miss: ReturnType<typeof shortfall> | undefined;
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      if (isGoalCell(ctx, p.ref)) continue;
      for (const s of sentencesOf(p.text)) {
        const m = ALL_MET.exec(s.text);
        if (!m || NOT_A_FACT.test(s.text) || NEGATED.test(s.text.slice(0, m.index)) || /(基本|大部分|部分|多数)/.test(s.text)) continue;
        if (miss === undefined) miss = shortfall(ctx);
        if (!miss || miss.ref === p.ref) continue;
        out.push(
          finding(
            "indicator-contradiction",
            "error",
            [p.ref, miss.ref],
            "indicator-contradiction.all-met",
            { claim: s.text.trim(), shortfall: miss.what },
            null,
            null
          )
        );
        break;
      }
    }
  }
  return out;
}

export const indicatorContradiction: Rule = {
  id: "indicator-contradiction",
  check: (ctx) => [...narrativeClaims(ctx), ...indicatorClaims(ctx), ...allMetClaims(ctx), ...costIndicators(ctx)],
};
