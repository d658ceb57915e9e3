/**
 * 修正 and 撤销修正 in Excel: writes the values the engine proved (core/fixes.ts) into the user's cells, after checking
 * that each cell still holds what was checked and is no formula, and records every change in the workbook so that
 * undoing restores the cells exactly, also after save and reopen.
 *
 * The record is an add-in-owned very hidden sheet (one JSON row per changed cell: address, value before, value
 * after), or, where the workbook structure is protected, a document setting while it stays small. A fix that could not
 * be recorded is not made. Undo puts back a cell only while it still holds what the fix wrote; a cell edited since is
 * left alone and kept in the record.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- syncs go through SyncCounter.sync(), which the rules do not see */
import { FIX_SHEET } from "../core/addin-sheets";
import { parseQualified, qualifiedAddress } from "./address";
import { globalEnv, SyncCounter, type ExcelEnv } from "./env";
import { SETTING_MAX_CHARS } from "./mark-store";
import { PAYLOAD_LIMIT_BYTES, PAYLOAD_SHARE, packByBudget } from "./payload";
import { afterFailure } from "./rollback";
import { needsQuotePrefix } from "./typed-text";

/** The record sheet (core/addin-sheets.ts), and the setting used when no sheet can be added. */
export { FIX_SHEET };
export const FIX_SETTING = "selfeval.fixes";

/** One cell change: the whole value before and after (text, or a number whose format stays). */
export interface FixRequest {
  address: string;
  before: string | number;
  after: string | number;
}

export type FixSkipReason = "changed" | "formula" | "protected" | "missing-sheet" | "invalid-address" | "no-store";

export interface FixResult {
  applied: string[];
  skipped: Array<{ address: string; reason: FixSkipReason }>;
  syncs: number;
}

export interface UndoResult {
  restored: string[];
  /** Cells edited since the fix ("changed"), on a protected sheet or gone: they stay in the record. */
  skipped: Array<{ address: string; reason: FixSkipReason }>;
  syncs: number;
}

export interface FixOptions {
  env?: ExcelEnv;
}

interface Recorded {
  a: string;
  b: string | number;
  f: string | number;
}

/** Request bytes per cell write, beyond the text itself (measured on the client library's messages, rounded up). */
const WRITE_BYTES = 900;
const BUDGET = PAYLOAD_LIMIT_BYTES * PAYLOAD_SHARE;

function parseRecord(value: unknown): Recorded | null {
  if (typeof value !== "string" || value === "") return null;
  try {
    const o = JSON.parse(value) as Record<string, unknown>;
    const ok = (x: unknown) => typeof x === "string" || typeof x === "number";
    return typeof o.a === "string" && ok(o.b) && ok(o.f) ? { a: o.a, b: o.b as string | number, f: o.f as string | number } : null;
  } catch {
    return null;
  }
}

function parseSetting(value: unknown): Recorded[] {
  if (typeof value !== "string") return [];
  try {
    const list = JSON.parse(value) as unknown[];
    return Array.isArray(list) ? list.map((x) => parseRecord(JSON.stringify(x))).filter((x): x is Recorded => x !== null) : [];
  } catch {
    return [];
  }
}

/** Whether a cell's value is the one given: text exactly, numbers as numbers. */
function holds(value: unknown, want: string | number): boolean {
  return typeof want === "number" ? typeof value === "number" && value === want : value === want;
}

/** A value written as Excel keeps it: text that would be read as a number, date or formula gets the quote prefix. */
function typed(v: string | number): string | number {
  return typeof v === "string" && needsQuotePrefix(v) ? `'${v}` : v;
}

interface Located {
  address: string;
  sheet: string;
  row: number;
  col: number;
}

function locate(address: string): Located | null {
  const r = parseQualified(address);
  if (!r || r.top !== r.bottom || r.left !== r.right) return null;
  return { address: qualifiedAddress(r), sheet: r.sheet, row: r.top, col: r.left };
}

interface Sheets {
  byName: Map<string, Excel.Worksheet>;
  protectedSheets: Set<string>;
  record: Excel.Worksheet | null;
  setting: Excel.Setting;
  structureProtected: boolean;
}

/** Sync 1: the sheets and their protection, the record sheet or setting, workbook structure protection. */
async function loadSheets(context: Excel.RequestContext, counter: SyncCounter, env: ExcelEnv): Promise<Sheets> {
  const worksheets = context.workbook.worksheets;
  const protection = env.isSetSupported("ExcelApi", "1.2");
  worksheets.load(protection ? "items/name,items/protection/protected" : "items/name");
  const book = env.isSetSupported("ExcelApi", "1.7") ? context.workbook.protection : null;
  book?.load("protected");
  const setting = context.workbook.settings.getItemOrNullObject(FIX_SETTING);
  setting.load("value");
  await counter.sync();
  const byName = new Map<string, Excel.Worksheet>();
  const protectedSheets = new Set<string>();
  let record: Excel.Worksheet | null = null;
  for (const ws of worksheets.items) {
    if (ws.name === FIX_SHEET) {
      record = ws;
      continue;
    }
    byName.set(ws.name.toLowerCase(), ws);
    if (protection && ws.protection.protected) protectedSheets.add(ws.name.toLowerCase());
  }
  return { byName, protectedSheets, record, setting, structureProtected: book?.protected ?? false };
}

/** Every record: the sheet's rows, then the setting's. */
async function readRecords(sheets: Sheets, counter: SyncCounter): Promise<{ rows: Recorded[]; sheetRows: number }> {
  const fromSetting = sheets.setting.isNullObject ? [] : parseSetting(sheets.setting.value);
  if (!sheets.record) return { rows: fromSetting, sheetRows: 0 };
  const used = sheets.record.getUsedRangeOrNullObject(true);
  used.load("values");
  await counter.sync();
  const values = used.isNullObject ? [] : used.values;
  const rows = values.map((r) => parseRecord(r[0])).filter((x): x is Recorded => x !== null);
  return { rows: [...rows, ...fromSetting], sheetRows: values.length };
}

/** Queues the record holding exactly `rows` (the sheet made on first use; deleted when empty). False when nothing can hold it. */
function queueRecord(context: Excel.RequestContext, sheets: Sheets, rows: Recorded[], previousRows: number): boolean {
  const settings = context.workbook.settings;
  const legacy = !sheets.setting.isNullObject;
  if (rows.length === 0) {
    if (sheets.record) {
      // A very hidden sheet is made hidden before it is deleted (the order Excel's own UI needs).
      sheets.record.visibility = "Hidden";
      sheets.record.delete();
    }
    if (legacy) settings.getItem(FIX_SETTING).delete();
    return true;
  }
  if (!sheets.record && sheets.structureProtected) {
    const json = JSON.stringify(rows);
    if (json.length > SETTING_MAX_CHARS) return false;
    settings.add(FIX_SETTING, json);
    return true;
  }
  // The object add() returns is valid in its own request only: the rows address the sheet by name.
  if (!sheets.record) context.workbook.worksheets.add(FIX_SHEET).visibility = "VeryHidden";
  const sheet = sheets.record ?? context.workbook.worksheets.getItem(FIX_SHEET);
  sheet.getRangeByIndexes(0, 0, rows.length, 1).values = rows.map((r) => [JSON.stringify(r)]);
  if (previousRows > rows.length) sheet.getRangeByIndexes(rows.length, 0, previousRows - rows.length, 1).clear();
  if (legacy) settings.getItem(FIX_SETTING).delete();
  return true;
}

/** Loads each located cell's value and formula (one sync); cells on missing or protected sheets are reported instead. */
async function loadCells(
  cells: Located[],
  sheets: Sheets,
  counter: SyncCounter,
  skipped: Array<{ address: string; reason: FixSkipReason }>
): Promise<Array<{ cell: Located; range: Excel.Range }>> {
  const loaded: Array<{ cell: Located; range: Excel.Range }> = [];
  for (const cell of cells) {
    const ws = sheets.byName.get(cell.sheet.toLowerCase());
    if (!ws) skipped.push({ address: cell.address, reason: "missing-sheet" });
    else if (sheets.protectedSheets.has(cell.sheet.toLowerCase())) skipped.push({ address: cell.address, reason: "protected" });
    else {
      const range = ws.getRangeByIndexes(cell.row, cell.col, 1, 1);
      range.load("values,formulas");
      loaded.push({ cell, range });
    }
  }
  if (loaded.length) await counter.sync();
  return loaded;
}

/**
 * Writes the values in syncs packed under the payload budget. Each cell is addressed afresh: a sync that added or
 * deleted a sheet leaves earlier range objects unusable (office.js: InvalidObjectPath).
 */
async function writeValues(context: Excel.RequestContext, writes: Array<{ cell: Located; value: string | number }>, counter: SyncCounter): Promise<void> {
  const blocks = packByBudget(writes, (w) => WRITE_BYTES + (typeof w.value === "string" ? w.value.length * 3 : 24), BUDGET);
  for (const block of blocks) {
    for (const w of block) context.workbook.worksheets.getItem(w.cell.sheet).getRangeByIndexes(w.cell.row, w.cell.col, 1, 1).values = [[typed(w.value)]];
    await counter.sync();
  }
}

export async function applyFixes(fixes: readonly FixRequest[], options: FixOptions = {}): Promise<FixResult> {
  const env = options.env ?? globalEnv();
  const skipped: FixResult["skipped"] = [];
  const located: Array<{ cell: Located; fix: FixRequest }> = [];
  for (const fix of fixes) {
    const cell = locate(fix.address);
    if (cell) located.push({ cell, fix });
    else skipped.push({ address: fix.address, reason: "invalid-address" });
  }
  if (!located.length) return { applied: [], skipped, syncs: 0 };
  // All the fixes of one click are one undo step where the host can merge a run's syncs (ExcelApi 1.20).
  const runOptions: Excel.RunOptions | undefined = env.isSetSupported("ExcelApi", "1.20") ? { mergeUndoGroup: true } : undefined;
  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const sheets = await loadSheets(context, counter, env);
    const record = await readRecords(sheets, counter);
    const loaded = await loadCells(
      located.map((l) => l.cell),
      sheets,
      counter,
      skipped
    );
    const byAddress = new Map(located.map((l) => [l.cell.address, l.fix] as const));
    const writes: Array<{ cell: Located; value: string | number }> = [];
    const rows = [...record.rows];
    for (const { cell, range } of loaded) {
      const fix = byAddress.get(cell.address)!;
      const formula = range.formulas[0]![0];
      if (typeof formula === "string" && formula.startsWith("=")) skipped.push({ address: cell.address, reason: "formula" });
      else if (!holds(range.values[0]![0], fix.before)) skipped.push({ address: cell.address, reason: "changed" });
      else {
        writes.push({ cell, value: fix.after });
        rows.push({ a: cell.address, b: fix.before, f: fix.after });
      }
    }
    if (!writes.length) return { applied: [], skipped, syncs: counter.count };
    // The record first: a fix that could not be undone is not made.
    if (!queueRecord(context, sheets, rows, record.sheetRows)) {
      for (const w of writes) skipped.push({ address: w.cell.address, reason: "no-store" });
      return { applied: [], skipped, syncs: counter.count };
    }
    try {
      await counter.sync();
      await writeValues(context, writes, counter);
    } catch (e) {
      // Halfway: the cells written so far get their values back, and the record what it held before.
      throw await afterFailure(e, () => unfix(env, writes, record.rows));
    }
    return { applied: writes.map((w) => w.cell.address), skipped, syncs: counter.count };
  }, runOptions);
}

/** Takes back fixes that failed halfway: each cell still holding what the fix wrote gets its value back; the record is `previous` again. */
async function unfix(env: ExcelEnv, writes: Array<{ cell: Located; value: string | number }>, previous: Recorded[]): Promise<void> {
  await env.run(async (context) => {
    const counter = new SyncCounter(context);
    const sheets = await loadSheets(context, counter, env);
    const record = await readRecords(sheets, counter);
    const byAddress = new Map(record.rows.map((r) => [r.a, r] as const));
    const skipped: FixResult["skipped"] = [];
    const loaded = await loadCells(
      writes.map((w) => w.cell),
      sheets,
      counter,
      skipped
    );
    const back = loaded.flatMap(({ cell, range }) => {
      const r = byAddress.get(cell.address);
      return r && holds(range.values[0]![0], r.f) ? [{ cell, value: r.b }] : [];
    });
    await writeValues(context, back, counter);
    queueRecord(context, sheets, previous, record.sheetRows);
    await counter.sync();
  });
}

export async function undoFixes(options: FixOptions = {}): Promise<UndoResult> {
  const env = options.env ?? globalEnv();
  const runOptions: Excel.RunOptions | undefined = env.isSetSupported("ExcelApi", "1.20") ? { mergeUndoGroup: true } : undefined;
  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const sheets = await loadSheets(context, counter, env);
    const record = await readRecords(sheets, counter);
    const skipped: UndoResult["skipped"] = [];
    if (!record.rows.length) return { restored: [], skipped, syncs: counter.count };
    // Latest fix first: a cell fixed twice goes back to its first value.
    const newest = [...record.rows].reverse();
    const cells: Located[] = [];
    const seen = new Set<string>();
    for (const r of newest) {
      const cell = locate(r.a);
      if (!cell) skipped.push({ address: r.a, reason: "invalid-address" });
      else if (!seen.has(cell.address)) {
        seen.add(cell.address);
        cells.push(cell);
      }
    }
    const loaded = await loadCells(cells, sheets, counter, skipped);
    const current = new Map(loaded.map((l) => [l.cell.address, l] as const));
    const writes: Array<{ cell: Located; value: string | number }> = [];
    const restored: string[] = [];
    const keep: Recorded[] = [];
    const values = new Map<string, unknown>();
    for (const l of loaded) values.set(l.cell.address, l.range.values[0]![0]);
    for (const r of newest) {
      const cell = locate(r.a);
      const l = cell ? current.get(cell.address) : undefined;
      if (!cell || !l) {
        keep.push(r);
        continue;
      }
      if (!holds(values.get(cell.address), r.f)) {
        // Edited since the fix: the user's own value stays.
        skipped.push({ address: cell.address, reason: "changed" });
        keep.push(r);
        continue;
      }
      writes.push({ cell: l.cell, value: r.b });
      values.set(cell.address, r.b);
      if (!restored.includes(cell.address)) restored.push(cell.address);
    }
    // The cells first: a record left behind by a failure only makes a later undo skip cells that hold their old value.
    await writeValues(context, writes, counter);
    queueRecord(context, sheets, keep.reverse(), record.sheetRows);
    await counter.sync();
    return { restored, skipped: skipped.filter((s, i) => skipped.findIndex((x) => x.address === s.address) === i), syncs: counter.count };
  }, runOptions);
}
