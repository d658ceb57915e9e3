/** How the report writes its figures: 元 grouped to the 分, 万元 to 2 decimals, rates to 2 decimals, 0/0 as —; and cell values per unit. */
import { Big, fixed, grouped, plain } from "../decimal";
import { MONEY_SCALE, type MoneyUnit } from "../figures/types";

export type FormUnit = "万元" | "元";

export const DASH = "—";
const TEN = new Big(10);

export function inUnit(yuan: Big, unit: MoneyUnit): Big {
  return yuan.div(TEN.pow(MONEY_SCALE[unit]));
}

/** The digits of a money figure in a sentence: "11,265,140.70" in 元, "1065.55" in 万元 (no separators, as forms print them). */
export function moneyDigits(yuan: Big, unit: MoneyUnit): string {
  const v = inUnit(yuan, unit);
  return unit === "元" || unit === "千元" ? grouped(v, 2) : fixed(v, 2);
}

/** A money figure with its unit word: "11,265,140.70元", "1065.55万元". */
export function moneyText(yuan: Big, unit: MoneyUnit, unitWord: string = unit): string {
  return moneyDigits(yuan, unit) + unitWord;
}

/** A rate in percent to 2 decimals, "94.56%", or — when it does not exist (0/0). */
export function rateText(percent: Big | null): string {
  return percent === null ? DASH : `${fixed(percent, 2)}%`;
}

/** A score or weight as the form prints it: whole numbers bare (10), others to 2 decimals (9.46). */
export function pointsText(x: Big | null): string {
  if (x === null) return DASH;
  return x.eq(x.round(0)) ? x.toFixed(0) : fixed(x, 2);
}

/** A cell value for money in the form's unit: 万元 kept to 4 decimals (to the 元) and shown to `shown` (2, or 4); 元 to the 分. */
export function moneyCell(yuan: Big, unit: FormUnit, shown: 2 | 4 = 2): { value: number; numberFormat: string } {
  const v = inUnit(yuan, unit).round(unit === "万元" ? 4 : 2, Big.roundHalfUp);
  return { value: Number(v.toFixed()), numberFormat: shown === 4 && unit === "万元" ? "#,##0.0000" : "#,##0.00" };
}

/**
 * Decimals the form prints its 万元 amounts to: 2, unless a rate printed beside them would not be their ratio as printed
 * (21.55 / 25.00 万元 read as 86.20 %, while 215,457.60 / 250,000 元 is 86.18 %); then 4, to the 元. A reader who checks
 * the printed form, or a Word copy of it, finds the rate right.
 */
export function moneyDecimals(lines: ReadonlyArray<{ annual: Big | null; executed: Big | null; rate: Big | null }>, unit: FormUnit): 2 | 4 {
  if (unit !== "万元") return 2;
  const shown = (x: Big) => inUnit(x, unit).round(2, Big.roundHalfUp);
  for (const l of lines) {
    if (!l.annual || !l.executed || !l.rate || l.annual.eq(0)) continue;
    const a = shown(l.annual);
    if (a.eq(0)) return 4;
    const printed = shown(l.executed).div(a).times(100).round(2, Big.roundHalfUp);
    if (!printed.eq(l.rate.round(2, Big.roundHalfUp))) return 4;
  }
  return 2;
}

/** A rate cell: the fraction to 4 decimals under a 0.00% format (94.56%), or — as text. */
export function rateCell(percent: Big | null): { value: number | string; numberFormat?: string } {
  if (percent === null) return { value: DASH };
  return { value: Number(percent.div(100).round(4, Big.roundHalfUp).toFixed()), numberFormat: "0.00%" };
}

/** A score or weight cell: 2 decimals unless whole. */
export function pointsCell(x: Big | null): { value: number | string; numberFormat?: string } {
  if (x === null) return { value: DASH };
  const whole = x.eq(x.round(0));
  return { value: Number(x.round(2, Big.roundHalfUp).toFixed()), numberFormat: whole ? "0" : "0.00" };
}

/** A measured value as written: the exact number, % when it is a percentage, else the measure unit. */
export function measureText(value: Big, percent: boolean, unit: string): string {
  const u = percent ? "%" : unit;
  return plain(value) + u;
}
