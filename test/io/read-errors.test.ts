/** readWorkbook's typed errors for input that is not a readable .xlsx, and their zh-CN/en messages. */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { describeReadError, readWorkbook, WorkbookReadError, type ReadErrorKind } from "../../src/io/xlsx-reader";
import { makeZip, workbookParts, zipParts } from "./zip-fixture";

let dir: string;
let goodXlsx: Buffer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-errors-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("预算执行");
  for (let r = 1; r <= 200; r++) ws.addRow([r, `第${r}行`, r * 1.5]);
  goodXlsx = Buffer.from(await wb.xlsx.writeBuffer());
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function put(name: string, data: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

async function failure(input: string | Buffer): Promise<WorkbookReadError> {
  try {
    await readWorkbook(input);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("expected a WorkbookReadError");
}

// A compound-file header (what Excel writes for a password-protected .xlsx, and what a legacy .xls is).
function cfb(streamName?: string): Buffer {
  const buf = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  if (streamName) Buffer.from(streamName, "utf16le").copy(buf, 1024);
  return buf;
}

describe("error kinds", () => {
  const cases: Array<[string, () => string | Buffer, ReadErrorKind, string | undefined]> = [
    ["a missing file", () => path.join(dir, "nope.xlsx"), "not-found", undefined],
    ["a text file renamed .xlsx", () => put("text.xlsx", "资金来源,全年预算数\n财政资金,11268530.96\n"), "not-xlsx", "text"],
    ["an HTML table saved as .xls", () => put("export.xlsx", "<html><body><table><tr><td>1</td></tr></table></body></html>"), "not-xlsx", "html"],
    ["an empty file", () => put("empty.xlsx", ""), "not-xlsx", "empty"],
    ["a folder", () => dir, "not-xlsx", "directory"],
    ["a zip without a workbook (a .docx renamed)", () => makeZip([{ name: "word/document.xml", data: "<w:document/>" }]), "not-xlsx", "docx"],
    [
      "a .docx whose package index names word/document.xml as its office document",
      () =>
        makeZip([
          { name: "[Content_Types].xml", data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
          {
            name: "_rels/.rels",
            data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          },
          { name: "word/document.xml", data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' },
        ]),
      "not-xlsx",
      "docx",
    ],
    ["a fake CFB header", () => put("locked.xlsx", cfb()), "encrypted", undefined],
    ["a password-protected .xlsx", () => put("protected.xlsx", cfb("EncryptedPackage")), "encrypted", "encrypted-ooxml"],
    ["a legacy .xls", () => put("old.xls", cfb("Workbook")), "encrypted", "legacy-xls"],
    ["a truncated zip", () => put("cut.xlsx", goodXlsx.subarray(0, Math.floor(goodXlsx.length * 0.6))), "corrupt", "truncated"],
    ["a truncated zip in memory", () => goodXlsx.subarray(0, goodXlsx.length - 10), "corrupt", "truncated"],
  ];

  it.each(cases)("%s", async (_label, input, kind, detail) => {
    const err = await failure(input());
    expect(err.kind).toBe(kind);
    expect(err.detail).toBe(detail);
  });

  it("damaged compressed data inside an intact zip", async () => {
    const parts = workbookParts({ sheets: [{ name: "S", body: "<sheetData/>" }] });
    const entries = Object.entries(parts).map(([name, data]) => ({ name, data, deflate: true }));
    const damaged = entries.map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, rawOverride: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]) } : e));
    const err = await failure(put("damaged.xlsx", makeZip(damaged)));
    expect(err.kind).toBe("corrupt");
    expect(err.detail).toBe("bad-zip");
    expect(err.file).toBe(path.join(dir, "damaged.xlsx"));
  });

  it("malformed XML inside an intact zip", async () => {
    const parts = workbookParts({ sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>' }] });
    const err = await failure(zipParts(parts));
    expect(err.kind).toBe("corrupt");
    expect(err.detail).toBe("bad-xml");
  });

  it("still reads the intact workbook the damaged ones were cut from", async () => {
    const snap = await readWorkbook(goodXlsx);
    expect(snap.sheets[0]!.rows).toHaveLength(200);
  });
});

describe("describeReadError", () => {
  it("speaks Chinese and English for every kind, naming the file", async () => {
    const file = path.join(dir, "locked2.xlsx");
    put("locked2.xlsx", cfb());
    const err = await failure(file);
    expect(describeReadError(err, "zh-CN")).toContain("已加密或为旧版 .xls");
    expect(describeReadError(err, "zh-CN")).toContain(file);
    expect(describeReadError(err, "en")).toContain("encrypted or a legacy .xls");
    expect(err.message).toBe(describeReadError(err, "en"));

    const kinds: ReadErrorKind[] = ["not-found", "unreadable", "not-xlsx", "encrypted", "corrupt"];
    for (const kind of kinds) {
      const e = new WorkbookReadError(kind, { file: "a.xlsx" });
      const zh = describeReadError(e, "zh-CN");
      const en = describeReadError(e, "en");
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh).toContain("a.xlsx");
      expect(en).toContain("a.xlsx");
    }
  });

  it("gives specific reasons", () => {
    expect(describeReadError(new WorkbookReadError("not-found", { file: "x.xlsx" }), "zh-CN")).toBe("找不到文件“x.xlsx”，请检查路径是否正确。");
    expect(describeReadError(new WorkbookReadError("encrypted", { detail: "legacy-xls" }), "zh-CN")).toContain("Excel 97-2003");
    expect(describeReadError(new WorkbookReadError("corrupt", { detail: "truncated" }), "en")).toContain("incomplete");
    expect(describeReadError(new WorkbookReadError("not-xlsx", { detail: "text" }), "zh-CN")).toContain("文本文件");
  });

  it("describes other errors generically", () => {
    expect(describeReadError(new Error("boom"), "zh-CN")).toBe("读取工作簿失败：boom");
    expect(describeReadError("boom", "en")).toBe("Could not read the workbook: boom");
  });
});
