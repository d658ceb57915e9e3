/** A workbook definition as the snapshot a reader would give of the written file: values, cached formula results, formats, merges. */
import { type CellDef, dateSerial, isDate, isFormula, type WorkbookDef } from "../../samples/workbook-def";
import type { Cell, MergeRange, WorkbookSnapshot } from "../../src/core/snapshot";
import { parseA1 } from "../../src/core/address";

function cellOf(def: CellDef): Cell | undefined {
  if (def === null) return undefined;
  if (typeof def !== "object") return { v: def };
  if (isFormula(def)) return { v: def.v, f: def.f, ...(def.fmt ? { fmt: def.fmt } : {}) };
  if (isDate(def)) return { v: dateSerial(def.date), fmt: def.fmt ?? "yyyy-mm-dd" };
  return { v: def.v, ...(def.fmt ? { fmt: def.fmt } : {}) };
}

function mergeOf(ref: string): MergeRange {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from!);
  const b = parseA1(to!);
  if (!a || !b) throw new Error(`bad merge ${ref}`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function snapshotOf(def: WorkbookDef): WorkbookSnapshot {
  return {
    sheets: def.sheets.map((s) => ({
      name: s.name,
      hidden: s.hidden ?? false,
      rows: s.rows.map((row) => row.map(cellOf)),
      merges: (s.merges ?? []).map(mergeOf),
    })),
  };
}
