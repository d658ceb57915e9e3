/** Values derived once from the tables that rules check figures against: budget by source, ledger sums, contracts, rates, balances. */
import { cellString } from "./cells";
import { Big } from "./decimal";
import type { Concept, FundSource, TextFigure } from "./figures/types";
import type { QuantityId } from "./findings";
import { ledgerSpan } from "./ledger";
import type { BudgetTable, NumCell, Ref, WorkbookModel } from "./model";
import { norm } from "./recognize/text";
import { yuanSlack } from "./rules/rates";
import { partsStatements, sentencesOf } from "./statements";
import { totals } from "./budget";

/** A money value the workbook establishes, in 元, with where it comes from. */
export interface Known {
  yuan: Big;
  quantity: QuantityId;
  source: FundSource | null;
  /** Concepts a narrative figure may name when it quotes this value. */
  concepts: Concept[];
  refs: Ref[];
  /** How far the true value may lie from `yuan`, given the precision its cells are printed to (0 when exact). */
  tol?: Big;
}

export interface RateFact {
  source: FundSource;
  executed: NumCell;
  annual: NumCell;
  initial: NumCell | null;
}

export interface Facts {
  /** The budget table the figures come from: a budget sheet's over a form's. */
  budget: BudgetTable | null;
  known: Known[];
  rates: RateFact[];
  ledgerTotal: { yuan: Big; refs: Ref[] } | null;
}

const YEARS = /^(项目周期|项目期限|周期|期限|服务期限|合同期限|projectperiod|term)/;
const TOTAL = /^(项目总预算|总预算|预算总额|totalbudget|projectbudget)/;
const ANNUAL = /^(年度预算|每年预算|年预算|annualbudget)/;

/** A source's 年初预算数, 全年预算数 and 全年执行数 as known values, each where stated; with `slack`, the rounding of its cells. */
function amountsKnown(
  source: FundSource,
  i: NumCell | null | undefined,
  a: NumCell | null | undefined,
  e: NumCell | null | undefined,
  slack: boolean
): Known[] {
  const out: Known[] = [];
  const tol = (n: NumCell) => (slack ? { tol: yuanSlack(n) } : {});
  if (i?.yuan) out.push({ yuan: i.yuan, quantity: "initial", source, concepts: ["budget-initial", "budget"], refs: [i.ref], ...tol(i) });
  if (a?.yuan) out.push({ yuan: a.yuan, quantity: "annual", source, concepts: ["budget-annual", "budget"], refs: [a.ref], ...tol(a) });
  if (e?.yuan) out.push({ yuan: e.yuan, quantity: "executed", source, concepts: ["executed"], refs: [e.ref], ...tol(e) });
  return out;
}

export function deriveFacts(model: WorkbookModel): Facts {
  const known: Known[] = [];
  const rates: RateFact[] = [];
  // A visible budget sheet's table over a hidden one's (a draft or an old copy), over a form's.
  const budgetSheets = model.sheets.filter((s) => s.role === "budget").sort((a, b) => Number(a.hidden) - Number(b.hidden));
  const budget = budgetSheets.map((s) => model.budgets.find((b) => b.sheet === s.name)).find((b) => b) ?? model.budgets[0] ?? null;

  if (budget) {
    for (const row of budget.rows) {
      const i = row.initial?.num;
      const a = row.annual?.num;
      const e = row.executed?.num;
      known.push(...amountsKnown(row.source, i, a, e, true));
      if (a?.yuan && e?.yuan) {
        const tol = yuanSlack(a).plus(yuanSlack(e));
        known.push({ yuan: a.yuan.minus(e.yuan), quantity: "balance", source: row.source, concepts: ["balance"], refs: [a.ref, e.ref], tol });
        rates.push({ source: row.source, executed: e, annual: a, initial: i ?? null });
      }
      if (i?.yuan && a?.yuan && !i.yuan.eq(a.yuan)) {
        known.push({ yuan: a.yuan.minus(i.yuan).abs(), quantity: "adjustment", source: row.source, concepts: ["budget"], refs: [a.ref, i.ref] });
      }
      if (i?.yuan && e?.yuan) {
        known.push({ yuan: i.yuan.minus(e.yuan), quantity: "balance", source: row.source, concepts: ["balance"], refs: [i.ref, e.ref] });
      }
    }
  }

  if (budget) {
    // A 资金总额 row left 0 or blank: the figures quoting the total quote the sum of the sources.
    const t = totals(budget);
    if (t.fromParts) {
      const { initial: i, annual: a, executed: e } = t;
      known.push(...amountsKnown("total", i, a, e, true));
      if (a?.yuan && e?.yuan) rates.unshift({ source: "total", executed: e, annual: a, initial: i });
    }
  }

  let ledgerTotal: Facts["ledgerTotal"] = null;
  for (const l of model.ledgers) {
    const sum = l.total;
    const refs = ledgerSpan(l);
    ledgerTotal = ledgerTotal ? { yuan: ledgerTotal.yuan.plus(sum), refs: [...ledgerTotal.refs, ...refs] } : { yuan: sum, refs };
  }
  if (ledgerTotal && ledgerTotal.refs.length) {
    known.push({ yuan: ledgerTotal.yuan, quantity: "ledger-total", source: null, concepts: ["executed"], refs: ledgerTotal.refs });
  }

  for (const t of model.contracts) {
    for (const c of t.contracts) {
      const amt = c.amount?.num;
      if (!amt?.yuan) continue;
      known.push({ yuan: amt.yuan, quantity: "contract", source: null, concepts: ["contract"], refs: [amt.ref] });
      const years = c.years?.num?.value;
      const annual = c.annual?.num;
      if (annual?.yuan) {
        known.push({ yuan: annual.yuan, quantity: "contract-annual", source: null, concepts: ["contract"], refs: [annual.ref] });
      } else if (years && years.gt(0)) {
        known.push({ yuan: amt.yuan.div(years), quantity: "contract-annual", source: null, concepts: ["contract"], refs: [amt.ref, c.years!.ref] });
      }
    }
  }

  for (const info of model.info) {
    let total: Known | null = null;
    let years: { n: Big; ref: Ref } | null = null;
    let annualSeen = false;
    for (const e of info.entries) {
      const label = norm(e.label).replace(/[(（].*$/, "");
      const n = e.value.num;
      if (!n) continue;
      if (YEARS.test(label)) years = { n: n.value, ref: n.ref };
      const yuan = n.yuan ?? moneyFromLabel(e.label, n);
      if (!yuan) continue;
      if (TOTAL.test(label)) {
        total = { yuan, quantity: "project-total", source: null, concepts: ["budget"], refs: [n.ref] };
        known.push(total);
      } else if (ANNUAL.test(label)) {
        annualSeen = true;
        known.push({ yuan, quantity: "project-annual", source: null, concepts: ["budget", "budget-initial"], refs: [n.ref] });
      }
    }
    if (total && years && years.n.gt(0) && !annualSeen) {
      known.push({ yuan: total.yuan.div(years.n), quantity: "project-annual", source: null, concepts: ["budget"], refs: [...total.refs, years.ref] });
    }
  }
  if (!budget) {
    const bySource = statedBySource(model);
    // The text's own figures are exact as written: no slack for a printed precision.
    for (const r of bySource) {
      known.push(...amountsKnown(r.source, r.initial, r.annual, r.executed, false));
      rates.push(r);
    }
    const stated = bySource.some((r) => r.source === "total") ? null : statedExecution(model);
    if (stated) {
      const { annual: a, executed: e } = stated;
      known.push(...amountsKnown("total", null, a, e, false));
      rates.push({ source: "total", executed: e, annual: a, initial: null });
    }
  }
  return { budget, known, rates, ledgerTotal };
}

/** Words naming the money a project had to spend, when the narrative states it: 下达专项资金3000万元, 项目资金共2179万元. */
const FUNDED = /(预算|下达|安排|批复|到位|计划投资|总投资|资金共|资金总额|奖补资金|专项资金|补助资金|转移支付)[^，。；,;]{0,8}$/;
/** Sentences about several years or a running total: their amounts are not the year's. */
const NOT_THE_YEAR = /(累计|历年|以来|截至目前累计|三年|五年)/;

function fromText(f: TextFigure, ref: Ref): NumCell {
  return { ref, value: f.number.value, yuan: f.yuan!, percent: false, decimals: f.number.decimals, asText: true };
}

/**
 * A narrative-only scope's own statement of its money: the first sentence that names the funds and then what was paid or
 * spent of them ("中央财政下达专项资金3000万元，实际支付2700万元，使用率90%"), so that its rates and claims can be checked.
 */
function statedExecution(model: WorkbookModel): { annual: NumCell; executed: NumCell } | null {
  for (const n of model.narratives) {
    for (const p of n.paragraphs) {
      // A part listed after 其中 ("其中部门预算项目支出87.5万元") divides the budget; it is not what was spent of it.
      const parts = new Set(partsStatements(p).flatMap((s) => s.listed));
      for (const { text: sentence, figures } of sentencesOf(p)) {
        if (NOT_THE_YEAR.test(sentence)) continue;
        const figs = figures.filter((f) => f.kind === "money" && f.yuan && !f.bound && !parts.has(f));
        const b = figs.find((f) => f.concept !== "executed" && f.concept !== "balance" && FUNDED.test(f.label));
        const e = b && figs.find((f) => f.start > b.end && f.concept === "executed");
        if (!b || !e || e.yuan!.gt(b.yuan!) || b.yuan!.lte(0)) continue;
        return { annual: fromText(b, p.ref), executed: fromText(e, p.ref) };
      }
    }
  }
  return null;
}

/** Sentences comparing with another year: their amounts are not this year's. */
const OTHER_YEAR = /(上年|上一年|去年|同比)/;
type Stated = "budget-initial" | "budget-annual" | "executed";

/**
 * A narrative-only scope's budget as its text lays it out by fund source, wherever the figures stand ("资金总额-全年预算数
 * 11268530.96元" under 预算情况, "资金总额-全年执行数10655546.85元" under 执行情况): a source's rate is checkable once its
 * 全年预算数 and 全年执行数 are each stated with one value. A source whose figures disagree among themselves states none.
 */
function statedBySource(model: WorkbookModel): RateFact[] {
  const seen = new Map<FundSource, Map<Stated, NumCell | null>>();
  for (const n of model.narratives) {
    for (const p of n.paragraphs) {
      for (const { text: sentence, figures } of sentencesOf(p)) {
        if (NOT_THE_YEAR.test(sentence) || OTHER_YEAR.test(sentence)) continue;
        for (const f of figures) {
          if (f.kind !== "money" || !f.yuan || f.bound || !f.source || f.periodYears !== null) continue;
          if (f.concept !== "budget-initial" && f.concept !== "budget-annual" && f.concept !== "executed") continue;
          let bySource = seen.get(f.source);
          if (!bySource) seen.set(f.source, (bySource = new Map()));
          const had = bySource.get(f.concept);
          if (had === undefined) bySource.set(f.concept, fromText(f, p.ref));
          else if (had && !had.yuan!.eq(f.yuan)) bySource.set(f.concept, null);
        }
      }
    }
  }
  const out: RateFact[] = [];
  for (const [source, by] of seen) {
    const annual = by.get("budget-annual");
    const executed = by.get("executed");
    if (!annual || !executed) continue;
    out.push({ source, annual, executed, initial: by.get("budget-initial") ?? null });
  }
  return out;
}

// Project-info values carry their unit in the label: 项目总预算（万元）.
function moneyFromLabel(label: string, n: NumCell): Big | null {
  if (n.percent) return null;
  const t = cellString({ v: label });
  if (/万元/.test(t)) return n.value.times(10000);
  if (/亿元/.test(t)) return n.value.times(100000000);
  if (/千元/.test(t)) return n.value.times(1000);
  if (/元/.test(t)) return n.value;
  return null;
}
