/**
 * `report` on workbooks our reader takes but whose structure is odd: the source sheets it only names are never loaded
 * into ExcelJS (a cell ExcelJS refuses there does not stop the report, and the sheet is kept byte for byte), and a
 * structure no report can be written into gets a message in the user's language, never ExcelJS's English, with the
 * input unchanged and no output.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import JSZip from "jszip";
import { planReport } from "../../src/core/report";
import { describeReadError, WorkbookReadError } from "../../src/io/read-error";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { describeWriteError, ReportWriteError, writeReport } from "../../src/io/xlsx-writer";
import { fileState, removeTemp, tempDir } from "./writer-fixtures";

const SAMPLE = resolve(__dirname, "../../samples/haikou-2023.xlsx");

let dir: string;
beforeAll(() => {
  dir = tempDir("selfeval-hostile-report-");
});
afterAll(() => removeTemp(dir));

/** The worksheet part of sheet `name`, by the workbook's relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(wb)![1]!;
  return "xl/" + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
}

async function sampleWith(file: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  await edit(zip);
  const path = join(dir, file);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

async function report(input: string, output: string) {
  const snapshot = await readWorkbook(input);
  return writeReport(input, planReport(snapshot, {}), output, { snapshot });
}

/** What `report` threw. */
async function failure(input: string, output: string): Promise<unknown> {
  try {
    await report(input, output);
  } catch (e) {
    return e;
  }
  throw new Error("the report was written");
}

test("a ledger row ExcelJS refuses (a cell in row 0) does not stop the report, and the ledger is kept byte for byte", async () => {
  let ledger = "";
  const input = await sampleWith("row0.xlsx", async (zip) => {
    ledger = await sheetPart(zip, "支付台账");
    const xml = await zip.file(ledger)!.async("string");
    zip.file(ledger, xml.replace("</sheetData>", '<row><c r="A0"><v>1</v></c></row></sheetData>'));
  });
  const output = join(dir, "row0-out.xlsx");
  const result = await report(input, output);
  expect(result.sheets.map((s) => s.written)).toContain("绩效自评表");
  const [inZip, outZip] = await Promise.all([JSZip.loadAsync(readFileSync(input)), JSZip.loadAsync(readFileSync(output))]);
  expect(await outZip.file(ledger)!.async("nodebuffer")).toEqual(await inZip.file(ledger)!.async("nodebuffer"));
});

describe("a structure no report can be written into", () => {
  test.each([
    [
      "two sheets of one name",
      async (zip: JSZip) => {
        const wb = await zip.file("xl/workbook.xml")!.async("string");
        zip.file("xl/workbook.xml", wb.replace('name="合同"', 'name="支付台账"'));
      },
    ],
    [
      "a styles relationship whose part is not there",
      async (zip: JSZip) => {
        zip.remove("xl/styles.xml");
      },
    ],
    [
      "a sheet name over Excel's 31 characters",
      async (zip: JSZip) => {
        const wb = await zip.file("xl/workbook.xml")!.async("string");
        zip.file("xl/workbook.xml", wb.replace('name="合同"', `name="${"合同".repeat(16)}"`));
      },
    ],
    [
      "no [Content_Types].xml",
      async (zip: JSZip) => {
        zip.remove("[Content_Types].xml");
      },
    ],
  ])("%s: the message says so in Chinese and in English; the input is unchanged, no output", async (what, edit) => {
    const input = await sampleWith(`${what.replace(/\W+/g, "-")}.xlsx`, edit);
    const before = fileState(input);
    const output = join(dir, `${what.replace(/\W+/g, "-")}-out.xlsx`);
    const error = await failure(input, output);
    expect(error).toBeInstanceOf(WorkbookReadError);
    const zh = describeReadError(error, "zh-CN");
    expect(zh).toContain(input);
    expect(zh).toContain("工作簿的结构不合 Excel 的规范");
    expect(describeReadError(error, "en")).toContain("its structure breaks Excel's rules");
    expect(fileState(input)).toEqual(before);
    expect(existsSync(output)).toBe(false);
  });
});

test("an output in a folder that does not exist: the reason in words, not the system's code and our temporary file", async () => {
  const output = join(dir, "no", "such", "folder", "out.xlsx");
  const error = await failure(SAMPLE, output);
  expect(error).toBeInstanceOf(ReportWriteError);
  const zh = describeWriteError(error as ReportWriteError, "zh-CN");
  expect(zh).toContain("所在文件夹不存在");
  expect(describeWriteError(error as ReportWriteError, "en")).toContain("its folder does not exist");
  expect(zh).not.toMatch(/ENOENT|\.tmp/);
});
