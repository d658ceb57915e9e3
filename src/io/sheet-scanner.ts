/**
 * Worksheets and shared strings read from the inflated bytes (src/io/xml-scan.ts): numbers, shared-string indexes,
 * references and styles are parsed from bytes, and text is decoded only for the cells that hold text. It reads what the
 * SAX reader it replaced read (test/io/sax-reference.ts, which the equivalence test compares it with).
 */
import { CellGrid } from "../core/grid";
import type { Cell, CellValue, MergeRange, PlainRows } from "../core/snapshot";
import { shiftFormula, tidyFormula } from "./formula-text";
import { LIMITS, type Limits } from "./limits";
import {
  cellType,
  cellValue,
  own,
  parseMerge,
  type PartChunks,
  type SheetContext,
  type SheetPart,
  T_B,
  T_D,
  T_E,
  T_INLINE,
  T_NUM,
  T_S,
  T_STR,
  unescapeX,
} from "./ooxml-parts";
import { overLimit } from "./read-error";
import { SharedStrings } from "./shared-strings";
import { ByteXml, bytesAre, decodeXml, N_C, N_F, N_IS, N_MERGE_CELL, N_ROW, N_RPH, N_SI, N_T, N_V, type XmlHandler } from "./xml-scan";

// Powers of ten a double holds exactly: a mantissa under 2^53 times or over one of them is rounded once, correctly.
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The decimal number in b[s, e) as Number() reads it, for plain decimals of up to 15 significant digits; NaN for
 * anything else (the caller then decodes the text and calls Number itself).
 */
function fastNumber(b: Buffer, s: number, e: number): number {
  let i = s;
  const neg = b[i] === 0x2d;
  if (neg || b[i] === 0x2b) i++;
  let m = 0;
  let digits = 0;
  let frac = 0;
  let seen = false;
  let dot = false;
  for (; i < e; i++) {
    const c = b[i]!;
    if (c >= 0x30 && c <= 0x39) {
      seen = true;
      if (dot) frac++;
      if (m === 0 && c === 0x30) continue;
      if (++digits > 15) return NaN;
      m = m * 10 + (c - 0x30);
    } else if (c === 0x2e && !dot) dot = true;
    else break;
  }
  if (!seen) return NaN;
  let exp = 0;
  if (i < e && (b[i]! | 0x20) === 0x65) {
    i++;
    const eneg = b[i] === 0x2d;
    if (eneg || b[i] === 0x2b) i++;
    const from = i;
    for (; i < e && i - from < 4; i++) {
      const c = b[i]!;
      if (c < 0x30 || c > 0x39) break;
      exp = exp * 10 + (c - 0x30);
    }
    if (i === from) return NaN;
    if (eneg) exp = -exp;
  }
  if (i !== e) return NaN;
  const p = exp - frac;
  let v: number;
  if (m === 0) v = 0;
  else if (p >= 0) {
    if (p > 22) return NaN;
    v = m * POW10[p]!;
  } else {
    if (p < -22) return NaN;
    v = m / POW10[-p]!;
  }
  return neg ? -v : v;
}

// A non-negative integer of plain digits (a row number, a style or string index); NaN for anything else.
function fastIndex(b: Buffer, s: number, e: number): number {
  if (s === e || e - s > 15) return NaN;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c < 0x30 || c > 0x39) return NaN;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

// A cell's t attribute from its bytes, without a string for the values writers use.
function typeOf(b: Buffer, s: number, e: number): number {
  switch (e - s) {
    case 1:
      return b[s] === 0x73 ? T_S : b[s] === 0x62 ? T_B : b[s] === 0x65 ? T_E : b[s] === 0x64 ? T_D : T_NUM;
    case 3:
      if (b[s] === 0x73 && b[s + 1] === 0x74 && b[s + 2] === 0x72) return T_STR;
      break;
    case 9:
      if (bytesAre(b, s, "inlineStr")) return T_INLINE;
      break;
  }
  // Anything else is a number, unless character references spell a type (t="&#115;").
  for (let i = s; i < e; i++) if (b[i] === 0x26) return cellType(decodeXml(b, s, e, true));
  return T_NUM;
}

const C_NONE = 0;
const C_FORMULA = 1;
const C_VALUE = 2;
const C_INLINE = 3;

// The <v> text: absent, opened but empty, one raw text node (not yet decoded), or decoded.
const V_NONE = 0;
const V_EMPTY = 1;
const V_RAW = 2;
const V_TEXT = 3;

class SheetHandler implements XmlHandler {
  /** The cells, compactly; a sheet whose cells come out of order (hand-made files) falls back to `plain`. */
  readonly grid: CellGrid;
  plain: PlainRows | null = null;
  readonly merges: MergeRange[] = [];
  /** The grid's format index of each style, found on first use. */
  private readonly fmtIds: number[] = [];
  private readonly masters = new Map<string, { f: string; row: number; col: number }>();
  private readonly counts: { sheet: number; read: NonNullable<SheetContext["read"]> };
  readonly x: ByteXml;

  private rowIdx = -1;
  private inCell = false;
  private col = -1;
  private t = T_NUM;
  private s = 0;
  private capture = C_NONE;
  private fText: string | undefined;
  private fShared: { si: string; master: boolean } | undefined;
  private vState = V_NONE;
  private vBuf: Buffer | undefined;
  private vStart = 0;
  private vEnd = 0;
  private vText = "";
  private isText: string | undefined;
  private phonetic = 0;

  constructor(
    private readonly ctx: SheetContext,
    read: NonNullable<SheetContext["read"]>
  ) {
    this.counts = { sheet: 0, read };
    this.x = new ByteXml(this, read.limits);
    this.grid = new CellGrid(ctx.strings);
  }

  open(name: number, x: ByteXml): void {
    switch (name) {
      case N_ROW:
        this.openRow(x);
        break;
      case N_C:
        this.openCell(x);
        break;
      case N_F:
        if (this.inCell) {
          this.setCapture(C_FORMULA);
          const t = x.attr("t");
          const si = x.attr("si");
          if (t >= 0 && si >= 0 && x.value(t) === "shared") this.fShared = { si: x.value(si), master: x.attr("ref") >= 0 };
        }
        break;
      case N_V:
        if (this.inCell) {
          this.setCapture(C_VALUE);
          if (this.vState === V_NONE) this.vState = V_EMPTY;
        }
        break;
      case N_IS:
        if (this.inCell) this.isText = "";
        break;
      case N_T:
        if (this.inCell && this.isText !== undefined) this.setCapture(C_INLINE);
        break;
      case N_RPH:
        this.phonetic++;
        break;
      case N_MERGE_CELL: {
        const ref = x.attr("ref");
        const m = ref >= 0 ? parseMerge(x.value(ref)) : null;
        if (m) this.merges.push(m);
        break;
      }
    }
  }

  close(name: number): void {
    switch (name) {
      case N_F:
      case N_V:
      case N_T:
        this.setCapture(C_NONE);
        break;
      case N_RPH:
        this.phonetic--;
        break;
      case N_C:
        this.endCell();
        break;
      case N_ROW: {
        const cells = this.plain && this.rowIdx >= 0 ? this.plain[this.rowIdx] : undefined;
        if (!cells) break;
        let n = cells.length;
        while (n > 0 && cells[n - 1] === undefined) n--;
        // Made as wide as the row before, it is cut to its own cells; one that grew past that is copied to its size.
        if (n > this.width) this.plain![this.rowIdx] = cells.slice(0, n);
        else cells.length = n;
        this.width = n;
        break;
      }
    }
  }

  text(b: Buffer, start: number, end: number): void {
    switch (this.capture) {
      case C_FORMULA:
        this.fText = (this.fText ?? "") + decodeXml(b, start, end);
        break;
      case C_VALUE:
        if (this.vState === V_EMPTY) {
          this.vState = V_RAW;
          this.vBuf = b;
          this.vStart = start;
          this.vEnd = end;
        } else {
          this.vText = this.valueText() + decodeXml(b, start, end);
          this.vState = V_TEXT;
        }
        break;
      case C_INLINE:
        if (this.phonetic === 0) this.isText = (this.isText ?? "") + decodeXml(b, start, end);
        break;
    }
  }

  // What writers write for nearly every cell, read at once: a row's run of <c …><v>text</v></c> and <c …/> up to its
  // </row>, or the rest of one such cell. Each cell does what its open, text and close events would; anything else
  // (a formula, an inline string, whitespace, a reference, the chunk's end) is left to the scan where it starts.
  rest(name: number, b: Buffer, at: number): number {
    const limits = this.counts.read.limits;
    // End tags are matched by bytes here, so only unprefixed elements are read this way.
    if (name === N_C) {
      if (this.x.depth >= limits.depth || this.x.nameLength !== 1) return at;
      const end = this.cellValueAt(b, at);
      if (end < 0) return at;
      this.endCell();
      this.x.endFast();
      return end;
    }
    if (name !== N_ROW || this.x.depth + 2 > limits.depth || this.x.nameLength !== 3) return at;
    const len = b.length;
    let p = at;
    for (;;) {
      if (p + 6 > len || b[p] !== 0x3c) return p;
      if (b[p + 1] === 0x2f) {
        if (b[p + 2] !== 0x72 || b[p + 3] !== 0x6f || b[p + 4] !== 0x77 || b[p + 5] !== 0x3e) return p;
        this.close(N_ROW);
        this.x.endFast();
        // The next row's start tag, when it is plain too: the row is open again where it was.
        const q = p + 6;
        if (q + 5 > len || b[q] !== 0x3c || b[q + 1] !== 0x72 || b[q + 2] !== 0x6f || b[q + 3] !== 0x77 || (b[q + 4] !== 0x20 && b[q + 4] !== 0x3e)) return q;
        const i = this.attrsAt(b, q + 4);
        if (i < 0 || b[i] !== 0x3e) return q;
        this.startRow(b, this.aRef, this.aRefEnd);
        this.x.reopen();
        p = i + 1;
        continue;
      }
      if (b[p + 1] !== 0x63 || b[p + 2] !== 0x20) return p;
      const placed = this.plainCell(b, p + 3);
      if (placed >= 0) {
        p = placed;
        continue;
      }
      const i = this.attrsAt(b, p + 3);
      if (i < 0 || Number.isNaN(this.aStyle)) return p;
      let end: number;
      if (b[i] === 0x2f) {
        if (i + 1 >= len || b[i + 1] !== 0x3e) return p;
        this.startRead(b);
        end = i + 2;
      } else {
        // Nothing is changed before the cell is known to be whole.
        const r0 = this.rowIdx;
        const c0 = this.col;
        const in0 = this.inCell;
        this.startRead(b);
        end = this.cellValueAt(b, i + 1);
        if (end < 0) {
          this.rowIdx = r0;
          this.col = c0;
          this.inCell = in0;
          return p;
        }
      }
      this.endCell();
      p = end;
    }
  }

  /**
   * The cell most writers write, r="B2" first, then s and t="s" or none, and <v>value</v> holding a plain number or a
   * shared-string index, from `i` just past "<c ": placed in the grid in one pass, returning where its </c> ends. -1,
   * with nothing changed, for any other cell, an empty shared string, a grid that does not take it, or the chunk's end.
   */
  private plainCell(b: Buffer, i: number): number {
    const len = b.length;
    if (this.plain || i + 3 > len || b[i] !== 0x72 || b[i + 1] !== 0x3d || b[i + 2] !== 0x22) return -1;
    i += 3;
    // r read here rather than by refAt, whose fields cost some 7 % of a ledger's scan.
    let col = 0;
    const cs = i;
    for (; i < len && i - cs < 3; i++) {
      const c = b[i]!;
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    const rs = i;
    let row = 0;
    for (; i < len && i - rs < 7; i++) {
      const c = b[i]!;
      if (c < 48 || c > 57) break;
      row = row * 10 + (c - 48);
    }
    if (i >= len || b[i] !== 0x22 || col === 0 || i === rs) return -1;
    i++;
    let s = 0;
    let t = T_NUM;
    // s and t, in either order, each a space, one letter, '=' and a double quote.
    while (i + 4 < len && b[i] === 0x20 && b[i + 2] === 0x3d && b[i + 3] === 0x22) {
      const name = b[i + 1];
      i += 4;
      if (name === 0x73) {
        const ds = i;
        s = 0;
        for (; i < len && i - ds < 6; i++) {
          const c = b[i]!;
          if (c < 48 || c > 57) break;
          s = s * 10 + (c - 48);
        }
        if (i === ds || i >= len || b[i] !== 0x22) return -1;
        i++;
      } else if (name === 0x74) {
        if (i + 1 >= len || b[i] !== 0x73 || b[i + 1] !== 0x22) return -1;
        t = T_S;
        i += 2;
      } else return -1;
    }
    if (i + 4 > len || b[i] !== 0x3e || b[i + 1] !== 0x3c || b[i + 2] !== 0x76 || b[i + 3] !== 0x3e) return -1;
    const vs = i + 4;
    let q = vs;
    while (q < len && q - vs < 32 && b[q] !== 0x3c) q++;
    if (q + 8 > len || q === vs || b[q + 1] !== 0x2f || b[q + 2] !== 0x76 || b[q + 3] !== 0x3e || b[q + 4] !== 0x3c) return -1;
    if (b[q + 5] !== 0x2f || b[q + 6] !== 0x63 || b[q + 7] !== 0x3e) return -1;
    const r0 = row - 1;
    const c0 = col - 1;
    if (c0 >= LIMITS.columns || r0 >= LIMITS.rows || !this.grid.accepts(r0, c0)) return -1;
    let v: number;
    if (t === T_S) {
      v = fastIndex(b, vs, q);
      if (!(v < this.ctx.strings.count) || this.ctx.strings.isEmpty(v)) return -1;
    } else {
      v = fastNumber(b, vs, q);
      if (Number.isNaN(v)) return -1;
    }
    this.rowIdx = r0;
    this.col = c0;
    this.inCell = false;
    this.s = s;
    this.count();
    if (t === T_S) this.grid.addShared(r0, c0, v, this.fmtId());
    else {
      const fmt = this.ctx.formats[s];
      this.grid.addNumber(r0, c0, fmt === undefined ? v : this.ctx.adjust(v, fmt), this.fmtId());
    }
    return q + 8;
  }

  // Attributes read by rest(): r as a byte range (-1 when absent), t, and s (NaN when not plain digits).
  private aRef = -1;
  private aRefEnd = -1;
  // r read as it was scanned, when it is plain letters and digits: its column and row (aCol -2 when not).
  private aCol = -2;
  private aRow = -1;

  /**
   * An r value of plain letters and digits ("E123", as writers write it) from `vs` up to its closing quote q: read into
   * aCol and aRow, its range into aRef; false, with nothing read, for any other form (decodeRef takes that).
   */
  private refAt(b: Buffer, vs: number, q: number): boolean {
    const len = b.length;
    let j = vs;
    let col = 0;
    for (; j < len && j - vs < 4; j++) {
      const c = b[j]!;
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    const ds = j;
    let row = 0;
    for (; j < len && j - ds < 8; j++) {
      const c = b[j]!;
      if (c < 48 || c > 57) break;
      row = row * 10 + (c - 48);
    }
    if (j >= len || b[j] !== q || col === 0 || j === ds) return false;
    this.aRef = vs;
    this.aRefEnd = j;
    this.aCol = col - 1;
    this.aRow = row - 1;
    return true;
  }
  private aType = T_NUM;
  private aStyle = 0;

  /**
   * A start tag's attributes from `i` (just past its name), written the plain way (single spaces, no references); r, s
   * and t are kept, others skipped. Returns where its '>' or '/' stands, or -1 for anything else.
   */
  private attrsAt(b: Buffer, i: number): number {
    const len = b.length;
    const max = this.counts.read.limits.stringChars;
    this.aRef = -1;
    this.aRefEnd = -1;
    this.aCol = -2;
    this.aType = T_NUM;
    this.aStyle = 0;
    for (;;) {
      while (i < len && b[i] === 0x20) i++;
      if (i >= len) return -1;
      const c = b[i]!;
      if (c === 0x3e || c === 0x2f) return i;
      if (c < 0x20) return -1;
      const ns = i;
      while (i < len && b[i] !== 0x3d && b[i] !== 0x20 && b[i] !== 0x3e) i++;
      if (i + 1 >= len || b[i] !== 0x3d) return -1;
      const q = b[i + 1];
      if (q !== 0x22 && q !== 0x27) return -1;
      const vs = i + 2;
      i = vs;
      if (vs - ns === 3 && b[ns] === 0x72 && this.refAt(b, vs, q)) {
        i = this.aRefEnd + 1;
        continue;
      }
      while (i < len && b[i] !== q) {
        if (b[i] === 0x3c || b[i] === 0x26) return -1;
        i++;
      }
      if (i >= len || i - vs > max) return -1;
      if (vs - ns === 3) {
        const n = b[ns];
        if (n === 0x72) {
          this.aRef = vs;
          this.aRefEnd = i;
          this.aCol = -2;
        } else if (n === 0x74) this.aType = typeOf(b, vs, i);
        else if (n === 0x73) this.aStyle = fastIndex(b, vs, i);
      }
      i++;
    }
  }

  // <v>text</v></c> at `at`: holds the text as the cell's value and returns where </c> ends; -1 when it is not that.
  private cellValueAt(b: Buffer, at: number): number {
    const len = b.length;
    if (at + 3 > len || b[at] !== 0x3c || b[at + 1] !== 0x76 || b[at + 2] !== 0x3e) return -1;
    let q = at + 3;
    while (q < len && b[q] !== 0x3c) q++;
    if (q + 8 > len || q - at - 3 > this.counts.read.limits.stringChars) return -1;
    if (b[q + 1] !== 0x2f || b[q + 2] !== 0x76 || b[q + 3] !== 0x3e || b[q + 4] !== 0x3c || b[q + 5] !== 0x2f || b[q + 6] !== 0x63 || b[q + 7] !== 0x3e) {
      return -1;
    }
    this.vState = q > at + 3 ? V_RAW : V_EMPTY;
    this.vBuf = b;
    this.vStart = at + 3;
    this.vEnd = q;
    return q + 8;
  }

  // What </c> does.
  private endCell(): void {
    if (this.inCell && this.col >= 0 && this.rowIdx >= 0) this.finishCell();
    this.inCell = false;
    this.setCapture(C_NONE);
  }

  private setCapture(c: number): void {
    this.capture = c;
    this.x.capture = c !== C_NONE;
  }

  private valueText(): string {
    if (this.vState === V_RAW) return decodeXml(this.vBuf!, this.vStart, this.vEnd);
    return this.vState === V_TEXT ? this.vText : "";
  }

  private openRow(x: ByteXml): void {
    const k = x.attr("r");
    if (k < 0) return this.setRow(this.rowIdx + 1);
    const n = fastIndex(x.buf, x.attrs[k + 2]!, x.attrs[k + 3]!);
    this.setRow((Number.isNaN(n) ? Number(x.value(k)) : n) - 1);
  }

  // What <row> does, from its r as a byte range without references (-1 when absent).
  private startRow(b: Buffer, refS: number, refE: number): void {
    if (refS < 0) return this.setRow(this.rowIdx + 1);
    const n = fastIndex(b, refS, refE);
    this.setRow((Number.isNaN(n) ? Number(b.toString("utf8", refS, refE)) : n) - 1);
  }

  private setRow(r: number): void {
    this.rowIdx = Number.isInteger(r) && r >= 0 ? r : this.rowIdx + 1;
    // Past Excel's grid: a crafted index would make the sheet an array of billions of holes.
    if (this.rowIdx >= LIMITS.rows) throw overLimit("rows");
    this.col = -1;
  }

  private openCell(x: ByteXml): void {
    const b = x.buf;
    const a = x.attrs;
    let ref = -1;
    let t = T_NUM;
    let s = 0;
    for (let k = 0; k < x.attrCount * 4; k += 4) {
      const ns = a[k]!;
      if (a[k + 1]! - ns !== 1) continue;
      const c = b[ns];
      if (c === 0x72) ref = k;
      else if (c === 0x74) t = typeOf(b, a[k + 2]!, a[k + 3]!);
      else if (c === 0x73) {
        const n = fastIndex(b, a[k + 2]!, a[k + 3]!);
        s = Number.isNaN(n) ? Number(x.value(k)) || 0 : n;
      }
    }
    this.startCell(b, ref >= 0 ? a[ref + 2]! : -1, ref >= 0 ? a[ref + 3]! : -1, t, s);
  }

  // What <c> does, from its r (a byte range, or -1), t and s.
  private startCell(b: Buffer, refS: number, refE: number, t: number, s: number): void {
    if (refS >= 0) {
      const { col, row } = decodeRef(b, refS, refE);
      this.startCellAt(col, row, t, s);
      return;
    }
    if (++this.col >= LIMITS.columns) throw overLimit("columns");
    this.startCellAt(this.col, -1, t, s);
  }

  // What <c> does from the attributes attrsAt() read.
  private startRead(b: Buffer): void {
    if (this.aCol >= 0) this.startCellAt(this.aCol, this.aRow, this.aType, this.aStyle);
    else this.startCell(b, this.aRef, this.aRefEnd, this.aType, this.aStyle);
  }

  // What <c> does once its column and row (-1 for none named) are known.
  private startCellAt(col: number, row: number, t: number, s: number): void {
    this.inCell = true;
    if (col >= LIMITS.columns) throw overLimit("columns");
    if (row >= LIMITS.rows) throw overLimit("rows");
    this.col = col;
    // A cell whose reference names another row than its <row> (seen in hand-made files) goes where it says.
    if (row >= 0 && row !== this.rowIdx) this.rowIdx = row;
    this.t = t;
    this.s = s;
    this.fText = undefined;
    this.fShared = undefined;
    this.vState = V_NONE;
    this.vBuf = undefined;
    this.isText = undefined;
  }

  /** Cells of the row read last: a row's array is made that wide, so that it seldom grows. */
  private width = 0;

  // One more cell, held to the ceilings.
  private count(): void {
    const counts = this.counts;
    if (++counts.sheet > counts.read.limits.cellsPerSheet) throw overLimit("cellsPerSheet");
    if (++counts.read.cells > counts.read.limits.cells) throw overLimit("cells");
  }

  // The grid's index of the current cell's format.
  private fmtId(): number {
    let id = this.fmtIds[this.s];
    if (id === undefined) this.fmtIds[this.s] = id = this.grid.formatId(this.ctx.formats[this.s]);
    return id;
  }

  // Whether the grid takes the current cell; when it does not, the sheet goes on as plain rows.
  private inGrid(): boolean {
    if (this.plain) return false;
    if (this.grid.accepts(this.rowIdx, this.col)) return true;
    this.plain = this.grid.toJSON();
    return false;
  }

  // Places a read cell with its formula, format and 1904 adjustment, held to the cell ceilings; rows stay sparse.
  private place(v: CellValue, f: string | undefined): void {
    const fmt = this.ctx.formats[this.s];
    if (fmt !== undefined && typeof v === "number") v = this.ctx.adjust(v, fmt);
    this.count();
    if (this.inGrid()) return this.grid.add(this.rowIdx, this.col, v, this.fmtId(), f);
    // Only the properties a cell has: fewer hidden-class variants and less memory per cell.
    let cell: Cell;
    if (f === undefined) cell = fmt === undefined ? { v } : { v, fmt };
    else cell = fmt === undefined ? { v, f } : { v, f, fmt };
    const rows = this.plain!;
    let cells = rows[this.rowIdx];
    if (!cells) rows[this.rowIdx] = cells = new Array<Cell | undefined>(this.width);
    cells[this.col] = cell;
  }

  private finishCell(): void {
    const { rowIdx, col } = this;
    let f: string | undefined;
    if (this.fText !== undefined || this.fShared !== undefined) {
      if (this.fText) f = own(tidyFormula(this.fText));
      const shared = this.fShared;
      if (shared) {
        if (shared.master && f !== undefined) this.masters.set(shared.si, { f, row: rowIdx, col });
        else if (!this.fText) {
          const m = this.masters.get(shared.si);
          if (m) f = shiftFormula(m.f, rowIdx - m.row, col - m.col);
        }
      }
    }
    if (this.vState === V_RAW && this.fastGrid(f)) return;
    let v: CellValue | undefined = this.fastValue(f !== undefined);
    if (v === undefined) {
      const vText = this.vState === V_NONE ? undefined : this.valueText();
      v = cellValue(this.t, f !== undefined, vText, this.isText, this.ctx.strings);
      if (v === undefined) return;
    }
    this.place(v, f);
  }

  // The common cells, a number or a shared string in one plain text node, put in the grid as they are; false otherwise.
  private fastGrid(f: string | undefined): boolean {
    const b = this.vBuf!;
    if (this.t === T_NUM) {
      let n = fastNumber(b, this.vStart, this.vEnd);
      if (Number.isNaN(n) || !this.inGrid()) return false;
      const fmt = this.ctx.formats[this.s];
      if (fmt !== undefined) n = this.ctx.adjust(n, fmt);
      this.count();
      this.grid.addNumber(this.rowIdx, this.col, n, this.fmtId(), f);
      return true;
    }
    if (this.t === T_S) {
      const i = fastIndex(b, this.vStart, this.vEnd);
      const strings = this.ctx.strings;
      if (!(i < strings.count) || !this.inGrid()) return false;
      // An empty string without a formula is no cell: cellValue says so.
      if (f === undefined && strings.isEmpty(i)) return true;
      this.count();
      this.grid.addShared(this.rowIdx, this.col, i, this.fmtId(), f);
      return true;
    }
    return false;
  }

  // The common cells, a number or a shared string in one plain text node, without decoding; undefined otherwise.
  private fastValue(hasFormula: boolean): number | string | undefined {
    if (this.vState !== V_RAW) return undefined;
    const b = this.vBuf!;
    if (this.t === T_NUM) {
      const n = fastNumber(b, this.vStart, this.vEnd);
      return Number.isNaN(n) ? undefined : n;
    }
    if (this.t === T_S) {
      const i = fastIndex(b, this.vStart, this.vEnd);
      if (Number.isNaN(i)) return undefined;
      const v = this.ctx.strings.get(i);
      // An empty string without a formula is no cell: cellValue says so.
      return v === "" && !hasFormula ? undefined : (v ?? (hasFormula ? "" : undefined));
    }
    return undefined;
  }
}

// Column (0-based) and row (0-based, -1 when absent) of a cell's r attribute ("AB12", "$AB$12"), read from its bytes.
function decodeRef(b: Buffer, s: number, e: number): { col: number; row: number } {
  for (let i = s; i < e; i++) {
    if (b[i] === 0x26) {
      // Written with character references (r="&#65;1"), which no real writer does.
      const text = Buffer.from(decodeXml(b, s, e, true));
      return decodeRef(text, 0, text.length);
    }
  }
  let col = 0;
  let i = s;
  for (; i < e; i++) {
    const c = b[i]!;
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  let digits = 0;
  for (; i < e; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      digits++;
    } else if (c !== 36) break;
  }
  return { col: col - 1, row: digits ? row - 1 : -1 };
}

/** Reads one worksheet's XML into sparse rows of compact cells, plus its merged ranges. */
export async function scanSheetPart(chunks: PartChunks, ctx: SheetContext): Promise<SheetPart> {
  const handler = new SheetHandler(ctx, ctx.read ?? { cells: 0, limits: LIMITS });
  await handler.x.run(chunks);
  return { rows: handler.plain ?? handler.grid, merges: handler.merges };
}

/**
 * UTF-16 length of plain text bytes: valid UTF-8 with no reference, carriage return or _ that could start an _xHHHH_
 * escape; -1 for anything else (the caller then decodes the text the long way). Checked here, byte by byte, because a
 * call to buffer.isUtf8 per string costs more than the loop.
 */
function plainUnits(b: Buffer, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c < 0x80) {
      if (c === 0x26 || c === 0x0d || c === 0x5f) return -1;
      n++;
      continue;
    }
    // A lead byte, how many continuation bytes follow it, and the narrower range the first of them must fall in
    // (no overlong forms, no surrogates, nothing past U+10FFFF).
    let more: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) more = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      more = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      more = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return -1;
    if (i + more >= e) return -1;
    const c1 = b[++i]!;
    if (c1 < lo || c1 > hi) return -1;
    for (let k = 1; k < more; k++) {
      const ck = b[++i]!;
      if (ck < 0x80 || ck > 0xbf) return -1;
    }
    n += more === 3 ? 2 : 1;
  }
  return n;
}

/** Every shared string as plain text: rich-text runs joined, phonetic (rPh) runs left out. */
export async function scanSharedStrings(chunks: PartChunks, limits: Limits = LIMITS): Promise<SharedStrings> {
  const out = new SharedStrings();
  const room = (units: number): void => {
    if (out.count >= limits.sharedStrings) throw overLimit("sharedStrings");
    if (out.chars + units > limits.sharedStringChars) throw overLimit("sharedStringChars");
  };
  const push = (text: string): void => {
    room(text.length);
    out.push(text);
  };
  // <t>text</t></si> at `at`: the string kept, and where </si> ends; -1 (nothing kept) when it is not that.
  const plainString = (b: Buffer, at: number): number => {
    const len = b.length;
    if (at + 3 > len || b[at] !== 0x3c || b[at + 1] !== 0x74 || b[at + 2] !== 0x3e) return -1;
    let q = at + 3;
    while (q < len && b[q] !== 0x3c) q++;
    if (q + 9 > len || q - at - 3 > limits.stringChars || !bytesAre(b, q, "</t></si>")) return -1;
    const units = plainUnits(b, at + 3, q);
    if (units < 0) push(unescapeX(decodeXml(b, at + 3, q)));
    else {
      room(units);
      out.pushBytes(b, at + 3, q, units);
    }
    return q + 9;
  };
  let inSi = false;
  let phonetic = 0;
  let buf = "";
  const x: ByteXml = new ByteXml(
    {
      open(name) {
        if (name === N_SI) {
          inSi = true;
          buf = "";
        } else if (name === N_RPH) phonetic++;
        else if (name === N_T && inSi && phonetic === 0) x.capture = true;
      },
      close(name) {
        if (name === N_T) x.capture = false;
        else if (name === N_RPH) phonetic--;
        else if (name === N_SI) {
          push(unescapeX(buf));
          inSi = false;
        }
      },
      text(b, s, e) {
        buf += decodeXml(b, s, e);
      },
      // <si><t>text</t></si>, as most strings are written, read at once, and the plain ones after it in the same loop.
      rest(name, b, at) {
        if (name !== N_SI || phonetic !== 0 || x.nameLength !== 2 || x.depth >= limits.depth) return at;
        const end = plainString(b, at);
        if (end < 0) return at;
        inSi = false;
        x.endFast();
        let p = end;
        // The next string, when it is <si><t>… too: read here, without opening a tag for it.
        while (p + 7 <= b.length && b[p] === 0x3c && b[p + 1] === 0x73 && b[p + 2] === 0x69 && b[p + 3] === 0x3e) {
          const e = plainString(b, p + 4);
          if (e < 0) break;
          p = e;
        }
        return p;
      },
    },
    limits
  );
  await x.run(chunks);
  return out;
}
