/**
 * A 自评报告 as plain text: decoded in the encodings reports are saved in, its lines as rows, read by `selfeval check` by
 * content when the file is named .txt, alone or with its workbook, and refused clearly when it cannot be read.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, copyFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { readAny } from "../../src/io/read-any";
import { decodeText, looksLikeText, textSnapshot } from "../../src/io/text-report";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");

// The seed's budget and execution as its text lays them out, with its slips: 94.56%元, 专户 0 and 单位 0.00% over 0/0.
const REPORT = [
  "海口市政务服务中心项目支出绩效自评报告",
  "",
  "预算情况如下：",
  "资金总额-年初预算数11265500元，资金总额-全年预算数11268530.96元，",
  "专户-年初预算数0元，专户全年预算数0元，",
  "单位年初预算数0元，单位全年预算数0元。",
  "",
  "资金执行情况如下：",
  "资金总额-全年执行数10655546.85元，资金总额-执行率94.56%元",
  "专户全年执行数0元，专户-执行率0",
  "",
  "单位全年执行数0元，单位全年执行率0.00%",
].join("\r\n");

/** GB18030 bytes of 全年预算数 (Notepad's "ANSI" on a Chinese Windows). */
const GB_BUDGET = Buffer.from([0xc8, 0xab, 0xc4, 0xea, 0xd4, 0xa4, 0xcb, 0xe3, 0xca, 0xfd]);

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe("decodeText", () => {
  test.each([
    ["UTF-8", Buffer.from("全年预算数", "utf8")],
    ["UTF-8 with its BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("全年预算数", "utf8")])],
    ["UTF-16LE with its BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("全年预算数", "utf16le")])],
    ["UTF-16BE with its BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be("全年预算数")])],
    ["GB18030", GB_BUDGET],
  ])("%s", (_, bytes) => {
    expect(decodeText(bytes)).toBe("全年预算数");
  });

  test("text is told from binary by NUL bytes, except in UTF-16 with its BOM", () => {
    expect(looksLikeText(Buffer.from("资金总额\n", "utf8"))).toBe(true);
    expect(looksLikeText(Buffer.from([0x50, 0x00, 0x01, 0x02]))).toBe(false);
    expect(looksLikeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("资金", "utf16le")]))).toBe(true);
  });
});

describe("textSnapshot", () => {
  test("row n is line n + 1, blank lines kept as rows without cells, for \\r\\n, \\n and \\r alike", () => {
    for (const eol of ["\r\n", "\n", "\r"]) {
      const rows = textSnapshot(["一、项目概况", "", "  ", "资金总额1126.55万元"].join(eol)).sheets[0]!.rows;
      expect(rows).toEqual([[{ v: "一、项目概况" }], [], [], [{ v: "资金总额1126.55万元" }]]);
    }
  });

  test("the report's slips are found on the lines they stand on", () => {
    const res = checkWorkbook(textSnapshot(REPORT));
    expect(res.sheets.map((s) => s.role)).toEqual(["report-text"]);
    expect(res.findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([
      ["stray-unit", "error", ["正文!A9"]],
      ["undefined-rate", "error", ["正文!A10", "正文!A5"]],
      ["undefined-rate", "error", ["正文!A12", "正文!A6"]],
    ]);
  });
});

describe("selfeval check on a .txt report", () => {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-txt-"));
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, "check", ...args], { encoding: "utf8", cwd: ROOT });

  test("alone: its findings by line, in Chinese and in English; exit 1 for its errors", () => {
    const file = join(dir, "report.txt");
    writeFileSync(file, REPORT);
    const zh = run(file);
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain("有误：第9行");
    expect(zh.stdout).toContain("有误：第12行；依据：第6行");
    const en = run(file, "--lang", "en");
    expect(en.stdout).toContain("wrong: line 10; basis: line 5");
    const json = JSON.parse(run(file, "--json").stdout) as { workbooks: Array<{ sheets: unknown[]; findings: Array<{ cells: string[] }> }> };
    expect(json.workbooks[0]!.sheets).toEqual([{ name: "正文", role: "report-text", document: { kind: "lines" } }]);
    expect(json.workbooks[0]!.findings.map((f) => f.cells)).toEqual([["正文!A9"], ["正文!A10", "正文!A5"], ["正文!A12", "正文!A6"]]);
  });

  test("in GB18030 as Notepad saves it, the same findings", async () => {
    const file = join(dir, "gb.txt");
    writeFileSync(file, REPORT);
    const utf8 = checkWorkbook(await readAny(file)).findings;
    expect(utf8).toHaveLength(3);
    // Node has no GB18030 encoder: the bytes come from its decoder's tables.
    const gb = encodeGb18030(REPORT);
    writeFileSync(file, gb);
    expect(decodeText(gb)).toBe(REPORT);
    expect(checkWorkbook(await readAny(file)).findings).toEqual(utf8);
  });

  test("with its workbook as one scope, the report first whatever the order given", () => {
    const file = join(dir, "with.txt");
    writeFileSync(file, REPORT);
    const out = JSON.parse(run(SAMPLE, file, "--json").stdout) as { workbooks: Array<{ file: string; workbook?: string; sheets: Array<{ name: string }> }> };
    expect(out.workbooks).toHaveLength(1);
    expect(out.workbooks[0]!.file).toBe(file);
    expect(out.workbooks[0]!.workbook).toBe(SAMPLE);
    expect(out.workbooks[0]!.sheets.map((s) => s.name)).toContain("正文");
  });

  test("a workbook named .txt is read as the workbook it is", () => {
    const file = join(dir, "book.txt");
    copyFileSync(SAMPLE, file);
    const json = JSON.parse(run(file, "--json").stdout) as { workbooks: Array<{ error: string | null; sheets: Array<{ role: string }> }> };
    expect(json.workbooks[0]!.error).toBeNull();
    expect(json.workbooks[0]!.sheets.map((s) => s.role)).toContain("budget");
  });

  test("binary bytes named .txt, an empty folder named .txt, a missing .txt, one over the ceiling, a blank one: a clear message, exit 2", () => {
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]));
    const folder = join(dir, "folder.txt");
    mkdirSync(folder);
    const big = join(dir, "big.txt");
    writeFileSync(big, "");
    truncateSync(big, 50_000_001);
    const blank = join(dir, "blank.txt");
    writeFileSync(blank, "\r\n  \n");
    for (const [file, words] of [
      [binary, "无法读取"],
      [folder, "没有可检查的文件"],
      [join(dir, "missing.txt"), "找不到文件"],
      [big, "文本文件超过 50,000,000 字节"],
      [blank, "文件为空"],
    ] as const) {
      const r = run(file);
      expect(r.status).toBe(2);
      expect(r.stdout + r.stderr).toContain(words);
      expect(r.stdout + r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });
});

/** GB18030 bytes of a string, built from the decoder: each character's two bytes found by decoding the GBK range once. */
function encodeGb18030(s: string): Buffer {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(Buffer.from([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 two-byte form for ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}
