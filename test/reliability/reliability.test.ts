/**
 * docs/RELIABILITY.md, generated here: hostile and broken inputs, each run through the command's own per-file check
 * (checkFile), with what was tried and what happened. Every case asserts its outcome; the committed document must be
 * what this run writes (UPDATE_DOCS=1 rewrites it).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkFile, type WorkbookEntry } from "../../src/cli/report-json";
import { FINDING_LIMITS } from "../../src/core/check";
import { LIMITS } from "../../src/io/limits";
import { makeZip, workbookParts, zipParts } from "../io/zip-fixture";

const ROOT = resolve(__dirname, "../..");
const DOC = join(ROOT, "docs/RELIABILITY.md");
const dir = mkdtempSync(join(tmpdir(), "reliability-"));

interface Case {
  tried: string;
  make: () => string;
  /** What must happen: a read error containing this text, or the findings check. */
  expect: { error: string } | { findings: (e: WorkbookEntry) => boolean; says: string };
}

const file = (name: string, data: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const sheetBook = (name: string, body: string) => file(name, zipParts(workbookParts({ sheets: [{ name: "S", body }] })));

const CASES: Case[] = [
  { tried: "an empty file named .xlsx", make: () => file("empty.xlsx", ""), expect: { error: "文件为空" } },
  { tried: "a text file renamed .xlsx", make: () => file("text.xlsx", "资金总额,100\n"), expect: { error: "文本文件" } },
  {
    tried: "a zip cut off halfway",
    make: () => file("cut.xlsx", readFileSync(join(ROOT, "samples/haikou-2023.xlsx")).subarray(0, 4000)),
    expect: { error: "截断" },
  },
  {
    tried: "a cell at row 4294967295",
    make: () => sheetBook("row.xlsx", '<sheetData><row r="4294967295"><c r="A4294967295"><v>1</v></c></row></sheetData>'),
    expect: { error: "最大行数" },
  },
  {
    tried: "a cell in column FXSHRXW",
    make: () => sheetBook("col.xlsx", '<sheetData><row r="1"><c r="FXSHRXW1"><v>1</v></c></row></sheetData>'),
    expect: { error: "最大列数" },
  },
  {
    tried: "200,000 nested elements",
    make: () => sheetBook("deep.xlsx", `<sheetData>${"<x>".repeat(200_000)}${"</x>".repeat(200_000)}</sheetData>`),
    expect: { error: "嵌套" },
  },
  {
    tried: `an inline string of ${(LIMITS.stringChars * 2).toLocaleString("en")} characters`,
    make: () =>
      sheetBook("string.xlsx", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"长".repeat(LIMITS.stringChars * 2)}</t></is></c></row></sheetData>`),
    expect: { error: "超过 1,000,000 个字符" },
  },
  {
    tried: `a sheet name of ${(LIMITS.stringChars * 2).toLocaleString("en")} characters`,
    make: () => file("name.xlsx", zipParts(workbookParts({ sheets: [{ name: "名".repeat(LIMITS.stringChars * 2), body: "<sheetData/>" }] }))),
    expect: { error: "工作表名称" },
  },
  {
    tried: "a sheet of 60 MB deflated a thousand times (a zip bomb)",
    make: () => sheetBook("bomb.xlsx", `<sheetData>${'<row r="1"/>'.repeat(5_000_000)}</sheetData>`),
    expect: { error: "压缩比" },
  },
  {
    tried: "a part that inflates past the size it declares",
    make: () => {
      const parts = workbookParts({ sheets: [{ name: "S", body: "<sheetData/>" }] });
      const sheet = parts["xl/worksheets/sheet1.xml"]!;
      delete parts["xl/worksheets/sheet1.xml"];
      const big = sheet.replace("<sheetData/>", `<sheetData>${"<row/>".repeat(500_000)}</sheetData>`);
      return file(
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
    make: () => {
      const parts = workbookParts({ sheets: [{ name: "S", body: "<sheetData/>" }] });
      const extra = Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: "" }));
      return file("entries.xlsx", makeZip([...Object.entries(parts).map(([name, data]) => ({ name, data })), ...extra]));
    },
    expect: { error: "文件超过 20,000 个" },
  },
  {
    tried: "a FIFO named .xlsx",
    make: () => {
      const p = join(dir, "pipe.xlsx");
      if (!existsSync(p) && spawnSync("mkfifo", [p]).status !== 0) throw new Error("mkfifo failed");
      return p;
    },
    expect: { error: "不是普通文件" },
  },
  {
    tried: "a budget cell holding 1e400",
    make: () => sheetBook("inf.xlsx", '<sheetData><row r="1"><c r="A1"><v>1e400</v></c></row></sheetData>'),
    expect: { findings: (e) => e.error === null, says: "read; the cell is #NUM!" },
  },
  {
    tried: "one cell holding 1,000 percentages with a stray 元",
    make: () =>
      sheetBook(
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
    make: () => {
      const p = join(dir, "sample.xlsx");
      copyFileSync(join(ROOT, "samples/haikou-2023.xlsx"), p);
      return p;
    },
    expect: { findings: (e) => e.error === null && e.findings.length === 9, says: "9 findings, as always" },
  },
];

test("every hostile or broken input ends as expected, and docs/RELIABILITY.md says so", async () => {
  const rows: string[] = [];
  for (const c of CASES) {
    const path = c.make();
    const entry = await checkFile(path, "zh-CN");
    let what: string;
    if ("error" in c.expect) {
      expect(entry.error ?? "").toContain(c.expect.error);
      // It names the file, so that a reviewer's batch says which one.
      expect(entry.error ?? "").toContain(`“${path}”`);
      // The message names the file and the cause, never the hostile content itself.
      expect((entry.error ?? "").length).toBeLessThan(400);
      what = `refused: ${entry.error!.replace(/“[^”]*”/, "“…”")}`;
    } else {
      expect(c.expect.findings(entry)).toBe(true);
      what = c.expect.says;
    }
    rows.push(`| ${c.tried} | ${what.replace(/\|/g, "\\|")} |`);
  }
  const doc = [
    "# Reliability",
    "",
    "Written by `test/reliability/reliability.test.ts` (`UPDATE_DOCS=1 npx jest test/reliability` rewrites it). Each input was run through the command's own per-file check; every outcome is asserted there. The ceilings are in `src/io/limits.ts` and the README.",
    "",
    `${CASES.length} inputs tried.`,
    "",
    "| tried | what happened |",
    "|---|---|",
    ...rows,
    "",
    "Other tests try: a batch holding such files beside good ones (`test/cli/batch.test.ts`), the demo server under aborted, malformed, slow and oversize requests (`test/demo/server.test.ts`), `kill -9` during a report, a full disk and racing writes (`test/io/atomic-write.test.ts`), requests failing halfway through Microsoft's client library (`test/officejs/faults.test.ts`), HTML and script in the pane (`test/e2e/xss.test.ts`), and random workbooks (`test/properties/`).",
    "",
  ].join("\n");
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, doc);
  expect(readFileSync(DOC, "utf8")).toBe(doc);
}, 120_000);
