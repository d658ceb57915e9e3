/**
 * Cell edits in a copy of an .xlsx that keeps the package as it is: only the sheet parts holding edited cells change, and
 * in them only the edited <c> elements. Text goes in as an inline string (the shared strings stay untouched) with the
 * cell's style, and a rich text keeps its runs.
 */
import type { Ref } from "../core/model";
import { escapeXml, unescapeXml } from "./xml-text";
import { locateParts } from "./xlsx-reader";
import { ZipArchive } from "./zip-archive";

export interface CellEdit {
  ref: Ref;
  /** What the cell holds now (the edit is refused when its XML says otherwise) and what it becomes. */
  before: string | number;
  after: string | number;
}

/** changed: the cell is missing, a formula, or not `before`; rich-text: the change spans runs of different formatting, or the text has phonetic guides. */
export type EditRefusal = "changed" | "rich-text";

export interface EditResult<E extends CellEdit> {
  data: Buffer;
  applied: E[];
  refused: Array<{ edit: E; reason: EditRefusal }>;
}

// Parts are scanned as latin1 (one char per byte): offsets are byte offsets, and every byte outside an edit is kept as it was.
const utf8Of = (latin1: string): string => Buffer.from(latin1, "latin1").toString("utf8");
const latin1Of = (text: string): string => Buffer.from(text, "utf8").toString("latin1");

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1]!, m[2] ?? m[3] ?? "");
  return out;
}

// "AB12" → 0-based column and row (row -1 without digits).
function decodeRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d*)$/.exec(ref);
  if (!m) return { row: -1, col: -1 };
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: m[2] ? Number(m[2]) - 1 : -1, col: col - 1 };
}

/** The text of an XML text node as a reader sees it: entities, line ends, then OOXML's _xHHHH_ escapes. */
function decodeText(raw: string): string {
  const xml = unescapeXml(utf8Of(raw).replace(/\r\n?/g, "\n"));
  return xml.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text for a <t>: characters XML cannot hold, CR, and an underscore that would read as an escape written as _xHHHH_. */
function encodeText(text: string): string {
  const hex = (c: number) => `_x${c.toString(16).toUpperCase().padStart(4, "0")}_`;
  let escaped = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const invalid = (c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0xfffe || c === 0xffff;
    escaped += invalid || (c === 0x5f && /^x[0-9A-Fa-f]{4}_/.test(text.slice(i + 1, i + 7))) ? hex(c) : text[i];
  }
  return latin1Of(escapeXml(escaped));
}

interface CellSpan {
  start: number;
  end: number;
  /** The element's prefix ("" or "x:"), its attributes, and what stands between its tags. */
  prefix: string;
  attrs: Map<string, string>;
  inner: string;
}

/** The <c> elements at the wanted positions ("row,col", 0-based) of a worksheet's XML. */
function findCells(xml: string, wanted: Set<string>): Map<string, CellSpan> {
  const found = new Map<string, CellSpan>();
  const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open || open[2]) return found;
  const dataEnd = xml.indexOf(`</${open[1]}sheetData>`, open.index);
  const tag = /<((?:[\w.-]+:)?)(row|c)\b([^>]*?)(\/?)>/g;
  tag.lastIndex = open.index + open[0].length;
  let row = -1;
  let col = -1;
  for (let m = tag.exec(xml); m && (dataEnd < 0 || m.index < dataEnd); m = tag.exec(xml)) {
    const attrs = attributes(m[3]!);
    const r = attrs.get("r");
    if (m[2] === "row") {
      row = r !== undefined && /^\d+$/.test(r) ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    const at = r !== undefined ? decodeRef(r) : { row: -1, col: -1 };
    col = at.col >= 0 ? at.col : col + 1;
    // A cell whose reference names another row than its <row> (seen in hand-made files) is where it says, as the reader has it.
    if (at.row >= 0) row = at.row;
    const innerStart = m.index + m[0].length;
    let end = innerStart;
    let inner = "";
    if (!m[4]) {
      const close = `</${m[1]}c>`;
      const closeAt = xml.indexOf(close, innerStart);
      if (closeAt < 0) break;
      inner = xml.slice(innerStart, closeAt);
      end = closeAt + close.length;
      tag.lastIndex = end;
    }
    const key = `${row},${col}`;
    if (wanted.has(key)) found.set(key, { start: m.index, end, prefix: m[1]!, attrs, inner });
  }
  return found;
}

/** The <si> elements of the shared strings part, by index: what stands between their tags. */
export function sharedItems(xml: string): string[] {
  const items: string[] = [];
  const si = /<((?:[\w.-]+:)?)si\b[^>]*?(\/?)>/g;
  for (let m = si.exec(xml); m; m = si.exec(xml)) {
    if (m[2]) {
      items.push("");
      continue;
    }
    const close = `</${m[1]}si>`;
    const at = xml.indexOf(close, si.lastIndex);
    if (at < 0) break;
    items.push(xml.slice(si.lastIndex, at));
    si.lastIndex = at + close.length;
  }
  return items;
}

interface TextRun {
  /** The run's <t> element: where it stands in the string's XML, its prefix, and its text. */
  start: number;
  end: number;
  prefix: string;
  text: string;
}

const T_ELEMENT = /<((?:[\w.-]+:)?)t\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1t>)/;

/** The text runs of a string item (<si> or <is>): one per <r>, or the single <t> of a plain text; null for no text. */
function textRuns(xml: string): TextRun[] | null {
  const t = (from: number, to: number): TextRun | null => {
    const m = T_ELEMENT.exec(xml.slice(from, to));
    return m ? { start: from + m.index, end: from + m.index + m[0].length, prefix: m[1]!, text: decodeText(m[2] ?? "") } : null;
  };
  const runs: TextRun[] = [];
  for (const m of xml.matchAll(/<((?:[\w.-]+:)?)r\b[^>]*>([\s\S]*?)<\/\1r>/g)) {
    const run = t(m.index, m.index + m[0].length);
    if (run) runs.push(run);
  }
  if (runs.length) return runs;
  const plain = t(0, xml.length);
  return plain ? [plain] : null;
}

/** The run a change from `before` to `after` lies in, and the run's new text; null when the change spans runs. */
function editRun(runs: TextRun[], before: string, after: string): { run: TextRun; text: string } | null {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  const end = before.length - q;
  let start = 0;
  for (const run of runs) {
    const stop = start + run.text.length;
    // An insertion at a boundary joins the run before it, as typing there would.
    const holds = p === end ? (start < p || (p === 0 && start === 0)) && p <= stop : start <= p && p < stop && end <= stop;
    if (holds) return { run, text: run.text.slice(0, p - start) + after.slice(p, after.length - q) + run.text.slice(end - start) };
    start = stop;
  }
  return null;
}

/** A string item's XML in the cell's prefix: shared strings may be written with another one than the sheet. */
export function inPrefix(xml: string, prefix: string): string {
  return xml.replace(/<(\/?)(?:[\w.-]+:)?(?=[A-Za-z_])/g, `<$1${prefix}`);
}

type Planned = { xml: string } | { refused: EditRefusal };

/** The new <c> element for an edit, or why not. */
function editedCell(cell: CellSpan, edit: CellEdit, shared: readonly string[]): Planned {
  const p = cell.prefix;
  const pre = p.replace(/\./g, "\\.");
  const element = (name: string) => new RegExp(`<${pre}${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${pre}${name}>)`);
  if (element("f").test(cell.inner)) return { refused: "changed" };
  const type = cell.attrs.get("t");
  const v = element("v").exec(cell.inner)?.[1];
  // The text item the cell shows (a shared <si>, already in the cell's prefix, or its own <is>), when it shows text.
  let item: string | null = null;
  if (type === "s") {
    const si = v !== undefined ? shared[Number(v)] : undefined;
    if (si === undefined) return { refused: "changed" };
    item = inPrefix(si, p);
  } else if (type === "inlineStr") {
    item = element("is").exec(cell.inner)?.[1] ?? null;
    if (item === null) return { refused: "changed" };
  }

  const attrs = ["r", "s"].flatMap((a) => (cell.attrs.has(a) ? [` ${a}="${cell.attrs.get(a)!}"`] : [])).join("");
  const inline = (is: string) => ({ xml: `<${p}c${attrs} t="inlineStr"><${p}is>${is}</${p}is></${p}c>` });
  const plainText = (text: string) => `<${p}t xml:space="preserve">${encodeText(text)}</${p}t>`;
  const written = (after: string | number): Planned =>
    typeof after === "number" ? { xml: `<${p}c${attrs}><${p}v>${String(after)}</${p}v></${p}c>` } : inline(plainText(after));

  if (item === null) {
    // A number, or a text written straight into <v> (t="str").
    const now = type === "str" ? (v === undefined ? undefined : decodeText(v)) : type === undefined || type === "n" ? Number(v) : undefined;
    return v !== undefined && now === edit.before ? written(edit.after) : { refused: "changed" };
  }
  const runs = textRuns(item) ?? [];
  if (runs.map((r) => r.text).join("") !== edit.before) return { refused: "changed" };
  if (typeof edit.after === "number") return written(edit.after);
  // Phonetic guides point at character positions that the edit would move.
  if (element("rPh").test(item)) return { refused: "rich-text" };
  const change = editRun(runs, edit.before, edit.after);
  if (!change) return { refused: "rich-text" };
  const run = change.run;
  return inline(item.slice(0, run.start) + `<${run.prefix}t xml:space="preserve">${encodeText(change.text)}</${run.prefix}t>` + item.slice(run.end));
}

async function partBytes(zip: ZipArchive, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of zip.read(name)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The package with the edits applied, and the edits refused (their cells left as they were). Throws WorkbookReadError for a package it cannot read. */
export async function editCells<E extends CellEdit>(pkg: Buffer, edits: readonly E[]): Promise<EditResult<E>> {
  const zip = await ZipArchive.open(pkg);
  try {
    const map = await locateParts(zip);
    const applied: E[] = [];
    const refused: EditResult<E>["refused"] = [];
    const bySheet = new Map<string, E[]>();
    for (const e of edits) {
      const list = bySheet.get(e.ref.sheet) ?? [];
      list.push(e);
      bySheet.set(e.ref.sheet, list);
    }

    const shared = map.sharedStrings ? sharedItems((await partBytes(zip, map.sharedStrings)).toString("latin1")) : [];

    const replaced = new Map<string, Buffer>();
    for (const [sheet, list] of bySheet) {
      const part = map.sheets.find((s) => s.entry.name === sheet)?.part;
      if (!part) {
        list.forEach((edit) => refused.push({ edit, reason: "changed" }));
        continue;
      }
      const xml = (await partBytes(zip, part)).toString("latin1");
      const key = (e: CellEdit) => `${e.ref.row},${e.ref.col}`;
      const cells = findCells(xml, new Set(list.map(key)));
      const splices: Array<{ start: number; end: number; xml: string }> = [];
      for (const edit of list) {
        const cell = cells.get(key(edit));
        // Taken: a second edit of one cell would overlap the first.
        cells.delete(key(edit));
        const planned: Planned = cell ? editedCell(cell, edit, shared) : { refused: "changed" };
        if ("refused" in planned) refused.push({ edit, reason: planned.refused });
        else {
          splices.push({ start: cell!.start, end: cell!.end, xml: planned.xml });
          applied.push(edit);
        }
      }
      if (!splices.length) continue;
      splices.sort((a, b) => a.start - b.start);
      const pieces: string[] = [];
      let at = 0;
      for (const s of splices) {
        pieces.push(xml.slice(at, s.start), s.xml);
        at = s.end;
      }
      pieces.push(xml.slice(at));
      replaced.set(part, Buffer.from(pieces.join(""), "latin1"));
    }
    return { data: replaced.size ? await zip.replaceParts(replaced) : pkg, applied, refused };
  } finally {
    await zip.close();
  }
}
