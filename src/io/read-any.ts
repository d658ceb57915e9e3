/**
 * Reads a file the command line was given, by its content: a Word .docx into the document's snapshot, anything else by
 * the workbook reader. The name only chooses the words of a message: a file named .docx (or .doc, .pdf) that cannot be
 * read is spoken of as a Word report. A file named .txt whose bytes are text is read as a report's plain text.
 */
import { open, readFile, stat } from "fs/promises";
import { extname } from "path";
import type { WorkbookSnapshot } from "../core/snapshot";
import { isDocxPackage, readDocxArchive } from "./docx-reader";
import { limitsWith } from "./limits";
import { type ReadFormat, WorkbookReadError } from "./read-error";
import { decodeText, looksLikeText, textSnapshot } from "./text-report";
import { readWorkbookArchive } from "./xlsx-reader";
import { ZipArchive } from "./zip-archive";

/** The names a Word report comes under: a read error for one of them speaks of Word. */
export function namedAsDocument(file: string): boolean {
  return /^\.(docx|docm|dotx|doc|pdf)$/i.test(extname(file));
}

// Word 97-2003 keeps its text in a compound file's "WordDocument" stream (names stored UTF-16LE).
const WORD_STREAM = Buffer.from("WordDocument", "utf16le");
// As for .xls files (zip-archive.ts), stream names are looked for only in files up to this size.
const SCAN_LIMIT = 64 * 1024 * 1024;

async function isLegacyDoc(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size <= SCAN_LIMIT && (await readFile(file)).includes(WORD_STREAM);
  } catch {
    return false;
  }
}

function withFormat(e: WorkbookReadError, file: string, format: ReadFormat, detail = e.detail): WorkbookReadError {
  return new WorkbookReadError(e.kind, { file: e.file ?? file, detail, cause: e.cause, limit: e.limit, format });
}

async function openZip(file: string): Promise<ZipArchive> {
  try {
    return await ZipArchive.open(file, limitsWith());
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    // A compound file that is neither an encrypted package nor an .xls: a binary Word .doc, however it is named.
    if (e.kind === "encrypted" && e.detail === undefined && (namedAsDocument(file) || (await isLegacyDoc(file)))) {
      throw withFormat(e, file, "docx", "doc");
    }
    throw namedAsDocument(file) ? withFormat(e, file, "docx") : e;
  }
}

const ZIP_OR_CFB = [Buffer.from("PK"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0])];

/** A file named .txt holding text: its bytes, or undefined when they are a package or binary (read as such instead). */
async function textOf(file: string): Promise<Uint8Array | undefined> {
  if (!/\.txt$/i.test(file)) return undefined;
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    // Not there, a folder, no permission: the workbook reader says which.
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    if (info.size > limitsWith().textBytes) throw new WorkbookReadError("too-large", { file, limit: "textBytes", format: "docx" });
    const bytes = await handle.readFile();
    if (ZIP_OR_CFB.some((m) => bytes.subarray(0, m.length).equals(m)) || !looksLikeText(bytes)) return undefined;
    // Nothing to check is not a report without problems.
    if (!bytes.some((b) => b > 0x20)) throw new WorkbookReadError("not-xlsx", { file, detail: "empty", format: "docx" });
    return bytes;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError("unreadable", { file, cause: e, format: "docx" });
  } finally {
    await handle.close();
  }
}

/** A Word report, a plain-text report or a workbook, by content; the file is opened once. */
export async function readAny(file: string): Promise<WorkbookSnapshot> {
  const text = await textOf(file);
  if (text) return textSnapshot(decodeText(text));
  const zip = await openZip(file);
  try {
    let isDocument: boolean;
    try {
      isDocument = await isDocxPackage(zip);
    } catch (e) {
      // A damaged _rels/.rels says nothing of what the package is: the name speaks for it.
      const format = namedAsDocument(file) ? "docx" : "xlsx";
      if (e instanceof WorkbookReadError) throw withFormat(e, file, format);
      throw new WorkbookReadError("corrupt", { file, cause: e, format });
    }
    try {
      if (isDocument) return await readDocxArchive(zip, limitsWith());
    } catch (e) {
      if (e instanceof WorkbookReadError) throw withFormat(e, file, "docx");
      throw new WorkbookReadError("corrupt", { file, cause: e, format: "docx" });
    }
    try {
      return await readWorkbookArchive(zip, limitsWith(), file);
    } catch (e) {
      if (e instanceof WorkbookReadError && namedAsDocument(file)) throw withFormat(e, file, "docx");
      throw e;
    }
  } finally {
    await zip.close();
  }
}
