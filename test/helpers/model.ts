/** Reads the parts of a WorkbookModel that recognition tests assert, as plain strings. */
import type { RawCell, WorkbookModel } from "../../src/core/model";

/** Yuan of a money cell to the 分, or null when the cell holds no number. */
export function yuan(c: RawCell | null | undefined): string | null {
  return c?.num?.yuan ? c.num.yuan.toFixed(2) : null;
}

/** Each budget row as [source, 年初预算数, 全年预算数, 全年执行数] in 元. */
export function budgetRows(model: WorkbookModel, table = 0): Array<[string, string | null, string | null, string | null]> {
  const t = model.budgets[table];
  if (!t) throw new Error(`no budget table ${table}`);
  return t.rows.map((r) => [r.source, yuan(r.initial), yuan(r.annual), yuan(r.executed)]);
}

export function roles(model: WorkbookModel): Array<[string, string]> {
  return model.sheets.map((s) => [s.name, s.role]);
}
