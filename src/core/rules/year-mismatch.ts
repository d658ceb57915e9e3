/** year-mismatch: a sentence dating a current-year amount to another year, a title year ≠ the project info's 评价年度 (or ≠ the other titles), a contract signed after its service starts or ending before it starts; years must match exactly, amounts at their printed precision, dates to the day. */
import { cellString, readDate } from "../cells";
import { MONEY_SCALE, type MoneyUnit } from "../figures/types";
import type { Finding, QuantityId } from "../findings";
import type { Contract, Paragraph, Ref, WorkbookModel } from "../model";
import { norm } from "../recognize/text";
import type { TracedFigure } from "../trace";
import { expectedIn, quantity } from "./narrative";
import { isGoalCell } from "./goals";
import { finding, type Rule, type RuleContext } from "./rule";
import { rowAt } from "../snapshot";

/** Amounts that belong to one year: the budget block's and the ledger's. Multi-year totals and contracts do not. */
const CURRENT_YEAR: ReadonlySet<QuantityId> = new Set<QuantityId>(["initial", "annual", "executed", "ledger-total", "balance"]);
/** Sentences where another year is expected: carry-overs, comparisons, cumulative or "as of" figures. */
const OTHER_YEAR_OK = /(结转|上年|去年|前年|以前年度|往年|历年|累计|同比|相比|较上年|较去年|比上年|截至|截止|至今|以来)/;
/** Words after the year showing it dates an act or a document, not the amount: 2022年批复…, 2022年文件. */
const ACT_WORDS = /(批复|下达|申报|编制|立项|批准|核定|申请|审核|评审|招标|签订|签约|文件|通知|办法|规定|意见|方案|规划|目录|标准|号)/;
/** The sentence dates the amount itself to the evaluation year. */
const THIS_YEAR = /(本年|当年|今年|本年度|当年度)/;

function yearOf(s: string): number | null {
  const m = /(19|20)\d{2}/.exec(s);
  return m ? Number(m[0]) : null;
}

/** The 评价年度 the project info states, with its cell. */
function infoYear(model: WorkbookModel): { year: number; ref: Ref } | null {
  for (const info of model.info) {
    for (const e of info.entries) {
      if (!/^(评价年度|预算年度|年度|自评年度|evaluationyear|year)[:：]?$/i.test(norm(e.label))) continue;
      const y = yearOf(cellString(e.value.cell));
      if (y) return { year: y, ref: e.value.ref };
    }
  }
  return null;
}

interface Sentence {
  start: number;
  end: number;
}

function sentenceAround(text: string, at: number): Sentence {
  let start = at;
  while (start > 0 && !/[。；;！？!?\n\r]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[。；;！？!?\n\r]/.test(text[end]!)) end++;
  return { start, end };
}

/** Inside 《…》: a policy or document name, whose year is its own. */
function inTitleMarks(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

function narrativeYear(ctx: RuleContext, t: TracedFigure): Finding | null {
  const year = ctx.model.year;
  if (!year || t.verdict.kind !== "traced") return null;
  const known = t.verdict.known;
  if (!CURRENT_YEAR.has(known.quantity) || known.source === "prior") return null;
  const p: Paragraph = t.paragraph;
  const f = t.figure;
  const s = sentenceAround(p.text, f.start);
  const sentence = p.text.slice(s.start, s.end);
  if (OTHER_YEAR_OK.test(sentence) || THIS_YEAR.test(sentence)) return null;
  const dated = p.figures.filter((x) => x.date?.year && x.start >= s.start && x.end <= s.end);
  const years = new Set(dated.map((x) => x.date!.year));
  // One year in the sentence, written alone (no month: 2022年8月 dates an event), before the amount it names.
  if (years.size !== 1 || dated.length !== 1) return null;
  const y = dated[0]!;
  if (y.kind !== "year" || y.end > f.start || y.date!.year === year || inTitleMarks(p.text, y.start)) return null;
  if (ACT_WORDS.test(p.text.slice(y.end, f.start))) return null;
  const written = y.date!.year!;
  const unit = (f.number.unit && f.number.unit in MONEY_SCALE ? f.number.unit : "元") as MoneyUnit;
  return finding(
    "year-mismatch",
    "error",
    [p.ref, ...known.refs],
    "year-mismatch.text",
    { raw: sentence.slice(y.start - s.start, f.end - s.start), written, year, quantity: quantity(known), expected: expectedIn(known, unit, f.number.decimals) },
    { value: String(year), unit: "年" },
    { value: String(written), unit: "年" }
  );
}

interface Title {
  ref: Ref;
  text: string;
  year: number;
}

const TITLE_WORDS = /(自评|绩效|评价|报告|项目支出|预算执行)/;

/** Title rows (the first four) that date the sheet: 2022年度项目支出绩效自评表, （2022年度）. */
function titles(model: WorkbookModel): Title[] {
  const out: Title[] = [];
  for (const sheet of model.snapshot.sheets) {
    for (let r = 0; r < Math.min(4, sheet.rows.length); r++) {
      const row = rowAt(sheet, r) ?? [];
      let hit: Title | null = null;
      for (let c = 0; c < row.length && !hit; c++) {
        const cell = row[c];
        if (!cell || typeof cell.v !== "string") continue;
        const text = cell.v.trim();
        if (text.length > 60) continue;
        const t = text.normalize("NFKC");
        const m = /((?:19|20)\d{2})\s*年度/.exec(t);
        // 2023—2025年度 names a period, not the evaluation year.
        if (!m || inTitleMarks(t, m.index) || /(19|20)\d{2}\s*年?\s*[-—–~至到]\s*(19|20)\d{2}/.test(t)) continue;
        const bracketed = /^[(（]\s*(?:19|20)\d{2}\s*年度\s*[)）]$/.test(t.trim());
        if (!bracketed && !TITLE_WORDS.test(t)) continue;
        hit = { ref: { sheet: sheet.name, row: r, col: c }, text, year: Number(m[1]) };
      }
      if (hit) {
        out.push(hit);
        break;
      }
    }
  }
  return out;
}

function titleYears(ctx: RuleContext): Finding[] {
  const ts = titles(ctx.model);
  if (!ts.length) return [];
  const info = infoYear(ctx.model);
  if (info) {
    return ts
      .filter((t) => t.year !== info.year)
      .map((t) =>
        finding(
          "year-mismatch",
          "error",
          [t.ref, info.ref],
          "year-mismatch.title",
          { title: t.text, written: t.year, year: info.year },
          { value: String(info.year), unit: "年" },
          { value: String(t.year), unit: "年" }
        )
      );
  }
  // No 评价年度 stated: a title that disagrees with the other titles and with the years the text names is the odd one out.
  if (new Set(ts.map((t) => t.year)).size < 2) return [];
  const votes = new Map<number, number>();
  for (const t of ts) votes.set(t.year, (votes.get(t.year) ?? 0) + 1);
  const titleCells = new Set(ts.map((t) => `${t.ref.sheet}!${t.ref.row}!${t.ref.col}`));
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      if (titleCells.has(`${p.ref.sheet}!${p.ref.row}!${p.ref.col}`)) continue;
      for (const f of p.figures) if (f.date?.year) votes.set(f.date.year, (votes.get(f.date.year) ?? 0) + 1);
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || (second && second[1] === top[1])) return [];
  const anchor = ts.find((t) => t.year === top[0]);
  if (!anchor) return [];
  return ts
    .filter((t) => t.year !== top[0])
    .map((t) =>
      finding(
        "year-mismatch",
        "warning",
        [t.ref, anchor.ref],
        "year-mismatch.title-conflict",
        { title: t.text, written: t.year, year: top[0], other: anchor.ref.sheet },
        { value: String(top[0]), unit: "年" },
        { value: String(t.year), unit: "年" }
      )
    );
}

type Ymd = { year: number; month: number; day: number };

function ymdText(d: Ymd): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

function before(a: Ymd, b: Ymd): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

function contractDates(c: Contract): Finding[] {
  const out: Finding[] = [];
  const sign = c.signDate ? readDate(c.signDate.cell) : null;
  const start = c.startDate ? readDate(c.startDate.cell) : null;
  const end = c.endDate ? readDate(c.endDate.cell) : null;
  const name = c.name || c.id || c.vendor;
  if (sign && start && before(start, sign)) {
    out.push(
      finding(
        "year-mismatch",
        "warning",
        [c.signDate!.ref, c.startDate!.ref],
        "year-mismatch.contract-signed-late",
        { name, sign: ymdText(sign), start: ymdText(start) },
        { value: ymdText(start), unit: "" },
        { value: ymdText(sign), unit: "" }
      )
    );
  }
  if (start && end && before(end, start)) {
    out.push(
      finding(
        "year-mismatch",
        "warning",
        [c.endDate!.ref, c.startDate!.ref],
        "year-mismatch.contract-ends-before-start",
        { name, end: ymdText(end), start: ymdText(start) },
        { value: ymdText(start), unit: "" },
        { value: ymdText(end), unit: "" }
      )
    );
  }
  return out;
}

/** Words that make a date history or a later plan rather than the year's own deadline or position. */
const HISTORY = /(原计划|原定|原先|上年|去年|往年|以前年度|延期|推迟|调整为|期后|后续|下一步|计划于|预计|将于|拟)/;

/**
 * Dates the narrative sets against the evaluation year: a deadline (…前) before the year evaluated, which no goal of that year
 * can have (an error), and a position stated 截至 a date after the year ended (a warning: the report should give year-end
 * figures, or say these are later).
 */
function narrativeDates(ctx: RuleContext): Finding[] {
  const year = ctx.model.year;
  if (!year) return [];
  const out: Finding[] = [];
  const indicatorCells = new Set(ctx.model.indicators.flatMap((t) => t.indicators.map((i) => `${t.sheet}!${i.row}`)));
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      for (const f of p.figures) {
        const y = f.date?.year;
        if (!y || f.kind !== "date" || inTitleMarks(p.text, f.start)) continue;
        const s = sentenceAround(p.text, f.start);
        const sentence = p.text.slice(s.start, s.end);
        if (HISTORY.test(sentence)) continue;
        const after = p.text.slice(f.end, f.end + 3);
        const before = p.text.slice(Math.max(s.start, f.start - 4), f.start);
        const raw = sentence.trim().slice(0, 60);
        // A deadline only where the year's goal or an indicator sets it: elsewhere an earlier date may be history.
        const target = isGoalCell(ctx, p.ref) || indicatorCells.has(`${p.ref.sheet}!${p.ref.row}`) || /(目标|任务|要求)/.test(sentence);
        const dated = (severity: "error" | "warning", key: "year-mismatch.deadline-before-year" | "year-mismatch.status-after-year") =>
          finding("year-mismatch", severity, [p.ref], key, { raw, written: y, year }, { value: String(year), unit: "年" }, { value: String(y), unit: "年" });
        if (y < year && /^(之前|以前|前)/.test(after) && target) {
          out.push(dated("error", "year-mismatch.deadline-before-year"));
        } else if (y > year && /(截至|截止|截止到|截至到|至)\s*$/.test(before)) {
          // A position in money or percent: 截至2025年6月已拨付100.6万元.
          const stated = p.figures.some((x) => x.start > f.end && x.end <= s.end && (x.kind === "money" || x.kind === "percent"));
          if (stated) out.push(dated("warning", "year-mismatch.status-after-year"));
        }
      }
    }
  }
  return out;
}

export const yearMismatch: Rule = {
  id: "year-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.traced) {
      const f = narrativeYear(ctx, t);
      if (f) out.push(f);
    }
    out.push(...titleYears(ctx), ...narrativeDates(ctx));
    for (const t of ctx.model.contracts) for (const c of t.contracts) out.push(...contractDates(c));
    return out;
  },
};
