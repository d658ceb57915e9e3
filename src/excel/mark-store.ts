/**
 * Where the cells' own fills are kept while they carry a highlight: an add-in-owned very hidden worksheet, one cell per
 * stored fill (JSON in column A). It is saved with the workbook, so clearing works after save and reopen, and unlike
 * document settings (about 1–2 MB in all: OfficeDev/office-js#621, #3957) it has no size ceiling worth the name.
 *
 * Documents highlighted by earlier versions kept the fills in the setting "selfeval.highlights"; it is still read, and
 * it is still written where no sheet can be added (workbook structure protected), up to SETTING_MAX_CHARS.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- syncs go through SyncCounter.sync(), which the rules do not see */
import { MARK_SHEET } from "../core/addin-sheets";
import { isPayloadError, packByBudget } from "./payload";
import type { SyncCounter } from "./env";

/** The store sheet's name (31 characters at most; no : \ / ? * [ ]). */
export const STORE_SHEET = MARK_SHEET;
/** The earlier store (and the fallback): one workbook setting holding a JSON array. */
export const HIGHLIGHT_SETTING = "selfeval.highlights";
/** Settings fail somewhere past 1 MB in all; the fallback stays well under. */
export const SETTING_MAX_CHARS = 500_000;
/** Store rows read per block when the store is read in parts (one row ≈ 100 bytes of response). */
const STORE_ROWS_PER_READ = 20_000;

/** A cell's fill before highlighting. */
export interface StoredFill {
  /** Sheet-qualified single cell, canonical ("'My Sheet'!B2"). */
  address: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  /** RangeFill.tintAndShade when not 0 (a theme colour's "Lighter 80%" is 0.8). */
  tint?: number;
  /** A fill pattern other than Solid (e.g. "Gray25"), with its colour, when the host could read it. */
  pattern?: string;
  patternColor?: string;
}

/** Where the store is, as found in sync 1. */
export interface StoreLocation {
  sheet: Excel.Worksheet | null;
  setting: Excel.Setting;
}

function toRow(s: StoredFill): string {
  const o: Record<string, unknown> = { a: s.address, c: s.fill };
  if (s.tint !== undefined) o.t = s.tint;
  if (s.pattern !== undefined) o.p = s.pattern;
  if (s.patternColor !== undefined) o.pc = s.patternColor;
  return JSON.stringify(o);
}

function fromObject(x: unknown): StoredFill | null {
  if (typeof x !== "object" || x === null) return null;
  const r = x as Record<string, unknown>;
  // Rows of the sheet use short keys; the earlier setting used long ones.
  const address = r.a ?? r.address;
  if (typeof address !== "string") return null;
  const fill = r.c ?? r.fill;
  const out: StoredFill = { address, fill: typeof fill === "string" ? fill : null };
  const tint = r.t ?? r.tint;
  if (typeof tint === "number" && tint !== 0) out.tint = tint;
  const pattern = r.p ?? r.pattern;
  if (typeof pattern === "string") out.pattern = pattern;
  const pc = r.pc ?? r.patternColor;
  if (typeof pc === "string") out.patternColor = pc;
  return out;
}

function parseRow(value: unknown): StoredFill | null {
  if (typeof value !== "string" || value === "") return null;
  try {
    return fromObject(JSON.parse(value));
  } catch {
    return null;
  }
}

export function parseSetting(value: unknown): StoredFill[] {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  return data.map(fromObject).filter((x): x is StoredFill => x !== null);
}

/** Queues what sync 1 needs to find the store: the legacy setting (the sheet is found among worksheets.items). */
export function queueStoreProbe(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load("value");
  return setting;
}

export interface StoreContents {
  /** Fills on the store sheet, and how many rows it has (unreadable ones included). */
  sheet: StoredFill[];
  sheetRows: number;
  /** Fills in the legacy setting. */
  setting: StoredFill[];
}

/** Reads every stored fill; the sheet in blocks when it is too large for one response. */
export async function readStore(context: Excel.RequestContext, counter: SyncCounter, where: StoreLocation): Promise<StoreContents> {
  const out: StoreContents = { sheet: [], sheetRows: 0, setting: where.setting.isNullObject ? [] : parseSetting(where.setting.value) };
  if (!where.sheet) return out;
  const used = where.sheet.getUsedRangeOrNullObject(true);
  used.load("rowCount,values");
  let rows: unknown[][] | null = null;
  let rowCount = 0;
  try {
    await counter.sync();
    if (used.isNullObject) return out;
    rows = used.values;
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    // Too large for one response: its size first, then row blocks.
    const dims = where.sheet.getUsedRangeOrNullObject(true);
    dims.load("rowCount");
    await counter.sync();
    if (dims.isNullObject) return out;
    rowCount = dims.rowCount;
  }
  if (!rows) {
    rows = [];
    for (let top = 0; top < rowCount; top += STORE_ROWS_PER_READ) {
      const block = where.sheet.getRangeByIndexes(top, 0, Math.min(STORE_ROWS_PER_READ, rowCount - top), 1);
      block.load("values");
      await counter.sync();
      rows.push(...block.values);
    }
  }
  out.sheetRows = rows.length;
  for (const row of rows) {
    const s = parseRow(row[0]);
    if (s) out.sheet.push(s);
  }
  return out;
}

/** A write to queue in some sync: each one's estimated request bytes and the queuing itself. */
export interface QueuedWrite {
  bytes: number;
  queue(): void;
}

/**
 * The writes that make the store hold exactly `entries`, of which the first `kept` are already its first rows: the
 * sheet made very hidden on first use, the other rows written in blocks under the budget, rows past the end cleared,
 * the legacy setting removed. Null when no sheet can hold them (workbook structure protected) and the setting is too
 * small for them: the caller skips those cells.
 */
export function storeWrites(
  context: Excel.RequestContext,
  where: StoreLocation,
  entries: StoredFill[],
  options: { structureProtected: boolean; budget: number; kept: number; previousRows: number }
): QueuedWrite[] | null {
  const writes: QueuedWrite[] = [];
  const legacy = !where.setting.isNullObject;
  if (entries.length === 0) {
    if (where.sheet) {
      const sheet = where.sheet;
      // A very hidden sheet is made hidden before it is deleted (the order Excel's own UI needs).
      writes.push({
        bytes: 400,
        queue: () => {
          sheet.visibility = "Hidden";
          sheet.delete();
        },
      });
    }
    if (legacy) writes.push({ bytes: 200, queue: () => context.workbook.settings.getItem(HIGHLIGHT_SETTING).delete() });
    return writes;
  }
  if (!where.sheet && options.structureProtected) {
    // No sheet can be added: the setting, while it stays small.
    const json = JSON.stringify(entries);
    if (json.length > SETTING_MAX_CHARS) return null;
    return [{ bytes: json.length + 300, queue: () => context.workbook.settings.add(HIGHLIGHT_SETTING, json) }];
  }
  if (!where.sheet) {
    writes.push({
      bytes: 400,
      queue: () => {
        // The object add() returns is valid in its own request only: later writes address the sheet by name.
        context.workbook.worksheets.add(STORE_SHEET).visibility = "VeryHidden";
      },
    });
  }
  const sheet = (): Excel.Worksheet => where.sheet ?? context.workbook.worksheets.getItem(STORE_SHEET);
  const rows = entries.map((e) => [toRow(e)]);
  // JSON text travels escaped once more inside the request; 1.2× and 40 bytes a row cover it.
  const blocks = packByBudget(rows.map((r, i) => ({ r, i })).slice(options.kept), (x) => x.r[0]!.length * 1.2 + 40, options.budget);
  for (const block of blocks) {
    const top = block[0]!.i;
    const bytes = block.reduce((n, x) => n + x.r[0]!.length * 1.2 + 40, 300);
    writes.push({ bytes, queue: () => (sheet().getRangeByIndexes(top, 0, block.length, 1).values = block.map((x) => x.r)) });
  }
  if (options.previousRows > entries.length) {
    const from = entries.length;
    const count = options.previousRows - from;
    writes.push({ bytes: 300, queue: () => sheet().getRangeByIndexes(from, 0, count, 1).clear() });
  }
  if (legacy) writes.push({ bytes: 200, queue: () => context.workbook.settings.getItem(HIGHLIGHT_SETTING).delete() });
  return writes;
}
