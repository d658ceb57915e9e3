/**
 * The reader's ceilings (src/io/limits.ts) on crafted workbooks: each stops with a "too-large" error that names its
 * ceiling, in both languages, before the file can fill the memory; and a workbook under them reads as before.
 */
import { LIMITS } from "../../src/io/limits";
import { describeReadError, WorkbookReadError } from "../../src/io/read-error";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { makeZip, workbookParts, zipParts } from "./zip-fixture";
import { plainRows } from "../../src/core/snapshot";

async function failure(input: Buffer, options?: Parameters<typeof readWorkbook>[1]): Promise<WorkbookReadError> {
  try {
    await readWorkbook(input, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("expected the read to fail");
}

const sheetXml = (body: string) => workbookParts({ sheets: [{ name: "S", body }] });
const zipOf = (parts: Record<string, string>, extra: Array<{ name: string; data: string | Buffer; deflate?: boolean; declaredSize?: number }> = []) =>
  makeZip([...Object.entries(parts).map(([name, data]) => ({ name, data, deflate: true })), ...extra]);

describe("the reader's ceilings", () => {
  it("a cell past Excel's last row (row 4294967295) stops at once", async () => {
    const e = await failure(zipParts(sheetXml('<sheetData><row r="4294967295"><c r="A4294967295"><v>1</v></c></row></sheetData>')));
    expect([e.kind, e.limit]).toEqual(["too-large", "rows"]);
    expect(describeReadError(e, "zh-CN")).toContain("最大行数 1,048,576");
  });

  it("a cell in column FXSHRXW, past XFD, stops at once", async () => {
    const e = await failure(zipParts(sheetXml('<sheetData><row r="1"><c r="FXSHRXW1"><v>1</v></c></row></sheetData>')));
    expect(e.limit).toBe("columns");
    expect(describeReadError(e, "en")).toContain("past Excel's last column, 16,384 (XFD)");
  });

  it("a merged range past the grid stops too", async () => {
    const e = await failure(zipParts(sheetXml('<sheetData/><mergeCells count="1"><mergeCell ref="A1:A4000000"/></mergeCells>')));
    expect(e.limit).toBe("rows");
  });

  it("elements nested deeper than the ceiling stop before they are all parsed", async () => {
    const n = 200_000;
    const e = await failure(zipParts(sheetXml(`<sheetData>${"<x>".repeat(n)}${"</x>".repeat(n)}</sheetData>`)));
    expect(e.limit).toBe("depth");
  });

  it("a text longer than the ceiling stops while saxes is still gathering it: an inline string, a sheet name", async () => {
    const long = "长".repeat(LIMITS.stringChars + 10);
    const cell = await failure(zipParts(sheetXml(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData>`)));
    expect(cell.limit).toBe("stringChars");
    const named = await failure(zipParts(workbookParts({ sheets: [{ name: "名".repeat(LIMITS.stringChars + 10), body: "<sheetData/>" }] })));
    expect(named.limit).toBe("stringChars");
    // The message names the ceiling, not the text.
    expect(describeReadError(named, "zh-CN").length).toBeLessThan(300);
  });

  it("a part that declares more than the ceiling is refused before it is inflated", async () => {
    const parts = sheetXml("<sheetData/>");
    const e = await failure(zipOf(parts), { limits: { partBytes: 100 } });
    expect(e.limit).toBe("partBytes");
  });

  it("a part compressed far more than real sheets are (a zip bomb) is refused from its declared sizes", async () => {
    // At the real ceilings: 60 MB of rows deflated about 1,000 times.
    const bomb = zipOf(sheetXml(`<sheetData>${'<row r="1"/>'.repeat(5_000_000)}</sheetData>`));
    expect((await failure(bomb)).limit).toBe("compressionRatio");
    // The same rule on a small part: deflated it is refused, stored (not compressed) the same bytes read.
    const parts = sheetXml(`<sheetData>${'<row r="1"/>'.repeat(100_000)}</sheetData>`);
    const low = { ratioFromBytes: 100_000 };
    expect((await failure(zipOf(parts), { limits: low })).limit).toBe("compressionRatio");
    const stored = makeZip(Object.entries(parts).map(([name, data]) => ({ name, data })));
    expect((await readWorkbook(stored, { limits: low })).sheets).toHaveLength(1);
  }, 30_000);

  it("a part that inflates to more than it declares stops at the first chunk past it", async () => {
    const parts = sheetXml("<sheetData/>");
    const sheet = parts["xl/worksheets/sheet1.xml"]!;
    delete parts["xl/worksheets/sheet1.xml"];
    const big = sheet.replace("<sheetData/>", `<sheetData>${"<row/>".repeat(2_000_000)}</sheetData>`);
    const e = await failure(zipOf(parts, [{ name: "xl/worksheets/sheet1.xml", data: big, deflate: true, declaredSize: sheet.length }]));
    expect([e.kind, e.detail]).toEqual(["corrupt", "bad-zip"]);
    expect(String((e.cause as Error).message)).toMatch(/larger than declared/);
  });

  it("more zip entries than the ceiling", async () => {
    const parts = sheetXml("<sheetData/>");
    const extra = Array.from({ length: 30 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: "<x/>" }));
    const e = await failure(zipOf(parts, extra), { limits: { zipEntries: 20 } });
    expect(e.limit).toBe("zipEntries");
  });

  it("more cells than the ceilings, in a sheet and in the workbook", async () => {
    const row = (r: number) => `<row r="${r}">${[1, 2, 3].map((c) => `<c r="${String.fromCharCode(64 + c)}${r}"><v>${r}</v></c>`).join("")}</row>`;
    const body = `<sheetData>${Array.from({ length: 10 }, (_, i) => row(i + 1)).join("")}</sheetData>`;
    const one = zipParts(workbookParts({ sheets: [{ name: "A", body }] }));
    expect((await failure(one, { limits: { cellsPerSheet: 29 } })).limit).toBe("cellsPerSheet");
    const two = zipParts(
      workbookParts({
        sheets: [
          { name: "A", body },
          { name: "B", body },
        ],
      })
    );
    expect((await failure(two, { limits: { cells: 59 } })).limit).toBe("cells");
    // At the ceilings, it reads.
    expect((await readWorkbook(two, { limits: { cellsPerSheet: 30, cells: 60 } })).sheets).toHaveLength(2);
  });

  it("a shared-strings table over its ceilings, by entries or by characters in all", async () => {
    const body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
    const book = zipParts(workbookParts({ sheets: [{ name: "A", body }], sharedStrings: ["甲乙", "丙丁", "戊己", "庚辛"] }));
    expect((await failure(book, { limits: { sharedStrings: 3 } })).limit).toBe("sharedStrings");
    expect((await failure(book, { limits: { sharedStringChars: 7 } })).limit).toBe("sharedStringChars");
    // Plain <si><t>…</t></si> entries take the scanner's fast path: the same ceilings hold there.
    const plain = zipParts(workbookParts({ sheets: [{ name: "A", body }], sharedStrings: "<si><t>甲乙</t></si>".repeat(4) }));
    expect((await failure(plain, { limits: { sharedStrings: 3 } })).limit).toBe("sharedStrings");
    expect((await failure(plain, { limits: { sharedStringChars: 7 } })).limit).toBe("sharedStringChars");
    // At the ceilings, both read.
    for (const b of [book, plain])
      expect(plainRows((await readWorkbook(b, { limits: { sharedStrings: 4, sharedStringChars: 8 } })).sheets[0]!)[0]![0]!.v).toBe("甲乙");
  });

  it("in a batch, the CLI reports the file with its ceiling and checks the others", async () => {
    const { checkFile } = await import("../../src/cli/report-json");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "limits-"));
    const file = path.join(dir, "bomb.xlsx");
    fs.writeFileSync(file, zipParts(sheetXml('<sheetData><row r="4294967295"/></sheetData>')));
    const entry = await checkFile(file, "zh-CN");
    expect(entry.error).toMatch(/^“.*bomb\.xlsx”超出了本工具读取工作簿的上限：单元格的行号超过 Excel 的最大行数 1,048,576/);
  });
});
