/**
 * The hostile and broken inputs of docs/RELIABILITY.md, each with the outcome it must have: shared by the per-file
 * test that writes the document and the batch test that runs them all through the command at once.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { WorkbookEntry } from "../../src/cli/report-json";
import { FINDING_LIMITS } from "../../src/core/check";
import { LIMITS } from "../../src/io/limits";
import { makeZip, workbookParts, zipParts } from "../io/zip-fixture";

const ROOT = resolve(__dirname, "../..");

export interface Case {
  tried: string;
  /** Writes the input into `dir` and returns its path. */
  make: (dir: string) => string;
  /** What must happen: a read error containing this text, or the findings check. */
  expect: { error: string } | { findings: (e: WorkbookEntry) => boolean; says: string };
}

const file = (dir: string, name: string, data: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const sheetBook = (dir: string, name: string, body: string) => file(dir, name, zipParts(workbookParts({ sheets: [{ name: "S", body }] })));

export const CASES: Case[] = [
  { tried: "an empty file named .xlsx", make: (dir) => file(dir, "empty.xlsx", ""), expect: { error: "文件为空" } },
  { tried: "a text file renamed .xlsx", make: (dir) => file(dir, "text.xlsx", "资金总额,100\n"), expect: { error: "文本文件" } },
  {
    tried: "a zip cut off halfway",
    make: (dir) => file(dir, "cut.xlsx", readFileSync(join(ROOT, "samples/haikou-2023.xlsx")).subarray(0, 4000)),
    expect: { error: "截断" },
  },
  {
    tried: "a cell at row 4294967295",
    make: (dir) => sheetBook(dir, "row.xlsx", '<sheetData><row r="4294967295"><c r="A4294967295"><v>1</v></c></row></sheetData>'),
    expect: { error: "最大行数" },
  },
  {
    tried: "a cell in column FXSHRXW",
    make: (dir) => sheetBook(dir, "col.xlsx", '<sheetData><row r="1"><c r="FXSHRXW1"><v>1</v></c></row></sheetData>'),
    expect: { error: "最大列数" },
  },
  {
    tried: "200,000 nested elements",
    make: (dir) => sheetBook(dir, "deep.xlsx", `<sheetData>${"<x>".repeat(200_000)}${"</x>".repeat(200_000)}</sheetData>`),
    expect: { error: "嵌套" },
  },
  {
    tried: `an inline string of ${(LIMITS.stringChars * 2).toLocaleString("en")} characters`,
    make: (dir) =>
      sheetBook(
        dir,
        "string.xlsx",
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"长".repeat(LIMITS.stringChars * 2)}</t></is></c></row></sheetData>`
      ),
    expect: { error: "超过 1,000,000 个字符" },
  },
  {
    tried: `a sheet name of ${(LIMITS.stringChars * 2).toLocaleString("en")} characters`,
    make: (dir) => file(dir, "name.xlsx", zipParts(workbookParts({ sheets: [{ name: "名".repeat(LIMITS.stringChars * 2), body: "<sheetData/>" }] }))),
    expect: { error: "工作表名称" },
  },
  {
    tried: `a shared-strings table of ${(LIMITS.sharedStrings + 1).toLocaleString("en")} distinct short entries`,
    make: (dir) => {
      const table = Array.from({ length: LIMITS.sharedStrings + 1 }, (_, i) => `<si><t>${i}</t></si>`).join("");
      const body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
      return file(dir, "strings.xlsx", zipParts(workbookParts({ sheets: [{ name: "S", body }], sharedStrings: table })));
    },
    expect: { error: "共享字符串表的条目超过" },
  },
  {
    tried: "a report text of 100,000 sentences, each with a stray unit (about 1,800,000 characters)",
    make: (dir) => {
      const rows = Array.from(
        { length: 100_000 },
        (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>第${i}项执行率94.56%元。</t></is></c></row>`
      );
      return sheetBook(
        dir,
        "sentences.xlsx",
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效自评报告</t></is></c></row>${rows.join("")}</sheetData>`
      );
    },
    expect: { error: "超出了本工具检查的上限" },
  },
  {
    tried: "a sheet of 60 MB deflated a thousand times (a zip bomb)",
    make: (dir) => sheetBook(dir, "bomb.xlsx", `<sheetData>${'<row r="1"/>'.repeat(5_000_000)}</sheetData>`),
    expect: { error: "压缩比" },
  },
  {
    tried: "a part that inflates past the size it declares",
    make: (dir) => {
      const parts = workbookParts({ sheets: [{ name: "S", body: "<sheetData/>" }] });
      const sheet = parts["xl/worksheets/sheet1.xml"]!;
      delete parts["xl/worksheets/sheet1.xml"];
      const big = sheet.replace("<sheetData/>", `<sheetData>${"<row/>".repeat(500_000)}</sheetData>`);
      return file(
        dir,
        "liar.xlsx",
        makeZip([
          ...Object.entries(parts).map(([name, data]) => ({ name, data, deflate: true })),
          { name: "xl/worksheets/sheet1.xml", data: big, deflate: true, declaredSize: sheet.length },
        ])
      );
    },
    expect: { error: "压缩结构损坏" },
  },
  {
    tried: `${(LIMITS.zipEntries + 1).toLocaleString("en")} entries in the zip`,
    make: (dir) => {
      const parts = workbookParts({ sheets: [{ name: "S", body: "<sheetData/>" }] });
      const extra = Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: "" }));
      return file(dir, "entries.xlsx", makeZip([...Object.entries(parts).map(([name, data]) => ({ name, data })), ...extra]));
    },
    expect: { error: "文件超过 20,000 个" },
  },
  {
    tried: "a FIFO named .xlsx",
    make: (dir) => {
      const p = join(dir, "pipe.xlsx");
      if (!existsSync(p) && spawnSync("mkfifo", [p]).status !== 0) throw new Error("mkfifo failed");
      return p;
    },
    expect: { error: "不是普通文件" },
  },
  {
    tried: "a budget cell holding 1e400",
    make: (dir) => sheetBook(dir, "inf.xlsx", '<sheetData><row r="1"><c r="A1"><v>1e400</v></c></row></sheetData>'),
    expect: { findings: (e) => e.error === null, says: "read; the cell is #NUM!" },
  },
  {
    tried: "one cell holding 1,000 percentages with a stray 元",
    make: (dir) =>
      sheetBook(
        dir,
        "slips.xlsx",
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效自评报告</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${Array.from({ length: 1_000 }, (_, i) => `第${i + 1}项执行率${(i / 100).toFixed(2)}%元`).join("，")}</t></is></c></row></sheetData>`
      ),
    expect: {
      findings: (e) => e.findings.length === FINDING_LIMITS.perCell + 1 && e.summary.error === 1_000,
      says: `${FINDING_LIMITS.perCell} findings listed and one summing up the other ${1_000 - FINDING_LIMITS.perCell}; the summary counts 1,000`,
    },
  },
  {
    tried: "the sample workbook, for comparison",
    make: (dir) => {
      const p = join(dir, "sample.xlsx");
      copyFileSync(join(ROOT, "samples/haikou-2023.xlsx"), p);
      return p;
    },
    expect: { findings: (e) => e.error === null && e.findings.length === 9, says: "9 findings, as always" },
  },
];
