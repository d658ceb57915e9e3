/**
 * From findings to the cell changes that fix them: each finding's proven correction (its `fix`) checked against the
 * workbook as it stands, edits of one cell merged, formula cells refused with the inputs to change instead. Pure.
 */
import { qualified } from "./address";
import type { Finding, FixHint, RuleId, TextFix } from "./findings";
import type { Ref } from "./model";
import { type Cell, type WorkbookSnapshot, cellAt, plainRows } from "./snapshot";

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

/**
 * Why a finding's correction is not offered: its cell is a formula (change `inputs` instead), the cell no longer reads
 * as checked, two edits of one place, or "unproven": made, it would raise a finding of its own or leave its own in
 * place, so the wrong figure may be another cell (a total against parts that miss a source).
 */
export type BlockReason = "formula" | "changed" | "overlap" | "unproven";

/** A finding with a correction that is not applied, and why (BlockReason). */
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
  /**
   * The engine (checkWorkbook's findings), to try the fixes before offering them: a fix is offered only when, made, it
   * takes its findings away and raises none. Without it the plan is not tried.
   */
  check?: (snapshot: WorkbookSnapshot) => readonly Finding[];
}

const keyOf = (r: Ref) => `${r.sheet}\u0000${r.row}\u0000${r.col}`;

function cellOfRef(snapshot: WorkbookSnapshot, r: Ref): Cell | undefined {
  const sheet = snapshot.sheets.find((s) => s.name === r.sheet);
  return sheet ? cellAt(sheet, r.row, r.col) : undefined;
}

export function planFixes(snapshot: WorkbookSnapshot, findings: readonly Finding[], options: FixOptions = {}): FixPlan {
  const plan = candidates(snapshot, findings, options);
  return options.check ? tried(snapshot, findings, plan, options.check) : plan;
}

/** The snapshot with the fixes' values written in (a copy; the input is not touched). */
export function withFixes(snapshot: WorkbookSnapshot, fixes: readonly CellFix[]): WorkbookSnapshot {
  const bySheet = new Map<string, CellFix[]>();
  for (const f of fixes) bySheet.set(f.ref.sheet, [...(bySheet.get(f.ref.sheet) ?? []), f]);
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      const list = bySheet.get(sheet.name);
      if (!list) return sheet;
      const rows = [...plainRows(sheet)];
      for (const f of list) {
        const row = [...(rows[f.ref.row] ?? [])];
        row[f.ref.col] = { ...row[f.ref.col], v: f.after };
        rows[f.ref.row] = row;
      }
      return { ...sheet, rows };
    }),
  };
}

const findingKey = (f: Finding) => `${f.rule}|${f.message.key}|${f.cells.join(",")}`;

/** The fixes that, made together, take their findings away and raise none; the others blocked as unproven. */
function tried(snapshot: WorkbookSnapshot, findings: readonly Finding[], plan: FixPlan, check: NonNullable<FixOptions["check"]>): FixPlan {
  const known = new Set(findings.map(findingKey));
  const works = (fixes: readonly CellFix[]): boolean => {
    const gone = new Set(fixes.flatMap((f) => f.findings).map((i) => findingKey(findings[i]!)));
    return check(withFixes(snapshot, fixes)).every((f) => known.has(findingKey(f)) && !gone.has(findingKey(f)));
  };
  if (!plan.fixes.length || works(plan.fixes)) return plan;
  // One at a time, keeping each that still works with those kept before it.
  const kept: CellFix[] = [];
  const blocked = [...plan.blocked];
  for (const f of plan.fixes) {
    if (works([...kept, f])) kept.push(f);
    else for (const i of f.findings) blocked.push({ finding: i, address: f.address, reason: "unproven", inputs: [] });
  }
  return { fixes: kept, blocked };
}

function candidates(snapshot: WorkbookSnapshot, findings: readonly Finding[], options: FixOptions): FixPlan {
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
    const cell = cellOfRef(snapshot, ref);
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
      // A number for a number: a cell holding text where a number was read is not retyped by a fix.
      if (typeof after === "number" && typeof before !== "number") {
        block("changed", values);
        continue;
      }
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
