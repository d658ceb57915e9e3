/** Comparing a printed figure with an exact value at the precision it was printed to. */
import { Big } from "./decimal";

/** True when `exact`, rounded half up to `dp` decimals as forms print, reads as `printed`; cutting digits off is a slip too. */
export function printsAs(exact: Big, printed: Big, dp: number): boolean {
  return exact.round(dp, Big.roundHalfUp).eq(printed);
}

/**
 * Whether some value in [lo, hi] prints as `printed` at `dp` decimals, rounded half up: the printed figure agrees with
 * figures that are themselves known only to their printed precision. A rate off by one in its last printed digit does not.
 */
export function rangePrints(lo: Big, hi: Big, printed: Big, dp: number): boolean {
  const ulp = new Big(1).div(new Big(10).pow(dp));
  const a = printed.abs();
  // Half up prints [p − ulp/2, p + ulp/2) as p.
  const from = a.minus(ulp.div(2));
  const to = a.plus(ulp.div(2));
  const [l, h] = printed.lt(0) ? [hi.times(-1), lo.times(-1)] : [lo, hi];
  return h.gte(from) && l.lt(to);
}

/** Digits of |x| printed with `dp` decimals, point removed: 1126140.7 at dp 1 → "11261407". */
export function digitString(x: Big, dp: number): string {
  return x
    .abs()
    .toFixed(dp, Big.roundHalfUp)
    .replace(".", "")
    .replace(/^0+(?=\d)/, "");
}

export type DigitEdit = "dropped" | "added" | "swapped" | "mistyped";

/** The one digit edit that turns `right` into `wrong`, or null when they differ otherwise (or not at all). */
export function digitEdit(wrong: string, right: string): DigitEdit | null {
  if (wrong === right) return null;
  if (wrong.length === right.length - 1) return oneDeletion(right, wrong) ? "dropped" : null;
  if (wrong.length === right.length + 1) return oneDeletion(wrong, right) ? "added" : null;
  if (wrong.length !== right.length) return null;
  const diff: number[] = [];
  for (let i = 0; i < wrong.length; i++) if (wrong[i] !== right[i]) diff.push(i);
  if (diff.length === 1) return "mistyped";
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && wrong[diff[0]!] === right[diff[1]!] && wrong[diff[1]!] === right[diff[0]!]) {
    return "swapped";
  }
  return null;
}

function oneDeletion(longer: string, shorter: string): boolean {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}

/** Half a unit of the last printed digit, the rounding a printed figure may carry. */
export function halfUlp(dp: number): Big {
  return new Big(5).div(new Big(10).pow(dp + 1));
}

/** Powers of ten between the money units 元, 千元, 万元 and 亿元. */
const UNIT_POWERS = [1, 3, 4, 5, 8];

/** The power of ten (±) by which `printed` is off from `exact`, when that explains it at the printed precision. */
export function tenfoldOff(exact: Big, printed: Big, dp: number): number | null {
  // Zero is no power of ten away from anything, though a small enough value rounds to it.
  if (printed.eq(0)) return null;
  for (const p of UNIT_POWERS) {
    for (const s of [p, -p]) {
      if (printsAs(exact.div(new Big(10).pow(s)), printed, dp)) return s;
    }
  }
  return null;
}
