/** over-budget: 全年执行数 above 全年预算数 for a fund source, or payments to a contract's vendor above the contract amount (exact to the 分). */
import { ZERO } from "../decimal";
import type { Finding } from "../findings";
import { amountRef, amountYuan, payee } from "../ledger";
import type { Ref } from "../model";
import { norm } from "../recognize/text";
import { explained, stated } from "./reasons";
import { fig, finding, type Rule, type RuleContext } from "./rule";

/** Spending above the budget is a fact the figures prove; explained (a note, or a sentence on the overspend), it needs a look only. */
const OVERSPEND = /(超支|超出|超过|超预算|超额|大于|高于|多于|over)/;

function budget(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.model.budgets) {
    const reason = t.rows.some((r) => stated(r.note)) || explained(ctx.model, OVERSPEND);
    for (const row of t.rows) {
      const e = row.executed?.num;
      const a = row.annual?.num ?? row.initial?.num;
      if (!e?.yuan || !a?.yuan || !e.yuan.gt(a.yuan)) continue;
      out.push(
        finding(
          "over-budget",
          reason ? "warning" : "error",
          [e.ref, a.ref],
          "over-budget.budget",
          {
            source: { quantity: "executed", source: row.source },
            executed: fig(e.yuan, "元"),
            budget: fig(a.yuan, "元"),
            over: fig(e.yuan.minus(a.yuan), "元"),
          },
          fig(a.yuan, "元"),
          fig(e.yuan, "元")
        )
      );
    }
  }
  return out;
}

function contracts(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.model.contracts) {
    for (const c of t.contracts) {
      const amt = c.amount?.num;
      if (!amt?.yuan || !c.vendor) continue;
      const vendor = norm(c.vendor);
      let paid = ZERO;
      const refs: Ref[] = [];
      for (const l of ctx.model.ledgers) {
        if (l.payeeCol === null) continue;
        // Payees repeat: normalise each distinct name once.
        const same = new Map<string, boolean>();
        for (let i = 0; i < l.rows.length; i++) {
          const name = payee(l, i);
          let hit = same.get(name);
          if (hit === undefined) same.set(name, (hit = norm(name) === vendor));
          if (!hit) continue;
          paid = paid.plus(amountYuan(l, i));
          if (refs.length < 20) refs.push(amountRef(l, i));
        }
      }
      if (!paid.gt(amt.yuan)) continue;
      out.push(
        finding(
          "over-budget",
          "error",
          [amt.ref, ...refs],
          "over-budget.contract",
          { vendor: c.vendor, paid: fig(paid, "元"), amount: fig(amt.yuan, "元"), over: fig(paid.minus(amt.yuan), "元") },
          fig(amt.yuan, "元"),
          fig(paid, "元")
        )
      );
    }
  }
  return out;
}

export const overBudget: Rule = {
  id: "over-budget",
  check: (ctx) => [...budget(ctx), ...contracts(ctx)],
};
