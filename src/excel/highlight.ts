/**
 * Marks cells with a fill and puts their own fills back later, also after the workbook was saved and reopened: the
 * original fills are kept in the workbook itself (workbook.settings, ExcelApi 1.4, key "selfeval.highlights").
 *
 * Office.js reports "#FFFFFF" both for a white fill and for no fill at all, in format.fill.color and in
 * getCellProperties alike (OfficeDev/office-js#6218), and a null pattern for both no fill and a solid fill (#4900).
 * What tells them apart is RangeFill.tintAndShade (ExcelApi 1.9): null for no fill, a number for any fill (#4900).
 * So each cell's fill is loaded on its own one-cell range (color, tintAndShade, pattern), and no fill is restored
 * with format.fill.clear(), never with white. Without 1.9 only the colour can be read and "#FFFFFF" is taken for
 * no fill (the usual case).
 *
 * highlightAll: sync 1 lists the sheets and reads the stored originals; sync 2 reads the fills of cells not yet
 * highlighted (cells already in the store keep their first original: a second call does not save the highlight as an
 * original); sync 3 saves the originals, then applies the highlight. Cells on protected or missing sheets are skipped
 * and reported. clearHighlights: sync 1 as above, sync 2 restores and removes the setting.
 */
import { cellsOf, parseQualified, qualifiedAddress, type SheetRect } from "./address";
import { globalEnv, SyncCounter, type ExcelEnv } from "./env";

export const HIGHLIGHT_SETTING = "selfeval.highlights";
/** The highlight: Excel's light red ("Bad" style) fill. */
export const HIGHLIGHT_FILL = "#FFC7CE";
/** Requirement set of RangeFill.tintAndShade and .pattern, which tell no fill from white. */
export const FILL_DETAIL_SET = "1.9";
/** A range given to highlightAll is expanded to its cells up to this many. */
const MAX_CELLS_PER_RANGE = 10_000;

/** A cell's fill before highlighting, as stored in the workbook. */
export interface StoredFill {
  /** Sheet-qualified single cell, canonical ("'My Sheet'!B2"). */
  address: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  /** A fill pattern other than Solid (e.g. "Gray25"), with its colour, when the host could read it. */
  pattern?: string;
  patternColor?: string;
}

export type SkipReason = "protected" | "missing-sheet" | "invalid-address";

export interface Skipped {
  address: string;
  reason: SkipReason;
}

export interface HighlightResult {
  /** Cells that carry the highlight now (canonical addresses). */
  highlighted: string[];
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
  /** The highlight colour (default HIGHLIGHT_FILL). */
  fill?: string;
}

interface SheetInfo {
  protected: boolean;
}

function parseStore(value: unknown): StoredFill[] {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  const out: StoredFill[] = [];
  for (const x of data) {
    if (typeof x !== "object" || x === null) continue;
    const r = x as Record<string, unknown>;
    if (typeof r.address !== "string") continue;
    const fill = typeof r.fill === "string" ? r.fill : null;
    const item: StoredFill = { address: r.address, fill };
    if (typeof r.pattern === "string") item.pattern = r.pattern;
    if (typeof r.patternColor === "string") item.patternColor = r.patternColor;
    out.push(item);
  }
  return out;
}

/** Each address as single cells, canonical and without duplicates; unparsable ones reported. */
function expand(cells: string[]): { targets: SheetRect[]; invalid: string[] } {
  const seen = new Set<string>();
  const targets: SheetRect[] = [];
  const invalid: string[] = [];
  for (const c of cells) {
    const r = parseQualified(c);
    if (!r || (r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_CELLS_PER_RANGE) {
      invalid.push(c);
      continue;
    }
    for (const one of cellsOf(r)) {
      const key = qualifiedAddress(one);
      if (seen.has(key)) continue;
      seen.add(key);
      targets.push(one);
    }
  }
  return { targets, invalid };
}

async function loadSheetsAndStore(context: Excel.RequestContext, counter: SyncCounter): Promise<{ sheets: Map<string, SheetInfo>; setting: Excel.Setting }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load("value");
  await counter.sync();
  const sheets = new Map<string, SheetInfo>();
  for (const ws of worksheets.items) sheets.set(ws.name, { protected: ws.protection.protected });
  return { sheets, setting };
}

function skipReason(sheets: Map<string, SheetInfo>, sheet: string): SkipReason | null {
  const info = sheets.get(sheet);
  if (!info) return "missing-sheet";
  return info.protected ? "protected" : null;
}

function cellRange(context: Excel.RequestContext, r: SheetRect): Excel.Range {
  return context.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.top, r.left, 1, 1);
}

/** Highlights the cells, saving each one's own fill first (once: cells already highlighted keep their first original). */
export async function highlightAll(cells: string[], options: HighlightOptions = {}): Promise<HighlightResult> {
  const env = options.env ?? globalEnv();
  const color = options.fill ?? HIGHLIGHT_FILL;
  const { targets, invalid } = expand(cells);
  const skipped: Skipped[] = invalid.map((address) => ({ address, reason: "invalid-address" as const }));
  if (targets.length === 0) return { highlighted: [], skipped, syncs: 0 };
  const exact = env.isSetSupported("ExcelApi", FILL_DETAIL_SET);

  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const { sheets, setting } = await loadSheetsAndStore(context, counter);
    const store = setting.isNullObject ? [] : parseStore(setting.value);
    const stored = new Set(store.map((s) => s.address));

    const apply: SheetRect[] = [];
    for (const t of targets) {
      const reason = skipReason(sheets, t.sheet);
      if (reason) skipped.push({ address: qualifiedAddress(t), reason });
      else apply.push(t);
    }
    if (apply.length === 0) return { highlighted: [], skipped, syncs: counter.count };

    // Sync 2: the own fills of cells not highlighted yet.
    const fresh = apply.filter((t) => !stored.has(qualifiedAddress(t)));
    if (fresh.length > 0) {
      const reads = fresh.map((t) => {
        const fill = cellRange(context, t).format.fill;
        fill.load(exact ? "color,tintAndShade,pattern" : "color");
        return { t, fill };
      });
      await counter.sync();
      for (const r of reads) {
        const f = r.fill;
        const props: FillProps = exact ? { color: f.color, tintAndShade: f.tintAndShade, pattern: f.pattern } : { color: f.color };
        store.push(storedFill(qualifiedAddress(r.t), props, exact));
        stored.add(qualifiedAddress(r.t));
      }
    }

    // Sync 3: originals saved first, then the highlight.
    context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(store));
    for (const t of apply) cellRange(context, t).format.fill.color = color;
    await counter.sync();
    return { highlighted: apply.map(qualifiedAddress), skipped, syncs: counter.count };
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
  const pattern = f?.pattern;
  if (exact && pattern && pattern !== "Solid" && pattern !== "None") {
    out.pattern = pattern;
    if (f?.patternColor) out.patternColor = f.patternColor;
  }
  return out;
}

/** Puts back every stored fill (no fill is cleared, not painted white) and removes the store. */
export async function clearHighlights(options: HighlightOptions = {}): Promise<ClearResult> {
  const env = options.env ?? globalEnv();
  const patterns = env.isSetSupported("ExcelApi", FILL_DETAIL_SET);
  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const { sheets, setting } = await loadSheetsAndStore(context, counter);
    if (setting.isNullObject) return { restored: [], skipped: [], syncs: counter.count };
    const store = parseStore(setting.value);
    const restored: string[] = [];
    const skipped: Skipped[] = [];
    const keep: StoredFill[] = [];
    for (const s of store) {
      const r = parseQualified(s.address);
      const reason: SkipReason | null = r ? skipReason(sheets, r.sheet) : "invalid-address";
      if (!r || reason) {
        skipped.push({ address: s.address, reason: reason ?? "invalid-address" });
        if (reason !== "invalid-address") keep.push(s);
        continue;
      }
      const fill = cellRange(context, r).format.fill;
      if (s.fill === null) fill.clear();
      else {
        fill.color = s.fill;
        if (s.pattern && patterns) {
          fill.pattern = s.pattern as Excel.FillPattern;
          if (s.patternColor) fill.patternColor = s.patternColor;
        }
      }
      restored.push(s.address);
    }
    if (keep.length > 0) context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(keep));
    else context.workbook.settings.getItem(HIGHLIGHT_SETTING).delete();
    await counter.sync();
    return { restored, skipped, syncs: counter.count };
  });
}
