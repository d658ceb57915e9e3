/**
 * Test helper: files named .docx that are not Word documents the reader can read, as reviewers receive them. Each builder
 * returns the bytes; the reader must give a clear message for each, never a stack trace or an empty "no findings".
 */
import JSZip from "jszip";
import type { WorkbookDef } from "../../samples/workbook-def";
import { docxFromWorkbook } from "./docx-writer";

const SMALL: WorkbookDef = {
  sheets: [{ name: "自评报告", rows: [["一、项目概况"], ["项目年度预算1126.55万元，全年执行1065.55万元，执行率94.56%，余61.3万元未支付。"]] }],
};

/** A real .docx of a few paragraphs, the base the damaged ones start from. */
export function smallDocx(): Promise<Buffer> {
  return docxFromWorkbook(SMALL);
}

/** A package whose index and relationships are there but word/document.xml is not (a zip of the other parts). */
export async function docxWithoutDocument(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await smallDocx());
  zip.remove("word/document.xml");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A zip with nothing of Word in it (a folder of images zipped and renamed). */
export function zipNotDocx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("photos/readme.txt", "现场照片");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The OLE compound file signature of a binary Word 97–2003 .doc, then a header-sized run of bytes: a .doc renamed .docx. */
export function renamedDoc(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  // Minor and major version (3), byte order FFFE, sector shift 9: what Word's compound files carry.
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(0x0009, 30);
  header.fill(0xff, 76);
  return header;
}

/** A download cut short: the first `fraction` of a real .docx (its central directory is lost). */
export async function truncatedDocx(fraction = 0.6): Promise<Buffer> {
  const full = await smallDocx();
  return full.subarray(0, Math.max(30, Math.floor(full.length * fraction)));
}

/** A PDF export renamed .docx. */
export function pdfAsDocx(): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n" +
      "trailer\n<< /Root 1 0 R >>\n%%EOF\n",
    "latin1"
  );
}

/** An empty file. */
export function emptyDocx(): Buffer {
  return Buffer.alloc(0);
}

/**
 * A bomb: word/document.xml inflates to `bytes` of XML from a few kilobytes, honestly declared (the reader must refuse it
 * by its sizes before inflating it).
 */
export async function bombDocx(bytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await smallDocx());
  const open = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`;
  const close = `</w:t></w:r></w:p></w:body></w:document>`;
  const filler = Buffer.alloc(Math.max(0, bytes - open.length - close.length), 0x20);
  zip.file("word/document.xml", Buffer.concat([Buffer.from(open), filler, Buffer.from(close)]));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
