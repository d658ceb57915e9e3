/** Which digits of a written figure differ from the right one, said in words: "1065.25元" vs "1,065.55万元" → 小数点后第1位. */
import type { Lang } from "./types";

const ZH_PLACES = ["个位", "十位", "百位", "千位", "万位", "十万位", "百万位", "千万位", "亿位", "十亿位"];

/** The first number in a text, as digits split at the point: "￥1,065.25元" → ["1065", "25"]. */
function digitsOf(text: string): [string, string] | null {
  const m = /\d[\d,，]*(?:\.\d+)?/.exec(text);
  if (!m) return null;
  const [int = "", frac = ""] = m[0].replace(/[,，]/g, "").split(".");
  return [int, frac];
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th";
  return `${n}${suffix}`;
}

/**
 * A phrase for what differs between the digits of `written` and `right`, to follow "compared with <right>":
 * one digit → its place and both values; a digit more or fewer; else how many places differ.
 */
export function digitDiff(written: string, right: string, lang: Lang): string {
  const a = digitsOf(written);
  const b = digitsOf(right);
  const zh = lang !== "en";
  if (!a || !b) return zh ? "不一致" : "they differ";
  const aDigits = a[0].length + a[1].length;
  const bDigits = b[0].length + b[1].length;
  if (aDigits !== bDigits) {
    const fewer = aDigits < bDigits;
    return zh ? (fewer ? "少了一位数字" : "多了一位数字") : fewer ? "a digit is missing" : "it has a digit too many";
  }
  const diffs: Array<{ place: string; got: string; want: string }> = [];
  const intLen = Math.max(a[0].length, b[0].length);
  const ai = a[0].padStart(intLen, "0");
  const bi = b[0].padStart(intLen, "0");
  for (let k = 0; k < intLen; k++) {
    if (ai[k] === bi[k]) continue;
    const pos = intLen - 1 - k;
    diffs.push({ place: zh ? (ZH_PLACES[pos] ?? `第${pos + 1}位`) : `${ordinal(pos + 1)} digit before the point`, got: ai[k]!, want: bi[k]! });
  }
  const fracLen = Math.max(a[1].length, b[1].length);
  const af = a[1].padEnd(fracLen, "0");
  const bf = b[1].padEnd(fracLen, "0");
  for (let k = 0; k < fracLen; k++) {
    if (af[k] === bf[k]) continue;
    diffs.push({ place: zh ? `小数点后第${k + 1}位` : `${ordinal(k + 1)} decimal`, got: af[k]!, want: bf[k]! });
  }
  if (diffs.length === 0) return zh ? "数字相同" : "the digits are the same";
  if (diffs.length === 1) {
    const d = diffs[0]!;
    return zh ? `${d.place}写成了${d.got}，应为${d.want}` : `the ${d.place} is ${d.got} where it should be ${d.want}`;
  }
  return zh ? `有${diffs.length}位数字不同` : `${diffs.length} digits differ`;
}
