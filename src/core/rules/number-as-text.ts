/** number-as-text: a number stored as text in a numeric column, which Excel's SUM skips; one finding per column. */
import type { Finding } from "../findings";
import type { RawCell } from "../model";
import { finding, type Rule, type RuleContext } from "./rule";

/** Cells listed per finding; the message gives the full count. */
const MAX_CELLS = 20;

function columns(ctx: RuleContext): RawCell[][] {
  const cols: RawCell[][] = [];
  for (const t of ctx.model.budgets) {
    for (const k of ["initial", "annual", "executed"] as const) cols.push(t.rows.map((r) => r[k]).filter((c): c is RawCell => !!c));
  }
  for (const l of ctx.model.ledgers) cols.push([...l.payments.map((p) => p.amount), ...l.totals]);
  for (const t of ctx.model.contracts) {
    for (const k of ["amount", "annual"] as const) cols.push(t.contracts.map((c) => c[k]).filter((c): c is RawCell => !!c));
  }
  for (const t of ctx.model.indicators) {
    for (const k of ["weight", "score"] as const) cols.push(t.indicators.map((i) => i[k]).filter((c): c is RawCell => !!c));
  }
  return cols;
}

export const numberAsText: Rule = {
  id: "number-as-text",
  check(ctx) {
    const out: Finding[] = [];
    for (const col of columns(ctx)) {
      const text = col.filter((c) => c.num?.asText);
      if (!text.length) continue;
      out.push(finding("number-as-text", "warning", text.slice(0, MAX_CELLS).map((c) => c.ref), "number-as-text.column", { count: text.length, example: String(text[0]!.cell?.v ?? "") }));
    }
    return out;
  },
};
