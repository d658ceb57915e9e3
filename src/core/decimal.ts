/** Exact decimal arithmetic for money and rates: big.js, never float sums. */
import Big from "big.js";

export { Big };
export type Dec = Big;

export const ZERO = new Big(0);

export function dec(x: string | number | Big): Big {
  return new Big(x);
}

/** Rounds half up to `dp` decimals, as published forms do. */
export function round(x: Big, dp: number): Big {
  return x.round(dp, Big.roundHalfUp);
}

/** Fixed-point string with `dp` decimals, e.g. "10655546.85". */
export function fixed(x: Big, dp: number): string {
  return x.toFixed(dp, Big.roundHalfUp);
}

/** "10,655,546.85": thousands separators on the integer part. */
export function grouped(x: Big, dp: number): string {
  const s = fixed(x, dp);
  const neg = s.startsWith("-");
  const body = neg ? s.slice(1) : s;
  const [int, frac] = body.split(".");
  const g = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (neg ? "-" : "") + g + (frac !== undefined ? "." + frac : "");
}

/** A number from a cell, exact to what the file stored: the shortest decimal that round-trips the double. */
export function fromNumber(n: number): Big {
  return new Big(String(n));
}

/** Plain decimal string without exponent and without trailing zeros beyond `minDp`. */
export function plain(x: Big, minDp = 0): string {
  const dp = Math.max(minDp, decimalsOf(x));
  return x.toFixed(dp);
}

/** Digits after the point in x's exact value. */
export function decimalsOf(x: Big): number {
  return Math.max(0, x.c.length - x.e - 1);
}
