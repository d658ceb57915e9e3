/** score-mismatch: 得分 > 分值, 执行率得分 ≠ 分值 × min(执行率, 100%), a quantitative indicator scored above 分值 × 完成值/指标值, totals and 一级指标 weights ≠ their sums; all at the printed precision (rounding half up or cut). */
import { cellString } from "../cells";
import { Big, ZERO } from "../decimal";
import { parseNumber } from "../figures/number";
import type { RateFact } from "../facts";
import type { Finding } from "../findings";
import type { BudgetRow, BudgetTable, Indicator, IndicatorTable, NumCell, Ref } from "../model";
import { halfUlp, printsAs } from "../precision";
import { totals as budgetTotals } from "../budget";
import { headerText } from "../recognize/headers";
import { norm } from "../recognize/text";
import { type SheetSnapshot, rowAt } from "../snapshot";
import { REVERSE_HINT } from "./direction";
import { fig, finding, type Rule, type RuleContext } from "./rule";

const ONE = new Big(1);
const HUNDRED = new Big(100);
/** Most refs a total's finding lists after the total itself. */
const MAX_REFS = 30;

/** A cell's number as it prints: its stored value rounded to the decimals its format shows. */
function shown(n: NumCell): Big {
  return n.value.round(n.decimals, Big.roundHalfUp);
}

function scoreFig(n: NumCell) {
  return fig(shown(n), "分", n.decimals);
}

function nameOf(ind: Indicator): string {
  return ind.level3 || ind.level2 || ind.level1;
}

/** 得分 > 分值, compared as printed: a score cannot exceed the points the row carries. */
function overWeight(weight: NumCell, score: NumCell, name: string): Finding | null {
  if (weight.percent || score.percent || !shown(score).gt(shown(weight))) return null;
  return finding(
    "score-mismatch",
    "error",
    [score.ref, weight.ref],
    "score-mismatch.over-weight",
    { name, score: fig(shown(score), "", score.decimals), weight: fig(shown(weight), "", weight.decimals) },
    scoreFig(weight),
    scoreFig(score)
  );
}

/** The 执行率 score against 分值 × min(全年执行数 / 全年预算数, 1), wherever the score stands (a fund row, an indicator row). */
function rateScoreOf(w: NumCell | null | undefined, s: NumCell | null | undefined, e: NumCell | null, a: NumCell | null): Finding | null {
  if (!w || !s || !e?.yuan || !a?.yuan || a.yuan.lte(0) || e.yuan.lt(0)) return null;
  const ratio = e.yuan.div(a.yuan);
  const right = w.value.times(ratio.gt(ONE) ? ONE : ratio);
  const printed = shown(s);
  if (printsAs(right, printed, s.decimals)) return null;
  const dp = Math.max(2, s.decimals);
  return finding(
    "score-mismatch",
    "error",
    [s.ref, w.ref, e.ref, a.ref],
    "score-mismatch.rate-score",
    { score: fig(printed, "", s.decimals), weight: fig(shown(w), "", w.decimals), rate: fig(ratio.times(HUNDRED), "%", 2), expected: fig(right, "", dp) },
    fig(right, "分", dp),
    scoreFig(s)
  );
}

/** A fund row's 执行率 score; its 分值 may stand in a caption (预算执行情况（20分）) rather than a column. */
function rateScore(row: BudgetRow, amounts: { executed: NumCell | null; annual: NumCell | null }, stated: NumCell | null = null): Finding | null {
  return rateScoreOf(row.weight?.num ?? stated, row.score?.num, amounts.executed, amounts.annual);
}

function budgetFindings(t: BudgetTable): Finding[] {
  const out: Finding[] = [];
  for (const row of t.rows) {
    const w = row.weight?.num;
    const s = row.score?.num;
    const over = w && s ? overWeight(w, s, row.label) : null;
    if (over) {
      out.push(over);
      continue;
    }
    // Every row that carries its own 分值 and 得分 is scored on its own rate (a 其中 row may repeat the total's).
    if (row.source === "total" || (w && s) || t.rows.filter((r) => r.score?.num).length === 1) {
      // A form with no 全年预算数 column scores against the 年初预算数 it has.
      const own = { executed: row.executed?.num ?? null, annual: row.annual?.num ?? row.initial?.num ?? null };
      const totals = budgetTotals(t);
      const amounts = row.source === "total" ? { executed: totals.executed, annual: totals.annual ?? totals.initial } : own;
      const f = rateScore(row, amounts, t.statedWeight);
      if (f) out.push(f);
    }
  }
  return out;
}

/** The unit written with a text cell's number: 人 of "128人"; null for numbers and bare text. */
function writtenUnit(cell: { cell: { v: unknown } | undefined } | null): string | null {
  const v = cell?.cell?.v;
  if (typeof v !== "string") return null;
  const p = parseNumber(v);
  return p && !p.percent ? p.unit : null;
}

/** The most a quantitative indicator may score under the ratio rule, or null when it met its target or cannot be judged. */
function ratioCap(ind: Indicator): { cap: Big; target: NumCell; actual: NumCell; reverse: boolean } | null {
  const t = ind.target?.num;
  const a = ind.actual?.num;
  const w = ind.weight?.num;
  if (!t || !a || !w || !ind.target || !ind.actual) return null;
  // Only like with like: 95% against 90%, 120人 against 128人.
  // A bare number under a % measure unit is a percentage only when it cannot be a ratio (96, not 0.96).
  if (t.percent !== a.percent) {
    const bare = t.percent ? a : t;
    if (!/%|％|百分/.test(ind.measureUnit) || !bare.value.gt(ONE)) return null;
  }
  const ut = writtenUnit(ind.target);
  const ua = writtenUnit(ind.actual);
  if (ut && ua && ut !== ua) return null;
  let dir = ind.direction;
  if (dir === null) {
    // No direction written: assume ≥ only where the name gives no hint that lower is better.
    if (REVERSE_HINT.test(ind.level3 + ind.level2)) return null;
    dir = ">=";
  }
  // Judged on what the form prints: 0.9456 under "0%" reads 95%.
  const tv = shown(t);
  const av = shown(a);
  if (tv.lte(0) || av.lt(0)) return null;
  if (dir === "<=") {
    if (!av.gt(tv)) return null;
    return { cap: shown(w).times(tv).div(av), target: t, actual: a, reverse: true };
  }
  if (!av.lt(tv)) return null;
  return { cap: shown(w).times(av).div(tv), target: t, actual: a, reverse: false };
}

/** An indicator that scores the execution rate itself: its 得分 is 分值 × the budget's rate, capped at 分值. */
const RATE_INDICATOR = /^(预算执行率|资金执行率|项目资金执行率|预算资金执行率)$/;

function rateIndicatorFinding(ind: Indicator, rate: RateFact | undefined): Finding | null {
  const name = norm(nameOf(ind)).replace(/^指标\d*[:：]?/, "");
  if (!rate || !RATE_INDICATOR.test(name)) return null;
  return rateScoreOf(ind.weight?.num, ind.score?.num, rate.executed, rate.annual);
}

function indicatorFinding(ind: Indicator): Finding | null {
  const w = ind.weight?.num;
  const s = ind.score?.num;
  if (!w || !s) return null;
  const over = overWeight(w, s, nameOf(ind));
  if (over) return over;
  const r = ratioCap(ind);
  if (!r) return null;
  // Beyond the printed precision: a score that rounds (half up) to the cap is not inflated.
  const capShown = r.cap.round(s.decimals, Big.roundHalfUp);
  if (!shown(s).gt(capShown)) return null;
  const dp = Math.max(2, s.decimals);
  const unitOf = (n: NumCell) => (n.percent ? "%" : (writtenUnit(ind.target) ?? ind.measureUnit));
  return finding(
    "score-mismatch",
    "error",
    [s.ref, w.ref, r.actual.ref, r.target.ref],
    r.reverse ? "score-mismatch.indicator-high-reverse" : "score-mismatch.indicator-high",
    {
      name: nameOf(ind),
      target: fig(shown(r.target), unitOf(r.target), r.target.decimals),
      actual: fig(shown(r.actual), unitOf(r.actual), r.actual.decimals),
      weight: fig(shown(w), "", w.decimals),
      score: fig(shown(s), "", s.decimals),
      expected: fig(r.cap, "", dp),
    },
    fig(r.cap, "分", dp),
    scoreFig(s)
  );
}

/** Whether a printed total agrees with the sum of printed parts, allowing each figure's last-digit rounding. */
function sumAgrees(total: NumCell, parts: NumCell[]): boolean {
  const exact = parts.reduce((acc, p) => acc.plus(p.value), ZERO);
  const printed = shown(total);
  if (printsAs(exact, printed, total.decimals)) return true;
  const asShown = parts.reduce((acc, p) => acc.plus(shown(p)), ZERO);
  if (printsAs(asShown, printed, total.decimals)) return true;
  return printed
    .minus(asShown)
    .abs()
    .lte(slackOf(parts).plus(halfUlp(total.decimals)));
}

/** What rounding the printed parts may hide: half a unit of the last digit of each part printed with decimals (16.67 for 50/3); whole numbers are taken as exact. */
function slackOf(parts: NumCell[]): Big {
  return parts.reduce((acc, p) => (p.decimals > 0 ? acc.plus(halfUlp(p.decimals)) : acc), ZERO);
}

function sum(parts: NumCell[]): Big {
  return parts.reduce((acc, p) => acc.plus(shown(p)), ZERO);
}

function maxDp(parts: NumCell[]): number {
  return parts.reduce((d, p) => Math.max(d, p.decimals), 0);
}

function scoredRow(b: BudgetTable): BudgetRow | null {
  return b.rows.find((r) => r.source === "total" && (r.weight?.num || r.score?.num)) ?? b.rows.find((r) => r.weight?.num || r.score?.num) ?? null;
}

/** The 执行率 row whose 分值 and 得分 count in the 总分: the form's own budget block, else a budget table elsewhere that carries a score. */
function formRateRow(ctx: RuleContext, t: IndicatorTable): BudgetRow | null {
  const own = ctx.model.budgets.find((x) => x.sheet === t.sheet);
  if (own) return scoredRow(own);
  for (const b of ctx.model.budgets) {
    const r = scoredRow(b);
    if (r) return r;
  }
  return null;
}

/** The 执行率 weight 财预〔2020〕10号 gives, for a 总分 that counts a 执行率 score the workbook does not show. */
const RATE_WEIGHT = new Big(10);

function totals(ctx: RuleContext, t: IndicatorTable): Finding[] {
  const out: Finding[] = [];
  if (!t.total) return out;
  const weights: NumCell[] = [];
  const scores: NumCell[] = [];
  // A row with a 分值 but no 得分 (or the reverse) is a form half filled in: that column's sum proves nothing.
  let weightsComplete = true;
  let scoresComplete = true;
  for (const ind of t.indicators) {
    const w = ind.weight?.num;
    const s = ind.score?.num;
    if (w) weights.push(w);
    if (s) scores.push(s);
    if (w && !s) scoresComplete = false;
    if (s && !w) weightsComplete = false;
  }
  if (!weights.length && !scores.length) return out;
  const rate = formRateRow(ctx, t);
  const rw = rate?.weight?.num ?? null;
  const rs = rate?.score?.num ?? null;
  const tw = t.total.weight?.num ?? null;
  const ts = t.total.score?.num ?? null;

  // A 总分 of 100 over indicators worth 90 with no 执行率 row in the workbook: the 10 points stand elsewhere, unseen.
  if (!rate && tw && weightsComplete && shown(tw).minus(sum(weights)).eq(RATE_WEIGHT)) return out;
  // The total counts the 执行率 row when its 分值 says so (100 = 90 + 10); a total of the indicators alone is consistent too.
  let withRate = !!rw;
  if (tw && weights.length && weightsComplete) {
    const withParts = rw ? [...weights, rw] : weights;
    if (sumAgrees(tw, withParts)) withRate = !!rw;
    // A row of the indicators alone (90 of 90) is a subtotal; a 总分 of 100 must count the 执行率 row the form also scores.
    else if (rw && sumAgrees(tw, weights) && !shown(tw).eq(HUNDRED)) withRate = false;
    else {
      out.push(
        finding(
          "score-mismatch",
          "error",
          [tw.ref, ...withParts.map((p) => p.ref)].slice(0, MAX_REFS + 1),
          rw ? "score-mismatch.total-weight-with-rate" : "score-mismatch.total-weight",
          { total: fig(shown(tw), "", tw.decimals), sum: fig(sum(withParts), "", maxDp(withParts)), rateWeight: rw ? fig(shown(rw), "", rw.decimals) : "" },
          fig(sum(withParts), "分", maxDp(withParts)),
          scoreFig(tw)
        )
      );
    }
  }
  if (ts && scores.length && scoresComplete) {
    if (withRate && !rs) return out;
    const parts = withRate && rs ? [...scores, rs] : scores;
    if (!sumAgrees(ts, parts)) {
      const dp = Math.max(maxDp(parts), ts.decimals);
      out.push(
        finding(
          "score-mismatch",
          "error",
          [ts.ref, ...parts.map((p) => p.ref)].slice(0, MAX_REFS + 1),
          withRate ? "score-mismatch.total-score-with-rate" : "score-mismatch.total-score",
          { total: fig(shown(ts), "", ts.decimals), sum: fig(sum(parts), "", dp), rateScore: withRate && rs ? fig(shown(rs), "", rs.decimals) : "" },
          fig(sum(parts), "分", dp),
          scoreFig(ts)
        )
      );
    }
  }
  return out;
}

/** The weight a 一级指标 label states: 50 of "产出指标（50分）" or "产出指标(50)". */
export function statedWeight(label: string): Big | null {
  const m = /[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/.exec(label.normalize("NFKC"));
  return m ? new Big(m[1]!) : null;
}

/** Where a 一级指标 label stands: the first cell of the table, from its header down, showing that text. */
function labelRef(sheet: SheetSnapshot | undefined, t: IndicatorTable, label: string, uptoRow: number): Ref | null {
  if (!sheet) return null;
  for (let r = t.headerRow + 1; r <= uptoRow; r++) {
    const row = rowAt(sheet, r) ?? [];
    for (let c = 0; c < row.length; c++) {
      if (headerText(sheet, r, c) === label && cellString(row[c]) === label) return { sheet: t.sheet, row: r, col: c };
    }
  }
  return null;
}

type SectionKey = "output" | "outcome" | "satisfaction";

/** The section a 一级指标 or a note's word names: 产出 (成本 is under it), 效益, 满意度. */
function sectionKey(text: string): SectionKey | null {
  if (/满意/.test(text)) return "satisfaction";
  if (/效益/.test(text)) return "outcome";
  if (/产出/.test(text)) return "output";
  return null;
}

/**
 * Weights a form's own note fixes for its sections: "注：产出指标50分、效益指标30分、满意度指标10分、执行率10分". A note
 * names two sections at least, or it is a sentence, not the scheme.
 */
function noteWeights(ctx: RuleContext, sheet: string): Map<SectionKey, { weight: Big; ref: Ref }> {
  const out = new Map<SectionKey, { weight: Big; ref: Ref }>();
  for (const n of ctx.model.narratives) {
    if (n.sheet !== sheet) continue;
    for (const p of n.paragraphs) {
      const found = [...p.text.normalize("NFKC").matchAll(/(产出|效益|满意度)(?:指标)?\s*[(（:：]?\s*(\d+(?:\.\d+)?)\s*分/g)];
      if (found.length < 2) continue;
      for (const m of found) {
        const k = sectionKey(m[1]!);
        if (k && !out.has(k)) out.set(k, { weight: new Big(m[2]!), ref: p.ref });
      }
    }
  }
  return out;
}

function sections(ctx: RuleContext, t: IndicatorTable): Finding[] {
  const out: Finding[] = [];
  const notes = noteWeights(ctx, t.sheet);
  const groups = new Map<string, Indicator[]>();
  for (const ind of t.indicators) {
    if (!ind.level1) continue;
    const g = groups.get(ind.level1) ?? [];
    g.push(ind);
    groups.set(ind.level1, g);
  }
  const sheet = ctx.model.snapshot.sheets.find((s) => s.name === t.sheet);
  for (const [label, inds] of groups) {
    const key = sectionKey(label);
    const note = key ? notes.get(key) : undefined;
    const labelled = statedWeight(label);
    const at = labelRef(sheet, t, label, inds[0]!.row);
    // The form's label and its own note disagree on a section's weight: one of them is wrong.
    if (labelled && note && !labelled.eq(note.weight)) {
      out.push(
        finding(
          "score-mismatch",
          "error",
          [...(at ? [at] : []), note.ref],
          "score-mismatch.section-note",
          { label, stated: fig(labelled, "", 0), note: fig(note.weight, "", 0) },
          fig(note.weight, "分", 0),
          fig(labelled, "分", 0)
        )
      );
      continue;
    }
    const stated = labelled ?? note?.weight ?? null;
    if (!stated) continue;
    const weights = inds.map((i) => i.weight?.num ?? null);
    // A row without a numeric 分值 (blank, —, not applicable) leaves the section's sum open.
    if (weights.some((w) => w === null)) continue;
    const parts = weights as NumCell[];
    const printed = sum(parts);
    if (
      printed.minus(stated).abs().lte(slackOf(parts)) ||
      printsAs(
        parts.reduce((a, p) => a.plus(p.value), ZERO),
        stated,
        maxDp(parts)
      )
    )
      continue;
    const dp = maxDp(parts);
    out.push(
      finding(
        "score-mismatch",
        "error",
        [...(at ? [at] : []), ...(labelled ? [] : [note!.ref]), ...parts.map((p) => p.ref)].slice(0, MAX_REFS + 1),
        "score-mismatch.section-weight",
        { label, stated: fig(stated, "", 0), sum: fig(printed, "", dp) },
        fig(stated, "分", dp),
        fig(printed, "分", dp)
      )
    );
  }
  return out;
}

export const scoreMismatch: Rule = {
  id: "score-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    for (const b of ctx.model.budgets) out.push(...budgetFindings(b));
    for (const t of ctx.model.indicators) {
      for (const ind of t.indicators) {
        const f = rateIndicatorFinding(ind, ctx.facts.rates.find((r) => r.source === "total") ?? ctx.facts.rates[0]) ?? indicatorFinding(ind);
        if (f) out.push(f);
      }
      out.push(...totals(ctx, t), ...sections(ctx, t));
    }
    return out;
  },
};
