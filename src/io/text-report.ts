/**
 * A 自评报告 kept as plain text (.txt): its lines as the rows of one sheet, read like a Word document's body, so that a
 * reviewer can check a report saved or copied as text. Places are line numbers, as a text editor shows them.
 */
import type { PlainWorkbook } from "../core/snapshot";
import { DOCX_SHEETS } from "./docx/parse";

/** The UTF-16 a byte-order mark names at the start of the bytes, if any. */
export function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Whether the bytes look like text rather than a binary file: no NUL byte, unless they are UTF-16 with its BOM. */
export function looksLikeText(bytes: Uint8Array): boolean {
  return utf16Bom(bytes) !== null || !bytes.subarray(0, 64 * 1024).includes(0);
}

/**
 * Text in the encodings Chinese reports are saved in: UTF-8 or UTF-16 by their BOM, UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (Windows Notepad's "ANSI" on a Chinese system, a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Bom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 BOM itself.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Row n is line n + 1; a blank line is a row without cells, so that line numbers stay as the editor counts them. */
export function textSnapshot(text: string): PlainWorkbook {
  const rows = text.split(/\r\n|\n|\r/).map((line) => (line.trim() ? [{ v: line }] : []));
  return { sheets: [{ name: DOCX_SHEETS.body, hidden: false, rows, merges: [], document: { kind: "lines" } }] };
}
