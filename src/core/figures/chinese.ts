/** Chinese numerals, everyday (一千二百三十四, 三点五) and 大写 amounts (壹仟壹佰贰拾陆万伍仟伍佰元整), read exactly as Big. */
import { Big } from "../decimal";

/** Digit characters, everyday and 大写 forms. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Units inside a four-digit section: the power of ten each stands for. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };

/** Section units. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Every character that may appear in a Chinese numeral (without 元角分), for building scanners. */
export const CHINESE_NUMERAL_CHARS = Object.keys(CHINESE_DIGITS).join("") + Object.keys(SMALL_UNITS).join("") + Object.keys(BIG_UNITS).join("") + "点點";

export interface ChineseNumber {
  value: Big;
  /** Digits after the point: those written after 点, or 1 for 角 and 2 for 分. */
  decimals: number;
  /** Written as an amount with 元/圆 (or 角/分). */
  yuan: boolean;
}

const TEN = new Big(10);

function isZero(ch: string): boolean {
  return ch === "零" || ch === "〇";
}

/** An integer written with digits and units (一千二百三十四, 两万五) or as bare digits (二〇二三). */
function parseInteger(s: string): Big | null {
  if (s === "") return null;
  const chars = Array.from(s);
  if (chars.every((ch) => ch in CHINESE_DIGITS)) {
    // 零 alone, or digits read one by one as in years: 二〇二三.
    return new Big(chars.map((ch) => CHINESE_DIGITS[ch]).join(""));
  }
  let total = new Big(0); // complete 亿 groups
  let wan = new Big(0); // the 万 part of the current 亿 group
  let wanDone = false;
  let section = 0; // below 万, always < 10000 so a plain number is exact
  let digit: number | null = null;
  let lastSmall = 99;
  let lastUnit = 0; // exponent of the unit just before a trailing digit (for 一万五 = 15000)
  let prev: "start" | "digit" | "zero" | "small" | "big" = "start";
  let digitAfterUnit = false;
  let seen = false;
  for (const ch of chars) {
    if (isZero(ch)) {
      if (digit !== null) return null; // 五零 is not a numeral in this form
      prev = "zero";
      continue;
    }
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
      digitAfterUnit = prev === "small" || prev === "big";
      prev = "digit";
      seen = true;
      continue;
    }
    const se = SMALL_UNITS[ch];
    if (se !== undefined) {
      // 十 may open a section on its own: 十五, 二万十.
      const n = digit ?? (se === 1 && prev !== "digit" && prev !== "small" ? 1 : null);
      if (n === null || se >= lastSmall) return null;
      section += n * 10 ** se;
      lastSmall = se;
      lastUnit = se;
      digit = null;
      prev = "small";
      seen = true;
      continue;
    }
    const be = BIG_UNITS[ch];
    if (be !== undefined) {
      const sec = section + (digit ?? 0);
      if (be === 4) {
        if (sec === 0 || wanDone) return null;
        wan = new Big(sec).times(TEN.pow(4));
        wanDone = true;
      } else {
        const group = wan.plus(sec);
        if (group.eq(0)) return null;
        total = total.plus(group).times(TEN.pow(8));
        wan = new Big(0);
        wanDone = false;
      }
      section = 0;
      digit = null;
      lastSmall = 99;
      lastUnit = be;
      prev = "big";
      continue;
    }
    return null;
  }
  if (!seen) return null;
  let tail = new Big(0);
  if (digit !== null) {
    // A digit right after a unit is the next place down: 一万五 = 15000, 三百五 = 350.
    tail = digitAfterUnit && lastUnit > 1 ? new Big(digit).times(TEN.pow(lastUnit - 1)) : new Big(digit);
  }
  return total.plus(wan).plus(section).plus(tail);
}

/** Digits after 点, each read on its own; an optional 万/亿 after them scales the whole number. */
function parseDecimal(intPart: string, fracPart: string): ChineseNumber | null {
  const int = intPart === "" ? null : parseInteger(intPart);
  if (int === null) return null;
  let frac = Array.from(fracPart);
  let scale = 0;
  const last = frac[frac.length - 1];
  if (last !== undefined && BIG_UNITS[last] !== undefined) {
    scale = BIG_UNITS[last]!;
    frac = frac.slice(0, -1);
  }
  if (frac.length === 0 || !frac.every((ch) => ch in CHINESE_DIGITS)) return null;
  if (scale > 0 && Array.from(intPart).some((ch) => BIG_UNITS[ch] !== undefined)) return null;
  const value = new Big(`${int.toFixed(0)}.${frac.map((ch) => CHINESE_DIGITS[ch]).join("")}`).times(TEN.pow(scale));
  return { value, decimals: Math.max(0, frac.length - scale), yuan: false };
}

/** The 角/分 part after 元: 肆角贰分, 零伍分, 整. */
function parseCents(s: string): { cents: Big; decimals: number } | null {
  const m = /^(?:零|〇)?(?:(.)角)?(?:零|〇)?(?:(.)分)?(?:整|正)?$/u.exec(s);
  if (!m) return null;
  const jiao = m[1] === undefined ? null : CHINESE_DIGITS[m[1]];
  const fen = m[2] === undefined ? null : CHINESE_DIGITS[m[2]];
  if (jiao === undefined || fen === undefined) return null;
  const decimals = fen !== null ? 2 : jiao !== null ? 1 : 0;
  const cents = new Big(jiao ?? 0).div(10).plus(new Big(fen ?? 0).div(100));
  return { cents, decimals };
}

/** A Chinese numeral with its written precision; null when the text is not one. */
export function parseChineseNumber(text: string): ChineseNumber | null {
  let s = text.replace(/\s+/g, "");
  let negative = false;
  if (s.startsWith("负") || s.startsWith("負")) {
    negative = true;
    s = s.slice(1);
  }
  if (s === "") return null;
  const sign = (n: ChineseNumber): ChineseNumber => (negative ? { ...n, value: n.value.times(-1) } : n);

  const yuanAt = s.search(/[元圆圓]/u);
  if (yuanAt >= 0 || /[角分]/u.test(s)) {
    const intPart = yuanAt >= 0 ? s.slice(0, yuanAt) : "";
    const rest = yuanAt >= 0 ? s.slice(yuanAt + 1) : s;
    if (yuanAt === 0) return null; // 元整 with no amount
    const cents = parseCents(rest);
    if (!cents) return null;
    let int = new Big(0);
    const pointAt = intPart.search(/[点點]/u);
    if (pointAt >= 0) {
      // Everyday numerals write the fraction with 点 (一千零六十五万五千五百四十六点五八元): never with 角分 as well.
      if (cents.decimals > 0) return null;
      const d = parseDecimal(intPart.slice(0, pointAt), intPart.slice(pointAt + 1));
      return d ? sign({ ...d, yuan: true }) : null;
    }
    if (intPart !== "") {
      const n = parseInteger(intPart);
      if (n === null) return null;
      int = n;
    }
    return sign({ value: int.plus(cents.cents), decimals: cents.decimals, yuan: true });
  }

  const pointAt = s.search(/[点點]/u);
  if (pointAt >= 0) {
    const n = parseDecimal(s.slice(0, pointAt), s.slice(pointAt + 1));
    return n ? sign(n) : null;
  }
  const n = parseInteger(s);
  return n ? sign({ value: n, decimals: 0, yuan: false }) : null;
}

/** The value of a Chinese numeral or 大写 amount, exact; null when the text is not one. */
export function parseChinese(text: string): Big | null {
  return parseChineseNumber(text)?.value ?? null;
}
