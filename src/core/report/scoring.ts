/** Scoring of the 自评表 (domain.md §4): 执行率 score, indicators by ratio or band, section weights by preset, 总分 and grade; exact decimals. */
import { Big, ZERO } from "../decimal";
import type { Direction } from "../model";

export type WeightPreset = "national" | "sichuan" | "ningxia" | "rate20" | "rate30";
export type Section = "output" | "outcome" | "satisfaction";
export type Grade = "excellent" | "good" | "fair" | "poor";
/** A pool of indicators sharing one weight total: a section, or all indicators at once (四川's 90). */
export type Pool = Section | "all";

export const SECTIONS: readonly Section[] = ["output", "outcome", "satisfaction"];

const ONE = new Big(1);
const HUNDRED = new Big(100);

export interface Preset {
  /** 执行率 分值; null where the province gives it no weight (宁夏). */
  rate: Big | null;
  /** Totals per pool. */
  pools: Partial<Record<Pool, Big>>;
}

/** Section weights [10号 第十二条]: 10/50/30/10 nationally; 四川 10 + 90 split as the indicators say; 宁夏 40/40/20 with no 执行率 weight; 20/80 and 30/70 forms. */
export const PRESETS: Record<WeightPreset, Preset> = {
  national: { rate: new Big(10), pools: { output: new Big(50), outcome: new Big(30), satisfaction: new Big(10) } },
  sichuan: { rate: new Big(10), pools: { all: new Big(90) } },
  ningxia: { rate: null, pools: { output: new Big(40), outcome: new Big(40), satisfaction: new Big(20) } },
  // Forms that weight the 执行率 at 20 or 30 and split the rest over the indicators as they are written.
  rate20: { rate: new Big(20), pools: { all: new Big(80) } },
  rate30: { rate: new Big(30), pools: { all: new Big(70) } },
};

/** Share of 分值 per qualitative band: the upper end of each band [10号 第十三条], configurable. */
export interface Bands {
  achieved: Big;
  partial: Big;
  notAchieved: Big;
}

export const DEFAULT_BANDS: Bands = { achieved: new Big(1), partial: new Big("0.8"), notAchieved: new Big("0.6") };

/** 一级指标 → section: 成本 counts under 产出 (the 2020 national form), anything unnamed too. */
export function sectionOf(level1: string, level2 = ""): Section {
  const t = `${level1}|${level2}`.normalize("NFKC");
  if (/满意|satisf/i.test(level1) || (!level1 && /满意|satisf/i.test(t))) return "satisfaction";
  if (/效益|效果|影响|outcome|benefit|impact/i.test(level1)) return "outcome";
  if (!level1 && /效益|outcome|benefit/i.test(t)) return "outcome";
  return "output";
}

// ---------- 执行率 ----------

export type RateFlag = "undefined" | "over-budget" | "missing";

export interface RateScore {
  /** 全年执行数 / 全年预算数 × 100, exact; null for 0/0 (or any zero budget) and missing figures. */
  rate: Big | null;
  weight: Big | null;
  /** Exact 分值 × min(rate, 100 %); null when not scored. */
  score: Big | null;
  flag: RateFlag | null;
}

/** 执行率 = 全年执行数 / 全年预算数; score = 分值 × rate capped at 分值; a zero budget gives no rate and no score (flagged). */
export function scoreRate(executed: Big | null, annual: Big | null, weight: Big | null): RateScore {
  if (!executed || !annual) return { rate: null, weight, score: null, flag: "missing" };
  if (annual.eq(0)) return { rate: null, weight, score: null, flag: "undefined" };
  const rate = executed.div(annual).times(HUNDRED);
  const over = executed.gt(annual);
  const capped = over ? ONE : executed.div(annual);
  return { rate, weight, score: weight ? weight.times(capped) : null, flag: over ? "over-budget" : null };
}

// ---------- indicators ----------

export interface IndicatorInput {
  level1: string;
  level2: string;
  name: string;
  direction: Direction;
  /** Numbers as read; percentages in percent (95 for 95%). */
  target: Big | null;
  actual: Big | null;
  targetPercent?: boolean;
  actualPercent?: boolean;
  targetText: string;
  actualText: string;
  /** 分值 the workbook gives; null when blank. */
  weight: Big | null;
  /** A reason the workbook states (偏差原因分析及改进措施). */
  reason?: string;
  /** Section override; else read from level1. */
  section?: Section;
}

export type IndicatorKind = "quantitative" | "qualitative" | "not-applicable" | "unscored";
export type Band = "achieved" | "partial" | "not-achieved";

export interface IndicatorScore {
  input: IndicatorInput;
  section: Section;
  pool: Pool;
  kind: IndicatorKind;
  /** Effective 分值 after rescaling, rounded to 2 decimals as the form prints it; null for not-applicable rows. */
  weight: Big | null;
  /** 得分 rounded to 2 decimals; null when not scored. */
  score: Big | null;
  /** Attainment: 完成值/指标值 (≥), 指标值/完成值 (≤), smaller/larger (=); null when not quantitative. */
  ratio: Big | null;
  band: Band | null;
  direction: Direction;
  /** The direction was not written and ≥ was assumed. */
  assumedDirection: boolean;
  /** Short of target: a reason is required. */
  short: boolean;
  /** 50 % or more above a ≥ target: the target may be set too low, analysis required. */
  farOver: boolean;
}

const NOT_APPLICABLE = /^(不适用|不涉及|n\/?a|not applicable|[-—–－―]+)$/i;
const FAR_OVER = new Big("1.5");

export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.test(text.normalize("NFKC").replace(/\s+/g, ""));
}

/** The band a qualitative 完成值 states; null when it states none we can read. */
export function bandOf(actualText: string, targetText = ""): Band | null {
  const t = actualText.normalize("NFKC").replace(/\s+/g, "");
  if (!t) return null;
  if (/(未达成|未完成|未实现|未达到|没有完成|效果较差|效果差|不合格|不达标|^否$|^差$|notachieved|notmet)/i.test(t)) return "not-achieved";
  if (/(部分|基本|一定效果|大部分|较好|partly|partial)/i.test(t)) return "partial";
  if (/(达成|完成|实现|达到|达标|合格|良好|优秀|^优$|^好$|^是$|^有$|显著|明显|提升|提高|满意|achieved|met|yes|done)/i.test(t)) return "achieved";
  if (targetText && t === targetText.normalize("NFKC").replace(/\s+/g, "")) return "achieved";
  return null;
}

/** Both figures in the same terms: a bare 0.95 against 90% reads as 95%. */
function alike(x: Big, xPercent: boolean, yPercent: boolean): Big {
  if (!xPercent && yPercent && x.abs().lte(ONE)) return x.times(HUNDRED);
  return x;
}

function attainment(direction: ">=" | "<=" | "=", target: Big, actual: Big): Big {
  if (direction === "<=") {
    if (actual.lte(target)) return ONE;
    return actual.eq(0) ? ONE : target.div(actual);
  }
  if (direction === "=") {
    if (actual.eq(target)) return ONE;
    const [lo, hi] = actual.lt(target) ? [actual, target] : [target, actual];
    return hi.eq(0) ? ONE : lo.abs().div(hi.abs());
  }
  if (actual.gte(target)) return ONE;
  return target.lte(0) ? ONE : actual.lt(0) ? ZERO : actual.div(target);
}

interface Judged {
  kind: IndicatorKind;
  share: Big | null;
  ratio: Big | null;
  band: Band | null;
  direction: Direction;
  assumed: boolean;
  short: boolean;
  farOver: boolean;
}

/** How much of its 分值 one indicator earns, before weights are known. */
export function judgeIndicator(ind: IndicatorInput, bands: Bands = DEFAULT_BANDS): Judged {
  const none = { ratio: null, band: null, direction: ind.direction, assumed: false, short: false, farOver: false };
  if (isNotApplicable(ind.actualText) || isNotApplicable(ind.targetText)) return { ...none, kind: "not-applicable", share: null };
  if (ind.target && ind.actual) {
    const assumed = ind.direction === null;
    const direction = ind.direction ?? ">=";
    const tp = !!ind.targetPercent;
    const ap = !!ind.actualPercent;
    const target = alike(ind.target, tp, ap);
    const actual = alike(ind.actual, ap, tp);
    const ratio = attainment(direction, target, actual);
    const farOver = direction === ">=" && target.gt(0) && actual.div(target).gte(FAR_OVER);
    return { kind: "quantitative", share: ratio, ratio, band: null, direction, assumed, short: ratio.lt(ONE), farOver };
  }
  if (!ind.actualText.trim()) return { ...none, kind: "unscored", share: null };
  const band = bandOf(ind.actualText, ind.targetText);
  if (!band) return { ...none, kind: "unscored", share: null };
  const share = band === "achieved" ? bands.achieved : band === "partial" ? bands.partial : bands.notAchieved;
  return { ...none, kind: "qualitative", share, band, short: band !== "achieved" };
}

// ---------- weights and totals ----------

export interface ScoringInput {
  executed: Big | null;
  annual: Big | null;
  indicators: IndicatorInput[];
  preset?: WeightPreset;
  bands?: Bands;
  /** Pool totals a template states (产出指标（50分）), over the preset's. */
  pools?: Partial<Record<Pool, Big>>;
  /** 执行率 分值 a template states, over the preset's; null for none. */
  rateWeight?: Big | null;
}

export interface Scoring {
  preset: WeightPreset;
  rate: RateScore;
  /** 执行率 得分 rounded to 2 decimals. */
  rateScore: Big | null;
  indicators: IndicatorScore[];
  /** Pool totals actually used, after 满意度 moved to 效益 when absent. */
  pools: Partial<Record<Pool, Big>>;
  /** Pools with weight but no indicator to carry it. */
  emptyPools: Pool[];
  /** The 满意度 weight moved to 效益 (no 满意度 indicator). */
  movedSatisfaction: Big | null;
  /** Σ 分值: 执行率 + pool totals. */
  totalWeight: Big;
  /** Σ 得分 as printed (2 decimals each), so the form adds up. */
  indicatorScore: Big;
  total: Big;
  grade: Grade;
  /** Some row could not be scored (unknown band, missing 完成值). */
  incomplete: boolean;
}

export function round2(x: Big): Big {
  return x.round(2, Big.roundHalfUp);
}

/** 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60 [10号, unverified]. */
export function gradeOf(total: Big): Grade {
  if (total.gte(90)) return "excellent";
  if (total.gte(80)) return "good";
  if (total.gte(60)) return "fair";
  return "poor";
}

/** Effective weights: each pool's total shared by the applicable rows in proportion to their 分值 (not-applicable rows dropped). */
function shares(rows: Array<{ weight: Big | null }>, total: Big): Big[] {
  const known = rows.filter((r) => r.weight && r.weight.gt(0)).map((r) => r.weight!);
  // A row with no 分值 counts as the average of the others; none at all splits evenly.
  const fill = known.length ? known.reduce((a, b) => a.plus(b), ZERO).div(known.length) : ONE;
  const ws = rows.map((r) => (r.weight && r.weight.gt(0) ? r.weight : fill));
  const sum = ws.reduce((a, b) => a.plus(b), ZERO);
  return ws.map((w) => (sum.eq(0) ? ZERO : total.times(w).div(sum)));
}

export function scoreAll(input: ScoringInput): Scoring {
  const presetName = input.preset ?? "national";
  const preset = PRESETS[presetName];
  const bands = input.bands ?? DEFAULT_BANDS;
  const rateWeight = input.rateWeight !== undefined ? input.rateWeight : preset.rate;
  const rate = scoreRate(input.executed, input.annual, rateWeight);
  const rateScore = rate.score ? round2(rate.score) : null;

  const pools: Partial<Record<Pool, Big>> = { ...preset.pools, ...(input.pools ?? {}) };
  const pooled = "all" in pools;
  const judged = input.indicators.map((ind) => {
    const section = ind.section ?? sectionOf(ind.level1, ind.level2);
    return { ind, section, pool: (pooled ? "all" : section) as Pool, j: judgeIndicator(ind, bands) };
  });

  // No 满意度 indicator (or none applicable): its weight goes to 效益.
  let movedSatisfaction: Big | null = null;
  const applicableIn = (p: Pool) => judged.some((x) => x.pool === p && x.j.kind !== "not-applicable");
  if (!pooled && pools.satisfaction && !applicableIn("satisfaction") && pools.outcome && applicableIn("outcome")) {
    movedSatisfaction = pools.satisfaction;
    pools.outcome = pools.outcome.plus(pools.satisfaction);
    delete pools.satisfaction;
  }

  const out: IndicatorScore[] = judged.map(({ ind, section, pool, j }) => ({
    input: ind,
    section,
    pool,
    kind: j.kind,
    weight: null,
    score: null,
    ratio: j.ratio,
    band: j.band,
    direction: j.direction,
    assumedDirection: j.assumed,
    short: j.short,
    farOver: j.farOver,
  }));
  const emptyPools: Pool[] = [];
  for (const [pool, total] of Object.entries(pools) as Array<[Pool, Big]>) {
    const rows = out.filter((r) => r.pool === pool && r.kind !== "not-applicable");
    if (!rows.length) {
      emptyPools.push(pool);
      continue;
    }
    const ws = shares(
      rows.map((r) => ({ weight: r.input.weight })),
      total
    );
    rows.forEach((r, i) => {
      r.weight = round2(ws[i]!);
    });
  }
  for (const [i, r] of out.entries()) {
    const share = judged[i]!.j.share;
    // Scored from the printed 分值, so 得分 ≤ 分值 × ratio holds on the form.
    if (r.weight && share) r.score = round2(r.weight.times(share));
  }

  const indicatorScore = out.reduce((a, r) => (r.score ? a.plus(r.score) : a), ZERO);
  const usedPools = (Object.entries(pools) as Array<[Pool, Big]>).filter(([p]) => !emptyPools.includes(p));
  const totalWeight = usedPools.reduce((a, [, w]) => a.plus(w), rateWeight ?? ZERO);
  const total = indicatorScore.plus(rateScore ?? ZERO);
  return {
    preset: presetName,
    rate,
    rateScore,
    indicators: out,
    pools,
    emptyPools,
    movedSatisfaction,
    totalWeight,
    indicatorScore,
    total,
    grade: gradeOf(total),
    incomplete: out.some((r) => r.kind === "unscored"),
  };
}
