/** Traces each money figure of the narrative to the value it quotes, or to the slip that explains why it does not. */
import { Big } from "./decimal";
import type { Facts, Known } from "./facts";
import { MONEY_SCALE, type Concept, type MoneyUnit, type TextFigure } from "./figures/types";
import type { QuantityId } from "./findings";
import type { Paragraph, WorkbookModel } from "./model";
import { partsStatements } from "./statements";
import { type DigitEdit, digitEdit, digitString, printsAs, rangePrints } from "./precision";

export type Verdict =
  | { kind: "traced"; known: Known }
  | { kind: "unit-slip"; known: Known; writtenUnit: MoneyUnit; rightUnit: MoneyUnit; edit: DigitEdit | null }
  | { kind: "digit-slip"; known: Known; edit: DigitEdit }
  | { kind: "text-mismatch"; known: Known }
  | { kind: "balance-mismatch"; known: Known }
  | { kind: "untraced" };

export interface TracedFigure {
  paragraph: Paragraph;
  figure: TextFigure;
  verdict: Verdict;
}

/** Concepts a narrative figure may name, and the quantities each may quote. */
const QUOTES: Record<Concept, QuantityId[]> = {
  "budget-initial": ["initial", "project-annual"],
  "budget-annual": ["annual"],
  budget: ["initial", "annual", "project-total", "project-annual"],
  executed: ["executed", "ledger-total"],
  contract: ["contract", "contract-annual"],
  balance: ["balance"],
  rate: [],
  other: [],
};

/** Labels that name a table column outright, so a figure under them must equal that column. */
const STRONG = /(年初预算数|全年预算数|调整后预算数|全年执行数|预算执行数|执行数|合同金额)/;

/** A change word right before the figure: "较年初预算数调增3030.96元" states a difference, not the column it names. */
const CHANGE = /(调增|调减|追加|追减|核减|核增|增加|减少|增长|下降|相差|差额|差)[了为是:：]?$/;

/** A per-unit amount ("补助标准每人500元", "单价…") quotes no total, whatever power of ten it sits from one. */
const PER_UNIT = /(每(?:人|户|名|位|次|件|套|台|间|天|日|月|小时|课时|学时|平方米|㎡)|人均|户均|单价|均价|标准)[为是:：]?$/;

const UNITS = Object.keys(MONEY_SCALE) as MoneyUnit[];
const TEN = new Big(10);

function inUnit(yuan: Big, unit: MoneyUnit): Big {
  return yuan.div(TEN.pow(MONEY_SCALE[unit]));
}

function matches(k: Known, f: TextFigure, unit: MoneyUnit): boolean {
  if (!k.tol || k.tol.eq(0)) return printsAs(inUnit(k.yuan, unit), f.number.value.abs(), f.number.decimals);
  return rangePrints(inUnit(k.yuan.minus(k.tol), unit), inUnit(k.yuan.plus(k.tol), unit), f.number.value.abs(), f.number.decimals);
}

function significant(f: TextFigure): number {
  return digitString(f.number.value, f.number.decimals).replace(/^0+/, "").length;
}

/** Significant digits that carry information: 500 has one, 1065.25 has six. */
function informative(f: TextFigure): number {
  return f.number.value.abs().c.length;
}

function candidates(facts: Facts, f: TextFigure): Known[] {
  const nonZero = facts.known.filter((k) => !k.yuan.eq(0));
  const allowed = f.concept ? QUOTES[f.concept] : [];
  const fit = allowed.length ? nonZero.filter((k) => allowed.includes(k.quantity)) : nonZero;
  const bySource = f.source ? fit.filter((k) => k.source === null || k.source === f.source) : fit;
  return bySource.length ? bySource : fit;
}

/**
 * The values a strongly labelled figure must equal one of: the column its label names, for its fund source (a source
 * may have several rows: 其中：中央财政资金, 地方资金). Empty when its label names none.
 */
function namedValues(facts: Facts, f: TextFigure): Known[] {
  if (!STRONG.test(f.label) || CHANGE.test(f.label.trim())) return [];
  const q: QuantityId | null =
    f.concept === "budget-initial"
      ? "initial"
      : f.concept === "budget-annual"
        ? "annual"
        : f.concept === "executed"
          ? "executed"
          : f.concept === "contract"
            ? "contract"
            : null;
  if (!q) return [];
  const source = f.source ?? "total";
  const own = facts.known.filter((k) => k.quantity === q && (q === "contract" || k.source === source));
  if (own.length) return q === "contract" ? own.slice(0, 1) : own;
  return q !== "contract" && !f.source ? facts.known.filter((k) => k.quantity === q && k.source === "fiscal").slice(0, 1) : [];
}

function verdictOf(facts: Facts, f: TextFigure): Verdict {
  const unit = f.number.unit as MoneyUnit;
  if (PER_UNIT.test(f.label.trim())) return { kind: "untraced" };
  const names = namedValues(facts, f);
  const named = names[0] ?? null;
  if (named) {
    const hit = names.find((k) => matches(k, f, unit));
    if (hit) return { kind: "traced", known: hit };
  } else {
    const hit = facts.known.find((k) => matches(k, f, unit));
    if (hit) return { kind: "traced", known: hit };
  }
  if (f.number.value.eq(0)) return named ? { kind: "text-mismatch", known: named } : { kind: "untraced" };
  const pool = named ? names : candidates(facts, f);
  const dp = f.number.decimals;
  const written = digitString(f.number.value, dp);
  // A round figure with no concept word ("慰问金500元") matches some total by a power of ten too easily.
  const plausibleSlip = f.concept !== null || informative(f) >= 3;
  for (const k of plausibleSlip ? pool : []) {
    for (const u of UNITS) {
      if (u !== unit && matches(k, f, u)) return { kind: "unit-slip", known: k, writtenUnit: unit, rightUnit: u, edit: null };
    }
  }
  // One digit off any total is a coincidence for a figure whose words name nothing it should equal.
  if (significant(f) >= 4 && (f.concept !== null || f.source !== null)) {
    for (const k of pool) {
      const right = inUnit(k.yuan, unit);
      const edit = digitEdit(written, digitString(right, dp));
      if (edit) return { kind: "digit-slip", known: k, edit };
    }
    for (const k of pool) {
      for (const u of UNITS) {
        if (u === unit) continue;
        const right = inUnit(k.yuan, u);
        const edit = digitEdit(written, digitString(right, dp));
        if (edit) return { kind: "unit-slip", known: k, writtenUnit: unit, rightUnit: u, edit };
      }
    }
  }
  if (named) return { kind: "text-mismatch", known: named };
  if (f.concept === "balance") {
    const b = facts.known.find((k) => k.quantity === "balance" && k.source === (f.source ?? "total"));
    if (b) return { kind: "balance-mismatch", known: b };
  }
  return { kind: "untraced" };
}

/**
 * Per-year values a sentence states itself: "合同金额三年33795422.10元，一年…" gives 11,265,140.70 a year, for an "一年…"
 * figure of the same concept that no table value explains.
 */
function perYearKnowns(paragraph: Paragraph, f: TextFigure): Known[] {
  if (f.periodYears !== 1) return [];
  return paragraph.figures
    .filter((m) => m !== f && m.kind === "money" && m.yuan && (m.periodYears ?? 0) >= 2 && m.concept === f.concept)
    .filter((m) => !/[。！？!?\n]/.test(paragraph.text.slice(Math.min(m.end, f.end), Math.max(m.start, f.start))))
    .map((m) => ({
      yuan: m.yuan!.div(m.periodYears!),
      quantity: m.concept === "contract" ? "contract-annual" : "project-annual",
      source: null,
      concepts: m.concept ? [m.concept] : [],
      refs: [paragraph.ref],
    }));
}

/** Every money figure of every narrative, with its verdict. */
export function traceNarrative(model: WorkbookModel, facts: Facts): TracedFigure[] {
  const out: TracedFigure[] = [];
  for (const n of model.narratives) {
    for (const paragraph of n.paragraphs) {
      // The parts a sentence lists after 其中 are parts of its own whole, which sum-mismatch checks; they quote no total.
      const parts = new Set(partsStatements(paragraph).flatMap((s) => s.listed));
      for (const figure of paragraph.figures) {
        if (figure.kind !== "money" || !figure.yuan || parts.has(figure) || figure.bound) continue;
        const local = perYearKnowns(paragraph, figure);
        if (!facts.known.length && !local.length) continue;
        let verdict = verdictOf(facts, figure);
        if (verdict.kind === "untraced" && local.length) verdict = verdictOf({ ...facts, known: local }, figure);
        out.push({ paragraph, figure, verdict });
      }
    }
  }
  return out;
}
