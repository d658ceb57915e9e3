/** Numbers as people write them in cells and captions: separators, currency signs, units, full-width forms, Chinese numerals. */
import { Big, fromNumber } from "../decimal";
import { parseChineseNumber, CHINESE_NUMERAL_CHARS } from "./chinese";
import { MONEY_SCALE, type MoneyUnit, type ParsedNumber } from "./types";

const TEN = new Big(10);

/** Full-width ASCII (０-９, ，．％（）－ …) and the ideographic space to their half-width forms, one code unit for one, so offsets hold. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

/** Multipliers that may stand before 元; those not in MONEY_SCALE are folded into the value. */
const MULTIPLIER: Readonly<Record<string, number>> = {
  "": 0,
  千: 3,
  万: 4,
  萬: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  億: 8,
  十亿: 9,
  百亿: 10,
  千亿: 11,
};

/** A money unit word, e.g. 万元, 元整, 千万元 (→ 万元 with the value shifted by 3). */
export function moneyUnitOf(word: string): { unit: MoneyUnit; shift: number } | null {
  const m = /^(千亿|百亿|十亿|千万|百万|十万|千|万|萬|亿|億)?(?:元|圆|圓|人民币)整?$/u.exec(word);
  if (!m) return null;
  const exp = MULTIPLIER[m[1] ?? ""];
  if (exp === undefined) return null;
  if (exp === 0) return { unit: "元", shift: 0 };
  if (exp === 3) return { unit: "千元", shift: 0 };
  if (exp < 8) return { unit: "万元", shift: exp - 4 };
  return { unit: "亿元", shift: exp - 8 };
}

/** Applies a money unit's shift: 3千万元 → 3000 万元, keeping the printed precision honest. */
export function shiftValue(value: Big, decimals: number, shift: number): { value: Big; decimals: number } {
  if (shift === 0) return { value, decimals };
  return { value: value.times(TEN.pow(shift)), decimals: Math.max(0, decimals - shift) };
}

/** A plain decimal string ("1,065.25", "1.2e3") as an exact Big with its printed decimals; null when malformed. */
export function arabicValue(digits: string): { value: Big; decimals: number } | null {
  const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)?)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/.exec(digits);
  if (!m || (m[1] === "" && m[2] === undefined)) return null;
  const int = m[1]!.replace(/,/g, "") || "0";
  const frac = m[2] ?? "";
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  const value = new Big(`${int}${frac ? "." + frac : ""}e${exp}`);
  return { value, decimals: Math.max(0, frac.length - exp) };
}

/** Units of counted things, longest first so 人次 wins over 人. */
export const COUNT_UNITS: readonly string[] = [
  "个工作日",
  "个百分点",
  "平方公里",
  "平方千米",
  "平方米",
  "立方米",
  "百分点",
  "工作日",
  "人次",
  "人天",
  "户次",
  "个月",
  "公里",
  "千米",
  "公顷",
  "公斤",
  "千克",
  "小时",
  "分钟",
  "季度",
  "学时",
  "课时",
  "美元",
  "港元",
  "欧元",
  "人",
  "个",
  "项",
  "家",
  "名",
  "次",
  "件",
  "户",
  "台",
  "套",
  "份",
  "条",
  "场",
  "期",
  "批",
  "所",
  "座",
  "间",
  "辆",
  "本",
  "册",
  "篇",
  "张",
  "处",
  "栋",
  "层",
  "亩",
  "吨",
  "斤",
  "天",
  "日",
  "周",
  "年",
  "月",
  "岁",
  "倍",
  "分",
  "米",
  "宗",
  "例",
  "起",
  "单",
  "笔",
  "种",
  "类",
  "部",
  "节",
  "幅",
  "组",
  "支",
  "床",
  "棵",
  "株",
  "只",
  "头",
  "盏",
  "根",
  "‰",
  "㎡",
  "㎞",
  "㎏",
  "㎥",
  "km²",
  "km2",
  "hm²",
  "hm2",
  "m²",
  "m³",
  "m2",
  "m3",
  "km",
  "kg",
  "kW",
  "MW",
  "t",
  "m",
  "h",
].sort((a, b) => b.length - a.length);

/** A unit written after an Arabic number: a short word, a symbol, or either per something (元/人, km/h). */
const UNIT_WORD = /^(?:\p{Script=Han}{1,4}|[A-Za-z]{1,5}[23²³]?|[㎡㎞㎏㎎㎝㎜㎥℃°‰])(?:\/(?:\p{Script=Han}{1,3}|[A-Za-z]{1,3}))?$/u;
const COUNT_WORD = new RegExp(`^(?:万|亿)?(?:${COUNT_UNITS.join("|")})$`, "u");

/** Unit words people write after figures; money units come back normalised (圆 → 元, 万圆 → 万元). */
function unitOf(word: string): { unit: string; shift: number } | null {
  if (word === "") return { unit: "", shift: 0 };
  if (word === "%") return { unit: "%", shift: 0 };
  const money = moneyUnitOf(word);
  if (money) return money;
  if (!UNIT_WORD.test(word) || /[点點]/u.test(word)) return null;
  return { unit: word, shift: 0 };
}

const CN_CHAR = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]$`, "u");

/** A Chinese numeral with its unit: 两万元 → 2 万元, 壹仟壹佰贰拾陆万伍仟伍佰元整 → 11265500 元, 十五人 → 15 人. */
export function chineseAmount(s: string): ParsedNumber | null {
  const whole = parseChineseNumber(s);
  if (whole?.yuan) {
    // 伍拾万元整 reads as 50 万元, as written, unless the amount has its own 万/亿 or 角分.
    const m = /^(.+?)([万萬亿億])[元圆圓]整?$/u.exec(s);
    if (m && !/[万萬亿億]/u.test(m[1]!)) {
      const head = parseChineseNumber(m[1]!);
      if (head && !head.yuan) {
        return { value: head.value, decimals: head.decimals, percent: false, unit: /[万萬]/u.test(m[2]!) ? "万元" : "亿元", chinese: true };
      }
    }
    return { value: whole.value, decimals: whole.decimals, percent: false, unit: "元", chinese: true };
  }
  if (whole) return { value: whole.value, decimals: whole.decimals, percent: false, unit: null, chinese: true };
  const chars = Array.from(s);
  let k = 0;
  while (k < chars.length && (CN_CHAR.test(chars[k]!) || (k === 0 && /[负負]/u.test(chars[k]!)))) k++;
  // Try the longest numeral head whose tail is a unit: 两万人 → 两万 + 人, else 两 + 万人.
  for (let cut = k; cut > 0; cut--) {
    const head = chars.slice(0, cut).join("");
    const tail = chars.slice(cut).join("");
    const n = parseChineseNumber(head);
    // After Chinese numerals only a known unit makes a number: 十五人 yes, 一窗 / 一网通办 no.
    const u = n && !n.yuan && COUNT_WORD.test(tail) ? unitOf(tail) : null;
    if (!n || !u || u.unit === "") continue;
    const shifted = shiftValue(n.value, n.decimals, u.shift);
    return { value: shifted.value, decimals: shifted.decimals, percent: false, unit: u.unit, chinese: true };
  }
  return null;
}

/** Empty cells and the dashes forms use for "nothing". */
const NOTHING = /^(?:[-—–－―~/\\]+|无|空|N\/?A)?$/iu;

/**
 * A whole string read as one number: "1,065.25", "1065.25万元", "￥33,796,500.00元", "(1,234.00)", "94.56%", "百分之九十",
 * "壹仟壹佰贰拾陆万伍仟伍佰元整". A leading comparator (≥, ≤, 约) and a trailing 以上/以下/左右 are read past. Null when it is not a number.
 */
export function parseNumber(s: string): ParsedNumber | null {
  let t = toHalfWidth(s)
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\ufeff]+/gu, "")
    .replace(/[\u2212\ufe63\u2012\u2013]/gu, "-");
  if (NOTHING.test(t)) return null;
  let negative = false;
  const paren = /^\((.*)\)$/u.exec(t);
  if (paren) {
    negative = true;
    t = paren[1]!;
  }
  // Targets are written with their comparison: ≥50个, 不少于6种, ≤90万元, 95%以上, 10个工作日内.
  t = t
    .replace(/^(?:>=|<=|[≥≤><=≧≦═＝]|约|≈|大约|不少于|不低于|不小于|不高于|不超过|不大于|大于|小于|高于|低于|少于|多于|至少|达到|达)/u, "")
    .replace(/(?:及以上|及以下|以上|以下|以内|之内|左右)$/u, "");
  let currency = false;
  for (let guard = 0; guard < 3; guard++) {
    // Sign and currency may come in either order: -¥1,000 or ¥-1,000.
    const m = /^(?:([-+])|(￥|¥|RMB|CNY|人民币))/iu.exec(t);
    if (!m) break;
    if (m[1] === "-") negative = !negative;
    if (m[2]) currency = true;
    t = t.slice(m[0].length);
  }
  let percent = false;
  if (t.startsWith("百分之")) {
    percent = true;
    t = t.slice(3);
  }
  if (t === "") return null;

  const num = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d{1,3}(?![A-Za-z]))?/u.exec(t);
  let parsed: ParsedNumber | null = null;
  if (num && num[0] !== "" && /\d/.test(num[0])) {
    const a = arabicValue(num[0]);
    if (!a) return null;
    let rest = t.slice(num[0].length);
    if (percent && rest !== "") return null;
    if (rest.startsWith("%")) {
      if (percent) return null;
      percent = true;
      rest = rest.slice(1);
      if (rest !== "") return null;
    }
    const u = unitOf(rest);
    if (!u) return null;
    const shifted = shiftValue(a.value, a.decimals, u.shift);
    parsed = { value: shifted.value, decimals: shifted.decimals, percent, unit: percent ? "%" : u.unit || null, chinese: false };
  } else {
    const c = chineseAmount(t);
    if (!c) return null;
    if (percent && c.unit !== null) return null;
    parsed = percent ? { ...c, percent: true, unit: "%" } : c;
  }
  if (currency) {
    if (parsed.percent) return null;
    if (parsed.unit === null) parsed.unit = "元";
    else if (!(parsed.unit in MONEY_SCALE)) return null;
  }
  if (negative) parsed.value = parsed.value.times(-1);
  return parsed;
}

/** The exact value a number cell holds (the shortest decimal that round-trips the double); null for NaN and infinities. */
export function numberFromCellValue(v: number): Big | null {
  return Number.isFinite(v) ? fromNumber(v) : null;
}

/** A money figure in 元: 1065.25 万元 → 10652500. Null for percents and non-money units. */
export function toYuan(p: ParsedNumber): Big | null {
  if (p.percent || p.unit === null || !(p.unit in MONEY_SCALE)) return null;
  return p.value.times(TEN.pow(MONEY_SCALE[p.unit as MoneyUnit]));
}

const CN_UNIT: Readonly<Record<string, MoneyUnit>> = { 元: "元", 千元: "千元", 万元: "万元", 亿元: "亿元" };

/**
 * The money unit a caption names: "单位：万元", "金额单位：元", "（万元）", "金额（元）", "Unit: 10,000 yuan", "(RMB 10k)".
 * Null when it names none (or a per-unit price such as 元/人).
 */
export function scaleFromCaption(text: string): MoneyUnit | null {
  const t = toHalfWidth(text)
    .replace(/[萬]/gu, "万")
    .replace(/[億]/gu, "亿")
    .replace(/[圆圓]/gu, "元");
  const cn =
    /^\s*(亿元|万元|千元|元)\s*$/u.exec(t) ??
    /单位\s*[:：]?\s*(?:人民币\s*)?(亿元|万元|千元|元)(?![/每])/u.exec(t) ??
    /[([【]\s*(?:(?:金额)?单位\s*[:：]?\s*)?(?:人民币\s*)?(亿元|万元|千元|元)\s*[)\]】]/u.exec(t);
  if (cn) return CN_UNIT[cn[1]!] ?? null;
  const en = t.toLowerCase();
  if (!/\b(?:unit|yuan|rmb|cny)\b/.test(en)) return null;
  if (/million|\bmn\b/.test(en) && !/100\s*million|hundred\s*million/.test(en)) return null; // 百万元 has no MoneyUnit
  if (/100\s*million|hundred\s*million|100m\b|\byi\b/.test(en)) return "亿元";
  if (/10,?000|ten\s*thousand|10\s*thousand|10\s*k\b|\bwan\b/.test(en)) return "万元";
  if (/1,?000\b|thousand|'000|\bk\b/.test(en)) return "千元";
  if (/\b(?:yuan|rmb|cny)\b/.test(en)) return "元";
  return null;
}
