/** `selfeval report IN --docx OUT.docx`: the Word 自评报告 beside (or instead of) the workbook, its JSON, its refusals. */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli } from "../helpers/run-cli";
import type { ReportDocument } from "../../src/cli/report";
import { cellString } from "../../src/core/cells";
import { readDocx } from "../../src/io/docx-reader";
import { fileState, SAMPLE, removeTemp, tempDir } from "./writer-fixtures";

const dir = tempDir("selfeval-docx-cli-");
afterAll(() => removeTemp(dir));

const run = runCli;

test("-o and --docx: both written, the JSON names the document, the input untouched", async () => {
  const input = fileState(SAMPLE);
  const xlsx = join(dir, "both.xlsx");
  const docx = join(dir, "both.docx");
  const r = await run("report", SAMPLE, "-o", xlsx, "--docx", docx, "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as ReportDocument;
  expect(doc.report.output).toBe(xlsx);
  expect(doc.report.document).toBe(docx);
  expect(doc.report.error).toBeNull();
  expect(doc.report.score?.total).toBe("99.46");
  expect(existsSync(xlsx)).toBe(true);
  const read = await readDocx(readFileSync(docx));
  expect(read.sheets.map((s) => s.name)).toEqual(["正文", "表1"]);
  expect(read.sheets[0]!.rows.map((row) => cellString(row?.[0])).join("\n")).toContain("1065.55万元");
  expect(fileState(SAMPLE)).toEqual(input);
});

test("--docx alone writes only the document; the text output names it and counts its prompts", async () => {
  const docx = join(dir, "alone.docx");
  const r = await run("report", SAMPLE, "--docx", docx);
  expect(r.code).toBe(0);
  expect(r.out).toContain(`→ ${docx}`);
  expect(r.out).toContain(`已写入Word版自评报告：${docx}`);
  expect(r.out).toContain("总分 99.46，等级 优");
  expect(r.out).not.toContain("没有可写入的工作表");
  const read = await readDocx(readFileSync(docx));
  expect(read.sheets.length).toBeGreaterThan(1);
  const json = JSON.parse((await run("report", SAMPLE, "--docx", docx, "--json")).out) as ReportDocument;
  expect(json.report.output).toBeNull();
  expect(json.report.sheets).toEqual([]);
  // The sample leaves prompts in the narrative (reasons to give); the document counts them.
  expect(json.report.prompts).toBeGreaterThan(0);
});

test("in English", async () => {
  const docx = join(dir, "en.docx");
  const r = await run("report", SAMPLE, "--docx", docx, "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Word report written: ${docx}`);
});

describe("refusals: exit 2, a message, nothing written", () => {
  test("neither -o nor --docx", async () => {
    const r = await run("report", SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--docx OUT.docx");
  });

  test("--docx is the input", async () => {
    const input = fileState(SAMPLE);
    const r = await run("report", SAMPLE, "--docx", SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain("就是输入文件");
    expect(fileState(SAMPLE)).toEqual(input);
  });

  test("--docx is the output workbook, by the same path or a link to it: the workbook is not written either", async () => {
    const xlsx = join(dir, "same.xlsx");
    let r = await run("report", SAMPLE, "-o", xlsx, "--docx", xlsx);
    expect(r.code).toBe(2);
    expect(r.err).toContain("与输出的工作簿是同一个文件");
    expect(existsSync(xlsx)).toBe(false);
    writeFileSync(xlsx, "old");
    const link = join(dir, "link.docx");
    symlinkSync(xlsx, link);
    r = await run("report", SAMPLE, "-o", xlsx, "--docx", link, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("is the output workbook itself");
    expect(readFileSync(xlsx, "utf8")).toBe("old");
  });

  test("--docx is a folder", async () => {
    const r = await run("report", SAMPLE, "--docx", dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("是一个文件夹");
  });
});
