/**
 * A sheet's cells held compactly: a few bytes per cell in typed arrays instead of an object per cell, so that a
 * million-row ledger costs tens of megabytes, not hundreds. Cells are made as objects only when asked for.
 *
 * Cells are stored row by row, each row from its first to its last cell with empty slots between; the builder takes
 * cells in sheet order only (the .xlsx reader falls back to plain rows for anything else).
 */
import { isDateFormat } from "./display";
import type { Cell, CellValue } from "./snapshot";

/** Shared strings by index; undefined past the end. */
export interface StringTable {
  readonly count: number;
  get(i: number): string | undefined;
  /** Whether string i is "" (false past the end). */
  isEmpty(i: number): boolean;
}

// What a slot holds. The high bit marks a formula, whose text is kept aside.
const K_NONE = 0;
const K_INT = 1; // val is the number
const K_CENT = 2; // val / 100 is the number
const K_F64 = 3; // val indexes the doubles kept aside
const K_SST = 4; // val indexes the shared strings
const K_TEXT = 5; // val indexes the texts kept aside
const K_TRUE = 6;
const K_FALSE = 7;
const K_ERROR = 8; // val indexes the texts kept aside
const K_NULL = 9;
const FORMULA = 0x80;

const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;
const FIRST = 256;

type Fmts = Uint8Array | Uint16Array;

/** Tests' answers per shared string, for every sheet over the table: a ledger's rows repeat a few payees a million times. */
const answers = new WeakMap<StringTable, Map<(text: string) => boolean, Uint8Array>>();

/** Blocks of a fixed size past the first: growing copies at most one block, and overshoots by at most one. */
class Blocks<T extends Uint8Array | Uint16Array | Int32Array | Float64Array> {
  readonly parts: T[] = [];
  constructor(private readonly make: (n: number) => T) {}

  set(i: number, v: number): void {
    const b = i >>> SHIFT;
    const part = this.parts[b];
    // Nearly every call: a block that is there and long enough.
    if (part !== undefined && (i & MASK) < part.length) {
      part[i & MASK] = v;
      return;
    }
    if (b === 0) {
      const p = this.parts[0];
      if (p !== undefined && i < p.length) p[i] = v;
      else this.growFirst(i)[i] = v;
      return;
    }
    const first = this.parts[0];
    if (first === undefined || first.length < BLOCK) this.growFirst(MASK);
    while (b >= this.parts.length) this.parts.push(this.make(BLOCK));
    this.parts[b]![i & MASK] = v;
  }

  // The first block starts small and doubles up to a full block: a form's sheet of a few hundred cells does not take
  // the megabyte and more that full blocks of every column would.
  private growFirst(i: number): T {
    const old = this.parts[0];
    let n = old ? old.length : FIRST;
    while (n <= i) n *= 2;
    const p = this.make(Math.min(n, BLOCK));
    if (old) p.set(old as never);
    this.parts[0] = p;
    return p;
  }
}

export class CellGrid {
  /** Like an array of rows: one past the last row that holds a cell. */
  length = 0;
  private slots = 0;
  private readonly kinds = new Blocks((n) => new Uint8Array(n));
  private readonly vals = new Blocks((n) => new Int32Array(n));
  private fmts = new Blocks<Fmts>((n) => new Uint8Array(n));
  private wideFmts = false;
  /** Per row: its first slot (-1 for a row without cells), its first column and its width (one past its last cell). */
  private readonly rowSlot = new Blocks((n) => new Int32Array(n).fill(-1));
  private readonly rowFirst = new Blocks((n) => new Int32Array(n));
  /** Ends of rows before the last: the last row's end is lastCol + 1 until the next row starts. */
  private readonly rowEnd = new Blocks((n) => new Int32Array(n));
  private readonly doubles = new Blocks((n) => new Float64Array(n));
  private doubleCount = 0;
  private readonly texts: string[] = [];
  private readonly formulas = new Map<number, string>();
  /** Format codes by index; 0 is General. */
  private readonly formats: Array<string | undefined> = [undefined];
  private readonly formatIds = new Map<string, number>();
  /** Whether each format is a date format, found on first use. */
  private readonly dateFormats: boolean[] = [];
  private lastRow = -1;
  private lastCol = -1;
  /**
   * The block the next cells are written to, its arrays at hand: one shared Blocks.set for typed arrays of four kinds
   * made each cell's three writes polymorphic, a tenth of a large sheet's read.
   */
  private block = -1;
  private blockKinds = new Uint8Array(0);
  private blockVals = new Int32Array(0);
  private blockFmts: Fmts = new Uint8Array(0);
  private holes = 0;
  private cells = 0;

  constructor(private readonly strings: StringTable) {}

  /**
   * Whether a cell at (row, col) comes after every cell so far and keeps the empty slots few; a false answer tells the
   * reader to hold the sheet as plain rows instead.
   */
  accepts(row: number, col: number): boolean {
    if (row > this.lastRow) return true;
    if (row < this.lastRow || col <= this.lastCol) return false;
    // Empty slots between cells of a row: more than twice the cells (and a million) is a sheet too sparse for this form.
    return this.holes + (col - this.lastCol - 1) <= 2 * this.cells + (1 << 20);
  }

  /** A format code's index for `add`, General (undefined) being 0. */
  formatId(fmt: string | undefined): number {
    if (fmt === undefined) return 0;
    let id = this.formatIds.get(fmt);
    if (id === undefined) {
      id = this.formats.length;
      this.formats.push(fmt);
      this.formatIds.set(fmt, id);
      if (id > 0xff && !this.wideFmts) this.widenFormats();
    }
    return id;
  }

  private widenFormats(): void {
    const wide = new Blocks<Fmts>((n) => new Uint16Array(n));
    for (const p of this.fmts.parts) wide.parts.push(Uint16Array.from(p));
    this.fmts = wide;
    this.wideFmts = true;
    this.block = -1;
  }

  // The slot for the next cell (accepts() said yes), with empty slots before it in its row.
  private slotFor(row: number, col: number): number {
    if (row !== this.lastRow) {
      if (this.lastRow >= 0) this.rowEnd.set(this.lastRow, this.lastCol + 1);
      this.rowSlot.set(row, this.slots);
      this.rowFirst.set(row, col);
      this.lastRow = row;
    } else {
      for (let c = this.lastCol + 1; c < col; c++) this.kinds.set(this.slots++, K_NONE);
      this.holes += col - this.lastCol - 1;
    }
    this.lastCol = col;
    if (row >= this.length) this.length = row + 1;
    this.cells++;
    return this.slots++;
  }

  /** A number, written compactly when it is a whole number or whole cents. */
  addNumber(row: number, col: number, v: number, fmtId: number, formula?: string): void {
    const s = this.slotFor(row, col);
    let kind: number;
    let val: number;
    if ((v | 0) === v && !Object.is(v, -0)) {
      kind = K_INT;
      val = v;
    } else {
      const k = Math.round(v * 100);
      if ((k | 0) === k && k / 100 === v && !Object.is(v, -0)) {
        kind = K_CENT;
        val = k;
      } else {
        kind = K_F64;
        val = this.doubleCount;
        this.doubles.set(this.doubleCount++, v);
      }
    }
    this.put(s, kind, val, fmtId, formula);
  }

  /** A shared string by its index (which the string table holds). */
  addShared(row: number, col: number, index: number, fmtId: number, formula?: string): void {
    this.put(this.slotFor(row, col), K_SST, index, fmtId, formula);
  }

  /** Any value. */
  add(row: number, col: number, v: CellValue, fmtId: number, formula?: string): void {
    if (typeof v === "number") return this.addNumber(row, col, v, fmtId, formula);
    const s = this.slotFor(row, col);
    if (typeof v === "string") {
      this.put(s, K_TEXT, this.texts.length, fmtId, formula);
      this.texts.push(v);
    } else if (typeof v === "boolean") this.put(s, v ? K_TRUE : K_FALSE, 0, fmtId, formula);
    else if (v === null) this.put(s, K_NULL, 0, fmtId, formula);
    else {
      this.put(s, K_ERROR, this.texts.length, fmtId, formula);
      this.texts.push(v.error);
    }
  }

  private put(s: number, kind: number, val: number, fmtId: number, formula: string | undefined): void {
    if (formula !== undefined) {
      kind |= FORMULA;
      this.formulas.set(s, formula);
    }
    const o = s & MASK;
    if (s >>> SHIFT !== this.block || o >= this.blockKinds.length) this.reach(s);
    this.blockKinds[o] = kind;
    this.blockVals[o] = val;
    this.blockFmts[o] = fmtId;
  }

  // Makes slot s's block (grown or added) the one at hand.
  private reach(s: number): void {
    this.kinds.set(s, K_NONE);
    this.vals.set(s, 0);
    this.fmts.set(s, 0);
    const b = s >>> SHIFT;
    this.block = b;
    this.blockKinds = this.kinds.parts[b]!;
    this.blockVals = this.vals.parts[b]!;
    this.blockFmts = this.fmts.parts[b]!;
  }

  // Reads of each array from a site of its own: one shared get for typed arrays of four kinds was polymorphic.
  private kindAt(s: number): number {
    return this.kinds.parts[s >>> SHIFT]![s & MASK]!;
  }
  private valAt(s: number): number {
    return this.vals.parts[s >>> SHIFT]![s & MASK]!;
  }
  private fmtAt(s: number): number {
    return this.fmts.parts[s >>> SHIFT]![s & MASK]!;
  }
  private doubleAt(i: number): number {
    return this.doubles.parts[i >>> SHIFT]![i & MASK]!;
  }
  private rowSlotAt(r: number): number {
    return this.rowSlot.parts[r >>> SHIFT]![r & MASK]!;
  }
  private rowFirstAt(r: number): number {
    return this.rowFirst.parts[r >>> SHIFT]![r & MASK]!;
  }
  private rowEndAt(r: number): number {
    return this.rowEnd.parts[r >>> SHIFT]![r & MASK]!;
  }

  // One past the row's last cell.
  private endOf(row: number): number {
    return row === this.lastRow ? this.lastCol + 1 : this.rowEndAt(row);
  }

  private slotOf(row: number): number {
    if (row < 0 || row >= this.length || !Number.isInteger(row)) return -1;
    return this.rowSlotAt(row);
  }

  /** The cell at (row, col), made on each call; undefined for an empty one. */
  cell(row: number, col: number): Cell | undefined {
    const s = this.slotAt(row, col);
    return s < 0 ? undefined : this.at(s);
  }

  /** Whether a text cell of the row before column `upto` passes `test`: the row is looked up once, no cell is made. */
  someText(row: number, upto: number, test: (text: string) => boolean): boolean {
    return this.textIn(row, upto, test, this.answersFor(test));
  }

  /** Column col's numbers in rows from, from + 1, … into `out`, NaN where a row has none: one call for many rows. */
  numbersIn(col: number, from: number, out: Float64Array): void {
    for (let k = 0; k < out.length; k++) out[k] = this.numberOr(this.slotAt(from + k, col), NaN);
  }

  /**
   * Column col's date serials in rows from, from + 1, … into `out`: the number where a cell holds one with a date format,
   * -Infinity where it holds one with another format, NaN where it holds none.
   */
  datesIn(col: number, from: number, out: Float64Array): void {
    for (let k = 0; k < out.length; k++) {
      const s = this.slotAt(from + k, col);
      const v = this.numberOr(s, NaN);
      out[k] = v !== v || this.isDate(this.fmtAt(s)) ? v : -Infinity;
    }
  }

  // Slot s's number, or `none` for a slot (or -1) that holds none.
  private numberOr(s: number, none: number): number {
    const kind = s < 0 ? K_NONE : this.kindAt(s) & ~FORMULA;
    return kind === K_INT ? this.valAt(s) : kind === K_CENT ? this.valAt(s) / 100 : kind === K_F64 ? this.doubleAt(this.valAt(s)) : none;
  }

  private isDate(id: number): boolean {
    let date = this.dateFormats[id];
    if (date === undefined) this.dateFormats[id] = date = isDateFormat(this.formats[id]);
    return date;
  }

  /** Per row from, from + 1, …: 1 in `out` where someText(row, upto, test) holds, 0 elsewhere. */
  textRowsIn(from: number, upto: number, test: (text: string) => boolean, out: Uint8Array): void {
    const known = this.answersFor(test);
    for (let k = 0; k < out.length; k++) out[k] = this.textIn(from + k, upto, test, known) ? 1 : 0;
  }

  private textIn(row: number, upto: number, test: (text: string) => boolean, known: Uint8Array): boolean {
    const s0 = this.slotOf(row);
    if (s0 < 0) return false;
    const first = this.rowFirstAt(row);
    const end = Math.min(upto, this.endOf(row));
    for (let c = first; c < end; c++) {
      const s = s0 + c - first;
      const kind = this.kindAt(s) & ~FORMULA;
      if (kind === K_SST) {
        const i = this.valAt(s);
        if (!(i < known.length)) {
          if (test(this.strings.get(i) ?? "")) return true;
          continue;
        }
        if (known[i] === 0) known[i] = test(this.strings.get(i) ?? "") ? 2 : 1;
        if (known[i] === 2) return true;
      } else if (kind === K_TEXT && test(this.texts[this.valAt(s)]!)) return true;
    }
    return false;
  }

  // The test's answers kept per shared string (0 not yet asked, 1 no, 2 yes), shared by the table's sheets.
  private answersFor(test: (text: string) => boolean): Uint8Array {
    let tests = answers.get(this.strings);
    if (!tests) answers.set(this.strings, (tests = new Map()));
    let known = tests.get(test);
    if (!known) tests.set(test, (known = new Uint8Array(this.strings.count)));
    return known;
  }

  /** The cell's value when it is a number (undefined otherwise), without making a cell. */
  number(row: number, col: number): number | undefined {
    const s = this.slotAt(row, col);
    if (s < 0) return undefined;
    const kind = this.kindAt(s) & ~FORMULA;
    if (kind === K_INT) return this.valAt(s);
    if (kind === K_CENT) return this.valAt(s) / 100;
    return kind === K_F64 ? this.doubleAt(this.valAt(s)) : undefined;
  }

  // The slot of the cell at (row, col), or -1 outside every row's cells.
  private slotAt(row: number, col: number): number {
    const s0 = this.slotOf(row);
    if (s0 < 0) return -1;
    const first = this.rowFirstAt(row);
    if (col < first || col >= this.endOf(row) || !Number.isInteger(col)) return -1;
    return s0 + col - first;
  }

  /** A row as an array (empty cells are holes), as plain rows hold it; undefined for a row without cells. */
  row(row: number): Array<Cell | undefined> | undefined {
    const s0 = this.slotOf(row);
    if (s0 < 0) return undefined;
    const first = this.rowFirstAt(row);
    const end = this.endOf(row);
    const out = new Array<Cell | undefined>(end);
    for (let c = first; c < end; c++) {
      const cell = this.at(s0 + c - first);
      if (cell) out[c] = cell;
    }
    return out;
  }

  /** As JSON, the rows as arrays: a serialised snapshot reads the same whichever form held it. */
  toJSON(): Array<Array<Cell | undefined> | undefined> {
    const out: Array<Array<Cell | undefined> | undefined> = [];
    for (let r = 0; r < this.length; r++) {
      const row = this.row(r);
      if (row) out[r] = row;
    }
    return out;
  }

  private at(s: number): Cell | undefined {
    const k = this.kindAt(s);
    const kind = k & ~FORMULA;
    if (kind === K_NONE) return undefined;
    const val = this.valAt(s);
    let v: CellValue;
    switch (kind) {
      case K_INT:
        v = val;
        break;
      case K_CENT:
        v = val / 100;
        break;
      case K_F64:
        v = this.doubleAt(val);
        break;
      case K_SST:
        v = this.strings.get(val) ?? "";
        break;
      case K_TEXT:
        v = this.texts[val]!;
        break;
      case K_TRUE:
        v = true;
        break;
      case K_FALSE:
        v = false;
        break;
      case K_ERROR:
        v = { error: this.texts[val]! };
        break;
      default:
        v = null;
    }
    const fmt = this.formats[this.fmtAt(s)];
    // Only the properties a cell has, as the plain form holds them.
    if (k & FORMULA) {
      const f = this.formulas.get(s)!;
      return fmt === undefined ? { v, f } : { v, f, fmt };
    }
    return fmt === undefined ? { v } : { v, fmt };
  }
}
