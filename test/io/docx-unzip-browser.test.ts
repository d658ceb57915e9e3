/**
 * The pane's .docx unzip (src/io/docx/unzip-browser.ts, no Node): the parts of a real .docx, and for each bad file the
 * problem the pane words a message from; a bomb is refused by its declared sizes, and by its inflated bytes when the
 * directory lies.
 */
import JSZip from "jszip";
import { haikou2023 } from "../../samples/haikou-2023.def";
import { unzipDocx } from "../../src/io/docx/unzip-browser";
import { WorkbookReadError } from "../../src/io/read-error";
import { bombDocx, docxWithoutDocument, emptyDocx, pdfAsDocx, renamedDoc, smallDocx, truncatedDocx, zipNotDocx } from "../helpers/bad-docx";
import { docxFromWorkbook } from "../helpers/docx-writer";
import { makeZip } from "./zip-fixture";

async function problemOf(bytes: Uint8Array): Promise<string> {
  try {
    await unzipDocx(bytes);
    return "read";
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    if (e.kind !== "too-large") expect(e.format).toBe("docx");
    return `${e.kind}:${e.limit ?? e.detail}`;
  }
}

it("gives the document, footnotes and styles of a .docx", async () => {
  const parts = await unzipDocx(await docxFromWorkbook(haikou2023, { footnotes: [{ at: "自评报告!A9", text: "注" }] }));
  expect(parts.document).toContain("2023年政府采购支出1065.25元");
  expect(parts.footnotes).toContain("<w:footnote ");
  expect(parts.styles).toContain('w:styleId="Heading1"');
  expect(parts.endnotes).toBeUndefined();
});

it("names what each bad file is", async () => {
  expect(await problemOf(await docxWithoutDocument())).toBe("not-xlsx:no-document");
  expect(await problemOf(renamedDoc())).toBe("not-xlsx:doc");
  expect(await problemOf(await truncatedDocx())).toBe("corrupt:truncated");
  expect(await problemOf(pdfAsDocx())).toBe("not-xlsx:pdf");
  expect(await problemOf(emptyDocx())).toBe("not-xlsx:empty");
  expect(await problemOf(await zipNotDocx())).toBe("not-xlsx:zip");
  expect(await problemOf(new TextEncoder().encode("<!DOCTYPE html><html></html>"))).toBe("not-xlsx:html");
});

it("tells a password-protected .docx from a .doc", async () => {
  const ole = Buffer.concat([renamedDoc(), Buffer.from("EncryptionInfo", "utf16le")]);
  expect(await problemOf(ole)).toBe("encrypted:encrypted-ooxml");
});

it("refuses a bomb by its declared sizes before inflating it", async () => {
  expect(await problemOf(await bombDocx(60_000_000))).toBe("too-large:compressionRatio");
  await expect(unzipDocx(await smallDocx(), { partBytes: 100 })).rejects.toMatchObject({ kind: "too-large", limit: "partBytes" });
});

it("stops inflating a part whose directory understates its size", async () => {
  const zip = await JSZip.loadAsync(await smallDocx());
  const document = await zip.file("word/document.xml")!.async("nodebuffer");
  const lying = makeZip([
    { name: "[Content_Types].xml", data: await zip.file("[Content_Types].xml")!.async("nodebuffer"), deflate: true },
    { name: "word/document.xml", data: document, deflate: true, declaredSize: 10 },
  ]);
  expect(await problemOf(lying)).toBe("corrupt:bad-zip");
});

it("holds the total to its ceiling", async () => {
  const b = await docxFromWorkbook(haikou2023);
  await expect(unzipDocx(b, { totalBytes: 1000 })).rejects.toMatchObject({ kind: "too-large" });
  await expect(unzipDocx(b, { zipEntries: 2 })).rejects.toMatchObject({ kind: "too-large", limit: "zipEntries" });
});

it.each(["_rels/.rels", "word/styles.xml"])(
  "a main-document relationship naming %s: the document is read from word/document.xml, as on the command line",
  async (target) => {
    const zip = await JSZip.loadAsync(await smallDocx());
    zip.file(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`
    );
    const parts = await unzipDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(parts.document).toContain("执行率94.56%");
  }
);
