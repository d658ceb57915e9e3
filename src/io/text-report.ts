/**
 * A 自评报告 kept as plain text (.txt): its lines as the rows of one sheet, read like a Word document's body, so that a
 * reviewer can check a report saved or copied as text. Places are line numbers, as a text editor shows them.
 */
import type { PlainWorkbook } from "../core/snapshot";

/** The sheet a text report's lines stand on, named as a Word document's body is. */
export const TEXT_SHEET = "正文";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether the bytes look like text rather than a binary file: no NUL byte, unless they are UTF-16 with its BOM. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  return !bytes.subarray(0, 64 * 1024).includes(0);
}

/**
 * Text in the encodings Chinese reports are saved in: UTF-8 or UTF-16 by their BOM, UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (Windows Notepad's "ANSI" on a Chinese system, a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Row n is line n + 1; a blank line is a row without cells, so that line numbers stay as the editor counts them. */
export function textSnapshot(text: string): PlainWorkbook {
  const rows = text.split(/\r\n|\n|\r/).map((line) => (line.trim() ? [{ v: line }] : []));
  return { sheets: [{ name: TEXT_SHEET, hidden: false, rows, merges: [], document: { kind: "lines" } }] };
}
