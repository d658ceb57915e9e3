/**
 * Random-access zip reading through the central directory: checks the input first (signature, end record), then streams
 * single parts inflated. Also writes a copy with some parts replaced, every other entry's bytes kept as they are.
 */
import fs, { promises as fsp } from "fs";
import { PassThrough, Readable } from "stream";
import zlib from "zlib";
import { LIMITS, type Limits } from "./limits";
import { overLimit, WorkbookReadError, type ReadErrorDetail } from "./read-error";

interface EntryInfo {
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
  /** The entry's central directory record as stored: a copy keeps it (offset patched). */
  central: Buffer;
}

/** Where the central directory starts, and the end record's comment: what a rewritten copy needs besides the entries. */
interface Layout {
  cdOffset: number;
  comment: Buffer;
}

/** Random access to the input without loading a large file into memory. */
interface ByteSource {
  size: number;
  read(pos: number, len: number): Promise<Buffer>;
  stream(start: number, len: number): Readable;
  close(): Promise<void>;
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const LOCAL_SIG = 0x04034b50;
const CDH_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
// The end record is 22 bytes plus a comment of at most 65535.
const EOCD_SEARCH = 22 + 0xffff;
// Compound files (encrypted .xlsx, legacy .xls) are scanned for stream names only up to this size.
const CFB_SCAN_LIMIT = 64 * 1024 * 1024;
/**
 * Compressed bytes per read. Each is a piece of work for the pool's thread that the main thread must hand over: at
 * 64 KB a 1M-row sheet made some 730 of them, each waiting while the main thread scanned (its check 1.87 -> 1.70 s).
 */
const CHUNK = 1024 * 1024;
const READ_AHEAD = 4 * 1024 * 1024;
/**
 * Inflated bytes per chunk. Each chunk is a trip from the pool's thread to the main one and back before inflating goes
 * on: at 64 KB those trips kept the two threads from overlapping (a 1M-row sheet read in 1.69 s, at 2 MB in 1.44 s).
 */
const INFLATE_CHUNK = 2 * 1024 * 1024;
/** A file up to this size is read whole, once: a sample-sized workbook then costs no read per part. */
const WHOLE_FILE = 8 * 1024 * 1024;
/** A part that inflates to at most this is inflated at once: no stream, no wait on the thread pool per chunk. */
const ONE_PIECE = 4 * 1024 * 1024;

function bufferSource(buf: Buffer): ByteSource {
  return {
    size: buf.length,
    read: async (pos, len) => buf.subarray(pos, Math.min(buf.length, pos + len)),
    stream: (start, len) => {
      const part = buf.subarray(start, start + len);
      return Readable.from(
        (function* () {
          for (let i = 0; i < part.length; i += CHUNK) yield part.subarray(i, i + CHUNK);
        })()
      );
    },
    close: async () => undefined,
  };
}

async function fileSource(file: string): Promise<ByteSource> {
  let handle: fsp.FileHandle;
  try {
    const st = await fsp.stat(file);
    if (st.isDirectory()) throw new WorkbookReadError("not-xlsx", { file, detail: "directory" });
    // Opening a FIFO would wait for a writer forever; a device could be read without end.
    if (!st.isFile()) throw new WorkbookReadError("not-xlsx", { file, detail: "special" });
    handle = await fsp.open(file, "r");
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("not-found", { file, cause: e });
    throw new WorkbookReadError("unreadable", { file, cause: e });
  }
  const size = (await handle.stat()).size;
  if (size <= WHOLE_FILE) {
    try {
      const all = Buffer.alloc(size);
      let got = 0;
      while (got < size) {
        const { bytesRead } = await handle.read(all, got, size - got, got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return bufferSource(all.subarray(0, got));
    } catch (e) {
      throw new WorkbookReadError("unreadable", { file, cause: e });
    } finally {
      await handle.close();
    }
  }
  return {
    size,
    read: async (pos, len) => {
      const n = Math.max(0, Math.min(len, size - pos));
      const out = Buffer.alloc(n);
      const { bytesRead } = await handle.read(out, 0, n, pos);
      return out.subarray(0, bytesRead);
    },
    // A stream of its own per part (not the shared handle): destroying it on an error must not close the handle.
    stream: (start, len) => (len === 0 ? Readable.from([]) : fs.createReadStream(file, { start, end: start + len - 1, highWaterMark: CHUNK })),
    close: () => handle.close(),
  };
}

// Names of streams inside a compound file, UTF-16LE as CFB directory entries store them.
const utf16 = (s: string): Buffer => Buffer.from(s, "utf16le");

async function classifyCfb(src: ByteSource): Promise<ReadErrorDetail | undefined> {
  if (src.size > CFB_SCAN_LIMIT) return undefined;
  const all = await src.read(0, src.size);
  if (all.includes(utf16("EncryptedPackage"))) return "encrypted-ooxml";
  if (all.includes(utf16("Workbook")) || all.includes(utf16("Book"))) return "legacy-xls";
  return undefined;
}

function sniffNonZip(head: Buffer): ReadErrorDetail | undefined {
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  let text = head.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.includes("<table")) return "html";
  if (start.startsWith("<")) return "xml";
  // Text if it has no NUL and decodes cleanly (a character cut off at the end of the sample is allowed).
  if (!head.includes(0) && !text.slice(0, -2).includes("\uFFFD")) return "text";
  return undefined;
}

/** What a zip without a workbook part is, by its tell-tale parts. */
export function archiveKind(names: Iterable<string>): ReadErrorDetail {
  const set = new Set(names);
  if (set.has("xl/workbook.bin")) return "xlsb";
  if (set.has("content.xml") && set.has("mimetype")) return "ods";
  if (set.has("word/document.xml")) return "docx";
  if (set.has("ppt/presentation.xml")) return "pptx";
  return "zip";
}

// zip64 extra field (id 1): the 8-byte values present are those whose 32-bit field is 0xFFFFFFFF, in this order.
function applyZip64(extra: Buffer, e: EntryInfo): void {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const take = (): number => {
        // A field cut short (a crafted or damaged file) must not read past it.
        if (q + 8 > Math.min(extra.length, p + 4 + len)) throw new WorkbookReadError("corrupt", { detail: "bad-zip" });
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = take();
      if (e.compressedSize === 0xffffffff) e.compressedSize = take();
      if (e.localHeader === 0xffffffff) e.localHeader = take();
      return;
    }
    p += 4 + len;
  }
}

export class ZipArchive {
  /** Bytes inflated so far, over every part read (limits.totalBytes). */
  private inflated = 0;

  private constructor(
    private readonly src: ByteSource,
    private readonly entries: Map<string, EntryInfo>,
    private readonly layout: Layout,
    private readonly file: string | undefined,
    private readonly limits: Limits
  ) {}

  /** Opens a path or in-memory file; throws WorkbookReadError when it is not a zip we can read. */
  static async open(input: string | Buffer, limits: Limits = LIMITS): Promise<ZipArchive> {
    const file = typeof input === "string" ? input : undefined;
    const src = typeof input === "string" ? await fileSource(input) : bufferSource(input);
    try {
      const { entries, layout } = await ZipArchive.directory(src, file, limits);
      return new ZipArchive(src, entries, layout, file, limits);
    } catch (e) {
      await src.close();
      throw e;
    }
  }

  private static async directory(src: ByteSource, file: string | undefined, limits: Limits): Promise<{ entries: Map<string, EntryInfo>; layout: Layout }> {
    if (src.size === 0) throw new WorkbookReadError("not-xlsx", { file, detail: "empty" });
    const head = await src.read(0, Math.min(src.size, 4096));
    if (head.length >= 8 && head.subarray(0, 8).equals(CFB_SIGNATURE)) {
      // Excel saves a password-protected .xlsx as a compound file; a legacy .xls is one too.
      throw new WorkbookReadError("encrypted", { file, detail: await classifyCfb(src) });
    }
    const isZip = head.length >= 4 && head.readUInt32LE(0) === LOCAL_SIG;
    const isEmptyZip = head.length >= 4 && head.readUInt32LE(0) === EOCD_SIG;
    if (!isZip && !isEmptyZip) throw new WorkbookReadError("not-xlsx", { file, detail: sniffNonZip(head) });

    const tailLen = Math.min(src.size, EOCD_SEARCH);
    const tailStart = src.size - tailLen;
    const tail = await src.read(tailStart, tailLen);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    // No end record: the archive was cut short.
    if (eocd < 0) throw new WorkbookReadError("corrupt", { file, detail: "truncated" });

    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || tail.readUInt32LE(loc) !== ZIP64_LOCATOR_SIG) throw new WorkbookReadError("corrupt", { file, detail: "bad-zip" });
      const z64 = await src.read(Number(tail.readBigUInt64LE(loc + 8)), 56);
      if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw new WorkbookReadError("corrupt", { file, detail: "bad-zip" });
      count = Number(z64.readBigUInt64LE(32));
      cdSize = Number(z64.readBigUInt64LE(40));
      cdOffset = Number(z64.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > tailStart + eocd) throw new WorkbookReadError("corrupt", { file, detail: "truncated" });

    if (count > limits.zipEntries) throw new WorkbookReadError("too-large", { file, limit: "zipEntries" });
    const cd = await src.read(cdOffset, cdSize);
    const entries = new Map<string, EntryInfo>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CDH_SIG) throw new WorkbookReadError("corrupt", { file, detail: "bad-zip" });
      const flags = cd.readUInt16LE(p + 8);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      // Bit 11: the name is UTF-8; otherwise CP437, which for OOXML part names is plain ASCII.
      const name = cd.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
      const e: EntryInfo = {
        flags,
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localHeader: cd.readUInt32LE(p + 42),
        central: cd.subarray(p, p + 46 + nameLen + extraLen + commentLen),
      };
      try {
        applyZip64(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), e);
      } catch (err) {
        throw err instanceof WorkbookReadError ? new WorkbookReadError("corrupt", { file, detail: "bad-zip" }) : err;
      }
      if (e.localHeader + e.compressedSize > cdOffset) throw new WorkbookReadError("corrupt", { file, detail: "bad-zip" });
      // Two parts of one name: readers would differ on which one is the sheet, so the file may show us other figures than Excel.
      if (entries.has(name)) throw new WorkbookReadError("corrupt", { file, detail: "bad-zip" });
      entries.set(name, e);
      p += 46 + nameLen + extraLen + commentLen;
    }
    const comment = tail.subarray(eocd + 22, eocd + 22 + tail.readUInt16LE(eocd + 20));
    return { entries, layout: { cdOffset, comment } };
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, inflated, in chunks; checks the CRC at the end. Throws WorkbookReadError for damaged data. */
  async *read(name: string): AsyncGenerator<Buffer> {
    const e = this.entries.get(name);
    if (!e) throw new WorkbookReadError("corrupt", { file: this.file, detail: "missing-part", cause: new Error(`missing part ${name}`) });
    // Bit 0 marks a part encrypted with zip's own (legacy) encryption.
    if (e.flags & 0x1) throw new WorkbookReadError("encrypted", { file: this.file, detail: "zip-encrypted" });
    if (e.method !== 0 && e.method !== 8) {
      throw new WorkbookReadError("corrupt", {
        file: this.file,
        detail: "compression",
        cause: new Error(`${name}: compression method ${e.method} is not supported`),
      });
    }
    // Declared sizes first: a part that would inflate past a ceiling is refused before any of it is inflated.
    const l = this.limits;
    if (e.size > l.partBytes) throw overLimit("partBytes");
    if (e.size > l.ratioFromBytes && e.size > l.compressionRatio * Math.max(1, e.compressedSize)) throw overLimit("compressionRatio");
    if (this.inflated + e.size > l.totalBytes) throw overLimit("totalBytes");
    const local = await this.src.read(e.localHeader, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) throw new WorkbookReadError("corrupt", { file: this.file, detail: "bad-zip" });
    const dataStart = e.localHeader + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);

    if (e.size <= ONE_PIECE) {
      yield this.whole(name, e, await this.src.read(dataStart, e.compressedSize));
      return;
    }
    const raw = this.src.stream(dataStart, e.compressedSize);
    let out: Readable = raw;
    if (e.method === 8) {
      const inflate = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
      raw.on("error", (err) => inflate.destroy(err));
      // Buffered well ahead of the reader: the pool's thread inflates while the main thread scans what came before.
      const ahead = new PassThrough({ highWaterMark: READ_AHEAD });
      // pipe() does not carry errors on: corrupt data would otherwise leave the reader waiting.
      inflate.on("error", (err) => ahead.destroy(err));
      out = raw.pipe(inflate).pipe(ahead);
    }
    let crc = 0;
    let size = 0;
    try {
      for await (const chunk of out as AsyncIterable<Buffer>) {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
        // More than the directory declared: the data lies about its size (a zip bomb does); stop now, not at the end.
        if (size > e.size) throw new WorkbookReadError("corrupt", { file: this.file, detail: "bad-zip", cause: new Error(`${name}: larger than declared`) });
        this.inflated += chunk.length;
        yield chunk;
      }
    } catch (err) {
      if (err instanceof WorkbookReadError) throw err;
      throw new WorkbookReadError("corrupt", { file: this.file, detail: "bad-zip", cause: err });
    } finally {
      raw.destroy();
      out.destroy();
    }
    if (crc !== e.crc || size !== e.size) {
      throw new WorkbookReadError("corrupt", { file: this.file, detail: "bad-zip", cause: new Error(`${name}: checksum mismatch`) });
    }
  }

  /** A small part inflated at once, held to its declared size and checksum as a streamed one is. */
  private whole(name: string, e: EntryInfo, data: Buffer): Buffer {
    let out: Buffer;
    try {
      // One byte past the declared size is enough to know the data lies about it (a zip bomb does).
      out = e.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: e.size + 1 }) : data;
    } catch (err) {
      const cause = (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? new Error(`${name}: larger than declared`) : err;
      throw new WorkbookReadError("corrupt", { file: this.file, detail: "bad-zip", cause });
    }
    if (out.length !== e.size || zlib.crc32(out) !== e.crc) {
      const why = out.length > e.size ? "larger than declared" : "checksum mismatch";
      throw new WorkbookReadError("corrupt", { file: this.file, detail: "bad-zip", cause: new Error(`${name}: ${why}`) });
    }
    this.inflated += out.length;
    return out;
  }

  /**
   * A copy of the archive in which `parts` hold new contents, stored or deflated as the originals were; a name the
   * archive lacks is added (deflated, after the others), and null removes an entry. Every other entry keeps its bytes
   * (local header, data, data descriptor, central record), only its offset moves.
   */
  async replaceParts(parts: ReadonlyMap<string, Buffer | null>): Promise<Buffer> {
    const inOrder = [...this.entries].sort((a, b) => a[1].localHeader - b[1].localHeader);
    const out: Buffer[] = [];
    const offsets = new Map<string, number>();
    const fresh = new Map<string, Packed>();
    // Whatever stands before the first entry (a self-extracting stub, say) stays.
    let pos = inOrder[0]?.[1].localHeader ?? this.layout.cdOffset;
    if (pos > 0) out.push(await this.src.read(0, pos));
    for (let i = 0; i < inOrder.length; i++) {
      const [name, e] = inOrder[i]!;
      const end = inOrder[i + 1]?.[1].localHeader ?? this.layout.cdOffset;
      const data = parts.get(name);
      if (data === null) continue;
      offsets.set(name, pos);
      let bytes: Buffer;
      if (data === undefined) {
        bytes = await this.src.read(e.localHeader, end - e.localHeader);
      } else {
        const packed = e.method === 8 ? zlib.deflateRawSync(data) : data;
        const f: Packed = { crc: zlib.crc32(data), compressedSize: packed.length, size: data.length };
        fresh.set(name, f);
        bytes = Buffer.concat([localHeader(e, f), packed]);
      }
      out.push(bytes);
      pos += bytes.length;
    }
    const entries = [...this.entries].filter(([name]) => parts.get(name) !== null);
    for (const [name, data] of parts) {
      if (data === null || this.entries.has(name)) continue;
      const e = newEntry(name);
      const packed = zlib.deflateRawSync(data);
      const f: Packed = { crc: zlib.crc32(data), compressedSize: packed.length, size: data.length };
      fresh.set(name, f);
      entries.push([name, e]);
      offsets.set(name, pos);
      const bytes = Buffer.concat([localHeader(e, f), packed]);
      out.push(bytes);
      pos += bytes.length;
    }
    const cdOffset = pos;
    for (const [name, e] of entries) {
      const f = fresh.get(name);
      const record = f ? centralRecord(e, f) : Buffer.from(e.central);
      if (record.readUInt32LE(42) === 0xffffffff || offsets.get(name)! >= 0xffffffff) throw new Error(`${name}: a zip64 archive is not rewritten`);
      record.writeUInt32LE(offsets.get(name)!, 42);
      out.push(record);
      pos += record.length;
    }
    if (entries.length >= 0xffff || pos >= 0xffffffff) throw new Error("a zip64 archive is not rewritten");
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD_SIG, 0);
    eocd.writeUInt16LE(entries.length, 8);
    eocd.writeUInt16LE(entries.length, 10);
    eocd.writeUInt32LE(pos - cdOffset, 12);
    eocd.writeUInt32LE(cdOffset, 16);
    eocd.writeUInt16LE(this.layout.comment.length, 20);
    out.push(eocd, this.layout.comment);
    return Buffer.concat(out);
  }

  close(): Promise<void> {
    return this.src.close();
  }
}

interface Packed {
  crc: number;
  compressedSize: number;
  size: number;
}

// An added entry: deflated, a UTF-8 name, stamped with the time it was written (DOS time: 2-second steps, local time).
function newEntry(name: string): EntryInfo {
  const bytes = Buffer.from(name, "utf8");
  const now = new Date();
  const central = Buffer.alloc(46 + bytes.length);
  central.writeUInt32LE(CDH_SIG, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE((now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1), 12);
  central.writeUInt16LE(((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(), 14);
  central.writeUInt16LE(bytes.length, 28);
  bytes.copy(central, 46);
  return { method: 8, flags: 0x800, crc: 0, compressedSize: 0, size: 0, localHeader: 0, central };
}

// A replaced entry's headers: its name bytes, time and attributes from the original record; sizes known up front, so no data descriptor.
function localHeader(e: EntryInfo, f: Packed): Buffer {
  const name = e.central.subarray(46, 46 + e.central.readUInt16LE(28));
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL_SIG, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.flags & 0x800, 6);
  h.writeUInt16LE(e.method, 8);
  e.central.copy(h, 10, 12, 16);
  h.writeUInt32LE(f.crc, 14);
  h.writeUInt32LE(f.compressedSize, 18);
  h.writeUInt32LE(f.size, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralRecord(e: EntryInfo, f: Packed): Buffer {
  const name = e.central.subarray(46, 46 + e.central.readUInt16LE(28));
  const r = Buffer.alloc(46);
  e.central.copy(r, 0, 0, 6);
  r.writeUInt16LE(20, 6);
  r.writeUInt16LE(e.flags & 0x800, 8);
  r.writeUInt16LE(e.method, 10);
  e.central.copy(r, 12, 12, 16);
  r.writeUInt32LE(f.crc, 16);
  r.writeUInt32LE(f.compressedSize, 20);
  r.writeUInt32LE(f.size, 24);
  r.writeUInt16LE(name.length, 28);
  e.central.copy(r, 36, 36, 42);
  return Buffer.concat([r, name]);
}
