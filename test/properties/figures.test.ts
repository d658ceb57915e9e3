/**
 * Property: a money figure written any way a report writes it reads back as its value, exact to the 分: every unit,
 * grouped or not, half- or full-width digits, a currency sign, Chinese numerals for whole amounts.
 */
import fc from "fast-check";
import { Big } from "../../src/core/decimal";
import { extractFigures } from "../../src/core/figures/extract";
import { MONEY_SCALE, type MoneyUnit } from "../../src/core/figures/types";

const UNITS = Object.keys(MONEY_SCALE) as MoneyUnit[];
const FULL = "０１２３４５６７８９";
const DIGITS = "零一二三四五六七八九";

/** 1234 as 一千二百三十四 (whole numbers below 10^8, the way reports write them, with 零 for gaps). */
function chineseInt(n: number): string {
  if (n === 0) return "零";
  const group = (g: number): string => {
    const units = ["千", "百", "十", ""];
    let out = "";
    let zero = false;
    [1000, 100, 10, 1].forEach((p, i) => {
      const d = Math.floor(g / p) % 10;
      if (d === 0) zero = out !== "";
      else {
        if (zero) out += "零";
        zero = false;
        out += DIGITS[d]! + units[i]!;
      }
    });
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (!high) return group(low);
  return group(high) + "万" + (low === 0 ? "" : (low < 1000 ? "零" : "") + group(low));
}

/** Grouped by threes with the given separator. */
const grouped = (int: string, sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

const amount = fc.record({
  fen: fc.bigInt({ min: 0n, max: 10n ** 13n }),
  unit: fc.constantFrom(...UNITS),
  style: fc.constantFrom("plain", "grouped", "full", "sign"),
});

describe("figures: written, then read", () => {
  it("every unit and way of writing gives back the amount to the 分", () => {
    fc.assert(
      fc.property(amount, ({ fen, unit, style }) => {
        // The amount in the unit, with the decimals that keep it exact to the 分.
        const inUnit = new Big(fen.toString()).div(100).div(new Big(10).pow(MONEY_SCALE[unit]));
        const dp = Math.max(0, 2 + MONEY_SCALE[unit]);
        const text = inUnit.toFixed(dp);
        const [int, frac] = text.split(".");
        let written = frac ? `${int}.${frac}` : int!;
        if (style === "grouped") written = grouped(int!, ",") + (frac ? `.${frac}` : "");
        if (style === "full") written = [...written].map((c) => (c >= "0" && c <= "9" ? FULL[Number(c)] : c === "." ? "．" : c)).join("");
        const sentence = `本年度支出${style === "sign" ? "￥" : ""}${written}${unit}，已全部支付。`;
        const figs = extractFigures(sentence).filter((f) => f.kind === "money");
        expect(figs).toHaveLength(1);
        expect(figs[0]!.yuan!.eq(new Big(fen.toString()).div(100))).toBe(true);
      }),
      { numRuns: 400 }
    );
  });

  it("whole amounts in Chinese numerals read back too", () => {
    fc.assert(
      // In 万元 only amounts below 一万 (一万万元 is not how anyone writes 一亿元).
      fc.property(
        fc.constantFrom<MoneyUnit>("元", "万元").chain((unit) => fc.tuple(fc.integer({ min: 1, max: unit === "元" ? 99_999_999 : 9_999 }), fc.constant(unit))),
        ([n, unit]) => {
          const figs = extractFigures(`项目总投资${chineseInt(n)}${unit}。`).filter((f) => f.kind === "money");
          expect(figs).toHaveLength(1);
          expect(figs[0]!.yuan!.eq(new Big(n).times(new Big(10).pow(MONEY_SCALE[unit])))).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });
});
