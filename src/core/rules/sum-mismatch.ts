/** sum-mismatch: a total ≠ the sum of its parts: 资金总额 vs the fund sources, a ledger's 合计 vs its rows, 全年执行数 vs the ledger; tolerance half a unit of the last printed digit per part. */
import { Big, ZERO } from "../decimal";
import type { Finding } from "../findings";
import type { BudgetRow, NumCell } from "../model";
import { MONEY_SCALE } from "../figures/types";
import { ledgerSpan, paymentCount } from "../ledger";
import { halfUlp, nearlyPrints, tenfoldOff } from "../precision";
import { fig, finding, type Rule, type RuleContext } from "./rule";

type Col = "initial" | "annual" | "executed";

function budgetSums(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.model.budgets) {
    const total = t.rows.find((r) => r.source === "total");
    const parts = t.rows.filter((r) => r.source !== "total" && r.source !== "prior");
    if (!total || !parts.length) continue;
    for (const c of ["initial", "annual", "executed"] as Col[]) {
      const tot = total[c]?.num;
      const nums = parts.map((p: BudgetRow) => p[c]?.num).filter((n): n is NumCell => !!n);
      if (!tot || !nums.length) continue;
      const sum = nums.reduce((s, n) => s.plus(n.value), ZERO);
      const dp = Math.max(tot.decimals, ...nums.map((n) => n.decimals));
      const tol = halfUlp(dp).times(nums.length + 1);
      if (sum.minus(tot.value).abs().lte(tol)) continue;
      // Figures to the 分 at least, like every other finding's.
      const shownDp = Math.max(2, dp);
      out.push(
        finding(
          "sum-mismatch",
          "error",
          [tot.ref, ...nums.map((n) => n.ref)],
          "sum-mismatch.sources",
          { column: c, total: fig(tot.value, t.scale, shownDp), sum: fig(sum, t.scale, shownDp), tolerance: fig(tol, t.scale, dp + 1) },
          fig(sum, t.scale, shownDp),
          fig(tot.value, t.scale, shownDp)
        )
      );
    }
  }
  return out;
}

function ledgerSums(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const l of ctx.model.ledgers) {
    const sum = l.total;
    const span = ledgerSpan(l);
    for (const t of l.totals) {
      const n = t.num;
      if (!n?.yuan || n.yuan.minus(sum).abs().lt(new Big("0.005"))) continue;
      out.push(
        finding(
          "sum-mismatch",
          "error",
          [t.ref, ...span],
          "sum-mismatch.ledger",
          { total: fig(n.yuan, "元"), sum: fig(sum, "元"), rows: paymentCount(l) },
          fig(sum, "元"),
          fig(n.yuan, "元")
        )
      );
    }
  }
  return out;
}

/** 全年执行数 against the ledger; a ledger may cover all sources or only 财政资金, so either may match. */
function executedVsLedger(ctx: RuleContext): Finding[] {
  const { budget, ledgerTotal } = ctx.facts;
  if (!budget || !ledgerTotal || !ledgerTotal.refs.length) return [];
  const executed = budget.rows.map((r) => r.executed?.num).filter((n): n is NumCell => !!n?.yuan);
  if (!executed.length) return [];
  const factor = new Big(10).pow(MONEY_SCALE[budget.scale]);
  const inUnit = ledgerTotal.yuan.div(factor);
  if (executed.some((n) => nearlyPrints(inUnit, n.value, n.decimals))) return [];
  // A power-of-ten difference is a unit slip, reported by that rule.
  if (executed.some((n) => tenfoldOff(inUnit, n.value, n.decimals) !== null)) return [];
  const total = budget.rows.find((r) => r.source === "total")?.executed?.num ?? executed[0]!;
  return [
    finding(
      "sum-mismatch",
      "error",
      [total.ref, ...ledgerTotal.refs],
      "sum-mismatch.executed-ledger",
      { executed: fig(total.yuan!, "元"), ledger: fig(ledgerTotal.yuan, "元") },
      fig(ledgerTotal.yuan, "元"),
      fig(total.yuan!, "元")
    ),
  ];
}

export const sumMismatch: Rule = {
  id: "sum-mismatch",
  check: (ctx) => [...budgetSums(ctx), ...ledgerSums(ctx), ...executedVsLedger(ctx)],
};
