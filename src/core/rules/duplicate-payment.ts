/** duplicate-payment: the same payee, amount (to the 分) and date twice or more in the ledger. */
import type { Finding } from "../findings";
import type { Payment } from "../model";
import { norm } from "../recognize/text";
import { fig, finding, type Rule } from "./rule";

function key(p: Payment): string | null {
  if (!p.ymd || !p.payee || !p.amount.num?.yuan) return null;
  return `${p.ymd.year}-${p.ymd.month}-${p.ymd.day}|${norm(p.payee)}|${p.amount.num.yuan.toFixed(2)}`;
}

export const duplicatePayment: Rule = {
  id: "duplicate-payment",
  check(ctx) {
    const out: Finding[] = [];
    for (const l of ctx.model.ledgers) {
      const groups = new Map<string, Payment[]>();
      for (const p of l.payments) {
        const k = key(p);
        if (!k) continue;
        const g = groups.get(k);
        if (g) g.push(p);
        else groups.set(k, [p]);
      }
      for (const g of groups.values()) {
        if (g.length < 2) continue;
        const p = g[0]!;
        const ymd = `${p.ymd!.year}-${String(p.ymd!.month).padStart(2, "0")}-${String(p.ymd!.day).padStart(2, "0")}`;
        out.push(finding("duplicate-payment", "warning", g.map((x) => x.amount.ref), "duplicate-payment.rows", { payee: p.payee, amount: fig(p.amount.num!.yuan!, "元"), date: ymd, count: g.length }, null, fig(p.amount.num!.yuan!, "元")));
      }
    }
    return out;
  },
};
