/**
 * SAX parsers for the small .xlsx parts (workbook, relationships, styles), and what the worksheet readers share: the
 * cell values by type, merges, placing a cell under the ceilings. Worksheets and shared strings are scanned as bytes
 * (src/io/sheet-scanner.ts).
 */
import { SaxesParser } from "saxes";
import type { CellGrid, StringTable } from "../core/grid";
import type { CellValue, MergeRange, PlainRows } from "../core/snapshot";
import { parseA1 } from "../core/address";
import { builtinFormat, isGeneral } from "./number-formats";
import { LIMITS, type Limits } from "./limits";
import { overLimit } from "./read-error";

interface SaxTag {
  name: string;
  attributes: Record<string, string>;
}
export type SaxEvent = { eventType: "opentag" | "closetag"; value: SaxTag } | { eventType: "text"; value: string };

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

export function events(chunks: PartChunks): AsyncIterable<SaxEvent[]> {
  return parseSax(utf8(chunks));
}

// Files written with a namespace prefix (<x:c>) mean the same as unprefixed ones.
export function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * A copy of s that does not keep the parser's whole input chunk alive: saxes hands out slices of its 64 KB chunk
 * strings, and a kept cell value would otherwise retain the entire sheet XML in memory.
 */
export function own(s: string): string {
  // V8 copies strings under 13 characters anyway; for longer ones, concatenating flattens into a fresh string.
  return s.length < 13 ? s : (" " + s).slice(1);
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (Excel writes _x000D_ for CR).
export function unescapeX(s: string): string {
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
  /** The part's root is <workbook>: a Word or PowerPoint package names its own main part as the office document. */
  isWorkbook: boolean;
}

export async function readWorkbookPart(chunks: PartChunks): Promise<WorkbookPart> {
  const sheets: WorkbookSheetEntry[] = [];
  let date1904 = false;
  let root: string | undefined;
  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType !== "opentag") continue;
      const name = local(e.value.name);
      root ??= name;
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
  return { sheets, date1904, isWorkbook: root === "workbook" };
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
// worksheets: what the sheet readers share (src/io/sheet-scanner.ts reads the parts)

export interface SheetPart {
  rows: PlainRows | CellGrid;
  merges: MergeRange[];
}

export interface SheetContext {
  strings: StringTable;
  /** Cells with content read so far in the workbook, shared by its sheets, and the ceilings (default LIMITS). */
  read?: { cells: number; limits: Limits };
  /** Number format of each cell style (index = the s attribute); undefined for General. */
  formats: ReadonlyArray<string | undefined>;
  /** Adjusts a numeric value for its format (1904 dates become 1900-system serials). */
  adjust: (v: number, fmt: string) => number;
}

/** A cell's t attribute: n (or absent, or anything unknown) is a number. */
export const T_NUM = 0;
export const T_S = 1;
export const T_INLINE = 2;
export const T_STR = 3;
export const T_B = 4;
export const T_E = 5;
export const T_D = 6;

export function cellType(t: string | undefined): number {
  switch (t) {
    case "s":
      return T_S;
    case "inlineStr":
      return T_INLINE;
    case "str":
      return T_STR;
    case "b":
      return T_B;
    case "e":
      return T_E;
    case "d":
      return T_D;
    default:
      return T_NUM;
  }
}

export function parseMerge(ref: string): MergeRange | null {
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

export function parseNumber(text: string): CellValue {
  const n = Number(text);
  if (text.trim() === "" || Number.isNaN(n)) return own(text);
  // A value past the double range ("1e400") is what Excel shows as #NUM!, not a number to compute with.
  return Number.isFinite(n) ? n : { error: "#NUM!" };
}

// The cached result of a formula, typed by the cell's t attribute.
function formulaResult(t: number, text: string | undefined): CellValue {
  if (text === undefined) return null;
  switch (t) {
    case T_STR:
      return unescapeX(text);
    case T_B:
      return text === "1" || text === "true";
    case T_E:
      return { error: own(text) };
    default:
      return text === "" ? null : parseNumber(text);
  }
}

// Strict OOXML may store dates as t="d" with an ISO string; turn it into a 1900-system serial.
export function isoToSerial(text: string): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : text + "Z");
  if (Number.isNaN(ms)) return text;
  return ms / 86400000 + 25569;
}

/**
 * A cell's value from its type, its <v> text and its inline string (undefined where the cell has none); undefined
 * when a cell without a formula holds nothing, as styled but empty cells do.
 */
export function cellValue(t: number, hasFormula: boolean, vText: string | undefined, isText: string | undefined, strings: StringTable): CellValue | undefined {
  if (hasFormula) return t === T_S && vText !== undefined ? (strings.get(Number(vText)) ?? "") : formulaResult(t, vText);
  let v: CellValue;
  switch (t) {
    case T_S:
      v = vText === undefined ? null : (strings.get(Number(vText)) ?? null);
      break;
    case T_INLINE:
      v = isText === undefined ? null : unescapeX(isText);
      break;
    case T_STR:
      v = vText === undefined ? null : unescapeX(vText);
      break;
    case T_B:
      v = vText === undefined ? null : vText === "1" || vText === "true";
      break;
    case T_E:
      v = vText === undefined ? null : { error: own(vText) };
      break;
    case T_D:
      v = vText === undefined ? null : isoToSerial(vText);
      break;
    default:
      v = vText === undefined || vText === "" ? null : parseNumber(vText);
  }
  return v === null || v === "" ? undefined : v;
}
