/**
 * A Word document's XML → the PlainWorkbook the engine checks. No Node imports: the task pane bundles it too.
 *
 * - 正文: the body's non-empty paragraphs in order, one per row in column A (row n = the n-th paragraph a person counts
 *   in Word, empty ones skipped), with heading levels in `outline`.
 * - 表1, 表2 …: each table in the order it starts (a nested table after the one holding it), laid out as Excel would:
 *   gridSpan and vMerge become merges with the text in the top-left cell, w:gridBefore leaves cells empty. A cell's
 *   paragraphs are joined by line breaks; a plain number ("1,065.25", "94.56%") is read as a number with its format.
 * - 文本框: the paragraphs of text boxes (one branch of mc:AlternateContent, so nothing is read twice).
 * - 脚注, 尾注: one note per row, numbered as Word numbers them (by where they are referenced).
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { Cell, DocumentPart, MergeRange, PlainSheet, PlainWorkbook } from "../../core/snapshot";
import { type Limits, limitsWith } from "../limits";
import { overLimit, WorkbookReadError } from "../read-error";

export interface DocxParts {
  /** The main part, word/document.xml. */
  document: string;
  footnotes?: string;
  endnotes?: string;
  /** word/styles.xml: tells which paragraph styles are headings (Chinese Word names its heading styles "1", "2" …). */
  styles?: string;
}

/** The sheet names a document is read into; the JSON's cells use them (正文!A12, 表2!C5). */
export const DOCX_SHEETS = {
  body: "正文",
  table: (n: number): string => `表${n}`,
  textboxes: "文本框",
  footnotes: "脚注",
  endnotes: "尾注",
} as const;

// Transitional and strict WordprocessingML.
const W_NS = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

// Deleted text, moved-away text and the old properties of tracked changes are not what the document says now.
const SKIPPED = new Set(["del", "moveFrom", "pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "tblGridChange"]);

const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/i;

interface Para {
  text: string;
  level: number | undefined;
}

interface OpenPara {
  parts: string[];
  /** Runs open in this paragraph: a w:tab or w:br counts only inside one (w:tabs in w:pPr are tab stops). */
  runs: number;
  style?: string;
  outline?: number;
  into: Para[];
}

interface OpenCell {
  col: number;
  span: number;
  vMerge?: "restart" | "continue";
  paras: Para[];
}

interface OpenTable {
  index: number;
  rows: Array<Array<Cell | undefined>>;
  merges: MergeRange[];
  row: number;
  col: number;
  /** Vertical merges still open, by their left column. */
  vertical: Map<number, MergeRange>;
  cell?: OpenCell;
  cells: number;
}

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return undefined;
}

function intAttr(tag: SaxesTagNS, local: string): number | undefined {
  const v = attr(tag, local);
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Walks one part's elements with saxes, skipping what is not the document's current text: deleted runs, the old
 * properties of tracked changes and mc:Fallback (the other branch of an mc:AlternateContent). Holds the XML to the
 * depth and text ceilings while parsing; malformed XML is a corrupt file.
 */
function walk(xml: string, limits: Limits, on: { open(t: SaxesTagNS): void; close(t: SaxesTagNS): void; text(s: string): void }): void {
  if (xml.length > limits.partBytes) throw overLimit("partBytes");
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let skipFrom = 0;
  parser.on("opentag", (t) => {
    if (!t.isSelfClosing && ++depth > limits.depth) throw overLimit("depth");
    if (skipFrom) return;
    const w = W_NS.has(t.uri);
    if ((w && SKIPPED.has(t.local)) || (t.uri === MC_NS && t.local === "Fallback")) {
      if (!t.isSelfClosing) skipFrom = depth;
      return;
    }
    if (w) on.open(t);
  });
  parser.on("closetag", (t) => {
    if (skipFrom) {
      if (!t.isSelfClosing && depth-- === skipFrom) skipFrom = 0;
      return;
    }
    if (!t.isSelfClosing) depth--;
    if (W_NS.has(t.uri)) on.close(t);
  });
  parser.on("text", (s) => {
    if (s.length > limits.stringChars) throw overLimit("stringChars");
    if (!skipFrom) on.text(s);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError("corrupt", { detail: "bad-xml", cause: e });
  }
}

/** Heading level per paragraph style id: its own outline level, a "heading N" / "标题 N" name, or its base style's. */
function headingStyles(xml: string | undefined, limits: Limits): (styleId: string) => number | undefined {
  const styles = new Map<string, { name?: string; basedOn?: string; outline?: number }>();
  let current: { name?: string; basedOn?: string; outline?: number } | undefined;
  if (xml) {
    walk(xml, limits, {
      open(t) {
        if (t.local === "style") {
          current = {};
          const id = attr(t, "styleId");
          if (id !== undefined && attr(t, "type") !== "character") styles.set(id, current);
        } else if (current && t.local === "name") current.name = attr(t, "val");
        else if (current && t.local === "basedOn") current.basedOn = attr(t, "val");
        else if (current && t.local === "outlineLvl") current.outline = intAttr(t, "val");
      },
      close(t) {
        if (t.local === "style") current = undefined;
      },
      text() {},
    });
  }
  const levelOf = (id: string, seen: number): number | undefined => {
    const s = styles.get(id);
    const byName = HEADING_STYLE.exec(s?.name ?? "") ?? HEADING_STYLE.exec(id);
    if (s?.outline !== undefined) return s.outline < 9 ? s.outline + 1 : undefined;
    if (byName) return Number(byName[1]);
    return s?.basedOn && seen < 20 ? levelOf(s.basedOn, seen + 1) : undefined;
  };
  return (id) => levelOf(id, 0);
}

/**
 * A table cell's text: a plain number, or an amount with its money unit ("372.29万元"), becomes a number with the format
 * Excel would show it in ('0.00"万元"'), as a clerk's workbook holds it; anything else stays text.
 */
function tableCell(text: string): Cell {
  const t = text.trim().replace(/^−/, "-");
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|万元|亿元|千元|元|万)?$/.exec(t);
  // Leading zeros (编号 "007") and digits past a double's precision (account numbers) are text, as Excel keeps them.
  const digits = m ? m[2]!.replace(/,/g, "") + (m[3] ?? "") : "";
  if (!m || (m[2]!.length > 1 && m[2]!.startsWith("0")) || digits.length > 15) return { v: text };
  const grouped = m[2]!.includes(",");
  const decimals = m[3]?.length ?? 0;
  const percent = m[4] === "%";
  const unit = m[4] && !percent ? `"${m[4]}"` : "";
  const number = `${m[1]}${m[2]!.replace(/,/g, "")}${decimals ? `.${m[3]}` : ""}`;
  const v = Number(percent ? `${number}e-2` : number);
  if (!grouped && !decimals && !m[4]) return { v, text: t };
  const fmt = `${grouped ? "#,##0" : "0"}${decimals ? `.${"0".repeat(decimals)}` : ""}${percent ? "%" : unit}`;
  return { v, fmt, text: t };
}

class Reader {
  readonly body: Para[] = [];
  readonly boxes: Para[] = [];
  readonly tables: Array<{ index: number; rows: OpenTable["rows"]; merges: MergeRange[] }> = [];
  /** Note ids in the order the text references them: Word numbers notes so. */
  readonly footnoteRefs: string[] = [];
  readonly endnoteRefs: string[] = [];
  private readonly paras: OpenPara[] = [];
  private readonly sinks: Para[][] = [this.body];
  private readonly open: OpenTable[] = [];
  private tableCount = 0;
  private cellCount = 0;
  private inText = 0;

  constructor(
    private readonly limits: Limits,
    private readonly styleLevel: (id: string) => number | undefined
  ) {}

  /** Paragraphs of a part other than the body (a note) go into `sink`. */
  withSink(sink: Para[], run: () => void): void {
    this.sinks.push(sink);
    run();
    this.sinks.pop();
  }

  onOpen(t: SaxesTagNS): void {
    const p = this.paras[this.paras.length - 1];
    const table = this.open[this.open.length - 1];
    switch (t.local) {
      case "p":
        if (!t.isSelfClosing) this.paras.push({ parts: [], runs: 0, into: this.sinks[this.sinks.length - 1]! });
        break;
      case "r":
        if (p && !t.isSelfClosing) p.runs++;
        break;
      case "t":
        if (p?.runs && !t.isSelfClosing) this.inText++;
        break;
      case "tab":
        if (p?.runs) p.parts.push("\t");
        break;
      case "br":
      case "cr":
        if (p?.runs) p.parts.push("\n");
        break;
      case "noBreakHyphen":
        if (p?.runs) p.parts.push("-");
        break;
      case "pStyle":
        if (p) p.style = attr(t, "val");
        break;
      case "outlineLvl":
        if (p) p.outline = intAttr(t, "val");
        break;
      case "footnoteReference":
      case "endnoteReference": {
        const id = attr(t, "id");
        if (id !== undefined) (t.local === "footnoteReference" ? this.footnoteRefs : this.endnoteRefs).push(id);
        break;
      }
      case "txbxContent":
        if (!t.isSelfClosing) this.sinks.push(this.boxes);
        break;
      case "tbl":
        if (!t.isSelfClosing) this.open.push({ index: ++this.tableCount, rows: [], merges: [], row: -1, col: 0, vertical: new Map(), cells: 0 });
        break;
      case "tr":
        if (table) {
          table.row++;
          table.col = 0;
          if (table.row >= this.limits.rows) throw overLimit("rows");
        }
        break;
      case "gridBefore":
        if (table && !table.cell) table.col += Math.max(0, intAttr(t, "val") ?? 0);
        break;
      case "tc":
        if (table && !t.isSelfClosing) {
          table.cell = { col: table.col, span: 1, paras: [] };
          this.sinks.push(table.cell.paras);
        }
        break;
      case "gridSpan":
        if (table?.cell) table.cell.span = Math.max(1, intAttr(t, "val") ?? 1);
        break;
      case "vMerge":
        if (table?.cell) table.cell.vMerge = attr(t, "val") === "restart" ? "restart" : "continue";
        break;
    }
  }

  onClose(t: SaxesTagNS): void {
    if (t.isSelfClosing) return;
    const p = this.paras[this.paras.length - 1];
    switch (t.local) {
      case "p":
        if (p) this.endParagraph(this.paras.pop()!);
        break;
      case "r":
        if (p) p.runs--;
        break;
      case "t":
        if (this.inText) this.inText--;
        break;
      case "txbxContent":
        this.sinks.pop();
        break;
      case "tc":
        this.endCell();
        break;
      case "tbl":
        this.endTable();
        break;
    }
  }

  onText(s: string): void {
    const p = this.paras[this.paras.length - 1];
    if (this.inText && p) p.parts.push(s);
  }

  private endParagraph(p: OpenPara): void {
    const text = p.parts.join("");
    if (text.length > this.limits.stringChars) throw overLimit("stringChars");
    if (!text.trim()) return;
    // A direct outline level overrides the style's; 9 is body text.
    const level = p.outline !== undefined ? (p.outline < 9 ? p.outline + 1 : undefined) : p.style !== undefined ? this.styleLevel(p.style) : undefined;
    p.into.push({ text, level });
    if (p.into === this.body && this.body.length > this.limits.rows) throw overLimit("rows");
    if (p.into === this.body || p.into === this.boxes) this.count();
  }

  private endCell(): void {
    const table = this.open[this.open.length - 1];
    const cell = table?.cell;
    if (!table || !cell) return;
    this.sinks.pop();
    table.cell = undefined;
    table.col = cell.col + cell.span;
    const { row } = table;
    const right = cell.col + cell.span - 1;
    if (right >= this.limits.columns) throw overLimit("columns");
    if (cell.vMerge === "continue") {
      // Word shows the text of the merge's first cell only; a continuing cell adds a row to the merge above it.
      const m = table.vertical.get(cell.col);
      if (m && m.bottom === row - 1) {
        m.bottom = row;
        return;
      }
    }
    table.vertical.delete(cell.col);
    const text = cell.paras.map((x) => x.text).join("\n");
    if (text.length > this.limits.stringChars) throw overLimit("stringChars");
    if (text.trim()) {
      (table.rows[row] ??= [])[cell.col] = tableCell(text);
      if (++table.cells > this.limits.cellsPerSheet) throw overLimit("cellsPerSheet");
      this.count();
    }
    const merge = { top: row, left: cell.col, bottom: row, right };
    if (cell.vMerge === "restart") table.vertical.set(cell.col, merge);
    table.merges.push(merge);
  }

  private endTable(): void {
    const table = this.open.pop();
    if (!table) return;
    // A 1 × 1 "merge" is a plain cell; vertical merges grew in place.
    const merges = table.merges.filter((m) => m.bottom > m.top || m.right > m.left);
    this.tables.push({ index: table.index, rows: table.rows, merges });
  }

  /** One more cell of the snapshot (a paragraph's row or a table cell): the workbook-wide ceiling. */
  private count(): void {
    if (++this.cellCount > this.limits.cells) throw overLimit("cells");
  }
}

/** Notes by id, in the order they are referenced (then any never referenced); separators and continuation notices left out. */
function readNotes(xml: string, kind: "footnote" | "endnote", refs: string[], reader: Reader, limits: Limits): Para[] {
  const notes = new Map<string, Para[]>();
  let current: Para[] | undefined;
  const sink: Para[] = [];
  reader.withSink(sink, () =>
    walk(xml, limits, {
      open(t) {
        if (t.local === kind && !t.isSelfClosing) {
          const type = attr(t, "type");
          current = type === undefined || type === "normal" ? [] : undefined;
          if (current) notes.set(attr(t, "id") ?? String(notes.size), current);
          sink.length = 0;
        } else reader.onOpen(t);
      },
      close(t) {
        if (t.local === kind) {
          current?.push(...sink);
          current = undefined;
        } else reader.onClose(t);
      },
      text: (s) => reader.onText(s),
    })
  );
  const order = [...new Set(refs.filter((id) => notes.has(id))), ...[...notes.keys()].filter((id) => !refs.includes(id))];
  return order.map((id) => ({
    text: notes
      .get(id)!
      .map((p) => p.text.trim())
      .join("\n"),
    level: undefined,
  }));
}

function paragraphSheet(name: string, paras: Para[], document: DocumentPart, outline: boolean): PlainSheet {
  const sheet: PlainSheet = { name, hidden: false, rows: paras.map((p) => [{ v: p.text }]), merges: [], document };
  if (outline) sheet.outline = paras.map((p) => p.level);
  return sheet;
}

/**
 * The snapshot of a Word document. Throws WorkbookReadError: "corrupt" (bad-xml) for XML that does not parse or is not a
 * WordprocessingML document, "too-large" past a ceiling (limits.ts).
 */
export function docxSnapshot(parts: DocxParts, limits?: Partial<Limits>): PlainWorkbook {
  const lim = limitsWith(limits);
  const reader = new Reader(lim, headingStyles(parts.styles, lim));
  let root: string | undefined;
  walk(parts.document, lim, {
    open(t) {
      root ??= t.local;
      reader.onOpen(t);
    },
    close: (t) => reader.onClose(t),
    text: (s) => reader.onText(s),
  });
  if (root !== "document") throw new WorkbookReadError("corrupt", { detail: "bad-xml", cause: new Error("the main part is not a w:document") });
  const footnotes = parts.footnotes ? readNotes(parts.footnotes, "footnote", reader.footnoteRefs, reader, lim) : [];
  const endnotes = parts.endnotes ? readNotes(parts.endnotes, "endnote", reader.endnoteRefs, reader, lim) : [];

  const sheets: PlainSheet[] = [paragraphSheet(DOCX_SHEETS.body, reader.body, { kind: "body" }, true)];
  for (const t of [...reader.tables].sort((a, b) => a.index - b.index)) {
    sheets.push({ name: DOCX_SHEETS.table(t.index), hidden: false, rows: t.rows, merges: t.merges, document: { kind: "table", table: t.index } });
  }
  if (reader.boxes.length) sheets.push(paragraphSheet(DOCX_SHEETS.textboxes, reader.boxes, { kind: "textboxes" }, false));
  if (footnotes.length) sheets.push(paragraphSheet(DOCX_SHEETS.footnotes, footnotes, { kind: "notes", notes: "footnotes" }, false));
  if (endnotes.length) sheets.push(paragraphSheet(DOCX_SHEETS.endnotes, endnotes, { kind: "notes", notes: "endnotes" }, false));
  return { sheets };
}
