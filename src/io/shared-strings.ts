/**
 * A workbook's shared strings held as UTF-8 bytes in large blocks, with each string's place: a million distinct strings
 * then cost their bytes and eight more each, where as JavaScript strings they cost some forty. A string is decoded when
 * a cell asks for it; the last ones asked for are kept.
 */
import type { StringTable } from "../core/grid";

const BLOCK_BITS = 20;
const BLOCK = 1 << BLOCK_BITS;
const FIRST = 4096;
const EMPTY = Buffer.alloc(0);
const INDEX_BLOCK = 1 << 16;
const CACHE = 4096;
// With the u flag a surrogate pair is one code point: only a lone surrogate matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export class SharedStrings implements StringTable {
  count = 0;
  /** Characters (UTF-16 units) of all strings, for the sharedStringChars ceiling. */
  chars = 0;
  private readonly blocks: Buffer[] = [];
  private used = 0;
  /** Per string: its first byte (block × BLOCK + offset) and its byte length; -1 for one kept aside. */
  private readonly starts: Int32Array[] = [];
  private readonly lengths: Int32Array[] = [];
  /** Strings that are not stored as bytes: larger than a block, or not valid Unicode (a lone surrogate from &#xD800;). */
  private readonly aside = new Map<number, string>();
  private readonly cacheKey = new Int32Array(CACHE).fill(-1);
  private readonly cacheVal: string[] = new Array<string>(CACHE).fill("");

  /** A string given as text. */
  push(text: string): void {
    const n = Buffer.byteLength(text);
    if (n > BLOCK || LONE_SURROGATE.test(text)) return this.keepAside(text);
    const at = this.room(n);
    this.blocks[this.blocks.length - 1]!.write(text, at & (BLOCK - 1), "utf8");
    this.record(at, n, text.length);
  }

  /**
   * A string given as the bytes of plain, valid UTF-8 text (no reference, no carriage return, no _xHHHH_ escape),
   * copied without decoding; `units` is its length in UTF-16 units.
   */
  pushBytes(b: Buffer, start: number, end: number, units: number): void {
    const n = end - start;
    if (n > BLOCK) return this.keepAside(b.toString("utf8", start, end));
    const at = this.room(n);
    const to = this.blocks[this.blocks.length - 1]!;
    // Most strings are short: a loop copies them faster than a call into Buffer.copy.
    if (n <= 64) for (let i = start, o = at & (BLOCK - 1); i < end; i++, o++) to[o] = b[i]!;
    else b.copy(to, at & (BLOCK - 1), start, end);
    this.record(at, n, units);
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count) || !Number.isInteger(i)) return undefined;
    const k = i & (CACHE - 1);
    if (this.cacheKey[k] === i) return this.cacheVal[k];
    const at = this.starts[i >>> 16]![i & (INDEX_BLOCK - 1)]!;
    let s: string;
    if (at < 0) s = this.aside.get(i)!;
    else {
      const len = this.lengths[i >>> 16]![i & (INDEX_BLOCK - 1)]!;
      const off = at & (BLOCK - 1);
      s = this.blocks[at >>> BLOCK_BITS]!.toString("utf8", off, off + len);
    }
    this.cacheKey[k] = i;
    this.cacheVal[k] = s;
    return s;
  }

  /** Whether string i is "" (false past the end). */
  isEmpty(i: number): boolean {
    if (!(i >= 0 && i < this.count)) return false;
    const at = this.starts[i >>> 16]![i & (INDEX_BLOCK - 1)]!;
    return at < 0 ? this.aside.get(i) === "" : this.lengths[i >>> 16]![i & (INDEX_BLOCK - 1)] === 0;
  }

  /** Every string, as an array (for comparing readers). */
  toArray(): string[] {
    return Array.from({ length: this.count }, (_, i) => this.get(i)!);
  }

  // Where n more bytes go: in the last block, or at the start of a new one. The first block starts small and doubles
  // up to a full one, so that a form's few hundred strings do not take a megabyte.
  private room(n: number): number {
    const k = this.blocks.length;
    const last = k ? this.blocks[k - 1]! : EMPTY;
    if (k === 0 || this.used + n > last.length) {
      if (k <= 1 && last.length < BLOCK) {
        let size = Math.max(FIRST, last.length);
        while (size < this.used + n && size < BLOCK) size *= 2;
        const grown = Buffer.allocUnsafe(size);
        last.copy(grown, 0, 0, this.used);
        this.blocks[0] = grown;
      }
      if (this.used + n > this.blocks[this.blocks.length - 1]!.length) {
        this.blocks.push(Buffer.allocUnsafe(BLOCK));
        this.used = 0;
      }
    }
    const at = (this.blocks.length - 1) * BLOCK + this.used;
    this.used += n;
    return at;
  }

  private record(at: number, n: number, units: number): void {
    const i = this.count++;
    if ((i & (INDEX_BLOCK - 1)) === 0) {
      this.starts.push(new Int32Array(INDEX_BLOCK));
      this.lengths.push(new Int32Array(INDEX_BLOCK));
    }
    this.starts[i >>> 16]![i & (INDEX_BLOCK - 1)] = at;
    this.lengths[i >>> 16]![i & (INDEX_BLOCK - 1)] = n;
    this.chars += units;
  }

  private keepAside(text: string): void {
    this.aside.set(this.count, text);
    this.record(-1, 0, text.length);
  }
}
