/** payment-out-of-period: a ledger payment dated outside the evaluation year. */
import type { Finding } from "../findings";
import { amountRef, amountYuan, dateRef, paymentDate } from "../ledger";
import { fig, finding, type Rule } from "./rule";

// Excel serial of 1 January of a year (1900 system, past the phantom 1900-02-29).
function serialOf(year: number): number {
  return (Date.UTC(year, 0, 1) - Date.UTC(1899, 11, 30)) / 86400000;
}

export const paymentOutOfPeriod: Rule = {
  id: "payment-out-of-period",
  check(ctx) {
    const year = ctx.model.year;
    if (!year) return [];
    const [from, to] = [serialOf(year), serialOf(year + 1)];
    const out: Finding[] = [];
    for (const l of ctx.model.ledgers) {
      if (l.dateCol === null) continue;
      for (let i = 0; i < l.rows.length; i++) {
        // Days of date serials are compared as numbers; only text dates and flagged rows are parsed.
        const day = l.days[i]!;
        if (day >= from && day < to) continue;
        const ymd = paymentDate(l, i);
        if (!ymd || ymd.year === year) continue;
        const shown = `${ymd.year}-${String(ymd.month).padStart(2, "0")}-${String(ymd.day).padStart(2, "0")}`;
        out.push(
          finding(
            "payment-out-of-period",
            "warning",
            [dateRef(l, i)!, amountRef(l, i)],
            "payment-out-of-period.row",
            { date: shown, year, amount: fig(amountYuan(l, i), "元") },
            { value: String(year), unit: "年" },
            { value: shown, unit: "" }
          )
        );
      }
    }
    return out;
  },
};
