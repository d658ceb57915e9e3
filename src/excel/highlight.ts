/**
 * Marks the cells of findings and puts their own fills back later, also after the workbook was saved and reopened (the
 * originals are kept in the workbook: mark-store.ts). A finding's wrong cell gets a strong mark, the cells it was
 * checked against a light one (marks.ts).
 *
 * Office.js reports "#FFFFFF" both for a white fill and for no fill at all (OfficeDev/office-js#6218), and a null
 * pattern for both no fill and a solid fill (#4900). What tells them apart is RangeFill.tintAndShade (ExcelApi 1.9):
 * null for no fill, a number for any fill. So each cell's fill is loaded on its own one-cell range (color,
 * tintAndShade, pattern, patternColor), no fill is restored with format.fill.clear(), never with white, and a tint
 * ("Lighter 80%") or pattern comes back as it was. Without 1.9 only the colour can be read and "#FFFFFF" is taken for
 * no fill (the usual case).
 *
 * Every sync is packed under the payload budget the reads use (payload.ts), with one worksheet proxy per sheet; cells
 * in a row with the same mark are written as one range. Cells on protected sheets are skipped unless the protection
 * allows formatting cells (allowFormatCells).
 */
import { cellsOf, parseQualified, qualifiedAddress, type SheetRect } from "./address";
import { globalEnv, SyncCounter, type ExcelEnv } from "./env";
import { MARK_FILLS, WRONG_FILL, type MarkKind, type MarkRequest } from "./marks";
import { queueStoreProbe, readStore, storeWrites, STORE_SHEET, type QueuedWrite, type StoredFill, type StoreLocation } from "./mark-store";
import { PAYLOAD_LIMIT_BYTES, PAYLOAD_SHARE, packByBudget } from "./payload";
import { afterFailure } from "./rollback";

export { HIGHLIGHT_SETTING, STORE_SHEET, type StoredFill } from "./mark-store";
/** The strong mark (also what a plain list of cells gets). */
export const HIGHLIGHT_FILL = WRONG_FILL;
/** Requirement set of RangeFill.tintAndShade, .pattern and .patternColor, which tell no fill from white. */
export const FILL_DETAIL_SET = "1.9";
/** A range given to highlightAll is expanded to its cells up to this many. */
const MAX_CELLS_PER_RANGE = 10_000;
/**
 * Request bytes, measured on office.js's own messages (test/officejs): reading one cell's fill about 790 (6 actions with
 * the client's reference keeping), marking one run about 900, restoring one cell up to about 1,100; rounded up.
 */
const READ_BYTES = 1_000;
const MARK_BYTES = 1_100;
const RESTORE_BYTES = 1_400;

export type SkipReason = "protected" | "missing-sheet" | "invalid-address" | "no-store";

export interface Skipped {
  address: string;
  reason: SkipReason;
}

export interface HighlightResult {
  /** Cells that carry a mark now (canonical addresses), wrong ones first. */
  highlighted: string[];
  /** The same cells by kind. */
  wrong: string[];
  basis: string[];
  /** How many cells got each mark. */
  counts: Record<MarkKind, number>;
  skipped: Skipped[];
  syncs: number;
}

export interface ClearResult {
  restored: string[];
  /** Cells whose sheet is protected or gone: kept in the store, so a later clear can still restore them. */
  skipped: Skipped[];
  syncs: number;
}

export interface HighlightOptions {
  env?: ExcelEnv;
  /** Request payload limit of one sync (default Excel on the web's 5 MB); syncs are packed to PAYLOAD_SHARE of it. */
  payloadBytes?: number;
}

interface SheetInfo {
  ws: Excel.Worksheet;
  writable: boolean;
  protected: boolean;
}

interface Target extends SheetRect {
  kind: MarkKind;
  key: string;
}

/** Each address as single cells, canonical and without duplicates (a cell both wrong and basis is wrong); unparsable ones reported. */
function expand(request: MarkRequest): { targets: Target[]; invalid: string[] } {
  const seen = new Set<string>();
  const targets: Target[] = [];
  const invalid: string[] = [];
  for (const kind of ["wrong", "basis"] as const) {
    for (const c of request[kind]) {
      const r = parseQualified(c);
      if (!r || (r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_CELLS_PER_RANGE) {
        invalid.push(c);
        continue;
      }
      for (const one of cellsOf(r)) {
        const key = qualifiedAddress(one);
        if (seen.has(key)) continue;
        seen.add(key);
        targets.push({ ...one, kind, key });
      }
    }
  }
  return { targets, invalid };
}

/** Sync 1: the sheets (protection and whether it allows formatting), workbook structure protection, where the store is. */
async function loadSheets(
  context: Excel.RequestContext,
  counter: SyncCounter,
  env: ExcelEnv
): Promise<{ sheets: Map<string, SheetInfo>; where: StoreLocation; structureProtected: boolean }> {
  const worksheets = context.workbook.worksheets;
  const options = env.isSetSupported("ExcelApi", "1.2");
  worksheets.load(options ? "items/name,items/protection/protected,items/protection/options" : "items/name");
  const wbProtection = env.isSetSupported("ExcelApi", "1.7") ? context.workbook.protection : null;
  wbProtection?.load("protected");
  const setting = queueStoreProbe(context);
  await counter.sync();
  const sheets = new Map<string, SheetInfo>();
  let storeSheet: Excel.Worksheet | null = null;
  for (const ws of worksheets.items) {
    if (ws.name === STORE_SHEET) {
      storeSheet = ws;
      continue;
    }
    const isProtected = options ? ws.protection.protected : false;
    const canFormat = options && isProtected ? ws.protection.options?.allowFormatCells === true : true;
    sheets.set(ws.name, { ws, protected: isProtected, writable: canFormat });
  }
  return { sheets, where: { sheet: storeSheet, setting }, structureProtected: wbProtection?.protected ?? false };
}

function skipReason(sheets: Map<string, SheetInfo>, sheet: string): SkipReason | null {
  const info = sheets.get(sheet);
  if (!info) return "missing-sheet";
  return info.writable ? null : "protected";
}

/** Cells of one sheet and one kind in a row, next to each other, as runs (one range each). */
function runs<T extends SheetRect>(cells: T[], group: (c: T) => string): Array<{ first: T; cols: number; cells: T[] }> {
  const sorted = [...cells].sort((a, b) => group(a).localeCompare(group(b)) || a.sheet.localeCompare(b.sheet) || a.top - b.top || a.left - b.left);
  const out: Array<{ first: T; cols: number; cells: T[] }> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && group(last.first) === group(c) && last.first.sheet === c.sheet && last.first.top === c.top && last.first.left + last.cols === c.left) {
      last.cols++;
      last.cells.push(c);
    } else out.push({ first: c, cols: 1, cells: [c] });
  }
  return out;
}

/** Runs the queued writes in as few syncs as the budget allows. */
async function runWrites(writes: QueuedWrite[], counter: SyncCounter, budget: number): Promise<void> {
  for (const group of packByBudget(writes, (w) => w.bytes, budget)) {
    for (const w of group) w.queue();
    await counter.sync();
  }
}

const asRequest = (cells: string[] | MarkRequest): MarkRequest => (Array.isArray(cells) ? { wrong: cells, basis: [] } : cells);

/**
 * Marks the cells: a plain list all with the strong mark, or { wrong, basis }. Each cell's own fill is saved first, once:
 * cells already marked keep their first original.
 */
export async function highlightAll(cells: string[] | MarkRequest, options: HighlightOptions = {}): Promise<HighlightResult> {
  const env = options.env ?? globalEnv();
  const budget = (options.payloadBytes ?? PAYLOAD_LIMIT_BYTES) * PAYLOAD_SHARE;
  const { targets, invalid } = expand(asRequest(cells));
  const skipped: Skipped[] = invalid.map((address) => ({ address, reason: "invalid-address" as const }));
  const none = (syncs: number): HighlightResult => ({ highlighted: [], wrong: [], basis: [], counts: { wrong: 0, basis: 0 }, skipped, syncs });
  if (targets.length === 0) return none(0);
  const exact = env.isSetSupported("ExcelApi", FILL_DETAIL_SET);

  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const { sheets, where, structureProtected } = await loadSheets(context, counter, env);
    let apply: Target[] = [];
    for (const t of targets) {
      const reason = skipReason(sheets, t.sheet);
      if (reason) skipped.push({ address: t.key, reason });
      else apply.push(t);
    }
    if (apply.length === 0) return none(counter.count);

    const stored = await readStore(context, counter, where);
    const entries = [...stored.sheet, ...stored.setting];
    const known = new Set(entries.map((s) => s.address));

    // The own fills of cells not marked yet, in packed syncs.
    const fresh = apply.filter((t) => !known.has(t.key));
    for (const group of packByBudget(fresh, () => READ_BYTES, budget)) {
      const reads = group.map((t) => {
        const fill = sheets.get(t.sheet)!.ws.getRangeByIndexes(t.top, t.left, 1, 1).format.fill;
        fill.load(exact ? "color,tintAndShade,pattern,patternColor" : "color");
        return { t, fill };
      });
      await counter.sync();
      for (const { t, fill } of reads) {
        entries.push(
          storedFill(
            t.key,
            exact ? { color: fill.color, tintAndShade: fill.tintAndShade, pattern: fill.pattern, patternColor: fill.patternColor } : { color: fill.color },
            exact
          )
        );
        known.add(t.key);
      }
    }

    // The originals are saved before any mark is applied (same queue, earlier).
    const save = storeWrites(context, where, entries, { structureProtected, budget, kept: stored.sheet.length, previousRows: stored.sheetRows });
    if (!save) {
      for (const t of apply) skipped.push({ address: t.key, reason: "no-store" });
      return none(counter.count);
    }
    const marks: QueuedWrite[] = runs(apply, (t) => t.kind).map((run) => ({
      bytes: MARK_BYTES,
      queue: () => {
        const fill = sheets.get(run.first.sheet)!.ws.getRangeByIndexes(run.first.top, run.first.left, 1, run.cols).format.fill;
        // Solid first: a patterned cell would otherwise keep its pattern over the mark.
        if (exact) fill.pattern = "Solid";
        fill.color = MARK_FILLS[run.first.kind];
      },
    }));
    // One queue, in order: a sync never applies a mark before the original it replaces is saved.
    try {
      await runWrites([...save, ...marks], counter, budget);
    } catch (e) {
      // Halfway: the cells marked so far get their own fills back, and the store what it held before.
      const originals = new Map(entries.map((x) => [x.address, x] as const));
      throw await afterFailure(e, () => unmark(env, fresh, originals, [...stored.sheet, ...stored.setting], exact, budget));
    }

    apply = [...apply.filter((t) => t.kind === "wrong"), ...apply.filter((t) => t.kind === "basis")];
    const wrong = apply.filter((t) => t.kind === "wrong").map((t) => t.key);
    const basis = apply.filter((t) => t.kind === "basis").map((t) => t.key);
    return { highlighted: [...wrong, ...basis], wrong, basis, counts: { wrong: wrong.length, basis: basis.length }, skipped, syncs: counter.count };
  });
}

type FillProps = { color?: string | null; tintAndShade?: number | null; pattern?: string | null; patternColor?: string | null };

/**
 * The stored form of a cell's fill. Office.js gives "#FFFFFF" for both no fill and white, and a null pattern for both
 * no fill and a solid fill (OfficeDev/office-js#4900, #6218); tintAndShade (ExcelApi 1.9) is null only for no fill.
 */
export function storedFill(address: string, f: FillProps | undefined, exact: boolean): StoredFill {
  const colour = f?.color ?? null;
  if (colour === null) return { address, fill: null };
  const tint = exact ? f?.tintAndShade : undefined;
  if (tint === null || f?.pattern === "None") return { address, fill: null };
  // Without tintAndShade, white is taken for no fill.
  if (tint === undefined && colour.toUpperCase() === "#FFFFFF") return { address, fill: null };
  const out: StoredFill = { address, fill: colour };
  if (typeof tint === "number" && tint !== 0) out.tint = tint;
  const pattern = f?.pattern;
  if (exact && pattern && pattern !== "Solid" && pattern !== "None") {
    out.pattern = pattern;
    if (f?.patternColor) out.patternColor = f.patternColor;
  }
  return out;
}

/** Puts back every stored fill (no fill is cleared, not painted white; tint and pattern as they were) and empties the store. */
export async function clearHighlights(options: HighlightOptions = {}): Promise<ClearResult> {
  const env = options.env ?? globalEnv();
  const budget = (options.payloadBytes ?? PAYLOAD_LIMIT_BYTES) * PAYLOAD_SHARE;
  const exact = env.isSetSupported("ExcelApi", FILL_DETAIL_SET);
  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const { sheets, where, structureProtected } = await loadSheets(context, counter, env);
    if (!where.sheet && where.setting.isNullObject) return { restored: [], skipped: [], syncs: counter.count };
    const stored = await readStore(context, counter, where);
    const restored: string[] = [];
    const skipped: Skipped[] = [];
    const keep: StoredFill[] = [];
    const writes: QueuedWrite[] = [];
    // Later entries for the same cell are duplicates from an interrupted run: the first is the original.
    const seen = new Set<string>();
    for (const s of [...stored.sheet, ...stored.setting]) {
      if (seen.has(s.address)) continue;
      seen.add(s.address);
      const r = parseQualified(s.address);
      const reason: SkipReason | null = r ? skipReason(sheets, r.sheet) : "invalid-address";
      if (!r || reason) {
        skipped.push({ address: s.address, reason: reason ?? "invalid-address" });
        if (reason !== "invalid-address") keep.push(s);
        continue;
      }
      const ws = sheets.get(r.sheet)!.ws;
      writes.push({ bytes: RESTORE_BYTES, queue: () => restoreFill(ws.getRangeByIndexes(r.top, r.left, 1, 1).format.fill, s, exact) });
      restored.push(s.address);
    }
    // The store changes last, so that an interrupted clear can be run again.
    const save = storeWrites(context, where, keep, { structureProtected, budget, kept: 0, previousRows: stored.sheetRows }) ?? [];
    await runWrites([...writes, ...save], counter, budget);
    return { restored, skipped, syncs: counter.count };
  });
}

/** Takes back a highlight that failed halfway: `cells` get their `originals`, and the store holds `previous` again. */
async function unmark(
  env: ExcelEnv,
  cells: Target[],
  originals: Map<string, StoredFill>,
  previous: StoredFill[],
  exact: boolean,
  budget: number
): Promise<void> {
  await env.run(async (context) => {
    const counter = new SyncCounter(context);
    const { sheets, where, structureProtected } = await loadSheets(context, counter, env);
    const stored = await readStore(context, counter, where);
    const writes: QueuedWrite[] = [];
    for (const t of cells) {
      const ws = sheets.get(t.sheet)?.ws;
      const original = originals.get(t.key);
      if (ws && original)
        writes.push({ bytes: RESTORE_BYTES, queue: () => restoreFill(ws.getRangeByIndexes(t.top, t.left, 1, 1).format.fill, original, exact) });
    }
    const save = storeWrites(context, where, previous, { structureProtected, budget, kept: 0, previousRows: stored.sheetRows });
    if (!save) throw new Error("the store cannot hold its earlier contents");
    await runWrites([...writes, ...save], counter, budget);
  });
}

function restoreFill(fill: Excel.RangeFill, s: StoredFill, exact: boolean): void {
  if (s.fill === null) {
    fill.clear();
    return;
  }
  fill.color = s.fill;
  if (!exact) return;
  fill.pattern = (s.pattern ?? "Solid") as Excel.FillPattern;
  if (s.patternColor) fill.patternColor = s.patternColor;
  // After the colour: setting a colour resets the tint.
  if (s.tint !== undefined) fill.tintAndShade = s.tint;
}
