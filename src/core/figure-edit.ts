/**
 * Rewriting one figure inside a sentence: only its number (and, for a unit slip, its unit) changes; the digits keep the
 * way they were written (grouping commas, decimals), and every other character of the text stays.
 */
import { type Big, fixed } from "./decimal";
import type { TextFix } from "./findings";
import type { TextFigure } from "./figures/types";
import type { Ref } from "./model";

/** The Arabic number as written inside a figure's raw text: "1,065.25" of "￥1,065.25元"; null for Chinese numerals. */
function numberIn(raw: string): { start: number; end: number; text: string } | null {
  const m = /[0-9][0-9,，]*(?:\.[0-9]+)?/.exec(raw);
  if (!m || !/\d/.test(m[0])) return null;
  return { start: m.index, end: m.index + m[0].length, text: m[0] };
}

/** `value` to `dp` places (half up), grouped by threes when `like` was. */
function writtenLike(like: string, value: Big, dp: number): string {
  const text = fixed(value, dp);
  const sep = like.includes("，") ? "，" : like.includes(",") ? "," : null;
  if (!sep) return text;
  const [int, frac] = text.split(".");
  const neg = int!.startsWith("-");
  const digits = neg ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${neg ? "-" : ""}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

/**
 * The figure's number replaced by `value` (in the unit the result is written in) at `dp` places; with `unit`, the unit
 * written right after the number becomes it ("1065.25元" → "1065.55万元"). Null when the figure is not written in
 * Arabic digits, or the unit to replace is not where expected.
 */
export function figureEdit(ref: Ref, figure: TextFigure, value: Big, dp: number, unit?: { from: string; to: string }): TextFix | null {
  const num = numberIn(figure.raw);
  if (!num || figure.number.chinese || figure.bound) return null;
  let end = num.end;
  let tail = "";
  if (unit) {
    // The unit follows the number, perhaps after spaces: "1065.25 元".
    const after = figure.raw.slice(num.end);
    const gap = /^\s*/.exec(after)![0];
    if (!after.slice(gap.length).startsWith(unit.from)) return null;
    end = num.end + gap.length + unit.from.length;
    tail = gap + unit.to;
  }
  const find = figure.raw.slice(num.start, end);
  const replace = writtenLike(num.text, value, dp) + tail;
  if (replace === find) return null;
  return { kind: "text", ref, start: figure.start + num.start, end: figure.start + end, find, replace };
}

/** The stray unit after a figure's own unit dropped: "94.56%元" → "94.56%". */
export function strayUnitEdit(ref: Ref, figure: TextFigure): TextFix | null {
  const stray = figure.strayUnit;
  if (!stray || !figure.raw.endsWith(stray)) return null;
  const end = figure.end;
  return { kind: "text", ref, start: end - stray.length, end, find: stray, replace: "" };
}
