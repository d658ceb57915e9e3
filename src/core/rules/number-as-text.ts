/**
 * number-as-text: a number stored as text in a numeric column, which Excel's SUM skips; one finding per column. A Word
 * document's tables hold text only, with nothing to sum, so their columns are left out.
 */
import type { Finding } from "../findings";
import { amountRef } from "../ledger";
import type { Ledger, RawCell, Ref } from "../model";
import { finding, type Rule, type RuleContext } from "./rule";
import { cellAt } from "../snapshot";

/** Cells listed per finding; the message gives the full count. */
const MAX_CELLS = 20;

/** A numeric column's cells that hold text: refs and the text of the first. */
interface TextCells {
  refs: Ref[];
  count: number;
  example: string;
}

function ofCells(cells: RawCell[]): TextCells {
  const text = cells.filter((c) => c.num?.asText);
  return { refs: text.slice(0, MAX_CELLS).map((c) => c.ref), count: text.length, example: String(text[0]?.cell?.v ?? "") };
}

function ofLedger(l: Ledger): TextCells {
  const totals = ofCells(l.totals);
  const refs = [...l.asText.slice(0, MAX_CELLS).map((i) => amountRef(l, i)), ...totals.refs].slice(0, MAX_CELLS);
  const first = l.asText[0];
  const example = first === undefined ? totals.example : String(cellAt(l.data, l.rows[first]!, l.amountCol)?.v ?? "");
  return { refs, count: l.asText.length + totals.count, example };
}

function columns(ctx: RuleContext): TextCells[] {
  const cols: TextCells[] = [];
  for (const t of ctx.model.budgets) {
    for (const k of ["initial", "annual", "executed"] as const) cols.push(ofCells(t.rows.map((r) => r[k]).filter((c): c is RawCell => !!c)));
  }
  for (const l of ctx.model.ledgers) cols.push(ofLedger(l));
  for (const t of ctx.model.contracts) {
    for (const k of ["amount", "annual"] as const) cols.push(ofCells(t.contracts.map((c) => c[k]).filter((c): c is RawCell => !!c)));
  }
  for (const t of ctx.model.indicators) {
    for (const k of ["weight", "score"] as const) cols.push(ofCells(t.indicators.map((i) => i[k]).filter((c): c is RawCell => !!c)));
  }
  return cols;
}

export const numberAsText: Rule = {
  id: "number-as-text",
  check(ctx) {
    const out: Finding[] = [];
    const fromDocument = new Set(ctx.model.snapshot.sheets.filter((s) => s.document).map((s) => s.name));
    for (const col of columns(ctx)) {
      if (!col.count || col.refs.every((r) => fromDocument.has(r.sheet))) continue;
      out.push(finding("number-as-text", "warning", col.refs, "number-as-text.column", { count: col.count, example: col.example }));
    }
    return out;
  },
};
