/** The narrative 自评报告: the user's paragraphs with every traceable figure rewritten from its source, prompts where a reason is missing; or one generated in the seed's outline. */
import { Big } from "../decimal";
import { MONEY_SCALE, type MoneyUnit, type TextFigure } from "../figures/types";
import type { Paragraph } from "../model";
import { traceNarrative, type TracedFigure } from "../trace";
import type { FundLine, ReportData } from "./data";
import { DASH, moneyDigits, moneyText, pointsText, rateText } from "./format";
import { type CellStyle, SheetBuilder } from "./sheet";

/** One row of the narrative sheet. */
export interface NarrativeRow {
  text: string;
  /** Holds a 待填写 prompt. */
  prompt: boolean;
  heading: boolean;
}

export interface NarrativeResult {
  rows: NarrativeRow[];
  /** 总体目标 and 完成情况 as the narrative states them (figures rewritten), for the form; null when absent. */
  goal: string | null;
  completion: string | null;
}

const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
const MONEY_UNITS = Object.keys(MONEY_SCALE) as MoneyUnit[];

function promptText(d: ReportData, what: keyof ReportData["s"]["asks"]): string {
  return d.s.prompt({ what: d.s.asks[what] });
}

function hasPrompt(d: ReportData, text: string): boolean {
  return text.includes(d.s.prompt({ what: "" }).slice(0, 4));
}

/** A money figure in the report's words: "3,030.96元", "3,030.96 yuan". */
function money(d: ReportData, yuan: Big, unit: MoneyUnit): string {
  const word = d.strings.units[unit] ?? unit;
  return d.lang === "en" ? `${moneyDigits(yuan, unit)} ${word}` : moneyText(yuan, unit, word);
}

function row(d: ReportData, text: string, heading = false): NarrativeRow {
  return { text, prompt: hasPrompt(d, text), heading };
}

// ---------- rewriting the user's figures ----------

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The figure's text with new digits and unit: the currency sign and spacing kept, a stray second unit dropped. */
function moneyRewrite(raw: string, digits: string, unit: string): string {
  const m = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(raw);
  if (!m) return digits + unit;
  const head = raw.slice(0, m.index);
  const rest = raw.slice(m.index + m[0].length);
  const u = /^(\s*)(?:千亿|百亿|十亿|千万|百万|十万|千|万|萬|亿|億)?(?:元|圆|圓|人民币)整?/.exec(rest);
  if (!u) return head + digits + (unit === "元" && head ? "" : unit);
  return head + digits + u[1]! + unit;
}

function unitOf(f: TextFigure): MoneyUnit {
  const u = f.number.unit;
  return u && (MONEY_UNITS as string[]).includes(u) ? (u as MoneyUnit) : "元";
}

/** The value a money figure must show, in the unit its sentence needs; null to leave it as written. */
function moneyTarget(t: TracedFigure): { yuan: Big; unit: MoneyUnit } | null {
  const v = t.verdict;
  const written = unitOf(t.figure);
  switch (v.kind) {
    case "traced":
      // Chinese numerals that trace are right as written; Arabic ones are rewritten to the standard format.
      return t.figure.number.chinese ? null : { yuan: v.known.yuan, unit: written };
    case "unit-slip":
      return { yuan: v.known.yuan, unit: v.rightUnit };
    case "digit-slip":
    case "text-mismatch":
    case "balance-mismatch":
      return { yuan: v.known.yuan, unit: written };
    case "untraced":
      return null;
  }
}

/** The fund line a rate figure speaks of: its source, else the total, else 财政资金 (as the checker reads it). */
function rateLine(d: ReportData, f: TextFigure): FundLine | null {
  const s = f.source ?? "total";
  return d.funds.find((l) => l.source === s) ?? (f.source ? null : (d.funds.find((l) => l.source === "fiscal") ?? null));
}

function isRateFigure(f: TextFigure): boolean {
  return f.concept === "rate" && (f.kind === "percent" || f.kind === "plain");
}

export function rewriteParagraph(d: ReportData, p: Paragraph, traced: TracedFigure[]): string {
  const edits: Edit[] = [];
  for (const t of traced) {
    if (t.paragraph !== p) continue;
    const target = moneyTarget(t);
    if (!target) {
      // Untraced: only a stray second unit goes (1065.55万元元 → 1065.55万元).
      if (t.figure.strayUnit)
        edits.push({ start: t.figure.start, end: t.figure.end, text: t.figure.raw.slice(0, t.figure.raw.length - t.figure.strayUnit.length) });
      continue;
    }
    // The user's own prose keeps Chinese unit words whatever the report's language.
    edits.push({ start: t.figure.start, end: t.figure.end, text: moneyRewrite(t.figure.raw, moneyDigits(target.yuan, target.unit), target.unit) });
  }
  for (const f of p.figures) {
    if (!isRateFigure(f)) continue;
    const line = rateLine(d, f);
    if (!line || !line.annual || !line.executed) continue;
    edits.push({ start: f.start, end: f.end, text: line.annual.eq(0) ? DASH : rateText(line.rate) });
  }
  edits.sort((a, b) => b.start - a.start);
  let text = p.text;
  let floor = Infinity;
  for (const e of edits) {
    if (e.end > floor) continue; // overlapping figures: keep the later one
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    floor = e.start;
  }
  return text;
}

// ---------- prompts in the user's narrative ----------

/** Index after the section whose heading matches `re` (before the next heading), or null. */
function sectionEnd(rows: NarrativeRow[], re: RegExp): number | null {
  const at = rows.findIndex((r) => HEADING.test(r.text) && re.test(r.text));
  if (at < 0) return null;
  for (let i = at + 1; i < rows.length; i++) if (HEADING.test(rows[i]!.text)) return i;
  return rows.length;
}

function afterLast(rows: NarrativeRow[], re: RegExp): number | null {
  for (let i = rows.length - 1; i >= 0; i--) if (re.test(rows[i]!.text)) return i + 1;
  return null;
}

function adjustmentRow(d: ReportData, diff: Big): NarrativeRow {
  const n = d.s.narrative;
  return row(d, n.adjustment({ change: diff.gt(0) ? n.up : n.down, diff: money(d, diff.abs(), "元"), prompt: promptText(d, "adjustment") }));
}

function lowRateRow(d: ReportData): NarrativeRow {
  return row(d, d.s.narrative.lowRate({ rate: rateText(d.total?.rate ?? null), prompt: promptText(d, "lowRate") }));
}

/** Rows for indicators short of target or far over it whose reason the workbook does not give. */
function indicatorRows(d: ReportData): NarrativeRow[] {
  const n = d.s.narrative;
  const out: NarrativeRow[] = [];
  for (const l of d.indicators) {
    const sc = l.score;
    if (sc.kind === "not-applicable" || sc.kind === "unscored") continue;
    const reasonGiven = !!l.indicator.reason && !/^[【[]/.test(l.indicator.reason.trim());
    if (reasonGiven) continue;
    const p = { name: sc.input.name, target: l.targetText, actual: l.actualText };
    if (sc.short) out.push(row(d, n.short({ ...p, prompt: promptText(d, "reason") })));
    else if (sc.farOver) out.push(row(d, n.over({ ...p, prompt: promptText(d, "overTarget") })));
  }
  return out;
}

function insert(rows: NarrativeRow[], at: number, add: NarrativeRow[]): void {
  rows.splice(at, 0, ...add);
}

function fromUser(d: ReportData): NarrativeRow[] {
  const n = d.model.narratives.find((x) => x.sheet === d.narrativeSheet);
  if (!n) return [];
  const traced = traceNarrative(d.model, d.facts).filter((t) => t.paragraph.ref.sheet === d.narrativeSheet);
  const paragraphs = [...n.paragraphs].sort((a, b) => a.ref.row - b.ref.row || a.ref.col - b.ref.col);
  const rows = paragraphs
    .map((p) => rewriteParagraph(d, p, traced))
    .filter((t) => t.trim() !== "")
    .map((t) => row(d, t.trim(), HEADING.test(t) && t.trim().length <= 60));
  // Later sections first, so earlier insertion points stay valid.
  const ind = indicatorRows(d);
  const lowRate = d.unexplainedLowRate ? [lowRateRow(d)] : [];
  if (ind.length) insert(rows, sectionEnd(rows, /未完成/) ?? rows.length, ind);
  if (lowRate.length) insert(rows, sectionEnd(rows, /实际使用|执行情况/) ?? afterLast(rows, /执行率/) ?? rows.length, lowRate);
  if (d.unexplainedAdjustment) {
    const at = sectionEnd(rows, /安排落实|总投入|预算情况|资金安排/) ?? afterLast(rows, /全年预算数/) ?? rows.length;
    insert(rows, at, [adjustmentRow(d, d.unexplainedAdjustment)]);
  }
  return rows;
}

// ---------- a narrative from nothing ----------

/** The line's name in a sentence: its own row label where it has one (中央财政资金), else its source's. */
function sourceName(d: ReportData, l: FundLine): string {
  return l.label?.replace(/^其中[:：]?/, "") || d.strings.sources[l.source];
}

function yuanText(d: ReportData, x: Big | null): string {
  return x === null ? promptText(d, "budget") : money(d, x, "元");
}

function generated(d: ReportData): NarrativeRow[] {
  const s = d.s;
  const n = s.narrative;
  const h = n.headings;
  const out: NarrativeRow[] = [];
  const add = (text: string, heading = false) => out.push(row(d, text, heading));
  const name = d.info.name ?? promptText(d, "name");
  add(n.title({ name, year: d.year === null ? "" : String(d.year) }), true);

  add(h.h1, true);
  add(h.h1a, true);
  add(n.basics({ name, implementer: d.info.implementer ?? promptText(d, "implementer"), department: d.info.department ?? promptText(d, "department") }));
  if (d.info.total && d.info.annual && d.info.years) {
    add(n.projectBudget({ total: money(d, d.info.total, "元"), years: d.info.years.toString(), annual: money(d, d.info.annual, "元") }));
  }
  add(promptText(d, "basics"));
  add(h.h1b, true);
  add(n.goal({ text: promptText(d, "goal") }));
  add(n.completion({ text: promptText(d, "completion") }));
  const inds = d.indicators;
  if (inds.length) {
    const count = (sec: string) => String(inds.filter((l) => l.score.section === sec).length);
    add(n.indicatorCount({ count: String(inds.length), output: count("output"), outcome: count("outcome"), satisfaction: count("satisfaction") }));
    for (const l of inds) add(n.indicatorTarget({ name: l.score.input.name, target: l.targetText }));
  }

  add(h.h2, true);
  add(h.h2a, true);
  add(promptText(d, "decision"));
  add(h.h2b, true);
  if (!d.funds.length) add(promptText(d, "budget"));
  for (const l of d.funds) add(n.budget({ source: sourceName(d, l), initial: yuanText(d, l.initial), annual: yuanText(d, l.annual) }));
  if (d.unexplainedAdjustment) out.push(adjustmentRow(d, d.unexplainedAdjustment));
  add(h.h2c, true);
  for (const l of d.funds)
    add(n.executed({ source: sourceName(d, l), executed: yuanText(d, l.executed), rate: l.annual && l.executed ? rateText(l.rate) : promptText(d, "budget") }));
  if (d.total?.annual && d.total.executed) {
    const left = d.total.annual.minus(d.total.executed);
    // Spending above the budget is no 结余: it is said as such, with its reason to give.
    add(left.lt(0) ? n.overspent({ amount: money(d, left.abs(), "元"), prompt: promptText(d, "overspend") }) : n.balance({ balance: money(d, left, "元") }));
  }
  if (d.unexplainedLowRate) out.push(lowRateRow(d));
  add(h.h2d, true);
  add(promptText(d, "management"));

  add(h.h3, true);
  add(h.h3a, true);
  for (const c of d.contracts) {
    if (!c.amount) continue;
    add(n.contract({ vendor: c.vendor || DASH, name: c.name || DASH, amount: money(d, c.amount, "元") }));
    if (c.annual && !c.annual.eq(c.amount)) add(n.contractAnnual({ annual: money(d, c.annual, "元") }));
  }
  add(promptText(d, "organisation"));
  add(h.h3b, true);
  add(promptText(d, "supervision"));

  add(h.h4, true);
  add(h.h4a, true);
  const sc = d.scoring;
  if (d.total?.executed) {
    add(
      n.summary({
        year: d.year === null ? "" : String(d.year),
        executed: money(d, d.total.executed, "万元"),
        rate: rateText(sc.rate.rate),
        rateScore: pointsText(sc.rateScore),
        indicatorScore: pointsText(sc.indicatorScore),
        total: pointsText(sc.total),
        grade: s.grades[sc.grade],
      })
    );
  }
  for (const l of inds) {
    add(
      n.indicator({
        name: l.score.input.name,
        target: l.targetText,
        actual: l.actualText || promptText(d, "actual"),
        weight: pointsText(l.score.weight),
        score: l.score.score ? pointsText(l.score.score) : DASH,
      })
    );
  }
  add(h.h4b, true);
  const gaps = indicatorRows(d);
  out.push(...gaps);
  // "All met" only when no indicator falls short, whether or not its reason is given.
  const short = inds.some((l) => l.score.kind !== "not-applicable" && l.score.kind !== "unscored" && l.score.short);
  if (!gaps.length && !short && inds.length && !sc.incomplete) add(n.allMet);

  add(h.h5, true);
  add(h.h5a, true);
  add(promptText(d, "plan"));
  add(h.h5b, true);
  add(promptText(d, "experience"));
  return out;
}

const GOAL = /^\s*(?:年度总体目标|总体目标)\s*[:：]\s*/;
const YEAR_GOAL = /^\s*(?:(?:19|20)\d{2}\s*年)?\s*年度目标\s*(?:是|为|[:：])\s*/;
const COMPLETION = /^\s*(?:当年)?(?:年度)?(?:总体)?目标完成情况\s*[:：]\s*/;

function after(rows: NarrativeRow[], re: RegExp): string | null {
  for (const r of rows) {
    const m = re.exec(r.text);
    if (m && r.text.length > m[0].length) return r.text.slice(m[0].length).trim();
  }
  return null;
}

export function planNarrative(d: ReportData): NarrativeResult {
  if (d.narrativeSheet) {
    const rows = fromUser(d);
    return { rows, goal: after(rows, GOAL) ?? after(rows, YEAR_GOAL), completion: after(rows, COMPLETION) };
  }
  return { rows: generated(d), goal: null, completion: null };
}

/** Column width of the narrative (characters): what an A4 portrait page holds at 100 %. */
export const NARRATIVE_WIDTH = 74;
const TITLE_SIZE = 16;
const H1_SIZE = 14;
const H2_SIZE = 12;
const TOP_HEADING = /^\s*[一二三四五六七八九十]+、/;

/** How a paragraph of the report is set: the title (up to 3 short rows before the first heading), 一、 and （一） headings, body text. */
export type ParagraphKind = "title" | "heading1" | "heading2" | "body";

export function rowKind(rows: NarrativeRow[], i: number): ParagraphKind {
  const r = rows[i]!;
  const first = rows.findIndex((x) => HEADING.test(x.text));
  if ((first < 0 ? i === 0 && r.heading : i < first) && i < 3 && r.text.length <= 40) return "title";
  if (!r.heading) return "body";
  return TOP_HEADING.test(r.text) ? "heading1" : "heading2";
}

/** How a row prints on the sheet: the title centred and large, headings bold in two sizes. */
function rowStyle(rows: NarrativeRow[], i: number): CellStyle {
  switch (rowKind(rows, i)) {
    case "title":
      return { bold: true, align: "center", size: TITLE_SIZE };
    case "heading1":
      return { bold: true, size: H1_SIZE };
    case "heading2":
      return { bold: true, size: H2_SIZE };
    case "body":
      return {};
  }
}

/** The narrative sheet: one paragraph per row in column A, a title, headings in two sizes, prompts marked; provenance in a comment. */
export function narrativeSheet(d: ReportData, result: NarrativeResult, name: string): SheetBuilder {
  const b = new SheetBuilder(name, true, false);
  b.width(0, NARRATIVE_WIDTH);
  result.rows.forEach((r, i) => b.set(i, 0, r.text, { wrap: true, ...rowStyle(result.rows, i), ...(r.prompt ? { prompt: true } : {}) }));
  b.print = { titleRows: null, breaks: [] };
  b.note = { address: "A1", text: d.s.provenance };
  return b;
}
