/**
 * Reads the whole workbook into a WorkbookSnapshot with as few context.sync() calls as the host's limits allow.
 *
 * Sync 1 lists the worksheets (name, visibility, protection) and — since Office.js gives no worksheet proxies before a
 * sync — reaches each sheet's used range through a chain worksheets.getFirst().getNextOrNullObject()… (ExcelApi 1.5),
 * loading its address (rowIndex, columnIndex, rowCount, columnCount). The used range is values-only
 * (getUsedRangeOrNullObject(true)): cells with formatting alone are not cells of the snapshot, and a ledger formatted
 * down to row 10,000 should not cost 10,000 rows of payload.
 *
 * Sync 2 then asks for values, formulas, numberFormat, text and valueTypes of every used range, with its merged areas
 * (getMergedAreasOrNullObject, ExcelApi 1.13), all sheets at once, whenever the workbook can be within the payload
 * limit (Excel on the web: 5 MB per request and response): 2 syncs in all. A larger workbook is read in row blocks
 * (worksheet.getRangeByIndexes), as many per sync as fit under the payload limit and the 5,000,000-cell limit on
 * loading a range, sized from the payload per cell measured on the blocks already read. A sync refused for its size is
 * retried with smaller blocks; a block with more than 512 merged areas has its merges read apart in smaller chunks.
 *
 * Without the chain (ExcelApi below 1.5, more sheets than the chain's length, an object model without
 * getNextOrNullObject, or a host that refuses the chain's calls on null objects: sync 1 is then repeated without it), sync 2 asks for the used ranges together with a first window of every sheet (the used part of
 * its first rows and columns), and the rest follows in blocks: still 2 syncs when every sheet fits its window.
 *
 * The snapshot keeps the .xlsx reader's semantics: numbers as numbers (dates as serials), errors as {error},
 * numbers stored as text as strings, formulas without "=", no fmt for General, empty cells absent, merges 0-based;
 * `text` is the host's display text.
 */
import type { Cell, CellValue, MergeRange, PlainSheet, PlainWorkbook } from "../core/snapshot";
import type { ReadResult } from "./api";
import { parseReportedAddress, splitQualified } from "./address";
import { errorCode, globalEnv, SyncCounter, type ExcelEnv } from "./env";
import { isAddinSheet } from "../core/addin-sheets";
import { isPayloadError, PAYLOAD_LIMIT_BYTES, PAYLOAD_SHARE } from "./payload";
import { utf8Length } from "../core/utf8";

export interface ReadLimits {
  /** Request/response payload limit of one sync in bytes (Excel on the web: 5 MB). */
  payloadBytes: number;
  /** Cells one range may hold when its data is loaded (5,000,000 on every platform). */
  rangeCells: number;
  /** Share of payloadBytes that a sync's estimated response may use; the rest is headroom for misestimates. */
  payloadShare: number;
  /** Without the chain: cells (all sheets together) that sync 2 reads along with the sheet dimensions. */
  firstWindowCells: number;
  /** Columns of each sheet's first window. */
  firstWindowColumns: number;
  /** Sheets whose used ranges sync 1 asks for (getFirst/getNextOrNullObject chain, ExcelApi 1.5); 0 turns the chain off. */
  chainLength: number;
  /** Below this many bytes per cell on average the whole workbook could be within the payload limit: then sync 2 asks for all of it. */
  optimisticBytesPerCell: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  payloadBytes: PAYLOAD_LIMIT_BYTES,
  rangeCells: 5_000_000,
  payloadShare: PAYLOAD_SHARE,
  firstWindowCells: 30_000,
  firstWindowColumns: 32,
  chainLength: 64,
  optimisticBytesPerCell: 40,
};

export interface ReadOptions {
  env?: ExcelEnv;
  limits?: Partial<ReadLimits>;
  /** Called with each block that is read (sheet, 0-based top row, row count, first column, column count) — for tests. */
  onBlock?: (block: BlockInfo) => void;
}

export interface BlockInfo {
  sheet: string;
  top: number;
  rows: number;
  left: number;
  columns: number;
  /** The sync (1-based, as counted by readWorkbook) that loaded it. */
  sync: number;
  /** Bytes of JSON its loaded properties take (UTF-8), i.e. its share of the response. */
  bytes: number;
}

export interface WorkbookReadResult extends ReadResult {
  snapshot: PlainWorkbook;
  /** Sheets protected against editing (read normally; highlighting skips them). */
  protectedSheets: string[];
  /** Whether merged areas could be read (ExcelApi 1.13); without them the snapshot has no merges. */
  mergesRead: boolean;
}

const GRID_ROWS = 1048576;
const GRID_COLS = 16384;
/** An empty cell costs about this much: "" three times, "General" and "Empty" with quotes and commas. */
const MIN_BYTES_PER_CELL = 32;
/** Assumed per cell for a sheet nothing was measured on yet. */
const DEFAULT_BYTES_PER_CELL = 160;
/** Estimates are multiplied by this before packing a sync. */
const SAFETY = 1.25;
/** getMergedAreasOrNullObject fails for ranges with more than 512 merged areas; merge-only reads use row chunks of this size first. */
const MERGE_CHUNK_ROWS = 256;
/** Assumed response bytes of one merge-only read (up to 512 areas of about 40 characters). */
const MERGE_READ_BYTES = 512 * 40;
const MAX_RETRIES = 24;

const DATA_PROPS = "values,formulas,numberFormat,text,valueTypes";

interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** A rectangle of a sheet still to read, cut into blocks from `next` down. */
interface Pending extends Rect {
  sheet: number;
  next: number;
}

interface Block extends Rect {
  sheet: number;
  range: Excel.Range;
  merges: Excel.RangeAreas | null;
}

interface SheetState {
  name: string;
  snapshot: PlainSheet;
  ws: Excel.Worksheet;
  bytesPerCell: number;
  measured: boolean;
  mergeKeys: Set<string>;
}

const isSizeError = isPayloadError;
/** GeneralException: the host's catch-all, which may or may not be about size. */
const isAmbiguous = (e: unknown): boolean => errorCode(e) === "GeneralException";

/** Splits a RangeAreas address ("Sheet1!A1:F1, 'My, Sheet'!A2:B2") into its areas, commas inside quotes kept. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i]!;
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      cur += ch;
    } else if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseMergeAreas(address: string): MergeRange[] {
  const out: MergeRange[] = [];
  for (const part of splitAreas(address)) {
    const q = splitQualified(part);
    const r = parseReportedAddress(q ? q.local : part);
    if (r) out.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
  }
  return out;
}

function isGeneralFormat(fmt: string): boolean {
  return fmt.trim().toLowerCase() === "general";
}

/** One cell of a loaded block in snapshot form; undefined for an empty cell. */
function toCell(value: unknown, formula: unknown, fmt: unknown, text: unknown, type: unknown): Cell | undefined {
  const isFormula = typeof formula === "string" && formula.length > 1 && formula[0] === "=" && !(typeof value === "string" && value === formula);
  if (type === "Empty" && !isFormula) return undefined;
  if (!isFormula && (value === "" || value === null || value === undefined)) return undefined;
  let v: CellValue;
  switch (type) {
    case "Error":
      v = { error: String(value) };
      break;
    case "Boolean":
      v = typeof value === "boolean" ? value : String(value).toUpperCase() === "TRUE";
      break;
    case "Empty":
      v = value === "" || value === undefined ? null : (value as CellValue);
      break;
    default:
      // Double, Integer, String: as given, so a number stored as text ("1,000.10") stays a string.
      if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") v = value;
      else if (value === null || value === undefined) v = null;
      else v = String(value);
  }
  const cell: Cell = { v };
  if (isFormula) cell.f = (formula as string).slice(1);
  if (typeof fmt === "string" && fmt !== "" && !isGeneralFormat(fmt)) cell.fmt = fmt;
  if (typeof text === "string") cell.text = text;
  return cell;
}

function addMerges(state: SheetState, merges: MergeRange[]): void {
  for (const m of merges) {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    if (state.mergeKeys.has(key)) continue;
    state.mergeKeys.add(key);
    state.snapshot.merges.push(m);
  }
}

/** Rows of a block whose JSON is measured; the block's bytes are extrapolated from them. */
const MEASURED_ROWS = 512;

/** Copies a loaded block into the sheet; returns the bytes of JSON the loaded properties took (measured on up to 512 rows spread over the block, scaled). */
function fillFromRange(state: SheetState, range: Excel.Range, top: number, left: number): { bytes: number; cells: number } {
  const values = range.values;
  const formulas = range.formulas;
  const formats = range.numberFormat;
  const texts = range.text;
  const types = range.valueTypes;
  const rows = state.snapshot.rows;
  const stride = Math.max(1, Math.floor(values.length / MEASURED_ROWS));
  let measured = 0;
  let measuredRows = 0;
  let cells = 0;
  for (let r = 0; r < values.length; r++) {
    const vr = values[r]!;
    const fr = formulas[r];
    const nr = formats[r];
    const tr = texts[r];
    const yr = types[r];
    if (r % stride === 0) {
      measured += utf8Length(JSON.stringify([vr, fr, nr, tr, yr]));
      measuredRows++;
    }
    cells += vr.length;
    let out = rows[top + r];
    for (let c = 0; c < vr.length; c++) {
      const cell = toCell(vr[c], fr?.[c], nr?.[c], tr?.[c], yr?.[c]);
      if (!cell) continue;
      if (!out) {
        out = [];
        rows[top + r] = out;
      }
      out[left + c] = cell;
    }
  }
  const bytes = measuredRows === 0 ? 0 : Math.round((measured / measuredRows) * values.length);
  return { bytes, cells };
}

function queueBlock(state: SheetState, sheet: number, rect: Rect, withMerges: boolean): Block {
  const range = state.ws.getRangeByIndexes(rect.top, rect.left, rect.rows, rect.cols);
  range.load(DATA_PROPS);
  let merges: Excel.RangeAreas | null = null;
  if (withMerges) {
    merges = range.getMergedAreasOrNullObject();
    merges.load("address");
  }
  return { ...rect, sheet, range, merges };
}

interface Plan {
  pending: Pending[];
  mergeOnly: Array<{ sheet: number; rect: Rect }>;
  total: number;
  done: number;
}

/**
 * Sync 1's chain: worksheets.getFirst() then getNextOrNullObject() up to `length` times, each with its used range
 * (values only). Past the last sheet the links are null objects, and so are their used ranges: Office.js lets calls on
 * a null object through as no-ops returning null objects (the idiom getItemOrNullObject(name).delete() relies on it).
 */
type ChainLink = { ws: Excel.Worksheet; used: Excel.Range };

function queueChain(worksheets: Excel.WorksheetCollection, length: number): ChainLink[] {
  const chain: ChainLink[] = [];
  // A host object model without the calls (an emulation, say) reads through the windows instead.
  if (typeof (worksheets as unknown as Record<string, unknown>).getFirst !== "function") return chain;
  let ws = worksheets.getFirst();
  // Asks whether the method exists; the load-before-read rule takes it for a property read.
  // eslint-disable-next-line office-addins/load-object-before-read
  if (typeof (ws as unknown as Record<string, unknown>).getNextOrNullObject !== "function") return chain;
  for (let i = 0; i < length; i++) {
    if (i > 0) ws = ws.getNextOrNullObject();
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    chain.push({ ws, used });
  }
  return chain;
}

/** Each sheet's used rectangle (null when empty) from the chain; null when the chain did not cover the sheets exactly. */
function chainDims(all: ChainLink[], states: SheetState[]): Array<Rect | null> | null {
  const chain = all.filter((l) => l.ws.isNullObject || !isAddinSheet(l.ws.name));
  if (chain.length < states.length) return null;
  const after = chain[states.length];
  if (after && !after.ws.isNullObject) return null;
  const dims: Array<Rect | null> = [];
  for (let i = 0; i < states.length; i++) {
    const link = chain[i]!;
    if (link.ws.isNullObject || link.ws.name !== states[i]!.name) return null;
    const u = link.used;
    dims.push(u.isNullObject ? null : { top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount });
  }
  return dims;
}

/**
 * Sync 2 without the chain (ExcelApi below 1.5, or more sheets than the chain's length): every sheet's used range and,
 * in the same sync, the cells of a first window of each sheet (the used part of its first rows and columns), merges
 * included; what lies outside the windows is left in the plan.
 */
async function readWindows(
  states: SheetState[],
  counter: SyncCounter,
  limits: ReadLimits,
  mergesSupported: boolean,
  options: ReadOptions,
  plan: Plan
): Promise<void> {
  const windowCols = Math.max(1, Math.min(GRID_COLS, limits.firstWindowColumns));
  let windowRows = Math.max(1, Math.min(GRID_ROWS, Math.floor(limits.firstWindowCells / (states.length * windowCols))));
  let used: Excel.Range[] = [];
  let samples: Array<Excel.Range | null> = [];
  let sampleMerges: Array<Excel.RangeAreas | null> = [];
  let mergesInWindow = mergesSupported;
  for (let attempt = 0; ; attempt++) {
    used = [];
    samples = [];
    sampleMerges = [];
    for (const st of states) {
      const u = st.ws.getUsedRangeOrNullObject(true);
      u.load("rowIndex,columnIndex,rowCount,columnCount");
      used.push(u);
      if (windowRows > 0) {
        const window = st.ws.getRangeByIndexes(0, 0, windowRows, windowCols);
        const sample = window.getUsedRangeOrNullObject(true);
        sample.load(`rowIndex,columnIndex,${DATA_PROPS}`);
        samples.push(sample);
        if (mergesInWindow) {
          const m = window.getMergedAreasOrNullObject();
          m.load("address");
          sampleMerges.push(m);
        } else sampleMerges.push(null);
      } else {
        samples.push(null);
        sampleMerges.push(null);
      }
    }
    try {
      await counter.sync();
      break;
    } catch (e) {
      if (attempt >= MAX_RETRIES) throw e;
      // GeneralException is both "more than 512 merged areas" and (older web builds) "too large": merges go first.
      if (isSizeError(e) && windowRows > 0 && !(mergesInWindow && isAmbiguous(e))) {
        windowRows = windowRows > 4 ? Math.floor(windowRows / 4) : 0;
      } else if (mergesInWindow) {
        // More than 512 merged areas in a window: read the merges apart, in smaller chunks, later.
        mergesInWindow = false;
      } else throw e;
    }
  }

  states.forEach((st, i) => {
    const u = used[i]!;
    if (u.isNullObject) return;
    const ut = u.rowIndex;
    const ul = u.columnIndex;
    const ub = ut + u.rowCount - 1;
    const ur = ul + u.columnCount - 1;
    plan.total += u.rowCount * u.columnCount;
    const sample = samples[i];
    const rowsInWindow = sample ? windowRows : 0;
    if (sample && !sample.isNullObject) {
      const { bytes, cells } = fillFromRange(st, sample, sample.rowIndex, sample.columnIndex);
      if (cells > 0) {
        st.bytesPerCell = Math.max(MIN_BYTES_PER_CELL, bytes / cells);
        st.measured = true;
      }
      options.onBlock?.({
        sheet: st.name,
        top: sample.rowIndex,
        rows: sample.values.length,
        left: sample.columnIndex,
        columns: sample.values[0]?.length ?? 0,
        sync: counter.count,
        bytes,
      });
    }
    if (sample) {
      const m = sampleMerges[i];
      if (m && !m.isNullObject) addMerges(st, parseMergeAreas(m.address));
      else if (!m && mergesSupported) plan.mergeOnly.push({ sheet: i, rect: { top: 0, left: 0, rows: windowRows, cols: windowCols } });
      // The used range's cells inside the window are read (the window's own used range holds every value there).
      const inRows = Math.max(0, Math.min(ub, rowsInWindow - 1) - ut + 1);
      const inCols = Math.max(0, Math.min(ur, windowCols - 1) - ul + 1);
      plan.done += inRows * inCols;
    }
    // Below the window: full width of the used range.
    const belowTop = Math.max(ut, rowsInWindow);
    if (belowTop <= ub) plan.pending.push({ sheet: i, top: belowTop, left: ul, rows: ub - belowTop + 1, cols: ur - ul + 1, next: belowTop });
    // Right of the window, within the window's rows.
    const rightLeft = Math.max(ul, windowCols);
    const rightBottom = Math.min(ub, rowsInWindow - 1);
    if (rowsInWindow > 0 && rightLeft <= ur && ut <= rightBottom) {
      plan.pending.push({ sheet: i, top: ut, left: rightLeft, rows: rightBottom - ut + 1, cols: ur - rightLeft + 1, next: ut });
    }
  });
}

/**
 * Reads the workbook. onProgress gets (cells read, cells in all used ranges) after every sync that read cells.
 */
export async function readWorkbook(onProgress?: (done: number, total: number) => void, options: ReadOptions = {}): Promise<WorkbookReadResult> {
  const env = options.env ?? globalEnv();
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const mergesSupported = env.isSetSupported("ExcelApi", "1.13");
  const chainSupported = limits.chainLength > 0 && env.isSetSupported("ExcelApi", "1.5");
  const budget = limits.payloadBytes * limits.payloadShare;

  return env.run(async (context) => {
    const counter = new SyncCounter(context);

    // Sync 1: the sheets, and (through the chain) each one's used range.
    const worksheets = context.workbook.worksheets;
    const SHEET_PROPS = "items/name,items/visibility,items/protection/protected";
    worksheets.load(SHEET_PROPS);
    let chain: ChainLink[] = [];
    try {
      if (chainSupported) chain = queueChain(worksheets, limits.chainLength);
      await counter.sync();
    } catch (e) {
      // Nothing documents calls on null objects past the last sheet: a host that refuses the chain is read through the windows.
      if (chain.length === 0) throw e;
      chain = [];
      worksheets.load(SHEET_PROPS);
      await counter.sync();
    }

    // The add-in's own store of highlighted cells' fills is not part of the workbook's content.
    const items = worksheets.items.filter((ws) => !isAddinSheet(ws.name));
    const states: SheetState[] = items.map((ws) => ({
      name: ws.name,
      snapshot: { name: ws.name, hidden: ws.visibility !== "Visible", rows: [], merges: [] },
      ws,
      bytesPerCell: DEFAULT_BYTES_PER_CELL,
      measured: false,
      mergeKeys: new Set<string>(),
    }));
    const protectedSheets = items.filter((ws) => ws.protection.protected).map((ws) => ws.name);
    const snapshot: PlainWorkbook = { sheets: states.map((s) => s.snapshot) };
    if (states.length === 0) return { snapshot, syncs: counter.count, protectedSheets, mergesRead: mergesSupported };

    const plan: Plan = { pending: [], mergeOnly: [], total: 0, done: 0 };
    const dims = chain.length > 0 ? chainDims(chain, states) : null;
    // Whole workbook in sync 2 when it can be within the payload limit (refused, it is read in blocks after all).
    let optimistic = false;
    if (dims) {
      dims.forEach((d, i) => {
        if (!d) return;
        plan.pending.push({ sheet: i, ...d, next: d.top });
        plan.total += d.rows * d.cols;
      });
      optimistic = plan.total * limits.optimisticBytesPerCell <= limits.payloadBytes && plan.total <= limits.rangeCells;
    } else {
      await readWindows(states, counter, limits, mergesSupported, options, plan);
      onProgress?.(plan.done, plan.total);
    }
    const pending = plan.pending;

    // Row blocks, packed under the limits with the payload per cell measured so far.
    let withMerges = mergesSupported;
    let retries = 0;
    while (pending.length > 0) {
      const batch: Block[] = [];
      const batchBudget = optimistic ? limits.payloadBytes : budget;
      let bytes = 0;
      let cells = 0;
      for (const p of pending) {
        const st = states[p.sheet]!;
        const end = p.top + p.rows;
        while (p.next < end) {
          const rowBytes = optimistic ? p.cols * limits.optimisticBytesPerCell : p.cols * st.bytesPerCell * SAFETY;
          let rows = Math.min(end - p.next, Math.floor((batchBudget - bytes) / rowBytes), Math.floor((limits.rangeCells - cells) / p.cols));
          if (rows < 1) {
            if (batch.length > 0) break;
            rows = 1; // a single row wider than the budget still has to be read
          }
          batch.push(queueBlock(st, p.sheet, { top: p.next, left: p.left, rows, cols: p.cols }, withMerges));
          bytes += rows * rowBytes;
          cells += rows * p.cols;
          p.next += rows;
        }
        if (bytes >= batchBudget || cells >= limits.rangeCells) break;
      }
      try {
        await counter.sync();
      } catch (e) {
        if (++retries > MAX_RETRIES) throw e;
        // Put the batch back and retry smaller (size) or without merges (too many merged areas in a block).
        for (const b of batch) {
          const p = pending.find((x) => x.sheet === b.sheet && x.left === b.left && b.top >= x.top && b.top < x.top + x.rows);
          if (p) p.next = Math.min(p.next, b.top);
        }
        if (withMerges && isAmbiguous(e)) {
          // GeneralException: more than 512 merged areas in a block, or (older web builds) too large; merges go first.
          withMerges = false;
        } else if (isSizeError(e)) {
          if (optimistic) {
            // More than the limit in all: more than payloadBytes / total per cell on average.
            optimistic = false;
            const floor = Math.max(DEFAULT_BYTES_PER_CELL, limits.payloadBytes / Math.max(1, plan.total));
            for (const st of states) if (!st.measured) st.bytesPerCell = floor;
          } else {
            if (batch.length === 1 && batch[0]!.rows === 1) throw e;
            for (const b of new Set(batch.map((x) => x.sheet))) states[b]!.bytesPerCell *= 2;
          }
        } else if (withMerges) {
          withMerges = false;
        } else throw e;
        continue;
      }
      optimistic = false;
      for (const b of batch) {
        const st = states[b.sheet]!;
        const { bytes: got, cells: n } = fillFromRange(st, b.range, b.top, b.left);
        if (n > 0) {
          const perCell = Math.max(MIN_BYTES_PER_CELL, got / n);
          st.bytesPerCell = st.measured ? Math.max(st.bytesPerCell, perCell) : perCell;
          st.measured = true;
        }
        if (b.merges && !b.merges.isNullObject) addMerges(st, parseMergeAreas(b.merges.address));
        else if (!b.merges && mergesSupported) plan.mergeOnly.push({ sheet: b.sheet, rect: { top: b.top, left: b.left, rows: b.rows, cols: b.cols } });
        plan.done += n;
        options.onBlock?.({ sheet: st.name, top: b.top, rows: b.rows, left: b.left, columns: b.cols, sync: counter.count, bytes: got });
      }
      for (let i = pending.length - 1; i >= 0; i--) {
        const p = pending[i]!;
        if (p.next >= p.top + p.rows) pending.splice(i, 1);
      }
      onProgress?.(plan.done, plan.total);
    }
    if (dims && plan.total === 0) onProgress?.(0, 0);

    // Merged areas that could not come with the data (more than 512 in a block): in row chunks, halved on failure.
    await readMergesApart(states, plan.mergeOnly, counter, budget);

    for (const st of states) st.snapshot.merges.sort((a, b) => a.top - b.top || a.left - b.left);
    return { snapshot, syncs: counter.count, protectedSheets, mergesRead: mergesSupported };
  });
}

async function readMergesApart(states: SheetState[], regions: Array<{ sheet: number; rect: Rect }>, counter: SyncCounter, budget: number): Promise<void> {
  let queue: Array<{ sheet: number; rect: Rect }> = [];
  for (const r of regions) {
    for (let top = r.rect.top; top < r.rect.top + r.rect.rows; top += MERGE_CHUNK_ROWS) {
      queue.push({ sheet: r.sheet, rect: { top, left: r.rect.left, rows: Math.min(MERGE_CHUNK_ROWS, r.rect.top + r.rect.rows - top), cols: r.rect.cols } });
    }
  }
  const perSync = Math.max(1, Math.floor(budget / MERGE_READ_BYTES));
  let failures = 0;
  while (queue.length > 0) {
    const batch = queue.slice(0, perSync);
    const areas = batch.map((q) => {
      const m = states[q.sheet]!.ws.getRangeByIndexes(q.rect.top, q.rect.left, q.rect.rows, q.rect.cols).getMergedAreasOrNullObject();
      m.load("address");
      return m;
    });
    try {
      await counter.sync();
    } catch (e) {
      if (++failures > MAX_RETRIES) throw e;
      // Halve every chunk of the batch; a one-row chunk that still fails is given up (its merges stay unknown).
      const rest = queue.slice(batch.length);
      const split: typeof queue = [];
      for (const q of batch) {
        if (q.rect.rows <= 1) continue;
        const half = Math.ceil(q.rect.rows / 2);
        split.push({ sheet: q.sheet, rect: { ...q.rect, rows: half } });
        split.push({ sheet: q.sheet, rect: { ...q.rect, top: q.rect.top + half, rows: q.rect.rows - half } });
      }
      queue = [...split, ...rest];
      continue;
    }
    batch.forEach((q, i) => {
      const m = areas[i]!;
      if (!m.isNullObject) addMerges(states[q.sheet]!, parseMergeAreas(m.address));
    });
    queue = queue.slice(batch.length);
  }
}
