/**
 * Packages damaged or crafted inside, as a fuzzing of the command found them: each gets its own message in the user's
 * language, naming the right program (Excel for a workbook, Word for a report), never an English internal error or a
 * clean pass over content read wrongly.
 */
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { readAny } from "../../src/io/read-any";
import { describeReadError, WorkbookReadError } from "../../src/io/read-error";
import { smallDocx } from "../helpers/bad-docx";
import { makeZip, workbookParts, type ZipEntry } from "./zip-fixture";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-parts-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SHEET = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>11268530.96</v></c></row></sheetData>';

/** A workbook's entries (sheet 预算执行 and its shared strings), changed by `edit`. */
function workbookEntries(edit: (entries: ZipEntry[]) => void = () => {}): ZipEntry[] {
  const parts = workbookParts({ sheets: [{ name: "预算执行", body: SHEET }], sharedStrings: ["全年预算数"] });
  const entries = Object.entries(parts).map(([name, data]) => ({ name, data, deflate: true }) as ZipEntry);
  edit(entries);
  return entries;
}

/** The message readAny gives for these bytes under `name`, in both languages. */
async function messages(name: string, bytes: Buffer): Promise<{ zh: string; en: string; error: WorkbookReadError }> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  try {
    await readAny(file);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { zh: describeReadError(e, "zh-CN"), en: describeReadError(e, "en"), error: e };
  }
  throw new Error(`${name} was read`);
}

const part = (entries: ZipEntry[], name: string) => entries.find((e) => e.name === name)!;

describe("a workbook damaged inside", () => {
  test("the base workbook reads", async () => {
    const file = path.join(dir, "good.xlsx");
    fs.writeFileSync(file, makeZip(workbookEntries()));
    expect((await readAny(file)).sheets.map((s) => s.name)).toEqual(["预算执行"]);
  });

  test("a zip64 field cut short: its zip structure is damaged", async () => {
    const extra = Buffer.from([0x01, 0x00, 0x04, 0x00, 0, 0, 0, 0]);
    const m = await messages(
      "zip64.xlsx",
      makeZip(
        workbookEntries((es) => {
          const sheet = part(es, "xl/worksheets/sheet1.xml");
          sheet.centralExtra = extra;
          sheet.centralSizes = { compressed: 0xffffffff, size: 0xffffffff, offset: 0 };
        })
      )
    );
    expect(m.zh).toContain("压缩结构损坏");
    expect(m.en).toContain("zip structure is damaged");
  });

  test("a compression method Office does not use (bzip2, 12)", async () => {
    const m = await messages("bzip2.xlsx", makeZip(workbookEntries((es) => (part(es, "xl/worksheets/sheet1.xml").method = 12))));
    expect(m.zh).toContain("Office 不使用的压缩方式");
    expect(m.zh).toContain("Excel");
    expect(m.en).toContain("compressed in a way Office does not use");
    expect(m.zh + m.en).not.toMatch(/compression method 12/);
  });

  test("two parts of one name: refused, since Excel and we might read different ones", async () => {
    const m = await messages(
      "twice.xlsx",
      makeZip(workbookEntries((es) => es.push({ name: "xl/worksheets/sheet1.xml", data: `<worksheet>${SHEET}</worksheet>`, deflate: true })))
    );
    expect(m.error.detail).toBe("bad-zip");
  });

  test("a sheet the workbook lists without its part", async () => {
    const m = await messages("nopart.xlsx", makeZip(workbookEntries((es) => es.splice(es.indexOf(part(es, "xl/worksheets/sheet1.xml")), 1))));
    expect(m.zh).toContain("工作簿列出的工作表在文件中不存在");
    expect(m.en).toContain("a sheet the workbook lists is not in the file");
  });

  test.each([
    ["shared strings in GBK, declared", "xl/sharedStrings.xml", (s: string) => Buffer.from(s.replace('encoding="UTF-8"', 'encoding="GBK"'), "utf8")],
    ["a sheet in UTF-16LE with its BOM", "xl/worksheets/sheet1.xml", (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")])],
    ["a sheet in UTF-16LE without a BOM", "xl/worksheets/sheet1.xml", (s: string) => Buffer.from(s, "utf16le")],
  ])("%s: not read as other characters and passed as clean, but refused by its encoding", async (_, name, encode) => {
    const m = await messages(
      "encoding.xlsx",
      makeZip(
        workbookEntries((es) => {
          const p = part(es, name);
          p.data = encode(String(p.data));
        })
      )
    );
    expect(m.error.kind).toBe("not-xlsx");
    expect(m.zh).toContain("不是 Office 保存时使用的 UTF-8 编码");
    expect(m.en).toContain("not in the UTF-8 that Office saves in");
  });

  test("a workbook listing no sheet is damaged, not one without slips", async () => {
    const m = await messages(
      "nosheets.xlsx",
      makeZip(
        workbookEntries((es) => {
          const wb = part(es, "xl/workbook.xml");
          wb.data = String(wb.data).replace(/<sheets>.*<\/sheets>/, "<sheets/>");
        })
      )
    );
    expect(m.zh).toContain("工作簿中一个工作表也没有");
    expect(m.en).toContain("the workbook lists no sheet at all");
  });

  test("a part declared in GBK that holds only ASCII reads the same in UTF-8, and is read", async () => {
    const file = path.join(dir, "ascii-gbk.xlsx");
    fs.writeFileSync(
      file,
      makeZip(
        workbookEntries((es) => {
          const wb = part(es, "xl/_rels/workbook.xml.rels");
          wb.data = String(wb.data).replace('encoding="UTF-8"', 'encoding="GBK"');
        })
      )
    );
    expect((await readAny(file)).sheets.map((s) => s.name)).toEqual(["预算执行"]);
  });

  test("a damaged _rels/.rels in a workbook speaks of Excel, not of Word", async () => {
    const m = await messages(
      "rels.xlsx",
      makeZip([{ name: "_rels/.rels", data: "<Relationships><Relationship &bad;/></Relationships>", deflate: true }, ...workbookEntries()])
    );
    expect(m.zh).toContain("Excel");
    expect(m.zh).not.toContain("Word");
  });
});

describe("a Word report damaged inside", () => {
  async function docx(edit: (zip: JSZip) => void): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await smallDocx());
    edit(zip);
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  test("damaged XML is the document's data, not a workbook's", async () => {
    const m = await messages("bad.docx", await docx((z) => z.file("word/document.xml", "<w:document><w:body><w:p>")));
    expect(m.zh).toContain("文档内部数据损坏");
    expect(m.zh).not.toContain("工作簿");
    expect(m.en).toContain("the data inside the document is damaged");
  });

  test("document.xml in GBK, declared: refused by its encoding", async () => {
    // 资金 in GBK bytes, which read as UTF-8 would be other characters.
    const gbk = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="GBK"?><w:document><w:body><w:p><w:r><w:t>'),
      Buffer.from([0xd7, 0xca, 0xbd, 0xf0]),
      Buffer.from("</w:t></w:r></w:p></w:body></w:document>"),
    ]);
    const bytes = await docx((z) => z.file("word/document.xml", gbk));
    const m = await messages("gbk.docx", bytes);
    expect(m.zh).toContain("不是 Word 文档");
    expect(m.zh).toContain("UTF-8");
  });

  test.each([
    ["pointing at itself", "_rels/.rels"],
    ["pointing at the styles", "word/styles.xml"],
  ])("a main-document relationship %s: the document is read from where Word puts it", async (_, target) => {
    const bytes = await docx((z) =>
      z.file(
        "_rels/.rels",
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`
      )
    );
    const file = path.join(dir, "rel.docx");
    fs.writeFileSync(file, bytes);
    const body = (await readAny(file)).sheets.find((s) => s.document?.kind === "body")!;
    expect(JSON.stringify(body.rows)).toContain("执行率94.56%");
  });

  test("a main document under another name in word/ is read", async () => {
    const bytes = await docx((z) => {
      const doc = z.file("word/document.xml")!;
      z.remove("word/document.xml");
      z.file("word/main.xml", doc.async("nodebuffer"));
      z.file(
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>'
      );
    });
    const file = path.join(dir, "main.docx");
    fs.writeFileSync(file, bytes);
    const body = (await readAny(file)).sheets.find((s) => s.document?.kind === "body")!;
    expect(JSON.stringify(body.rows)).toContain("执行率94.56%");
  });
});
