/** What the report says, gathered once from the workbook model: project info, budget by fund source, scoring, contracts, and which reasons are missing. */
import { cellString } from "../cells";
import { Big, ZERO } from "../decimal";
import { deriveFacts, type Facts } from "../facts";
import type { FundSource } from "../figures/types";
import { strings, type Lang, type Strings } from "../i18n";
import type { ReportStrings } from "../i18n/types";
import type { BudgetTable, Direction, Indicator, NumCell, WorkbookModel } from "../model";
import { infoValue } from "../info";
import { formProjectNames } from "../scope";
import { measureText } from "./format";
import { type Bands, type IndicatorInput, type IndicatorScore, type Pool, scoreAll, type Scoring, type WeightPreset } from "./scoring";
import { judgeScores, type Verdict } from "./verdict";

export interface FundLine {
  source: FundSource;
  /** Money in 元, exact; null when the workbook gives none. */
  initial: Big | null;
  annual: Big | null;
  executed: Big | null;
  /** 执行率 in percent, exact; null for 0/0 or missing figures. */
  rate: Big | null;
  /** The workbook's own row label, where several rows share the source (其中：中央财政资金, 地方资金). */
  label?: string;
}

export interface IndicatorLine {
  indicator: Indicator;
  score: IndicatorScore;
  /** 年度指标值 / 实际完成值 as the form writes them: "≥128人", "95%", or the text as typed. */
  targetText: string;
  actualText: string;
}

export interface ContractLine {
  vendor: string;
  name: string;
  amount: Big | null;
  annual: Big | null;
}

export interface ReportData {
  model: WorkbookModel;
  facts: Facts;
  lang: Lang;
  strings: Strings;
  s: ReportStrings;
  year: number | null;
  info: { name: string | null; department: string | null; implementer: string | null; total: Big | null; annual: Big | null; years: Big | null };
  /** Total first, then the sources in form order. */
  funds: FundLine[];
  total: FundLine | null;
  scoring: Scoring;
  /** 总分 and 等级 as the form may state them, or why not. */
  verdict: Verdict;
  indicators: IndicatorLine[];
  contracts: ContractLine[];
  /** 全年 − 年初 of the total when it differs and no reason is given anywhere; null otherwise. */
  unexplainedAdjustment: Big | null;
  /** 执行率 under 90 % with no reason given. */
  unexplainedLowRate: boolean;
  /** The user's narrative sheet (report-text), if any. */
  narrativeSheet: string | null;
}

export interface DataOptions {
  lang: Lang;
  preset: WeightPreset;
  bands?: Bands;
  pools?: Partial<Record<Pool, Big>>;
  rateWeight?: Big | null;
}

const ORDER: FundSource[] = ["total", "fiscal", "special", "unit", "other", "prior"];
const LOW_RATE = new Big(90);
const ADJUST = /(调增|调减|追加|追减|核减|调整|调剂|增加|减少|变动|差额|adjust|increase|decrease)/i;
const BECAUSE = /(原因|因为|由于|因|系因|主要系|系由|用于|主要是|reason|because|due to)/i;
const LOW_WORDS = /(执行率|未支付|未执行|结余|进度|未完成)/;
/** Outline headings name 原因 without giving one. */
const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** A note or reason cell that says something: 无, —, / are placeholders. */
export function stated(text: string): boolean {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  return t !== "" && !/^(无|没有|暂无|空|[-—–~/\\]+|n\/?a|none|nil)$/i.test(t) && !/^[【[](待填写|to fill in)/i.test(t);
}

function yuanOf(n: NumCell | null | undefined): Big | null {
  return n?.yuan ?? null;
}

function fundLines(b: BudgetTable | null): FundLine[] {
  if (!b) return [];
  const lines: FundLine[] = [];
  for (const source of ORDER) {
    const rows = b.rows.filter((r) => r.source === source);
    // Several rows of one source (其中：中央财政资金, 地方资金) are each a line under their own label, as the checker reads
    // them; a total is its first row.
    const of = source === "total" ? rows.slice(0, 1) : rows;
    for (const row of of) {
      const initial = yuanOf(row.initial?.num);
      const annual = yuanOf(row.annual?.num);
      const executed = yuanOf(row.executed?.num);
      const label = of.length > 1 ? row.label.trim().replace(/[:：]$/, "") : "";
      lines.push({ source, initial, annual, executed, rate: rateOf(executed, annual), ...(label ? { label } : {}) });
    }
  }
  // The sum of the sources (上年结转 apart, as the checker adds them).
  const parts = lines.filter((l) => l.source !== "prior" && l.source !== "total");
  const sum = (k: "initial" | "annual" | "executed") => (parts.some((p) => p[k]) ? parts.reduce((a, p) => a.plus(p[k] ?? ZERO), ZERO) : null);
  const total = lines.find((l) => l.source === "total");
  if (lines.length && !total) {
    // No 资金总额 row: the sources' sum.
    const annual = sum("annual");
    const executed = sum("executed");
    lines.unshift({ source: "total", initial: sum("initial"), annual, executed, rate: rateOf(executed, annual) });
  } else if (total) {
    // A 资金总额 left at 0 (or blank) over sources that hold money is no total: the sources' sum, as the checker proves it.
    for (const k of ["initial", "annual", "executed"] as const) {
      const s = sum(k);
      if (s && !s.eq(0) && (total[k] === null || total[k]!.eq(0))) total[k] = s;
    }
    total.rate = rateOf(total.executed, total.annual);
  }
  return lines;
}

function rateOf(executed: Big | null, annual: Big | null): Big | null {
  if (!executed || !annual || annual.eq(0)) return null;
  return executed.div(annual).times(100);
}

const DIRECTION_SIGN: Record<NonNullable<Direction>, string> = { ">=": "≥", "<=": "≤", "=": "=" };
const PERCENT_UNIT = /^(%|％|百分比|百分之)$/;

/** Target and actual in like terms: a bare 0.95 beside 90% is 95%. */
function measures(ind: Indicator): { target: Big | null; actual: Big | null; tp: boolean; ap: boolean } {
  const t = ind.target?.num ?? null;
  const a = ind.actual?.num ?? null;
  const unitPercent = PERCENT_UNIT.test(ind.measureUnit.trim());
  let tv = t?.value ?? null;
  let av = a?.value ?? null;
  const tp = !!t && (t.percent || unitPercent);
  const ap = !!a && (a.percent || unitPercent);
  // A bare 0.95 under a % measure is a fraction typed without the % format: 95%.
  if (tv && unitPercent && !t!.percent && tv.abs().lte(1)) tv = tv.times(100);
  if (av && unitPercent && !a!.percent && av.abs().lte(1)) av = av.times(100);
  return { target: tv, actual: av, tp, ap };
}

function indicatorInput(ind: Indicator): IndicatorInput {
  const m = measures(ind);
  return {
    level1: ind.level1,
    level2: ind.level2,
    name: ind.level3 || ind.level2 || ind.level1,
    direction: ind.direction,
    target: m.target,
    actual: m.actual,
    targetPercent: m.tp,
    actualPercent: m.ap,
    targetText: cellString(ind.target?.cell),
    actualText: cellString(ind.actual?.cell),
    weight: ind.weight?.num && !ind.weight.num.percent ? ind.weight.num.value : null,
    reason: ind.reason,
  };
}

function measureLabel(value: Big | null, percent: boolean, unit: string, raw: string, direction: Direction): string {
  if (value === null) return raw;
  // No unit column, the unit in the cell itself (≥200平方米): the cell's own words, its unit kept.
  if (!unit.trim() && /\d\s*[^\d\s.,，%％]+\s*$/u.test(raw)) return raw.trim();
  const sign = direction ? DIRECTION_SIGN[direction] : "";
  return sign + measureText(value, percent, PERCENT_UNIT.test(unit.trim()) ? "" : unit);
}

function sentences(model: WorkbookModel, sheet: string | null): string[] {
  return model.narratives
    .filter((n) => n.sheet === sheet)
    .flatMap((n) => n.paragraphs.filter((p) => !HEADING.test(p.text)).flatMap((p) => p.text.split(/[。；;！？!?\n]/)));
}

/** The user's narrative: a visible report-text sheet over a hidden one, the longest first. */
function narrativeSheet(model: WorkbookModel): string | null {
  const candidates = model.sheets.filter((s) => s.role === "report-text");
  const size = (name: string) => model.narratives.find((n) => n.sheet === name)?.paragraphs.length ?? 0;
  candidates.sort((a, b) => Number(a.hidden) - Number(b.hidden) || size(b.name) - size(a.name));
  return candidates.find((s) => size(s.name) > 0)?.name ?? null;
}

export function gatherData(model: WorkbookModel, opts: DataOptions): ReportData {
  const facts = deriveFacts(model);
  const all = strings(opts.lang);
  const funds = fundLines(facts.budget);
  const total = funds.find((f) => f.source === "total") ?? null;
  const inds = model.indicators.flatMap((t) => t.indicators);
  const scoring = scoreAll({
    executed: total?.executed ?? null,
    annual: total?.annual ?? null,
    indicators: inds.map(indicatorInput),
    preset: opts.preset,
    ...(opts.bands ? { bands: opts.bands } : {}),
    ...(opts.pools ? { pools: opts.pools } : {}),
    ...(opts.rateWeight !== undefined ? { rateWeight: opts.rateWeight } : {}),
  });
  const indicators: IndicatorLine[] = inds.map((ind, i) => {
    const sc = scoring.indicators[i]!;
    const m = measures(ind);
    return {
      indicator: ind,
      score: sc,
      targetText: measureLabel(m.target, m.tp, ind.measureUnit, cellString(ind.target?.cell), ind.direction),
      actualText: measureLabel(m.actual, m.ap, ind.measureUnit, cellString(ind.actual?.cell), null),
    };
  });

  const narrative = narrativeSheet(model);
  const said = sentences(model, narrative);
  const noted = facts.budget?.rows.some((r) => stated(r.note)) ?? false;
  let unexplainedAdjustment: Big | null = null;
  if (total?.initial && total.annual && !total.initial.eq(total.annual) && !noted) {
    const explained = said.some((s) => /预算|budget/i.test(s) && ADJUST.test(s) && BECAUSE.test(s));
    if (!explained) unexplainedAdjustment = total.annual.minus(total.initial);
  }
  const unexplainedLowRate = !!total?.rate && total.rate.lt(LOW_RATE) && !noted && !said.some((s) => LOW_WORDS.test(s) && BECAUSE.test(s));

  const known = (q: string) => facts.known.find((k) => k.quantity === q)?.yuan ?? null;
  const yearsText = infoValue(model, /^(项目周期|项目期限|周期|服务期限|projectperiod|term)/);
  const years = yearsText && /^\d+(\.\d+)?$/.test(yearsText) ? new Big(yearsText) : null;

  const contracts: ContractLine[] = model.contracts.flatMap((t) =>
    t.contracts.map((c) => {
      const amount = yuanOf(c.amount?.num);
      const y = c.years?.num?.value;
      const annual = yuanOf(c.annual?.num) ?? (amount && y && y.gt(0) ? amount.div(y) : null);
      return { vendor: c.vendor, name: c.name || c.id, amount, annual };
    })
  );

  return {
    model,
    facts,
    lang: opts.lang,
    strings: all,
    s: all.report,
    year: model.year,
    info: {
      // The form's own 项目名称 where no project-information block gives one, when the workbook's forms name one project.
      name: infoValue(model, /^(项目名称|projectname)/) ?? onlyOne(formProjectNames(model)),
      department: infoValue(model, /^(主管部门|主管单位|supervisingdepartment)/),
      implementer: infoValue(model, /^(实施单位|implementingunit)/) ?? infoValue(model, /^(预算单位|项目单位|budgetunit)/),
      total: known("project-total"),
      annual: known("project-annual"),
      years,
    },
    funds,
    total,
    scoring,
    verdict: judgeScores(scoring, all.report),
    indicators,
    contracts,
    unexplainedAdjustment,
    unexplainedLowRate,
    narrativeSheet: narrative,
  };
}

function onlyOne(names: string[]): string | null {
  return names.length === 1 ? names[0]! : null;
}
