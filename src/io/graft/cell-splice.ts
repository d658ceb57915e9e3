/**
 * A user's sheet written into (with consent): the composed cells at the positions the write owns go into the sheet's
 * own <sheetData>, and every other row and cell keeps its XML as it was. A row that gains a written cell keeps its own
 * attributes, but takes the composed height where the write set one.
 */

interface Span {
  start: number;
  end: number;
}

interface CellAt extends Span {
  col: number;
}

interface RowAt extends Span {
  row: number;
  /** The start tag as written (a self-closing row has no cells). */
  open: string;
  prefix: string;
  cells: CellAt[];
}

/** 0-based column of a cell reference, or -1. */
function colOf(ref: string | undefined): number {
  const m = /^\$?([A-Za-z]+)/.exec(ref ?? "");
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

/** The rows of a sheet part, and where its <sheetData> content lies. */
function scanRows(xml: string): { rows: RowAt[]; body: Span } | undefined {
  const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return undefined;
  const bodyStart = open.index + open[0].length;
  if (open[2]) return { rows: [], body: { start: bodyStart, end: bodyStart } };
  const bodyEnd = xml.indexOf(`</${open[1]}sheetData>`, bodyStart);
  const rows: RowAt[] = [];
  const tag = /<((?:[\w.-]+:)?)row\b[^>]*?(\/?)>/g;
  tag.lastIndex = bodyStart;
  let last = -1;
  for (let m = tag.exec(xml); m && m.index < bodyEnd; m = tag.exec(xml)) {
    const r = attr(m[0], "r");
    const row = r !== undefined && /^\d+$/.test(r) ? Number(r) - 1 : last + 1;
    last = row;
    const at: RowAt = { row, open: m[0], prefix: m[1]!, cells: [], start: m.index, end: m.index + m[0].length };
    if (!m[2]) {
      const close = `</${m[1]}row>`;
      const closeAt = xml.indexOf(close, at.end);
      let col = -1;
      const cell = /<((?:[\w.-]+:)?)c\b[^>]*?(\/?)>/g;
      cell.lastIndex = at.end;
      for (let c = cell.exec(xml); c && c.index < closeAt; c = cell.exec(xml)) {
        const ref = colOf(attr(c[0], "r"));
        col = ref >= 0 ? ref : col + 1;
        let end = c.index + c[0].length;
        if (!c[2]) end = xml.indexOf(`</${c[1]}c>`, end) + `</${c[1]}c>`.length;
        at.cells.push({ col, start: c.index, end });
        cell.lastIndex = end;
      }
      at.end = closeAt + close.length;
      tag.lastIndex = at.end;
    }
    rows.push(at);
  }
  return { rows, body: { start: bodyStart, end: bodyEnd } };
}

/** The row's start tag with the composed row's height, when the write gave it one; spans (a hint) dropped, as cells change. */
function rowTag(own: string, composed: string | undefined): string {
  let tag = own.replace(/\sspans\s*=\s*["'][^"']*["']/, "").replace(/\s*\/>$/, ">");
  if (composed && attr(composed, "customHeight") === "1") {
    tag = tag.replace(/\s(ht|customHeight)\s*=\s*["'][^"']*["']/g, "");
    tag = tag.replace(/>$/, ` ht="${attr(composed, "ht")}" customHeight="1">`);
  }
  return tag;
}

/**
 * `target`'s sheet part with the cells of `owned` ("row,col", 0-based) taken from `composed` (a sheet part of the same
 * namespaces and prefix: the caller adopts it first). Positions owned but empty in `composed` become empty here too.
 */
export function spliceCells(target: string, composed: string, owned: ReadonlySet<string>): string {
  const mine = scanRows(target);
  const theirs = scanRows(composed);
  if (!mine || !theirs) throw new Error("a worksheet part without <sheetData>");
  const byRow = new Map(theirs.rows.map((r) => [r.row, r]));
  const ownedRows = new Set([...owned].map((k) => Number(k.split(",")[0])));
  const cellsOf = (r: RowAt | undefined, xml: string, keep: (c: CellAt) => boolean) =>
    (r?.cells ?? []).filter(keep).map((c) => ({ col: c.col, xml: xml.slice(c.start, c.end) }));
  const isOwned = (row: number) => (c: CellAt) => owned.has(`${row},${c.col}`);

  const rowXml = (row: number, own: RowAt | undefined): string => {
    const src = byRow.get(row);
    const cells = [...cellsOf(own, target, (c) => !isOwned(row)(c)), ...cellsOf(src, composed, isOwned(row))].sort((a, b) => a.col - b.col);
    const p = own?.prefix ?? src?.prefix ?? "";
    const tag = own ? rowTag(own.open, src?.open) : rowTag(src!.open, undefined);
    return `${tag}${cells.map((c) => c.xml).join("")}</${p}row>`;
  };

  const pieces: string[] = [];
  let at = mine.body.start;
  const pending = [...ownedRows].filter((r) => !mine.rows.some((x) => x.row === r) && byRow.has(r)).sort((a, b) => a - b);
  for (const r of mine.rows) {
    while (pending.length && pending[0]! < r.row) pieces.push(rowXml(pending.shift()!, undefined));
    pieces.push(target.slice(at, r.start), ownedRows.has(r.row) ? rowXml(r.row, r) : target.slice(r.start, r.end));
    at = r.end;
  }
  for (const r of pending) pieces.push(rowXml(r, undefined));
  pieces.push(target.slice(at, mine.body.end));
  const body = pieces.join("");
  // An empty <sheetData/> is opened so that rows can go in.
  const open = /<((?:[\w.-]+:)?)sheetData\b([^>]*?)(\/?)>/.exec(target)!;
  const head = open[3] ? `<${open[1]}sheetData${open[2]}>` : target.slice(open.index, mine.body.start);
  const tail = open[3] ? `</${open[1]}sheetData>` : "";
  return target.slice(0, open.index) + head + body + tail + target.slice(mine.body.end);
}
