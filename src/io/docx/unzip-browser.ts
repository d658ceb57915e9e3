/**
 * A .docx's parts out of its bytes, in the browser (no Node imports): the task pane reads a file the user picks without
 * sending it anywhere. The package is held to the reader's ceilings (limits.ts) by the sizes its directory declares
 * before anything is inflated, and by the bytes actually inflated while inflating (a directory may lie).
 */
import JSZip from "jszip";
import { type Limits, limitsWith } from "../limits";
import { overLimit, type ReadErrorDetail, type ReadErrorKind, WorkbookReadError } from "../read-error";
import type { DocxParts } from "./parse";
import { mainDocumentPart, relationships, relsPartOf, resolvePart, targetOf } from "./rels";

/** A file given as a Word report that is not one the reader can read; its message speaks of Word and .docx. */
function notReadable(kind: ReadErrorKind, detail?: ReadErrorDetail, cause?: unknown): WorkbookReadError {
  return new WorkbookReadError(kind, { format: "docx", ...(detail !== undefined && { detail }), ...(cause !== undefined && { cause }) });
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** An OLE compound file holding "EncryptionInfo" (UTF-16 in its directory) is a password-protected OOXML package. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/** What a file that is not a zip is, from its first bytes. */
function notZip(bytes: Uint8Array): WorkbookReadError {
  if (bytes.length === 0) return notReadable("not-xlsx", "empty");
  if (startsWith(bytes, OLE)) return isEncryptedPackage(bytes) ? notReadable("encrypted", "encrypted-ooxml") : notReadable("not-xlsx", "doc");
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\ufeff/, "")
    .trimStart();
  if (head.startsWith("%PDF")) return notReadable("not-xlsx", "pdf");
  if (/^<(!doctype html|html)/i.test(head)) return notReadable("not-xlsx", "html");
  if (head.startsWith("<")) return notReadable("not-xlsx", "xml");
  return notReadable("not-xlsx");
}

/** The sizes JSZip read from the central directory (not part of its typings, so checked before use). */
function declaredSizes(entry: JSZip.JSZipObject): { packed: number; size: number } | undefined {
  const data = (entry as unknown as { _data?: { compressedSize?: unknown; uncompressedSize?: unknown } })._data;
  if (typeof data?.compressedSize !== "number" || typeof data.uncompressedSize !== "number") return undefined;
  return { packed: data.compressedSize, size: data.uncompressedSize };
}

type Streamable = JSZip.JSZipObject & { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> };

/** Inflates one part, stopping as soon as it goes over the part or total ceiling or its declared size. */
function inflate(entry: JSZip.JSZipObject, lim: Limits, budget: { left: number }, declared: number | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let got = 0;
    let done = false;
    const stream = (entry as Streamable).internalStream("uint8array");
    const fail = (e: unknown) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(e);
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        got += chunk.length;
        budget.left -= chunk.length;
        if (got > lim.partBytes) return fail(overLimit("partBytes"));
        if (budget.left < 0) return fail(overLimit("totalBytes"));
        if (declared !== undefined && got > declared) return fail(notReadable("corrupt", "bad-zip"));
        chunks.push(chunk);
      })
      .on("error", (e) => fail(notReadable("corrupt", "bad-zip", e)))
      .on("end", () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(got);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

function relsOf(xml: string): ReturnType<typeof relationships> {
  try {
    return relationships(xml);
  } catch (e) {
    throw notReadable("corrupt", "bad-xml", e);
  }
}

async function loadZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(msg)) throw notReadable("encrypted", "zip-encrypted", e);
    // A cut-short file loses its central directory, which sits at the end.
    throw notReadable("corrupt", /end of central directory|end of data|corrupted zip/i.test(msg) ? "truncated" : "bad-zip", e);
  }
}

/**
 * The parts docxSnapshot reads. Throws WorkbookReadError (format "docx") for what is not a readable .docx (a .doc, a
 * PDF, another zip, a damaged or encrypted package), "too-large" past a ceiling.
 */
export async function unzipDocx(data: ArrayBuffer | Uint8Array, limits?: Partial<Limits>): Promise<DocxParts> {
  const lim = limitsWith(limits);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // PK\3\4 starts a zip with entries, PK\5\6 an empty one.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5))) throw notZip(bytes);
  const zip = await loadZip(bytes);
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > lim.zipEntries) throw overLimit("zipEntries");

  const budget = { left: lim.totalBytes };
  const read = async (name: string): Promise<string | undefined> => {
    const entry = zip.file(name);
    if (!entry) return undefined;
    const sizes = declaredSizes(entry);
    if (sizes) {
      if (sizes.size > lim.partBytes) throw overLimit("partBytes");
      if (sizes.size > budget.left) throw overLimit("totalBytes");
      if (sizes.size > lim.ratioFromBytes && sizes.size > lim.compressionRatio * Math.max(1, sizes.packed)) throw overLimit("compressionRatio");
    }
    const raw = await inflate(entry, lim, budget, sizes?.size);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch (e) {
      throw notReadable("corrupt", "bad-xml", e);
    }
  };

  const rootRels = await read("_rels/.rels");
  const present = new Set(entries.map((e) => e.name));
  const mainPart = mainDocumentPart(rootRels !== undefined ? targetOf(relsOf(rootRels), "officeDocument") : undefined, (p) => present.has(p));
  const document = mainPart === undefined ? undefined : await read(mainPart);
  if (mainPart === undefined || document === undefined) {
    const names = entries.map((e) => e.name);
    if (names.some((n) => n.startsWith("xl/"))) throw notReadable("not-xlsx");
    if (names.some((n) => n.startsWith("ppt/"))) throw notReadable("not-xlsx", "pptx");
    if (!names.some((n) => n.startsWith("word/") || n === "[Content_Types].xml")) throw notReadable("not-xlsx", "zip");
    throw notReadable("not-xlsx", "no-document");
  }
  const relsXml = await read(relsPartOf(mainPart));
  const rels = relsXml !== undefined ? relsOf(relsXml) : [];
  const part = async (kind: string) => {
    const target = targetOf(rels, kind);
    return target === undefined ? undefined : read(resolvePart(mainPart, target));
  };
  const [footnotes, endnotes, styles] = [await part("footnotes"), await part("endnotes"), await part("styles")];
  return { document, ...(footnotes !== undefined && { footnotes }), ...(endnotes !== undefined && { endnotes }), ...(styles !== undefined && { styles }) };
}
