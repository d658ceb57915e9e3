/**
 * A byte-level XML tokenizer for the large parts (worksheets, shared strings): it walks the inflated Buffers with
 * indexOf, hands the handler an element's local name as a small number and its attributes as byte ranges, and decodes
 * text only where the handler captures it. It keeps saxes's semantics where the reader's output depends on them (entities
 * and character references, line-ending and attribute-value normalisation, comments, CDATA and processing instructions
 * ignored, namespace prefixes) and the ceilings on depth and text length; it rejects the malformed XML that would change
 * what is read (unbalanced or unclosed elements, unquoted attributes, undefined entities, text outside the root).
 */
import { type Limits } from "./limits";
import { overLimit, WorkbookReadError } from "./read-error";
import { utf16Bom } from "./text-report";

/** The local names the readers act on; every other element is OTHER. */
export const N_OTHER = 0;
export const N_ROW = 1;
export const N_C = 2;
export const N_F = 3;
export const N_V = 4;
export const N_IS = 5;
export const N_T = 6;
export const N_RPH = 7;
export const N_MERGE_CELL = 8;
export const N_SI = 9;

export interface XmlHandler {
  open(name: number, x: ByteXml): void;
  close(name: number): void;
  /** A text node (between two pieces of markup) while `x.capture` is set: raw bytes, undecoded. */
  text(buf: Buffer, start: number, end: number): void;
  /**
   * Offered the bytes after an element's start tag: the handler may read on where they have their usual shape (doing
   * what the events would) and return where the scan is to go on, `at` when it read nothing; reading the element's
   * end tag, it calls `x.endFast()`.
   */
  rest?(name: number, b: Buffer, at: number): number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const CR = 0x0d;
const QUOT = 0x22;
const APOS = 0x27;
const EQ = 0x3d;
const COLON = 0x3a;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Whether b holds the ASCII text `s` at `at`. */
export function bytesAre(b: Buffer, at: number, s: string): boolean {
  if (at + s.length > b.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

export function badXml(problem: string): WorkbookReadError {
  return new WorkbookReadError("corrupt", { detail: "bad-xml", cause: new Error(problem) });
}

// The local name (after the first colon, as the SAX reader's local() takes it) as one of the N_ constants.
function nameId(b: Buffer, start: number, end: number): number {
  let s = start;
  for (let i = start; i < end; i++) {
    if (b[i] === COLON) {
      s = i + 1;
      break;
    }
  }
  const n = end - s;
  const c0 = b[s];
  if (n === 1) {
    if (c0 === 0x63) return N_C;
    if (c0 === 0x76) return N_V;
    if (c0 === 0x66) return N_F;
    if (c0 === 0x74) return N_T;
    return N_OTHER;
  }
  if (n === 2) return c0 === 0x69 && b[s + 1] === 0x73 ? N_IS : c0 === 0x73 && b[s + 1] === 0x69 ? N_SI : N_OTHER;
  if (n === 3) {
    if (c0 === 0x72 && b[s + 1] === 0x6f && b[s + 2] === 0x77) return N_ROW;
    if (c0 === 0x72 && b[s + 1] === 0x50 && b[s + 2] === 0x68) return N_RPH;
    return N_OTHER;
  }
  if (n === 9 && c0 === 0x6d && b.toString("latin1", s, end) === "mergeCell") return N_MERGE_CELL;
  return N_OTHER;
}

// Qualified names are compared by a hash on the stack of open elements: it only decides whether a close tag matches.
function nameHash(b: Buffer, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + b[i]!) | 0;
  return h;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

// XML 1.0's Char production: what a character reference may name.
const isXmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

function entity(ref: string): string {
  if (ref.charCodeAt(0) === 0x23) {
    const hex = ref.charCodeAt(1) === 0x78;
    const digits = ref.slice(hex ? 2 : 1);
    const code = /^[0-9]+$/.test(digits) || (hex && /^[0-9A-Fa-f]+$/.test(digits)) ? parseInt(digits, hex ? 16 : 10) : NaN;
    if (!isXmlChar(code)) throw badXml("malformed character entity");
    return String.fromCodePoint(code);
  }
  const e = ENTITIES[ref];
  if (e === undefined) throw badXml("undefined entity");
  return e;
}

/**
 * Text as saxes gives it: UTF-8 decoded, CR LF and lone CR as LF, entities and character references replaced; in an
 * attribute value (`attr`) tabs and line ends become spaces too.
 */
export function decodeXml(b: Buffer, start: number, end: number, attr = false): string {
  let i = start;
  while (i < end && b[i] !== AMP && b[i] !== CR && !(attr && (b[i] === 0x09 || b[i] === 0x0a))) i++;
  if (i === end) return b.toString("utf8", start, end);
  let out = b.toString("utf8", start, i);
  let from = i;
  while (i < end) {
    const c = b[i]!;
    if (c === AMP) {
      out += b.toString("utf8", from, i);
      let j = i + 1;
      while (j < end && b[j] !== 0x3b) j++;
      if (j === end) throw badXml("unterminated entity");
      out += entity(b.toString("latin1", i + 1, j));
      i = j + 1;
      from = i;
    } else if (c === CR || (attr && (c === 0x09 || c === 0x0a))) {
      out += b.toString("utf8", from, i) + (attr ? " " : "\n");
      i += c === CR && b[i + 1] === 0x0a ? 2 : 1;
      from = i;
    } else i++;
  }
  return out + b.toString("utf8", from, end);
}

/**
 * The length in UTF-16 units of text arriving in pieces, as decodeXml would give it (a reference counts as one), counted
 * without decoding: a text node held over chunks is held to the ceiling at each chunk's end, as saxes held the text it
 * was gathering.
 */
class UnitCount {
  count = 0;
  private entity = false;
  private cr = false;

  reset(): void {
    this.count = 0;
    this.entity = false;
    this.cr = false;
  }

  add(b: Buffer, start: number, end: number): void {
    let n = this.count;
    for (let i = start; i < end; i++) {
      const c = b[i]!;
      if (this.entity) {
        if (c === 0x3b) this.entity = false;
        continue;
      }
      if (c === AMP) {
        this.entity = true;
        n++;
      } else if (c === 0x0a && this.cr) {
        // CR LF is one line end.
      } else if ((c & 0xc0) !== 0x80) n += c >= 0xf0 ? 2 : 1;
      this.cr = c === CR;
    }
    this.count = n;
  }
}

const enum Step {
  Done,
  /** The markup at the cursor continues in the next chunk. */
  More,
}

/** How much of a chunk is joined to the markup held over from the chunk before. */
const BRIDGE = 4096;

export class ByteXml {
  /** Set by the handler while it wants text nodes. */
  capture = false;
  /** The current open tag's attributes: name start, name end, value start, value end (raw, undecoded) per attribute. */
  attrs = new Int32Array(64);
  attrCount = 0;
  /** Bytes of the current open tag's qualified name: 1 for <c>, 3 for <x:c>. */
  nameLength = 0;
  buf: Buffer = Buffer.alloc(0);

  private readonly stack: Int32Array;
  /** Elements open now. */
  depth = 0;
  private rootSeen = false;
  /** Pieces of a text node that spans chunks, and its length so far in characters. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly pendingUnits = new UnitCount();
  /** Where, in the carried tail, an attribute value still open at the chunk's end starts (-1: none). */
  private openValue = -1;

  constructor(
    private readonly handler: XmlHandler,
    private readonly limits: Limits
  ) {
    this.stack = new Int32Array(limits.depth + 1);
  }

  /** The element open last was read to its end tag by the handler's rest(). */
  endFast(): void {
    this.depth--;
  }

  /** The handler's rest() read, just after endFast(), a start tag of the same name: that element is open again. */
  reopen(): void {
    this.depth++;
  }

  /** The index of the attribute named exactly `name` (ASCII) in `attrs` (4 entries per attribute), or -1. */
  attr(name: string): number {
    const a = this.attrs;
    const b = this.buf;
    next: for (let k = 0; k < this.attrCount; k++) {
      const s = a[4 * k]!;
      if (a[4 * k + 1]! - s !== name.length) continue;
      for (let j = 0; j < name.length; j++) if (b[s + j] !== name.charCodeAt(j)) continue next;
      return 4 * k;
    }
    return -1;
  }

  /** An attribute's value decoded, by its index from attr(). */
  value(k: number): string {
    return decodeXml(this.buf, this.attrs[k + 2]!, this.attrs[k + 3]!, true);
  }

  async run(chunks: AsyncIterable<Buffer | string>): Promise<void> {
    let tail: Buffer | undefined;
    let first = true;
    for await (const chunk of chunks) {
      let b = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      if (tail && !first && b.length > 2 * BRIDGE) {
        // The markup held over is read joined to the chunk's start only, not to a copy of the whole chunk.
        const bridge = Buffer.concat([tail, b.subarray(0, BRIDGE)]);
        const stop = this.scan(bridge);
        b = stop >= tail.length ? b.subarray(stop - tail.length) : Buffer.concat([bridge.subarray(stop), b.subarray(BRIDGE)]);
      } else if (tail) b = Buffer.concat([tail, b]);
      tail = undefined;
      if (first) {
        // A byte-order mark, as the decoder before saxes dropped it: wait for three bytes to tell.
        if (b.length < 3) {
          tail = b;
          continue;
        }
        if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
        first = false;
      }
      const stop = this.scan(b);
      if (stop < b.length) {
        tail = b.subarray(stop);
        // A tag held over chunks is only ever this long when an attribute value is: hold that to the text ceiling.
        if (this.openValue >= 0 && tail.length - (this.openValue - stop) > this.limits.stringChars) {
          if (decodeXml(b, this.openValue, b.length, true).length > this.limits.stringChars) throw overLimit("stringChars");
        }
      }
      if (this.pendingUnits.count > this.limits.stringChars) throw overLimit("stringChars");
    }
    if (tail && tail.length) throw badXml("unexpected end");
    if (this.pendingBytes) this.textNode(Buffer.alloc(0), 0, 0);
    if (this.depth > 0) throw badXml("unclosed tag");
    if (!this.rootSeen) throw badXml("document must contain a root element");
  }

  private checkTextLength(b: Buffer, start: number, end: number): void {
    if (end - start > this.limits.stringChars && decodeXml(b, start, end).length > this.limits.stringChars) throw overLimit("stringChars");
  }

  // A text node ends at [start, end) of b; earlier pieces of it may be pending from previous chunks.
  private textNode(b: Buffer, start: number, end: number): void {
    if (this.pendingBytes) {
      this.pending.push(b.subarray(start, end));
      b = Buffer.concat(this.pending);
      start = 0;
      end = b.length;
      this.pending = [];
      this.pendingBytes = 0;
      this.pendingUnits.reset();
    }
    if (end - start > this.limits.stringChars) this.checkTextLength(b, start, end);
    if (this.depth === 0) {
      for (let i = start; i < end; i++) if (!isSpace(b[i]!)) throw badXml("text data outside of root node");
      return;
    }
    if (this.capture) this.handler.text(b, start, end);
  }

  /** Scans b as far as its markup is complete; returns where the unscanned tail starts. */
  private scan(b: Buffer): number {
    this.buf = b;
    let pos = 0;
    const len = b.length;
    while (pos < len) {
      // Markup is a few bytes apart in a sheet: a loop beats a native indexOf call per tag.
      let lt = pos;
      while (lt < len && b[lt] !== LT) lt++;
      if (lt === len) {
        this.pending.push(b.subarray(pos));
        this.pendingBytes += len - pos;
        this.pendingUnits.add(b, pos, len);
        return len;
      }
      if (lt > pos || this.pendingBytes) this.textNode(b, pos, lt);
      const next = this.markup(b, lt);
      if (next === Step.More) return lt;
      pos = this.cursor;
    }
    return len;
  }

  private cursor = 0;

  // One piece of markup at b[lt] === '<'; sets the cursor past it, or says it continues in the next chunk.
  private markup(b: Buffer, lt: number): Step {
    const len = b.length;
    this.openValue = -1;
    if (lt + 1 >= len) return Step.More;
    const c1 = b[lt + 1]!;
    if (c1 === SLASH) {
      const gt = b.indexOf(GT, lt + 2);
      if (gt < 0) return Step.More;
      let e = lt + 2;
      while (e < gt && !isSpace(b[e]!)) e++;
      for (let i = e; i < gt; i++) if (!isSpace(b[i]!)) throw badXml("unexpected close tag");
      if (this.depth === 0 || this.stack[this.depth - 1] !== nameHash(b, lt + 2, e)) throw badXml("unexpected close tag");
      this.depth--;
      this.handler.close(nameId(b, lt + 2, e));
      this.cursor = gt + 1;
      return Step.Done;
    }
    if (c1 === 0x3f) {
      const end = b.indexOf("?>", lt + 2, "latin1");
      if (end < 0) return Step.More;
      this.cursor = end + 2;
      return Step.Done;
    }
    if (c1 === 0x21) return this.declaration(b, lt);
    return this.openTag(b, lt);
  }

  // <!-- comment -->, <![CDATA[ … ]]> (ignored, as the SAX reader ignored it) or <!DOCTYPE …>.
  private declaration(b: Buffer, lt: number): Step {
    if (lt + 4 > b.length) return Step.More;
    let end: number;
    if (b[lt + 2] === 0x2d && b[lt + 3] === 0x2d) {
      end = b.indexOf("-->", lt + 4, "latin1");
      if (end < 0) return Step.More;
      this.cursor = end + 3;
      return Step.Done;
    }
    if (lt + 9 > b.length) return Step.More;
    if (b.toString("latin1", lt + 2, lt + 9) === "[CDATA[") {
      if (this.depth === 0) throw badXml("CDATA outside of root node");
      end = b.indexOf("]]>", lt + 9, "latin1");
      if (end < 0) return Step.More;
      this.cursor = end + 3;
      return Step.Done;
    }
    if (this.depth > 0 || this.rootSeen) throw badXml("inappropriately located doctype declaration");
    const gt = b.indexOf(GT, lt);
    const open = b.indexOf(0x5b, lt);
    if (open >= 0 && (gt < 0 || open < gt)) {
      // An internal subset: its own markup may hold '>'; it ends at "]" then ">".
      const close = b.indexOf(0x5d, open);
      const after = close < 0 ? -1 : b.indexOf(GT, close);
      if (after < 0) return Step.More;
      this.cursor = after + 1;
      return Step.Done;
    }
    if (gt < 0) return Step.More;
    this.cursor = gt + 1;
    return Step.Done;
  }

  private openTag(b: Buffer, lt: number): Step {
    const len = b.length;
    let i = lt + 1;
    while (i < len) {
      const c = b[i]!;
      if (c === GT || c === SLASH || isSpace(c)) break;
      i++;
    }
    if (i >= len) return Step.More;
    const nameEnd = i;
    if (nameEnd === lt + 1) throw badXml("disallowed character in name");
    let count = 0;
    for (;;) {
      while (i < len && isSpace(b[i]!)) i++;
      if (i >= len) return Step.More;
      const c = b[i]!;
      if (c === GT || c === SLASH) break;
      const ns = i;
      while (i < len && b[i] !== EQ && b[i] !== GT && b[i] !== SLASH && !isSpace(b[i]!)) i++;
      const ne = i;
      while (i < len && isSpace(b[i]!)) i++;
      if (i >= len) return Step.More;
      if (b[i] !== EQ) throw badXml("attribute without value");
      i++;
      while (i < len && isSpace(b[i]!)) i++;
      if (i >= len) return Step.More;
      const q = b[i]!;
      if (q !== QUOT && q !== APOS) throw badXml("unquoted attribute value");
      const vs = ++i;
      while (i < len && b[i] !== q) {
        if (b[i] === LT) throw badXml("disallowed character in attribute value");
        i++;
      }
      if (i >= len) {
        this.openValue = vs;
        return Step.More;
      }
      if (i - vs > this.limits.stringChars && decodeXml(b, vs, i, true).length > this.limits.stringChars) throw overLimit("stringChars");
      if (4 * count + 4 > this.attrs.length) {
        const grown = new Int32Array(this.attrs.length * 2);
        grown.set(this.attrs);
        this.attrs = grown;
      }
      this.attrs[4 * count] = ns;
      this.attrs[4 * count + 1] = ne;
      this.attrs[4 * count + 2] = vs;
      this.attrs[4 * count + 3] = i;
      count++;
      i++;
    }
    let selfClosing = false;
    if (b[i] === SLASH) {
      if (i + 1 >= len) return Step.More;
      if (b[i + 1] !== GT) throw badXml("forward-slash in opening tag not followed by >");
      selfClosing = true;
      i++;
    }
    if (this.depth === 0) {
      if (this.rootSeen) throw badXml("documents may contain only one root");
      this.rootSeen = true;
    }
    this.attrCount = count;
    this.nameLength = nameEnd - lt - 1;
    const id = nameId(b, lt + 1, nameEnd);
    if (!selfClosing) {
      if (this.depth >= this.limits.depth) throw overLimit("depth");
      this.stack[this.depth++] = nameHash(b, lt + 1, nameEnd);
    }
    this.handler.open(id, this);
    this.cursor = i + 1;
    if (selfClosing) this.handler.close(id);
    else if (this.handler.rest) this.cursor = this.handler.rest(id, b, i + 1);
    return Step.Done;
  }
}

/** An XML part's encoding by its first bytes: UTF-16 (a BOM or a NUL-padded "<"), another one declared, or UTF-8. */
function encodingOf(b: Buffer): "utf-16" | "declared" | "utf-8" {
  if (utf16Bom(b)) return "utf-16";
  if ((b[0] === 0x3c && b[1] === 0x00) || (b[0] === 0x00 && b[1] === 0x3c)) return "utf-16";
  const declared = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(b.subarray(0, 256).toString("latin1"));
  return !declared || /^utf-?8$/i.test(declared[1]!) ? "utf-8" : "declared";
}

/**
 * An XML part's chunks, refused when it is not UTF-8. Excel and Word write UTF-8 only, and our readers read only it: a
 * part in GBK or UTF-16 would be read as other characters, every label missed, and the file wrongly pass as clean. A
 * part declared in another encoding that holds only ASCII reads the same in UTF-8, and is read.
 */
export async function* utf8Xml(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let encoding: ReturnType<typeof encodingOf> | undefined;
  for await (const chunk of chunks) {
    if (encoding === undefined && chunk.length) encoding = encodingOf(chunk);
    if (encoding === "utf-16" || (encoding === "declared" && chunk.some((b) => b >= 0x80))) {
      throw new WorkbookReadError("not-xlsx", { detail: "encoding" });
    }
    yield chunk;
  }
}
