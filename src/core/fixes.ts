/**
 * From findings to the cell changes that fix them: each finding's proven correction (its `fix`) checked against the
 * workbook as it stands, edits of one cell merged, formula cells refused with the inputs to change instead. Pure.
 */
import { qualified } from "./address";
import type { Finding, FixHint, RuleId, TextFix } from "./findings";
import type { Ref } from "./model";
import type { Cell, WorkbookSnapshot } from "./snapshot";

export interface CellFix {
  ref: Ref;
  /** Sheet-qualified A1 address. */
  address: string;
  /** The cell's value now, and after the fix (text, or a number whose format stays). */
  before: string | number;
  after: string | number;
  /** Indices (into the findings given) of the findings this change fixes, and their rules. */
  findings: number[];
  rules: RuleId[];
}

export type BlockReason = "formula" | "changed" | "overlap";

/** A finding with a proven correction that is not applied, and why: a formula (change `inputs` instead), a cell that no longer reads as checked, or two edits of one place. */
export interface BlockedFix {
  finding: number;
  address: string;
  reason: BlockReason;
  inputs: string[];
}

export interface FixPlan {
  fixes: CellFix[];
  blocked: BlockedFix[];
}

export interface FixOptions {
  /** Only findings of these rules. */
  rules?: readonly RuleId[];
  /** Only these findings (indices). */
  only?: readonly number[];
}

const keyOf = (r: Ref) => `${r.sheet}\u0000${r.row}\u0000${r.col}`;

function cellAt(snapshot: WorkbookSnapshot, r: Ref): Cell | undefined {
  return snapshot.sheets.find((s) => s.name === r.sheet)?.rows[r.row]?.[r.col] ?? undefined;
}

export function planFixes(snapshot: WorkbookSnapshot, findings: readonly Finding[], options: FixOptions = {}): FixPlan {
  const byCell = new Map<string, Array<{ index: number; hint: FixHint }>>();
  const blocked: BlockedFix[] = [];
  findings.forEach((f, index) => {
    if (!f.fix) return;
    if (options.rules && !options.rules.includes(f.rule)) return;
    if (options.only && !options.only.includes(index)) return;
    const list = byCell.get(keyOf(f.fix.ref)) ?? [];
    list.push({ index, hint: f.fix });
    byCell.set(keyOf(f.fix.ref), list);
  });

  const fixes: CellFix[] = [];
  for (const list of byCell.values()) {
    const ref = list[0]!.hint.ref;
    const address = qualified(ref.sheet, ref.row, ref.col);
    const cell = cellAt(snapshot, ref);
    const block = (reason: BlockReason, items = list) =>
      items.forEach(({ index }) => blocked.push({ finding: index, address, reason, inputs: reason === "formula" ? findings[index]!.cells.slice(1) : [] }));
    if (!cell || cell.v === null || typeof cell.v === "object" || typeof cell.v === "boolean") {
      block("changed");
      continue;
    }
    if (cell.f) {
      // A formula is never overwritten: its inputs (the finding's other cells) are what to change.
      block("formula");
      continue;
    }
    const before = cell.v;
    const values = list.filter((x) => x.hint.kind === "value");
    const texts = list.filter((x) => x.hint.kind === "text");
    if (values.length && texts.length) {
      block("overlap");
      continue;
    }
    if (values.length) {
      const distinct = new Set(values.map((x) => String((x.hint as { value: unknown }).value)));
      if (distinct.size > 1) {
        block("overlap");
        continue;
      }
      const after = (values[0]!.hint as { value: number | string }).value;
      fixes.push({ ref, address, before, after, findings: values.map((x) => x.index), rules: values.map((x) => findings[x.index]!.rule) });
      continue;
    }
    if (typeof before !== "string") {
      block("changed");
      continue;
    }
    // Text edits from the end backwards, so earlier offsets stay valid; the same edit twice (two findings on one figure) once.
    const edits = texts.map((x) => ({ index: x.index, hint: x.hint as TextFix })).sort((a, b) => b.hint.start - a.hint.start);
    let after = before;
    let lastStart = Infinity;
    const applied: number[] = [];
    let seen = "";
    for (const { index, hint: h } of edits) {
      const key = `${h.start}:${h.end}:${h.replace}`;
      if (key === seen) {
        applied.push(index);
        continue;
      }
      if (before.slice(h.start, h.end) !== h.find) {
        block("changed", [{ index, hint: h }]);
        continue;
      }
      if (h.end > lastStart) {
        block("overlap", [{ index, hint: h }]);
        continue;
      }
      after = after.slice(0, h.start) + h.replace + after.slice(h.end);
      lastStart = h.start;
      seen = key;
      applied.push(index);
    }
    if (applied.length && after !== before) {
      applied.sort((a, b) => a - b);
      fixes.push({ ref, address, before, after, findings: applied, rules: applied.map((i) => findings[i]!.rule) });
    }
  }
  fixes.sort((a, b) => (a.ref.sheet === b.ref.sheet ? a.ref.row - b.ref.row || a.ref.col - b.ref.col : 0));
  return { fixes, blocked };
}
