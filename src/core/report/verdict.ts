/**
 * What the 自评表 may state as 总分 and 等级: only figures the sources support and a form can hold (总分 ≤ 100, each
 * 得分 ≤ its 分值). Where they cannot be supported, the form shows 【待填写】 and the reasons are listed under it.
 */
import type { Big } from "../decimal";
import type { ReportStrings } from "../i18n/types";
import type { PlanScore } from "./plan";
import { pointsText } from "./format";
import type { Grade, IndicatorScore, Scoring } from "./scoring";

export interface Verdict {
  /** null where the form shows 【待填写】. */
  total: Big | null;
  grade: Grade | null;
  /** Indicators whose 得分 would exceed their 分值: their 得分 cell is left to fill in. */
  overWeight: Set<IndicatorScore>;
  /** Why 总分 and 等级 are not stated, in the report's language; empty when they are. */
  pending: string[];
}

export function judgeScores(sc: Scoring, s: ReportStrings): Verdict {
  const n = s.notes;
  const pending: string[] = [];
  const applicable = sc.indicators.filter((r) => r.kind !== "not-applicable");
  if (!applicable.length) pending.push(n.noIndicators);
  if (sc.rate.weight && sc.rate.flag === "missing") pending.push(n.noBudget);
  const unscored = applicable.filter((r) => r.kind === "unscored").length;
  if (unscored) pending.push(n.unscored({ count: String(unscored) }));
  const overWeight = new Set(sc.indicators.filter((r) => r.score && r.weight && r.score.gt(r.weight)));
  for (const r of overWeight) pending.push(n.overWeight({ name: r.input.name }));
  // Σ 分值 must be 100: sections with no indicator, or a template's own weights, can make it otherwise.
  if (!sc.totalWeight.eq(100)) pending.push(n.weights({ weight: pointsText(sc.totalWeight) }));
  // Each 得分 ≤ its 分值 and Σ 分值 = 100 bound 总分 by 100; kept as a last guard all the same.
  if (!pending.length && sc.total.gt(100)) pending.push(n.weights({ weight: pointsText(sc.total) }));
  const ok = pending.length === 0;
  return { total: ok ? sc.total : null, grade: ok ? sc.grade : null, overWeight, pending };
}

/** The scores as the plan reports them (2 decimals), the same the form shows. */
export function planScore(sc: Scoring, v: Verdict, s: ReportStrings): PlanScore {
  const two = (x: Big | null) => (x === null ? null : x.toFixed(2));
  return {
    rate: two(sc.rateScore),
    indicators: v.overWeight.size ? null : two(sc.indicatorScore),
    total: two(v.total),
    weight: sc.totalWeight.toFixed(2),
    grade: v.grade,
    gradeText: v.grade ? s.grades[v.grade] : null,
    pending: v.pending,
  };
}
