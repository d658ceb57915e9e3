/**
 * Statements a narrative makes about its own figures, for rules to check: a whole and the parts it lists
 * ("共申请2026400元，其中A 400000元、B 252000元…"; "总投资X万元。其中：…"), in money or in counts, areas, lengths.
 */
import { Big } from "./decimal";
import { sameKind, type UnitInfo, unitInfo } from "./figures/quantity";
import type { TextFigure } from "./figures/types";
import type { Paragraph } from "./model";
import { halfUlp, tenfoldOff } from "./precision";

export interface PartsStatement {
  paragraph: Paragraph;
  whole: TextFigure;
  /** The parts of the whole: a two-level list's subtotals, not their own items. */
  parts: TextFigure[];
  /** Every figure the list prints, sub-items included: none of them quotes a total. */
  listed: TextFigure[];
  /** Whole and parts in the family's base unit, each with the rounding its printed digits allow. */
  wholeValue: Big;
  wholeSlack: Big;
  values: Big[];
  slacks: Big[];
  partsSum: Big;
  tolerance: Big;
  /** The list says it is not complete (主要, 等, 包括): a sum short of the whole proves nothing. */
  open: boolean;
}

/** Words before a figure that make it a whole. */
const WHOLE = /(共|共计|合计|总计|总额|总投资|总预算|总金额|总数|累计|一共|总计划|总规模|总资金|全部)[^，。；,;：:]{0,12}$/;
const OPEN = /(主要|等|包括|包含|部分|以及|一部分|含)/;
/** What introduces the parts: 其中, or 具体是/具体为/分别是/分别为 (a breakdown, as 其中 is). */
const LIST = /其中|具体(?:是|为|如下)|分别(?:是|为)|(?:主要)?包括/;
const SENTENCE = /[。！？!?\n\r]/;

function info(f: TextFigure): UnitInfo | null {
  if (f.kind !== "money" && f.kind !== "count") return null;
  return unitInfo(f.number.unit);
}

/** A part's unit; beside money, a bare 万 or 亿 ("兵团补贴资金60万") is 万元 or 亿元. */
function partInfo(f: TextFigure, whole: UnitInfo): UnitInfo | null {
  if (whole.family === "money" && (f.number.unit === "万" || f.number.unit === "亿")) return unitInfo(f.number.unit + "元");
  return info(f);
}

function base(f: TextFigure, u: UnitInfo): Big {
  return f.number.value.times(u.factor);
}

/**
 * Half a unit of the last digit, at the list's precision for the figure's unit: beside 29.99万元, "30万元" means 30.00. A list
 * of whole numbers is exact, as counts and allocations are.
 */
function slack(f: TextFigure, u: UnitInfo, dpByUnit: Map<string | null, number>): Big {
  const dp = Math.max(f.number.decimals, dpByUnit.get(f.number.unit) ?? 0);
  return dp === 0 ? new Big(0) : halfUlp(dp).times(u.factor);
}

/** Depth of （…） and (…) at each offset, so a part's own breakdown "（含…）" is not read as a part. */
function depths(text: string): Int8Array {
  const d = new Int8Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "（" || c === "(") k++;
    d[i] = k;
    if ((c === "）" || c === ")") && k > 0) k--;
  }
  return d;
}

/** A figure followed by its own breakdown: "260.3万元，为…", "9910万元，分别…", "…万元，其中…". */
function opensList(text: string, f: TextFigure): boolean {
  return /^[，,：:]?\s*(为|分别|其中|包括|含|用于)/.test(text.slice(f.end, f.end + 4));
}

/** Every whole-with-parts statement of a paragraph. */
export function partsStatements(p: Paragraph): PartsStatement[] {
  const out: PartsStatement[] = [];
  const text = p.text;
  const figs = p.figures;
  const depth = depths(text);
  for (let i = 0; i < figs.length; i++) {
    const whole = figs[i]!;
    const wu = info(whole);
    if (!wu || whole.bound || whole.number.percent) continue;
    // 其中 follows the whole in its sentence, or opens the next one.
    const rest = text.slice(whole.end);
    const marker = LIST.exec(rest);
    if (!marker) continue;
    const at = marker.index;
    const between = rest.slice(0, at);
    // Right after the figure (…万元。其中：) 其中 makes it a whole; so does a short lead-in (，建设内容包括…); further on, its
    // own words must say so (共…, 合计…).
    const lead = /^[\s，,。.：:；;（(]{0,2}$/.test(between) || (marker[0] !== "其中" && /^[\s，,：:]{0,2}[^，,。；;：:\d]{0,6}$/.test(between));
    if (!lead && !WHOLE.test(whole.label)) continue;
    if ((SENTENCE.test(between) && !/^[^。！？!?\n\r]*[。！？!?]\s*$/.test(between)) || figs.slice(i + 1).some((f) => f.start < whole.end + at)) continue;
    const from = whole.end + at + marker[0].length;
    const parts: TextFigure[] = [];
    let end = from;
    for (const f of figs.slice(i + 1)) {
      if (f.start < from) continue;
      const gap = text.slice(end, f.start);
      if ((SENTENCE.test(gap) && !(parts.length === 0 && /^[\s：:]*$/.test(gap.replace(SENTENCE, "")))) || /其中/.test(gap)) break;
      // After a semicolon, an item that opens its own list ("；市级资金260.3万元，为…") is the whole's sibling, unless the list
      // is one of such items from its start ("其中第一批9910万元，分别…；第二批7437万元，分别…").
      if (/[；;]/.test(gap) && parts.length && opensList(text, f) && !opensList(text, parts[0]!)) break;
      // A list opened inside brackets, "（其中建筑工程3292万元）", ends with them.
      if (depth[f.start]! < depth[from - 1]!) break;
      end = f.end;
      if (depth[f.start]! > depth[from - 1]!) continue;
      const u = partInfo(f, wu);
      if (f.kind === "percent" || f.kind === "year" || f.kind === "date" || f.kind === "plain") continue;
      if (!u || !sameKind(u, wu)) break;
      if (f.bound) {
        parts.length = 0;
        break;
      }
      parts.push(f);
    }
    // Counted things: a part as large as the whole means the list is not a partition (一级指标3个，…三级指标12个 of 12
    // indicators). Money listed after 其中 is a partition, and a part that fills the whole beside others is the slip.
    if (parts.length < 2 || (wu.family !== "money" && parts.some((f) => !base(f, partInfo(f, wu)!).lt(base(whole, wu))))) continue;
    const tail = text.slice(end, end + 6);
    const listed = text.slice(from, end);
    // The list's precision comes from every figure it prints, sub-lists included.
    const dpByUnit = new Map<string | null, number>();
    for (const f of [whole, ...parts]) dpByUnit.set(f.number.unit, Math.max(dpByUnit.get(f.number.unit) ?? 0, f.number.decimals));
    const valueOf = (f: TextFigure) => base(f, partInfo(f, wu)!);
    const slackOf = (f: TextFigure) => slack(f, partInfo(f, wu)!, dpByUnit);
    const items = [...parts];
    collapseSubtotals(text, parts, valueOf, slackOf);
    const values = parts.map(valueOf);
    const slacks = parts.map(slackOf);
    const wholeSlack = slack(whole, wu, dpByUnit);
    const partsSum = values.reduce((a, v) => a.plus(v), new Big(0));
    const tolerance = slacks.reduce((a, v) => a.plus(v), wholeSlack);
    // "……" where the stored text breaks off, or 等, leaves the list open.
    const open = OPEN.test(listed) || /^[^，。；]{0,3}(等|…)/.test(tail) || /^[，,、；;]?\s*…/.test(tail);
    out.push({ paragraph: p, whole, parts, listed: items, wholeValue: base(whole, wu), wholeSlack, values, slacks, partsSum, tolerance, open });
  }
  return out;
}

/**
 * Two-level lists: "其中第一批9910万元，分别支持A 3000万元、B 3357.17万元、C 3552.83万元；第二批7437万元…". A part that equals
 * the sum of the parts right after it is a subtotal, and those parts are its own: they leave the list.
 */
function collapseSubtotals(text: string, parts: TextFigure[], valueOf: (f: TextFigure) => Big, slackOf: (f: TextFigure) => Big): void {
  for (let i = 0; i < parts.length; i++) {
    // Only a part that opens its own breakdown ("9910万元，分别支持…") is a subtotal.
    if (!opensList(text, parts[i]!)) continue;
    const head = valueOf(parts[i]!);
    let sum = new Big(0);
    let tolerance = slackOf(parts[i]!);
    for (let j = i + 1; j < parts.length; j++) {
      sum = sum.plus(valueOf(parts[j]!));
      tolerance = tolerance.plus(slackOf(parts[j]!));
      if (j > i + 1 && within(sum.minus(head), tolerance)) {
        parts.splice(i + 1, j - i);
        break;
      }
      if (sum.gt(head)) break;
    }
  }
}

/** Half-up printing makes each interval open at the top: a difference of exactly the tolerance is still out (but 0 is 0). */
function within(diff: Big, tolerance: Big): boolean {
  return diff.eq(0) || diff.abs().lt(tolerance);
}

/** Whether the parts disagree with the whole beyond the rounding their printed digits allow. */
export function partsDisagree(s: PartsStatement): boolean {
  // The list ends where its parts make up the whole ("3.75km，其中A 3.133km，B 0.617km；C…" goes on to other things).
  let run = new Big(0);
  let slack = s.wholeSlack;
  for (let k = 0; k < s.values.length - 1; k++) {
    run = run.plus(s.values[k]!);
    slack = slack.plus(s.slacks[k]!);
    if (k >= 1 && within(run.minus(s.wholeValue), slack)) return false;
  }
  const diff = s.partsSum.minus(s.wholeValue);
  if (within(diff, s.tolerance)) return false;
  // An open list may leave things out; it still may not add up to more than its whole.
  return !s.open || diff.gt(0);
}

export interface ShareStatement {
  paragraph: Paragraph;
  part: TextFigure;
  share: TextFigure;
  /** Wholes the paragraph names earlier that the share may be of, in the part's unit. */
  wholes: TextFigure[];
}

/** Two characters in common: 评定项目 and 项目审核 share 项目. */
function shareWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/**
 * "35个项目评为中，占评定项目的85.36%": a share stated of a count or an amount, with the wholes it can be of: earlier figures
 * of the same kind in the paragraph, at least as large, whose following words name what the share is of.
 */
export function shareStatements(p: Paragraph): ShareStatement[] {
  const out: ShareStatement[] = [];
  const figs = p.figures;
  for (let i = 0; i < figs.length; i++) {
    const share = figs[i]!;
    const m = /占([^，。；,;：:]{0,12}?)(?:的)?(?:比例|比重)?[为是达]?$/.exec(share.label.trim());
    if (share.kind !== "percent" || share.bound || !m) continue;
    const of = m[1]!.replace(/^(全部|总|全)/, "");
    const before = figs.slice(0, i).reverse();
    const part = before.find((f) => (f.kind === "count" || f.kind === "money") && !f.bound);
    if (!part || SENTENCE.test(p.text.slice(part.end, share.start)) || /[；;]/.test(p.text.slice(part.end, share.start))) continue;
    const pu = info(part);
    if (!pu) continue;
    const wholes = figs.slice(0, figs.indexOf(part)).filter((f) => {
      const u = info(f);
      if (!u || !sameKind(u, pu) || f.bound || base(f, u).lt(base(part, pu))) return false;
      const after = p.text.slice(f.end, f.end + 8);
      return of.length >= 2 && (shareWord(of, after) || shareWord(of, f.label.slice(-8)));
    });
    if (wholes.length) out.push({ paragraph: p, part, share, wholes });
  }
  return out;
}

/** Whether a share prints as its part of any of the wholes it may be of. */
export function shareAgrees(s: ShareStatement): boolean {
  const pu = info(s.part)!;
  const part = base(s.part, pu);
  return s.wholes.some((w) => {
    const whole = base(w, info(w)!);
    return !whole.eq(0) && part.div(whole).times(100).round(s.share.number.decimals, Big.roundHalfUp).eq(s.share.number.value);
  });
}

/**
 * The power of ten by which a whole is off from its own parts when that alone explains it: "全年预算数2089元：其中…1777万元，
 * …312万元" wrote 元 for 万元. Null otherwise.
 */
export function partsTenfold(s: PartsStatement): number | null {
  const wu = info(s.whole)!;
  if (wu.family !== "money" || s.wholeValue.eq(0)) return null;
  const inWhole = s.partsSum.div(wu.factor);
  return tenfoldOff(inWhole, s.whole.number.value, s.whole.number.decimals);
}

/**
 * A paragraph's sentences (each ending at 。！？!? or a line end) with the figures that lie wholly in each, in one pass
 * over both: looking up each sentence's figures among all of them is quadratic in a paragraph of 900,000 characters.
 */
export function sentencesOf(p: Paragraph): Array<{ text: string; figures: TextFigure[] }> {
  const out: Array<{ text: string; figures: TextFigure[] }> = [];
  const figs = p.figures;
  let end = 0;
  let k = 0;
  for (const text of p.text.split(/(?<=[。！？!?\n])/)) {
    const start = end;
    end += text.length;
    while (k < figs.length && figs[k]!.start < start) k++;
    const figures: TextFigure[] = [];
    for (; k < figs.length && figs[k]!.start < end; k++) if (figs[k]!.end <= end) figures.push(figs[k]!);
    out.push({ text, figures });
  }
  return out;
}
