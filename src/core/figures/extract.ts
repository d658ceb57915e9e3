/** Finds the figures of a narrative text (money, percents, counts, years, dates) with the concept and fund source their words name. */
import { Big } from "../decimal";
import { CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, parseChineseNumber } from "./chinese";
import { arabicValue, chineseAmount, COUNT_UNITS, moneyUnitOf, shiftValue, toHalfWidth } from "./number";
import { MONEY_SCALE, type Concept, type FigureKind, type FundSource, type MoneyUnit, type ParsedNumber, type TextFigure } from "./types";

/** A figure found by the scanner, before its words are read. */
interface Found {
  start: number;
  end: number;
  /** End of everything the figure took, a trailing "/三年" included: the next label starts here. */
  taken: number;
  kind: FigureKind;
  number: ParsedNumber;
  strayUnit?: string;
  periodAfter?: number;
  date?: { year: number | null; month: number | null; day: number | null };
}

const TEN = new Big(10);
const CN = CHINESE_NUMERAL_CHARS;
const CN_DIGIT_CHARS = Object.keys(CHINESE_DIGITS).join("");
const CN_SMALL = "一二两三四五六七八九十";

/** Multipliers that may stand before 元 (千万元 is folded into 万元 by moneyUnitOf). */
const MULT = "(?:千亿|百亿|十亿|千万|百万|十万|千|万|亿)";
const MONEY_WORD = `${MULT}?(?:元|圆|人民币)`;

/** Units after a Chinese numeral that make it a quantity; 年 and 个月 make it a period word instead. */
const CN_COUNT_UNITS = ["人次", "个月", "人", "个", "家", "项", "名", "次", "年", "户", "件"];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const RE = {
  // An 11-digit 1[3-9]… is a mobile number unless a unit says it is an amount.
  phone: /1[3-9]\d{9}(?![\d.,]|\s?(?:[元万亿千%]|人民币))/y,
  maskedPhone: /1[3-9]\d[*xX]{4}\d{4}(?!\d)/y,
  landline: /0\d{2,3}-\d{7,8}(?!\d)/y,
  longDigits: /\d{15,}[xX]?(?!\d)/y,
  lineOrdinal: /\d{1,2}\s*[、.)](?![\d%])/y,
  ymd: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/y,
  isoDate: /(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/y,
  ym: /(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?/y,
  yearRange: /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年(?:度)?/y,
  year: /(\d{4})\s*年(?:度)?/y,
  monthRange: /(\d{1,2})\s*(?:月份?)?\s*[-—–~至到]\s*(\d{1,2})\s*月(?:份)?/y,
  md: /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/y,
  month: /(\d{1,2})\s*月(?:份)?(?!\d)/y,
  docNo: /\d+\s*号/y,
  number: /(?:([¥￥]|RMB|CNY)\s?)?([-+\u2212\ufe63])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/y,
  percent: /[ \u00a0]?%/y,
  moneyAfter: new RegExp(`[ \\u00a0]?(${MONEY_WORD})(整)?`, "y"),
  moneyAfterSign: new RegExp(`[ \\u00a0]{0,2}(${MONEY_WORD})(整)?`, "y"),
  countAfter: new RegExp(`[ \\u00a0]?((?:万|亿|千)?(?:${COUNT_UNITS.map(esc).join("|")})(?![A-Za-z])|万|亿)`, "y"),
  strayAfterPercent: new RegExp(`[ \\u00a0]?(${MULT}?(?:元|圆))`, "y"),
  strayAfterMoney: new RegExp(`(${MULT}?(?:元|圆)|%)`, "y"),
  periodAfter: new RegExp(`[ \\u00a0]?[/／][ \\u00a0]?(?:(\\d{1,2})|([${CN_SMALL}]+))?[ \\u00a0]?年(?!度)`, "y"),
  bracketDoc: /[〔[【]\s*\d{4}\s*[〕\]】]\s*(?:第\s*)?(?:\d+\s*号?)?/y,
  parenDoc: /\(\s*\d{4}\s*\)\s*(?:第\s*)?\d+\s*号/y,
  parenOrdinal: /\(\s*\d{1,2}\s*\)/y,
  ordinal: new RegExp(`第\\s*[\\d${CN}]+`, "y"),
  cnRun: new RegExp(`[${CN}]+`, "y"),
  cnMoney: new RegExp(`[元圆圓](?:[零〇]?[${CN_DIGIT_CHARS}]角)?(?:[零〇]?[${CN_DIGIT_CHARS}]分)?(?:整|正)?`, "y"),
  cnCount: new RegExp(`(?:${CN_COUNT_UNITS.join("|")})`, "y"),
  percentWord: /百分之/y,
  percentArabic: /\d+(?:\.\d+)?/y,
  letters: /[A-Za-z]+/y,
  code: /[A-Za-z0-9][A-Za-z0-9_\-/.]*/y,
};

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isFullDigit = (c: string | undefined) => c !== undefined && c >= "０" && c <= "９";

/** Half-width text of the same length; a full-width comma or point counts as a separator only inside a number. */
function scanText(text: string): string {
  const h = Array.from({ length: text.length }, (_, i) => {
    const c = text[i]!;
    if (c === "，") return isFullDigit(text[i - 1]) && isFullDigit(text[i + 1]) ? "," : c;
    if (c === "．") return (isDigit(text[i - 1]) || isFullDigit(text[i - 1])) && (isDigit(text[i + 1]) || isFullDigit(text[i + 1])) ? "." : c;
    return toHalfWidth(c);
  });
  return h.join("");
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}
function validMonth(m: number): boolean {
  return m >= 1 && m <= 12;
}
function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

function dateNumber(year: number | null, month: number | null, day: number | null): ParsedNumber {
  const v = year ?? month ?? day ?? 0;
  const unit = year !== null ? "年" : month !== null ? "月" : "日";
  return { value: new Big(v), decimals: 0, percent: false, unit, chinese: false };
}

function dateFound(start: number, end: number, year: number | null, month: number | null, day: number | null): Found {
  return { start, end, taken: end, kind: year !== null && month === null ? "year" : "date", number: dateNumber(year, month, day), date: { year, month, day } };
}

/** A leading minus counts only where a sign can stand, so 资金总额-11265500 keeps its hyphen. */
function signAllowed(t: string, i: number, sign: string): boolean {
  if (sign === "\u2212" || sign === "\ufe63") return true;
  const prev = t[i - 1];
  return prev === undefined || /[\s(:：=,，、（为是]/u.test(prev);
}

function lineStart(t: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = t[k]!;
    if (c === "\n" || c === "\r") return true;
    if (c !== " " && c !== "\t" && c !== "\u00a0") return false;
  }
  return true;
}

function periodNumber(arabic: string | undefined, chinese: string | undefined): number | null {
  if (arabic !== undefined) return Number(arabic);
  if (chinese !== undefined) {
    const v = parseChineseNumber(chinese);
    return v ? Number(v.value.toFixed(0)) : null;
  }
  return 1;
}

/** The scanner: every figure in order, with exclusions (document numbers, phones, ordinals) consumed silently. */
function scan(t: string): Found[] {
  const out: Found[] = [];
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c = t[i]!;
    let m: RegExpExecArray | null;

    if (c === "第" && (m = at(RE.ordinal, t, i))) {
      i += m[0].length;
      continue;
    }
    if (c === "〔" || c === "[" || c === "【" || c === "(") {
      m = at(RE.bracketDoc, t, i) ?? at(RE.parenDoc, t, i) ?? at(RE.parenOrdinal, t, i);
      i += m ? m[0].length : 1;
      continue;
    }
    if (c === "百" && at(RE.percentWord, t, i)) {
      const f = percentWord(t, i);
      if (f) {
        out.push(f);
        i = f.taken;
        continue;
      }
    }
    if (/[A-Za-z]/.test(c)) {
      m = at(RE.letters, t, i)!;
      const word = m[0];
      if ((word === "RMB" || word === "CNY") && /^\s?\d/.test(t.slice(i + 3, i + 5))) {
        const f = arabic(t, i);
        if (typeof f === "number") i = f;
        else if (f) {
          out.push(f);
          i = f.taken;
        }
        if (f !== null) continue;
      }
      // Codes such as HK2023-001 are not figures.
      i += isDigit(t[i + word.length]) ? at(RE.code, t, i)![0].length : word.length;
      continue;
    }
    if (CN.includes(c)) {
      const r = chinese(t, i);
      if (r.figure) out.push(r.figure);
      i = r.next;
      continue;
    }
    const signed = "-+\u2212\ufe63".includes(c) && isDigit(t[i + 1]);
    if (isDigit(c) || c === "¥" || c === "￥" || (signed && signAllowed(t, i, c))) {
      const r = digits(t, i);
      for (const f of r.figures) out.push(f);
      i = r.next;
      continue;
    }
    i++;
  }
  return out;
}

function percentWord(t: string, i: number): Found | null {
  const p = i + 3;
  const a = at(RE.percentArabic, t, p);
  if (a) {
    const v = arabicValue(a[0]);
    if (!v) return null;
    const end = p + a[0].length;
    return { start: i, end, taken: end, kind: "percent", number: { ...v, percent: true, unit: "%", chinese: false } };
  }
  const run = at(RE.cnRun, t, p);
  if (!run) return null;
  const value = run[0] === "百" ? { value: new Big(100), decimals: 0 } : parseChineseNumber(run[0]);
  if (!value) return null;
  const end = p + run[0].length;
  return { start: i, end, taken: end, kind: "percent", number: { value: value.value, decimals: value.decimals, percent: true, unit: "%", chinese: true } };
}

/** A Chinese numeral: a figure only with a money unit or a clear count unit; 三年/五个月 are period words, not figures. */
function chinese(t: string, i: number): { figure: Found | null; next: number } {
  const run = at(RE.cnRun, t, i)!;
  const p = i + run[0].length;
  const money = at(RE.cnMoney, t, p);
  if (money) {
    const parsed = chineseAmount(run[0] + money[0]);
    if (parsed && parsed.unit !== null && parsed.unit in MONEY_SCALE) {
      const end = p + money[0].length;
      const f: Found = { start: i, end, taken: end, kind: "money", number: parsed };
      moneyTail(t, f);
      return { figure: f, next: f.taken };
    }
    return { figure: null, next: p };
  }
  const unit = at(RE.cnCount, t, p);
  if (unit) {
    const end = p + unit[0].length;
    // 二〇二三年 is a year; other numerals before 年 or 个月 are period words (三年, 五个月).
    if (unit[0] === "年" && /^[零〇一二三四五六七八九]{4}$/u.test(run[0])) {
      const y = Number(parseChineseNumber(run[0])!.value.toFixed(0));
      const endYear = t[end] === "度" ? end + 1 : end;
      if (validYear(y)) return { figure: { ...dateFound(i, endYear, y, null, null), number: { ...dateNumber(y, null, null), chinese: true } }, next: endYear };
    }
    if (unit[0] === "年" || unit[0] === "个月") return { figure: null, next: end };
    const v = parseChineseNumber(run[0]);
    // 一人只做一类, 一次性, 一个: a lone 一 is idiom, not a count.
    if (!v || v.yuan || v.value.eq(1) || (unit[0] === "次" && t[end] === "性")) return { figure: null, next: end };
    const number: ParsedNumber = { value: v.value, decimals: v.decimals, percent: false, unit: unit[0], chinese: true };
    return { figure: { start: i, end, taken: end, kind: "count", number }, next: end };
  }
  return { figure: null, next: p };
}

/** After a money unit: a stray second unit (元元, 元%) and a period suffix (元/三年, 元/年). */
function moneyTail(t: string, f: Found): void {
  const stray = at(RE.strayAfterMoney, t, f.end);
  if (stray) {
    f.strayUnit = stray[1]!;
    f.end += stray[0].length;
    f.taken = f.end;
  }
  const period = at(RE.periodAfter, t, f.end);
  if (period) {
    const years = periodNumber(period[1], period[2]);
    if (years !== null) f.periodAfter = years;
    f.taken = f.end + period[0].length;
  }
}

/** Dates, exclusions and Arabic numbers starting with a digit, a currency sign or a minus. */
function digits(t: string, i: number): { figures: Found[]; next: number } {
  const none = (next: number) => ({ figures: [], next });
  const one = (f: Found) => ({ figures: [f], next: f.taken });
  if (isDigit(t[i])) {
    let m: RegExpExecArray | null;
    for (const re of [RE.phone, RE.maskedPhone, RE.landline, RE.longDigits]) {
      if ((m = at(re, t, i))) return none(i + m[0].length);
    }
    if (lineStart(t, i) && (m = at(RE.lineOrdinal, t, i))) return none(i + m[0].length);

    if ((m = at(RE.ymd, t, i))) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (validYear(y) && validMonth(mo) && validDay(d)) return one(dateFound(i, i + m[0].length, y, mo, d));
    }
    if ((m = at(RE.isoDate, t, i))) {
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (validYear(y) && validMonth(mo) && validDay(d)) return one(dateFound(i, i + m[0].length, y, mo, d));
    }
    if ((m = at(RE.ym, t, i))) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      if (validYear(y) && validMonth(mo)) return one(dateFound(i, i + m[0].length, y, mo, null));
    }
    if ((m = at(RE.yearRange, t, i))) {
      const [y1, y2] = [Number(m[1]), Number(m[2])];
      if (validYear(y1) && validYear(y2)) {
        const second = i + m[0].lastIndexOf(m[2]!);
        return { figures: [dateFound(i, i + m[1]!.length, y1, null, null), dateFound(second, i + m[0].length, y2, null, null)], next: i + m[0].length };
      }
    }
    if ((m = at(RE.year, t, i)) && validYear(Number(m[1]))) return one(dateFound(i, i + m[0].length, Number(m[1]), null, null));
    if ((m = at(RE.monthRange, t, i))) {
      const [m1, m2] = [Number(m[1]), Number(m[2])];
      if (validMonth(m1) && validMonth(m2)) {
        const first = /^\d{1,2}\s*(?:月份?)?/.exec(m[0])![0].replace(/\s+$/, "");
        const second = i + m[0].lastIndexOf(m[2]!);
        return { figures: [dateFound(i, i + first.length, null, m1, null), dateFound(second, i + m[0].length, null, m2, null)], next: i + m[0].length };
      }
    }
    if ((m = at(RE.md, t, i))) {
      const [mo, d] = [Number(m[1]), Number(m[2])];
      if (validMonth(mo) && validDay(d)) return one(dateFound(i, i + m[0].length, null, mo, d));
    }
    if ((m = at(RE.month, t, i)) && validMonth(Number(m[1]))) return one(dateFound(i, i + m[0].length, null, Number(m[1]), null));
    if ((m = at(RE.docNo, t, i))) return none(i + m[0].length);
  }
  const f = arabic(t, i);
  if (typeof f === "number") return none(f);
  if (f) return one(f);
  // Not a figure: step over the whole run so its tail is not read as a number of its own.
  let k = i + 1;
  while (k < t.length && /[\d.,]/.test(t[k]!)) k++;
  return none(k);
}

/** An Arabic number with its currency sign, percent or unit, stray unit and period; a number is where to resume when the text is no figure. */
function arabic(t: string, i: number): Found | number | null {
  const m = at(RE.number, t, i);
  if (!m) return null;
  const currency = m[1] !== undefined;
  const negative = m[2] === "-" || m[2] === "\u2212" || m[2] === "\ufe63";
  const v = arabicValue(m[3]!);
  if (!v) return null;
  let end = i + m[0].length;
  const next = t[end];
  // 1.2.3 and 3.5.1 are section numbers, not figures.
  if ((next === "." || next === ",") && isDigit(t[end + 1]) && !currency) {
    let k = end;
    while (k < t.length && /[\d.,]/.test(t[k]!)) k++;
    return k;
  }
  const signed = (x: Big) => (negative ? x.times(-1) : x);
  const base = (unit: string | null, percent: boolean, value = v): ParsedNumber => ({
    value: signed(value.value),
    decimals: value.decimals,
    percent,
    unit,
    chinese: false,
  });

  const pct = at(RE.percent, t, end);
  if (pct) {
    end += pct[0].length;
    const f: Found = { start: i, end, taken: end, kind: "percent", number: base("%", true) };
    const stray = at(RE.strayAfterPercent, t, end);
    if (stray) {
      f.strayUnit = stray[1]!;
      f.end = f.taken = end + stray[0].length;
    }
    return f;
  }
  const money = at(currency ? RE.moneyAfterSign : RE.moneyAfter, t, end);
  if (money) {
    const mu = moneyUnitOf(money[1]!)!;
    const shifted = shiftValue(v.value, v.decimals, mu.shift);
    end += money[0].length;
    const f: Found = { start: i, end, taken: end, kind: "money", number: base(mu.unit, false, shifted) };
    moneyTail(t, f);
    return f;
  }
  if (currency) {
    const f: Found = { start: i, end, taken: end, kind: "money", number: base("元", false) };
    moneyTail(t, f);
    return f;
  }
  const count = at(RE.countAfter, t, end);
  if (count && !(count[1] === "分" && t[end + count[0].length] === "之")) {
    const unit = count[1]!;
    const after = end + count[0].length;
    // 3年33795422.10元: a period word before the money figure it qualifies.
    if (unit === "年" && v.decimals === 0 && v.value.lt(100) && !negative) {
      const nextAt = t[after] === " " || t[after] === "\u00a0" ? after + 1 : after;
      const nextFigure = isDigit(t[nextAt]) || t[nextAt] === "¥" || t[nextAt] === "￥" ? arabic(t, nextAt) : null;
      if (nextFigure !== null && typeof nextFigure !== "number" && nextFigure.kind === "money") return after;
    }
    return { start: i, end: after, taken: after, kind: "count", number: base(unit, false) };
  }
  if (/[A-Za-z]/.test(t[end] ?? "")) {
    return i + at(RE.code, t, i)![0].length;
  }
  return { start: i, end, taken: end, kind: "plain", number: base(null, false) };
}

// ---- Reading the words: concept and fund source ----

interface Keyword<T> {
  word: string;
  value: T | null;
  /** The keyword counts only when what follows it matches. */
  before?: RegExp;
}

/** Keywords by first character, longest first. */
type Keywords<T> = Map<string, Keyword<T>[]>;

function table<T>(groups: Array<[T | null, string[]]>, extra: Keyword<T>[] = []): Keywords<T> {
  const list: Keyword<T>[] = [...extra];
  for (const [value, words] of groups) for (const word of words) list.push({ word, value });
  list.sort((a, b) => b.word.length - a.word.length);
  const byFirst: Keywords<T> = new Map();
  for (const k of list) byFirst.set(k.word[0]!, [...(byFirst.get(k.word[0]!) ?? []), k]);
  return byFirst;
}

const MONEY_GROUPS: Array<[Concept | null, string[]]> = [
  ["budget-initial", ["年初预算数", "年初预算", "年初数", "年初安排", "年初批复"]],
  ["budget-annual", ["全年预算数", "全年预算", "调整后预算数", "调整后预算", "调整预算", "全年批复"]],
  ["budget", ["预算数", "预算金额", "预算资金", "总预算", "预算", "批复预算", "概算", "投资总额", "计划投资"]],
  [
    "executed",
    [
      "全年执行数",
      "执行数",
      "执行金额",
      "实际执行",
      "支出",
      "实际支出",
      "支付",
      "已支付",
      "已付",
      "付款",
      "实际使用",
      "使用资金",
      "已使用",
      "累计使用",
      "拨付",
      "已拨付",
      "开支",
      "花费",
      "报销",
      "完成投资",
      "投资完成",
    ],
  ],
  ["contract", ["合同金额", "合同价款", "合同价", "合同总价", "合同总额", "合同额", "中标金额", "中标价", "成交金额", "成交价", "签约金额"]],
  ["balance", ["余", "结余", "余额", "剩余", "结转", "未支付", "尚未支付", "未付", "待支付", "未使用", "未执行", "节余", "未拨付", "未支出", "尚未支出"]],
  // Words that hold a keyword but name none: 上年结转 is a fund source, 预算单位 an agency.
  [null, ["上年结转", "上年结余", "预算单位", "业余"]],
];
const RATE_GROUPS: Array<[Concept | null, string[]]> = [
  [
    "rate",
    [
      "执行率",
      "预算执行率",
      "资金执行率",
      "完成预算",
      "预算完成率",
      "支出进度",
      "支付进度",
      "执行进度",
      "预算执行",
      "支出率",
      "支付率",
      "资金使用率",
      "使用率",
    ],
  ],
];
/** A percentage labelled as a target value (年度指标值, 目标值) after its rate word. */
const TARGET_LABEL = /(?:指标值|目标值|预期值|计划值|标准值|\btarget\b)[^，,。；;]*$/iu;
/** 未支 as short for 未支付 ("支付18501.096万元，未支703万元"), not 未支持 and the like. */
const UNPAID_SHORT: Keyword<Concept> = { word: "未支", value: "balance", before: /^(?![持援撑配])/ };
const MONEY_CONCEPTS = table(MONEY_GROUPS, [UNPAID_SHORT]);
const RATE_CONCEPTS = table(RATE_GROUPS);
const ANY_CONCEPTS = table([...RATE_GROUPS, ...MONEY_GROUPS], [UNPAID_SHORT]);

const SOURCES = table<FundSource>(
  [
    ["total", ["资金总额", "年度资金总额", "总额", "合计", "总计", "共计"]],
    [
      "fiscal",
      [
        "财政资金",
        "财政拨款",
        "当年财政拨款",
        "本年财政拨款",
        "财政性资金",
        "财政补助",
        "财政补助资金",
        // Levels of government, as budget rows name them (src/core/recognize/sources.ts reads the same rows as 财政资金).
        ...["中央", "省级", "市级", "县级", "区级", "上级", "本级", "地方", "自治区"].flatMap((l) => [
          `${l}资金`,
          `${l}财政资金`,
          `${l}补助资金`,
          `${l}专项资金`,
        ]),
        "中央补助",
        "一般公共预算资金",
      ],
    ],
    ["special", ["财政专户管理资金", "财政专户", "专户"]],
    ["unit", ["单位资金", "单位自筹", "自筹资金", "自筹"]],
    ["other", ["其他资金"]],
    ["prior", ["上年结转", "上年结转资金", "上年结余"]],
    [null, ["合同总额", "投资总额", "预算单位", "实施单位", "职能单位", "主管单位"]],
  ],
  // 单位 alone names the fund only as a row heading: 单位全年执行数, 单位-执行率, not 单位委托.
  [{ word: "单位", value: "unit", before: /^[-—－]|^(?:资金|自筹|年初|全年|执行|预算数)/u }]
);

/** The keyword nearest the end of the label: words are read left to right, longest first, and the last one wins. */
function lastKeyword<T>(label: string, keywords: Keywords<T>): T | null {
  let found: T | null = null;
  let i = 0;
  while (i < label.length) {
    const hit = keywords.get(label[i]!)?.find((k) => label.startsWith(k.word, i) && (!k.before || k.before.test(label.slice(i + k.word.length))));
    if (hit) {
      if (hit.value !== null) found = hit.value;
      i += hit.word.length;
    } else i++;
  }
  return found;
}

const PERIOD_BEFORE = new RegExp(
  `(?:(?<![\\d.])(\\d{1,2})|(?<![${CN}])([${CN_SMALL}]+))\\s*年\\s*(?:共计|合计|总计|共|约)?\\s*[:：]?\\s*$|(?:每年|年均|每一年)\\s*[:：]?\\s*$`,
  "u"
);

/** Years named right before a figure: 三年33795422.10元, 一年…, 每年…. */
function periodBefore(label: string): number | null {
  const m = PERIOD_BEFORE.exec(label);
  if (!m) return null;
  return periodNumber(m[1], m[2]);
}

const CLAUSE_END = new Set(["。", "；", ";", "！", "？", "!", "?", "\n", "\r"]);
const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "\n", "\r"]);

/** Kinds that end the label of the figure after them; years and dates do not. */
const ENDS_LABEL = new Set<FigureKind>(["money", "percent", "count", "plain"]);

const LOWER_BEFORE = /(超过|超出|高于|大于|多于|不低于|不少于|不小于|至少|达到?|≥|>=|>)\s*$/;
const UPPER_BEFORE = /(未达到?|达不到|不足|低于|少于|小于|不超过|不高于|不大于|控制在|≤|<=|<)\s*$/;
const ABOUT_BEFORE = /(约|大约|近|将近|接近|逾)\s*$/;

/** A bound or an approximation, from the words before the figure and just after it. */
function boundOf(before: string, after: string): TextFigure["bound"] | null {
  if (/^\s*(及以上|以上|之上)/.test(after)) return ">=";
  if (/^\s*(及以下|以下|以内|之内)/.test(after)) return "<=";
  if (/^\s*(左右|上下|多)/.test(after)) return "~";
  const b = before.trimEnd();
  if (UPPER_BEFORE.test(b)) return "<=";
  // 达到 states a value as often as a bound: only 以上 after it (caught above) makes it one.
  if (LOWER_BEFORE.test(b) && !/达到?\s*$/.test(b)) return ">=";
  if (ABOUT_BEFORE.test(b)) return "~";
  return null;
}

/** Words right before a figure that make a bare 万 or 亿 an amount: 安排资金19204.096万, 拨付3万, 结余0.5万. */
const MONEY_RIGHT_BEFORE = /(资金|经费|预算|投资|拨付|支付|支出|下达|安排|到位|结余|余额|金额|费用|款|奖补|补助|补贴)(共计|合计|总计|共|为|了|约)?[：:]?\s*$/;

/** A count in bare 万 or 亿 whose words name money is 万元 or 亿元, as a reader takes "安排资金19204.096万". */
function bareMoney(f: Found, words: string): Found {
  const unit = f.number.unit;
  if (f.kind !== "count" || (unit !== "万" && unit !== "亿") || !MONEY_RIGHT_BEFORE.test(words)) return f;
  return { ...f, kind: "money", number: { ...f.number, unit: `${unit}元` } };
}

/**
 * Every figure in a narrative text, in order. Labels stop at 。；;！？!? and line ends; a money figure without a concept word
 * takes the concept of the money figure before it in the same sentence, where ；; does not end the sentence
 * (so "总预算：￥33796500.00 元/三年；￥11265500.00 元/年" reads both as budget).
 */
export function extractFigures(text: string): TextFigure[] {
  const t = scanText(text);
  const found = scan(t);
  const clauseStart = new Int32Array(t.length + 1);
  const sentence = new Int32Array(t.length + 1);
  let cs = 0;
  let sn = 0;
  for (let k = 0; k < t.length; k++) {
    clauseStart[k] = cs;
    sentence[k] = sn;
    const c = t[k]!;
    if (CLAUSE_END.has(c)) cs = k + 1;
    if (SENTENCE_END.has(c)) sn++;
  }
  clauseStart[t.length] = cs;
  sentence[t.length] = sn;

  const out: TextFigure[] = [];
  let labelFrom = 0;
  let lastMoney: TextFigure | null = null;
  let lastMoneySentence = -1;
  let lastSourced: TextFigure | null = null;
  let lastSourcedSentence = -1;
  for (const raw of found) {
    const from = Math.max(clauseStart[raw.start]!, labelFrom);
    const label = text.slice(from, raw.start);
    const words = t.slice(from, raw.start);
    const f = bareMoney(raw, words);
    const s = sentence[f.start]!;
    let concept: Concept | null = null;
    let source: FundSource | null = null;
    let periodYears: number | null = null;
    if (f.kind === "money") {
      concept = lastKeyword(words, MONEY_CONCEPTS);
      if (concept === null && lastMoney && lastMoneySentence === s) concept = lastMoney.concept;
      periodYears = f.periodAfter ?? periodBefore(words);
    } else if (f.kind === "percent") {
      // "预算执行率：年度指标值100%" states an indicator's target, not the rate the money gives.
      concept = TARGET_LABEL.test(words) ? "other" : (lastKeyword(words, RATE_CONCEPTS) ?? "other");
    } else if (f.kind === "plain") {
      concept = lastKeyword(words, ANY_CONCEPTS);
    }
    if (f.kind === "money" || f.kind === "percent" || f.kind === "plain") {
      source = lastKeyword(words, SOURCES);
      if (source === null && lastSourced && lastSourcedSentence === s) source = lastSourced.source;
    }
    const figure: TextFigure = {
      raw: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      kind: f.kind,
      number: f.number,
      concept,
      source,
      periodYears,
      label,
    };
    if (f.kind === "money" && f.number.unit !== null && f.number.unit in MONEY_SCALE) {
      figure.yuan = f.number.value.times(TEN.pow(MONEY_SCALE[f.number.unit as MoneyUnit]));
    }
    const bound = boundOf(words, t.slice(f.end, f.end + 4));
    if (bound) figure.bound = bound;
    if (f.strayUnit !== undefined) figure.strayUnit = f.strayUnit;
    if (f.date) figure.date = f.date;
    out.push(figure);
    if (ENDS_LABEL.has(f.kind)) labelFrom = f.taken;
    if (f.kind === "money") {
      lastMoney = figure;
      lastMoneySentence = s;
    }
    if (f.kind === "money" || f.kind === "percent" || f.kind === "plain") {
      lastSourced = figure;
      lastSourcedSentence = s;
    }
  }
  return out;
}
