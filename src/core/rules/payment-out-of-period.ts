/** payment-out-of-period: a ledger payment dated outside the evaluation year. */
import type { Finding } from "../findings";
import { fig, finding, type Rule } from "./rule";

export const paymentOutOfPeriod: Rule = {
  id: "payment-out-of-period",
  check(ctx) {
    const year = ctx.model.year;
    if (!year) return [];
    const out: Finding[] = [];
    for (const l of ctx.model.ledgers) {
      for (const p of l.payments) {
        if (!p.ymd || p.ymd.year === year || !p.date) continue;
        const ymd = `${p.ymd.year}-${String(p.ymd.month).padStart(2, "0")}-${String(p.ymd.day).padStart(2, "0")}`;
        out.push(finding("payment-out-of-period", "warning", [p.date.ref, p.amount.ref], "payment-out-of-period.row", { date: ymd, year, amount: fig(p.amount.num?.yuan ?? p.amount.num!.value, "元") }, { value: String(year), unit: "年" }, { value: ymd, unit: "" }));
      }
    }
    return out;
  },
};
