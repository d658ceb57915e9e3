/** SAX parsers for the .xlsx parts we read: workbook, shared strings, styles and worksheets (cells and merges). */
import { SaxesParser } from "saxes";
import type { Cell, CellValue, MergeRange } from "../core/snapshot";
import { parseA1 } from "../core/address";
import { builtinFormat, isGeneral } from "./number-formats";
import { shiftFormula, tidyFormula } from "./formula-text";
import { LIMITS, type Limits } from "./limits";
import { overLimit } from "./read-error";

interface SaxTag {
  name: string;
  attributes: Record<string, string>;
}
type SaxEvent = { eventType: "opentag" | "closetag"; value: SaxTag } | { eventType: "text"; value: string };

/**
 * saxes events, gathered per input chunk: one async step per chunk rather than per tag keeps the event-loop overhead low.
 * The depth of elements and the length of the text saxes is gathering (a text node or an attribute value) are held to
 * their ceilings while parsing, before a crafted part can fill the memory.
 */
async function* parseSax(chunks: AsyncIterable<string>): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  // saxes keeps the text or attribute value it is reading in this field until the node ends.
  const pending = parser as unknown as { text?: string };
  let error: Error | null = null;
  let batch: SaxEvent[] = [];
  let depth = 0;
  parser.on("error", (e) => {
    error = e;
  });
  parser.on("opentag", (t) => {
    if (!t.isSelfClosing && ++depth > LIMITS.depth) throw overLimit("depth");
    batch.push({ eventType: "opentag", value: { name: t.name, attributes: t.attributes as Record<string, string> } });
  });
  parser.on("text", (t) => {
    if (t.length > LIMITS.stringChars) throw overLimit("stringChars");
    batch.push({ eventType: "text", value: t });
  });
  parser.on("closetag", (t) => {
    if (!t.isSelfClosing) depth--;
    batch.push({ eventType: "closetag", value: { name: t.name, attributes: t.attributes as Record<string, string> } });
  });
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (error) throw error;
    if ((pending.text?.length ?? 0) > LIMITS.stringChars) throw overLimit("stringChars");
    yield batch;
    batch = [];
  }
  parser.close();
  if (error) throw error;
  if (batch.length) yield batch;
}

/** Raw bytes of one part, as the zip reader hands them over. */
export type PartChunks = AsyncIterable<Buffer | string>;

// Decodes with a streaming decoder: exceljs decodes each chunk on its own and so breaks a CJK character split across chunks.
async function* utf8(chunks: PartChunks): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const s = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (s) yield s;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function events(chunks: PartChunks): AsyncIterable<SaxEvent[]> {
  return parseSax(utf8(chunks));
}

// Files written with a namespace prefix (<x:c>) mean the same as unprefixed ones.
function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * A copy of s that does not keep the parser's whole input chunk alive: saxes hands out slices of its 64 KB chunk
 * strings, and a kept cell value would otherwise retain the entire sheet XML in memory.
 */
function own(s: string): string {
  // V8 copies strings under 13 characters anyway; for longer ones, concatenating flattens into a fresh string.
  return s.length < 13 ? s : (" " + s).slice(1);
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (Excel writes _x000D_ for CR).
function unescapeX(s: string): string {
  if (!s.includes("_x")) return own(s);
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// workbook.xml

export interface WorkbookSheetEntry {
  name: string;
  /** Relationship id of the sheet part. */
  rId: string;
  hidden: boolean;
}

export interface WorkbookPart {
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
}

export async function readWorkbookPart(chunks: PartChunks): Promise<WorkbookPart> {
  const sheets: WorkbookSheetEntry[] = [];
  let date1904 = false;
  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType !== "opentag") continue;
      const name = local(e.value.name);
      const a = e.value.attributes;
      if (name === "workbookPr") {
        date1904 = a.date1904 === "1" || a.date1904 === "true";
      } else if (name === "sheet") {
        // The relationship attribute's prefix varies between writers; only its local name "id" is fixed.
        const rIdKey = Object.keys(a).find((k) => k.includes(":") && local(k) === "id");
        const state = a.state;
        // Attributes are held to the ceiling while parsed (parseSax); a name just over it is caught here.
        if ((a.name ?? "").length > LIMITS.stringChars) throw overLimit("stringChars");
        sheets.push({ name: a.name ?? "", rId: rIdKey ? (a[rIdKey] ?? "") : "", hidden: state === "hidden" || state === "veryHidden" });
      }
    }
  }
  return { sheets, date1904 };
}

// ---------------------------------------------------------------------------------------------
// relationships (_rels/.rels, xl/_rels/workbook.xml.rels)

export interface Relationship {
  id: string;
  /** The type URI; compare by its last segment, which transitional and strict OOXML share. */
  type: string;
  target: string;
  external: boolean;
}

export async function readRelationships(chunks: PartChunks): Promise<Relationship[]> {
  const out: Relationship[] = [];
  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType !== "opentag" || local(e.value.name) !== "Relationship") continue;
      const a = e.value.attributes;
      out.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// sharedStrings.xml

/** Every shared string as plain text: rich-text runs joined, phonetic (rPh) runs left out. */
export async function readSharedStrings(chunks: PartChunks): Promise<string[]> {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let buf = "";
  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType === "text") {
        if (inT) buf += e.value;
        continue;
      }
      const name = local(e.value.name);
      if (e.eventType === "opentag") {
        if (name === "si") {
          inSi = true;
          buf = "";
        } else if (name === "rPh") phonetic++;
        else if (name === "t" && inSi && phonetic === 0) inT = true;
      } else if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        out.push(unescapeX(buf));
        inSi = false;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// styles.xml

/** Number format code of each cell style (index = the s attribute); undefined for General. */
export async function readCellFormats(chunks: PartChunks): Promise<Array<string | undefined>> {
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType === "text") continue;
      const name = local(e.value.name);
      const open = e.eventType === "opentag";
      if (name === "numFmts") inNumFmts = open;
      else if (name === "cellXfs") inCellXfs = open;
      else if (open && name === "numFmt" && inNumFmts) {
        const id = Number(e.value.attributes.numFmtId);
        const code = e.value.attributes.formatCode;
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (open && name === "xf" && inCellXfs) {
        xfNumFmtIds.push(Number(e.value.attributes.numFmtId ?? 0) || 0);
      }
    }
  }
  return xfNumFmtIds.map((id) => {
    const code = custom.get(id) ?? builtinFormat(id);
    return code === undefined || isGeneral(code) ? undefined : code;
  });
}

// ---------------------------------------------------------------------------------------------
// worksheets

export interface SheetPart {
  rows: Array<Array<Cell | undefined> | undefined>;
  merges: MergeRange[];
}

export interface SheetContext {
  strings: readonly string[];
  /** Cells with content read so far in the workbook, shared by its sheets, and the ceilings (default LIMITS). */
  read?: { cells: number; limits: Limits };
  /** Number format of each cell style (index = the s attribute); undefined for General. */
  formats: ReadonlyArray<string | undefined>;
  /** Adjusts a numeric value for its format (1904 dates become 1900-system serials). */
  adjust: (v: number, fmt: string) => number;
}

const enum Capture {
  None,
  Formula,
  Value,
  InlineText,
}

// Column (0-based) and row (0-based, -1 when absent) of "AB12" without a regex: this runs once per cell.
function decodeRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      digits++;
    } else if (c !== 36) break;
  }
  return { col: col - 1, row: digits ? row - 1 : -1 };
}

function parseMerge(ref: string): MergeRange | null {
  const [a, b] = ref.split(":");
  const tl = a ? parseA1(a) : null;
  const br = b ? parseA1(b) : tl;
  if (!tl || !br) return null;
  if (Math.max(tl.row, br.row) >= LIMITS.rows) throw overLimit("rows");
  if (Math.max(tl.col, br.col) >= LIMITS.columns) throw overLimit("columns");
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

function parseNumber(text: string): CellValue {
  const n = Number(text);
  if (text.trim() === "" || Number.isNaN(n)) return own(text);
  // A value past the double range ("1e400") is what Excel shows as #NUM!, not a number to compute with.
  return Number.isFinite(n) ? n : { error: "#NUM!" };
}

// The cached result of a formula, typed by the cell's t attribute.
function formulaResult(t: string | undefined, text: string | undefined): CellValue {
  if (text === undefined) return null;
  switch (t) {
    case "str":
      return unescapeX(text);
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: own(text) };
    default:
      return text === "" ? null : parseNumber(text);
  }
}

// Strict OOXML may store dates as t="d" with an ISO string; turn it into a 1900-system serial.
function isoToSerial(text: string): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : text + "Z");
  if (Number.isNaN(ms)) return text;
  return ms / 86400000 + 25569;
}

/** Reads one worksheet's XML into sparse rows of compact cells, plus its merged ranges. */
export async function readSheetPart(chunks: PartChunks, ctx: SheetContext): Promise<SheetPart> {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const merges: MergeRange[] = [];
  const masters = new Map<string, { f: string; row: number; col: number }>();

  let rowIdx = -1;
  let cells: Array<Cell | undefined> | null = null;
  let inCell = false;
  let col = -1;
  let t: string | undefined;
  let s = 0;
  let capture = Capture.None;
  let fText: string | undefined;
  let fShared: { si: string; master: boolean } | undefined;
  let vText: string | undefined;
  let isText: string | undefined;
  let phonetic = 0;
  let sheetCells = 0;
  const read = ctx.read ?? { cells: 0, limits: LIMITS };

  const finishCell = (): void => {
    let v: CellValue;
    let f: string | undefined;
    if (fText !== undefined || fShared !== undefined) {
      if (fText) f = own(tidyFormula(fText));
      if (fShared) {
        if (fShared.master && f !== undefined) masters.set(fShared.si, { f, row: rowIdx, col });
        else if (!fText) {
          const m = masters.get(fShared.si);
          if (m) f = shiftFormula(m.f, rowIdx - m.row, col - m.col);
        }
      }
    }
    if (f !== undefined) {
      v = t === "s" && vText !== undefined ? (ctx.strings[Number(vText)] ?? "") : formulaResult(t, vText);
    } else {
      switch (t) {
        case "s":
          v = vText === undefined ? null : (ctx.strings[Number(vText)] ?? null);
          break;
        case "inlineStr":
          v = isText === undefined ? null : unescapeX(isText);
          break;
        case "str":
          v = vText === undefined ? null : unescapeX(vText);
          break;
        case "b":
          v = vText === undefined ? null : vText === "1" || vText === "true";
          break;
        case "e":
          v = vText === undefined ? null : { error: own(vText) };
          break;
        case "d":
          v = vText === undefined ? null : isoToSerial(vText);
          break;
        default:
          v = vText === undefined || vText === "" ? null : parseNumber(vText);
      }
      // Styled but empty cells are not "non-empty cells".
      if (v === null || v === "") return;
    }

    const fmt = ctx.formats[s];
    if (fmt !== undefined && typeof v === "number") v = ctx.adjust(v, fmt);
    // Only the properties a cell has: fewer hidden-class variants and less memory per cell.
    let cell: Cell;
    if (f === undefined) cell = fmt === undefined ? { v } : { v, fmt };
    else cell = fmt === undefined ? { v, f } : { v, f, fmt };
    if (++sheetCells > read.limits.cellsPerSheet) throw overLimit("cellsPerSheet");
    if (++read.cells > read.limits.cells) throw overLimit("cells");
    if (!cells) {
      cells = [];
      rows[rowIdx] = cells;
    }
    cells[col] = cell;
  };

  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType === "text") {
        switch (capture) {
          case Capture.None:
            break;
          case Capture.Formula:
            fText = (fText ?? "") + e.value;
            break;
          case Capture.Value:
            vText = (vText ?? "") + e.value;
            break;
          case Capture.InlineText:
            if (phonetic === 0) isText = (isText ?? "") + e.value;
            break;
        }
        continue;
      }
      const name = local(e.value.name);
      if (e.eventType === "opentag") {
        const a = e.value.attributes;
        switch (name) {
          case "row": {
            const r = a.r !== undefined ? Number(a.r) - 1 : rowIdx + 1;
            rowIdx = Number.isInteger(r) && r >= 0 ? r : rowIdx + 1;
            // Past Excel's grid: a crafted index would make the sheet an array of billions of holes.
            if (rowIdx >= LIMITS.rows) throw overLimit("rows");
            cells = rows[rowIdx] ?? null;
            col = -1;
            break;
          }
          case "c": {
            inCell = true;
            const ref = a.r;
            if (ref !== undefined) {
              const d = decodeRef(ref);
              if (d.col >= LIMITS.columns) throw overLimit("columns");
              if (d.row >= LIMITS.rows) throw overLimit("rows");
              col = d.col;
              // A cell whose reference names another row than its <row> (seen in hand-made files) goes where it says.
              if (d.row >= 0 && d.row !== rowIdx) {
                rowIdx = d.row;
                cells = rows[rowIdx] ?? null;
              }
            } else if (++col >= LIMITS.columns) throw overLimit("columns");
            t = a.t;
            s = a.s !== undefined ? Number(a.s) || 0 : 0;
            fText = undefined;
            fShared = undefined;
            vText = undefined;
            isText = undefined;
            break;
          }
          case "f":
            if (inCell) {
              capture = Capture.Formula;
              if (a.t === "shared" && a.si !== undefined) fShared = { si: a.si, master: a.ref !== undefined };
            }
            break;
          case "v":
            if (inCell) {
              capture = Capture.Value;
              vText = vText ?? "";
            }
            break;
          case "is":
            if (inCell) isText = "";
            break;
          case "t":
            if (inCell && isText !== undefined) capture = Capture.InlineText;
            break;
          case "rPh":
            phonetic++;
            break;
          case "mergeCell": {
            const m = a.ref ? parseMerge(a.ref) : null;
            if (m) merges.push(m);
            break;
          }
        }
      } else {
        switch (name) {
          case "f":
          case "v":
          case "t":
            capture = Capture.None;
            break;
          case "rPh":
            phonetic--;
            break;
          case "c":
            if (inCell && col >= 0 && rowIdx >= 0) finishCell();
            inCell = false;
            capture = Capture.None;
            break;
          case "row":
            // A fresh array has room for 16 cells; a copy is sized to the row, which matters over a million rows.
            if (cells) rows[rowIdx] = cells.slice();
            cells = null;
            break;
        }
      }
    }
  }
  return { rows, merges };
}
