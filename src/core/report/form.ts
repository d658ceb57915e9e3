/** The 项目支出绩效自评表 in the national layout (domain.md §3) on a new sheet of its own, sized to print on A4 portrait. */
import { Big } from "../decimal";
import type { FundLine, IndicatorLine, ReportData } from "./data";
import { DASH, type FormUnit, moneyCell, moneyDecimals, pointsCell, pointsText, rateCell } from "./format";
import { type Pool, SECTIONS, type Section } from "./scoring";
import { type CellStyle, SheetBuilder } from "./sheet";

export interface FormLayout {
  /** 0-based rows of the blocks, for tests and the writer. */
  fundRows: number[];
  goalRow: number;
  indicatorHeader: number;
  totalRow: number;
  gradeRow: number;
}

const HEAD: CellStyle = { bold: true, align: "center", wrap: true };

/** A label in the narrow first column breaks before its bracket (产出指标 / （50分）), so no line starts with "）". */
function twoLines(label: string): string {
  return label.replace(/^(.+?)\s*([（(][^（()）]*[)）])$/, "$1\n$2");
}
const WRAP: CellStyle = { wrap: true };

function prompt(d: ReportData, what: string): string {
  return d.s.prompt({ what });
}

/** The 一级指标 label of a section: 产出指标（50分）, or the bare name when all indicators share one pool (四川). */
export function sectionLabel(d: ReportData, section: Section): string {
  const name = d.s.form.sections[section];
  const pool: Pool = "all" in d.scoring.pools ? "all" : section;
  const w = pool === "all" ? null : d.scoring.pools[pool];
  return w ? d.s.form.sectionWeight({ name, weight: pointsText(w) }) : name;
}

/** What the 偏差原因分析及改进措施 cell says: the workbook's reason, else a prompt where one is required. */
export function reasonFor(d: ReportData, l: IndicatorLine): { text: string; prompt: boolean } {
  const sc = l.score;
  if (sc.kind === "not-applicable") return { text: d.s.form.notApplicable, prompt: false };
  const own = l.indicator.reason.trim();
  if (own && !/^[【[]/.test(own)) return { text: own, prompt: false };
  if (sc.kind === "unscored") return { text: prompt(d, l.actualText ? d.s.asks.band : d.s.asks.actual), prompt: true };
  if (sc.short) return { text: prompt(d, d.s.asks.reason), prompt: true };
  if (sc.farOver) return { text: prompt(d, d.s.asks.overTarget), prompt: true };
  return { text: "", prompt: false };
}

/** Notes under the form: what the scoring could not do as usual, and why 总分 is left to fill in. */
export function formNotes(d: ReportData): string[] {
  const n = d.s.notes;
  const sc = d.scoring;
  const out: string[] = [];
  if (d.verdict.pending.length) out.push(n.pending({ reasons: d.verdict.pending.join(d.lang === "en" ? "; " : "；") }));
  if (sc.rate.flag === "undefined") out.push(n.undefinedRate);
  if (sc.rate.flag === "over-budget") out.push(n.overBudget);
  if (sc.movedSatisfaction) out.push(n.noSatisfaction({ weight: pointsText(sc.movedSatisfaction) }));
  for (const p of sc.emptyPools) {
    if (p === "all") continue;
    out.push(n.noSection({ section: d.s.form.sections[p], weight: pointsText(sc.pools[p] ?? null) }));
  }
  for (const l of d.indicators) if (l.score.assumedDirection) out.push(n.assumedDirection({ name: l.score.input.name }));
  return out;
}

function fundRow(d: ReportData, b: SheetBuilder, r: number, l: FundLine, unit: FormUnit, shown: 2 | 4): void {
  const f = d.s.form;
  b.set(r, 1, l.label ?? f.rows[l.source], { wrap: true, ...(l.source === "total" ? { bold: true } : {}) });
  const money = (col: number, x: Big | null) => {
    if (!x) return;
    const c = moneyCell(x, unit, shown);
    b.set(r, col, c.value, { numberFormat: c.numberFormat, align: "right" });
  };
  money(2, l.initial);
  money(3, l.annual);
  money(4, l.executed);
  const total = l.source === "total";
  const sc = d.scoring;
  const w = total ? pointsCell(sc.rate.weight) : { value: DASH };
  b.set(r, 5, w.value, { ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}), align: "center" });
  if (l.annual && l.executed) {
    const rc = rateCell(l.annual.eq(0) ? null : l.rate);
    b.set(r, 6, rc.value, { ...(rc.numberFormat ? { numberFormat: rc.numberFormat } : {}), align: "center" });
  }
  const s = total ? pointsCell(sc.rateScore) : { value: DASH };
  b.set(r, 7, s.value, { ...(s.numberFormat ? { numberFormat: s.numberFormat } : {}), align: "center" });
}

/** Indicators grouped by section in form order, each keeping the workbook's order. */
function bySection(d: ReportData): Array<[Section, IndicatorLine[]]> {
  return SECTIONS.map((s) => [s, d.indicators.filter((l) => l.score.section === s)] as [Section, IndicatorLine[]]).filter(([, ls]) => ls.length);
}

/**
 * Column widths of the form (characters), within what an A4 portrait page holds at 100 % (about 94 in Excel, 75 in a
 * LibreOffice without Calibri's metrics, which then shrinks the page to fit: kept under 88 so text stays ≥ 9 pt). In 元
 * the money columns hold 11,268,530.96.
 */
export function formWidths(unit: FormUnit, lang: ReportData["lang"] = "zh-CN"): number[] {
  // English headings hold long words (Satisfaction, Execution): wider label columns, narrower money ones.
  if (lang === "en") return unit === "元" ? [11, 11, 13, 13, 13, 7, 10, 9] : [12, 12, 11, 11, 11, 8, 11, 10];
  return unit === "元" ? [10, 13, 14, 14, 14, 5, 8, 9] : [10, 13, 12, 12, 12, 5, 8, 11];
}
/** Font sizes: the title, and the rest at the workbook's default (11 pt in Excel's defaults). */
export const TITLE_SIZE = 16;

/** The 得分 cell of an indicator: its score, or a prompt where it cannot be scored or would exceed its 分值. */
export function indicatorScoreCell(d: ReportData, l: IndicatorLine): { value: string | number; style: CellStyle } {
  const sc = l.score;
  if (sc.kind === "unscored" || d.verdict.overWeight.has(sc)) return { value: prompt(d, d.s.form.score), style: { prompt: true, align: "center" } };
  const c = pointsCell(sc.score);
  return { value: c.value, style: { ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}), align: "center" } };
}

/**
 * 总分 and 等级 cells: the figures, or prompts where the verdict leaves them to fill in. On our form the notes under it
 * say why; a user's template has no such place, so there (`why`) the 总分 prompt carries the reasons itself.
 */
export function totalCells(d: ReportData, why = false): { total: { value: string | number; style: CellStyle }; grade: { value: string; style: CellStyle } } {
  const v = d.verdict;
  const what = why && v.pending.length ? `${d.s.form.total}${d.lang === "en" ? ": " : "："}${v.pending.join(d.lang === "en" ? "; " : "；")}` : d.s.form.total;
  const total =
    v.total === null
      ? { value: prompt(d, what), style: { prompt: true, bold: true, align: "center" as const, wrap: true } }
      : (() => {
          const c = pointsCell(v.total);
          return { value: c.value, style: { ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}), bold: true, align: "center" as const } };
        })();
  const grade =
    v.grade === null
      ? { value: prompt(d, d.s.form.grade), style: { prompt: true, bold: true, align: "center" as const } }
      : { value: d.s.grades[v.grade], style: { bold: true, align: "center" as const } };
  return { total, grade };
}

/**
 * Plans the form on a new sheet, columns A–H:
 *
 *   1  A1:H1  项目支出绩效自评表（2023年度）
 *   2  A 项目名称 | B:H value
 *   3  A 主管部门 | B:D value | E 实施单位 | F:H value
 *   4  A 项目资金（万元） (merged down the fund rows) | B — | C 年初预算数 | D 全年预算数 | E 全年执行数 | F 分值 | G 执行率 | H 得分
 *   5… 年度资金总额 (分值, 得分), then 其中：财政资金, 财政专户管理资金, 单位资金, 其他资金, 上年结转资金 as the workbook has them (分值/得分 —)
 *   g  A 年度总体目标 (2 rows) | B:E 预期目标 | F:H 实际完成情况, texts on the row below
 *   i  一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, one row per indicator
 *   t  A:E 总分 | F Σ分值 | G Σ得分;  A:E 自评等级 | F:H 优/良/中/差;  notes
 *
 * The indicator header row repeats on every printed page; where the sheet came from is a comment on A1, not a footer.
 */
export function planForm(d: ReportData, unit: FormUnit, goal: string | null, completion: string | null): { sheet: SheetBuilder; layout: FormLayout } {
  const s = d.s;
  const f = s.form;
  const b = new SheetBuilder(s.sheets.form, true, false);
  formWidths(unit, d.lang).forEach((w, c) => b.width(c, w));

  b.set(0, 0, f.title({ year: d.year === null ? "" : String(d.year) }), { bold: true, align: "center", size: TITLE_SIZE });
  b.merge(0, 0, 0, 7);
  b.set(1, 0, f.projectName, { bold: true, wrap: true });
  b.set(1, 1, d.info.name ?? prompt(d, s.asks.name), { prompt: !d.info.name, align: "left" });
  b.merge(1, 1, 1, 7);
  b.set(2, 0, f.department, { bold: true, wrap: true });
  b.set(2, 1, d.info.department ?? prompt(d, s.asks.department), { prompt: !d.info.department, align: "left" });
  b.merge(2, 1, 2, 3);
  b.set(2, 4, f.implementer, { bold: true, wrap: true });
  b.set(2, 5, d.info.implementer ?? prompt(d, s.asks.implementer), { prompt: !d.info.implementer, align: "left" });
  b.merge(2, 5, 2, 7);

  // 项目资金 block.
  const top = 3;
  b.set(top, 0, twoLines(f.funds({ unit: d.strings.units[unit] ?? unit })), HEAD);
  [f.initial, f.annual, f.executed, f.weight, f.rate, f.score].forEach((t, i) => b.set(top, 2 + i, t, HEAD));
  const lines = d.funds.length ? d.funds : [{ source: "total" as const, initial: null, annual: null, executed: null, rate: null }];
  const fundRows: number[] = [];
  const shown = moneyDecimals(d.funds, unit);
  lines.forEach((l, i) => {
    fundRow(d, b, top + 1 + i, l, unit, shown);
    fundRows.push(top + 1 + i);
  });
  if (!d.funds.length) b.set(top + 1, 2, prompt(d, s.asks.budget), { prompt: true });
  b.merge(top, 0, top + lines.length, 0);

  // 年度总体目标.
  const g = top + lines.length + 1;
  b.set(g, 0, f.goals, HEAD);
  b.merge(g, 0, g + 1, 0);
  b.set(g, 1, f.expected, HEAD);
  b.merge(g, 1, g, 4);
  b.set(g, 5, f.achieved, HEAD);
  b.merge(g, 5, g, 7);
  b.set(g + 1, 1, goal ?? prompt(d, s.asks.goal), { ...WRAP, prompt: !goal });
  b.merge(g + 1, 1, g + 1, 4);
  b.set(g + 1, 5, completion ?? prompt(d, s.asks.completion), { ...WRAP, prompt: !completion });
  b.merge(g + 1, 5, g + 1, 7);

  // 绩效指标.
  const ih = g + 2;
  [f.level1, f.level2, f.level3, f.target, f.actual, f.weight, f.score, f.reason].forEach((t, i) => b.set(ih, i, t, HEAD));
  let r = ih + 1;
  const groups = bySection(d);
  if (!groups.length) {
    b.set(r, 2, prompt(d, `${f.level1}/${f.level2}/${f.level3}`), { prompt: true });
    r++;
  }
  for (const [section, ls] of groups) {
    const first = r;
    b.set(r, 0, twoLines(sectionLabel(d, section)), HEAD);
    let l2Start = r;
    ls.forEach((l, i) => {
      const sc = l.score;
      const level2 = l.indicator.level2;
      if (i > 0 && level2 !== ls[i - 1]!.indicator.level2) {
        b.merge(l2Start, 1, r - 1, 1);
        l2Start = r;
      }
      if (r === l2Start) b.set(r, 1, level2, { align: "center", wrap: true });
      b.set(r, 2, sc.input.name, WRAP);
      b.set(r, 3, l.targetText, { align: "center" });
      b.set(r, 4, l.actualText || prompt(d, s.asks.actual), { align: "center", prompt: !l.actualText });
      const w = pointsCell(sc.weight);
      b.set(r, 5, w.value, { ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}), align: "center" });
      const cell = indicatorScoreCell(d, l);
      b.set(r, 6, cell.value, cell.style);
      const reason = reasonFor(d, l);
      if (reason.text) b.set(r, 7, reason.text, { wrap: true, prompt: reason.prompt });
      r++;
    });
    b.merge(l2Start, 1, r - 1, 1);
    b.merge(first, 0, r - 1, 0);
  }

  // 总分 and grade.
  const t = r;
  b.set(t, 0, f.total, HEAD);
  b.merge(t, 0, t, 4);
  const tw = pointsCell(d.scoring.totalWeight);
  b.set(t, 5, tw.value, { ...(tw.numberFormat ? { numberFormat: tw.numberFormat } : {}), bold: true, align: "center" });
  const cells = totalCells(d);
  b.set(t, 6, cells.total.value, cells.total.style);
  b.merge(t, 6, t, 7);
  b.set(t + 1, 0, f.grade, HEAD);
  b.merge(t + 1, 0, t + 1, 4);
  b.set(t + 1, 5, cells.grade.value, cells.grade.style);
  b.merge(t + 1, 5, t + 1, 7);

  let n = t + 2;
  for (const note of formNotes(d)) {
    b.set(n, 0, note, WRAP);
    b.merge(n, 0, n, 7);
    n++;
  }
  b.print = { titleRows: [ih, ih], breaks: [] };
  b.note = { address: "A1", text: s.provenance };
  return { sheet: b, layout: { fundRows, goalRow: g, indicatorHeader: ih, totalRow: t, gradeRow: t + 1 } };
}
