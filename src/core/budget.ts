/** A budget table's totals as the rules read them: the 资金总额 row, or the sum of its sources where that row is left blank or 0. */
import { Big } from "./decimal";
import type { BudgetRow, BudgetTable, NumCell, Ref } from "./model";

export type AmountCol = "initial" | "annual" | "executed";

/** The sum of the parts, standing at the total's own cell where the table has one (the cell a reader fills in). */
function sumOf(parts: NumCell[], at: Ref | undefined): NumCell | null {
  if (!parts.length) return null;
  const first = parts[0]!;
  let value = new Big(0);
  let yuan = new Big(0);
  for (const p of parts) {
    value = value.plus(p.value);
    yuan = yuan.plus(p.yuan ?? p.value);
  }
  return { ref: at ?? first.ref, value, yuan, percent: false, decimals: Math.max(...parts.map((p) => p.decimals)), asText: false };
}

/** Whether a row's amounts are all blank or 0. */
function empty(row: BudgetRow): boolean {
  return (["initial", "annual", "executed"] as const).every((c) => !row[c]?.num || row[c]!.num!.value.eq(0));
}

/**
 * The amounts the table totals to. A 资金总额 row printed 0 or left blank above sources that carry money is a total not filled
 * in: the sources speak for it (the blank total itself is sum-mismatch's finding).
 */
export function totals(b: BudgetTable): Record<AmountCol, NumCell | null> & { row: BudgetRow | null; fromParts: boolean } {
  const row = b.rows.find((r) => r.source === "total") ?? null;
  const parts = b.rows.filter((r) => r.source !== "total");
  if (row && !empty(row))
    return { row, fromParts: false, initial: row.initial?.num ?? null, annual: row.annual?.num ?? null, executed: row.executed?.num ?? null };
  if (!row && parts.length === 1) {
    const only = parts[0]!;
    return { row: only, fromParts: false, initial: only.initial?.num ?? null, annual: only.annual?.num ?? null, executed: only.executed?.num ?? null };
  }
  const col = (c: AmountCol) =>
    sumOf(
      parts.map((p) => p[c]?.num).filter((n): n is NumCell => !!n),
      row?.[c]?.ref
    );
  const sums = { initial: col("initial"), annual: col("annual"), executed: col("executed") };
  if (!sums.annual && !sums.executed) return { row, fromParts: false, initial: null, annual: null, executed: null };
  return { row, fromParts: true, ...sums };
}
