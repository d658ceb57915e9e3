/**
 * A batch that always answers: a special file, a workbook over a ceiling and an engine failure each get their own entry,
 * the other files keep their results; the JSON is written entry by entry with the same text as one stringify.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { documentChunks } from "../../src/cli/main";
import { workbookParts, zipParts } from "../io/zip-fixture";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Entry = { file: string; error: string | null; findings: Array<{ rule: string; cells: string[] }> };

describe("a batch with hostile files in it", () => {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-batch-"));
  const good = join(dir, "a-good.xlsx");
  let alone: Entry;
  beforeAll(() => {
    copyFileSync(SAMPLE, good);
    // A cell at row 4294967295: past Excel's grid.
    writeFileSync(join(dir, "b-grid.xlsx"), zipParts(workbookParts({ sheets: [{ name: "S", body: '<sheetData><row r="4294967295"/></sheetData>' }] })));
    // A FIFO named like a workbook: opening it would wait for a writer for ever.
    const fifo = spawnSync("mkfifo", [join(dir, "c-pipe.xlsx")]);
    if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
    copyFileSync(SAMPLE, join(dir, "d-good.xlsx"));
    alone = JSON.parse(run("check", good, "--json").stdout).workbooks[0];
  });

  it("every file gets its entry; the good ones as they are alone", () => {
    const r = run("check", dir, "--json");
    expect(r.code).toBe(2);
    const entries = JSON.parse(r.stdout).workbooks as Entry[];
    expect(entries.map((e) => e.file.slice(dir.length + 1))).toEqual(["a-good.xlsx", "b-grid.xlsx", "c-pipe.xlsx", "d-good.xlsx"]);
    expect(entries[0]!.findings).toEqual(alone.findings);
    expect(entries[3]!.findings).toEqual(alone.findings);
    expect(entries[1]!.error).toContain("最大行数 1,048,576");
    expect(entries[2]!.error).toContain("不是普通文件");
    // Nothing but the messages on stderr: no stack trace.
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a file alone that is a FIFO: a message and exit 2, no hang", () => {
    const r = run("check", join(dir, "c-pipe.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("不是普通文件");
  });

  it("files over the per-file time limit get an entry saying so, and the batch still answers", () => {
    const slow = join(dir, "slow");
    mkdirSync(slow);
    copyFileSync(SAMPLE, join(slow, "a.xlsx"));
    copyFileSync(SAMPLE, join(slow, "b.xlsx"));
    const r = run("check", slow, "--json", "--file-timeout", "0.001");
    const entries = JSON.parse(r.stdout).workbooks as Entry[];
    expect(entries).toHaveLength(2);
    for (const e of entries) expect(e.error).toMatch(/超过 0.001 秒/);
  });
});

describe("the JSON document written entry by entry", () => {
  it("is the same text as JSON.stringify of the whole, with entries and without", () => {
    const entry = {
      file: "a.xlsx",
      error: null,
      sheets: [{ name: "预算", role: "budget" as const }],
      findings: [],
      summary: { error: 0, warning: 0, info: 0 },
    };
    for (const workbooks of [[], [entry], [entry, { ...entry, file: "b.xlsx", error: "无法读取" }]]) {
      const doc = { tool: "selfeval" as const, version: "0.1.0", workbooks };
      expect([...documentChunks(doc)].join("")).toBe(JSON.stringify(doc, null, 2) + "\n");
    }
  });
});

describe("an empty folder in a batch", () => {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-empty-folder-"));
  const empty = join(dir, "报送材料.xlsx");
  beforeAll(() => mkdirSync(empty));

  it("gets its entry in its place, saying it held nothing to check; the file beside it is checked", () => {
    const r = run("check", empty, SAMPLE, "--json");
    expect(r.code).toBe(2);
    const entries = JSON.parse(r.stdout).workbooks as Entry[];
    expect(entries.map((e) => e.file)).toEqual([empty, SAMPLE]);
    expect(entries[0]!.error).toContain("没有可检查的文件");
    expect(entries[1]!.error).toBeNull();
    expect(entries[1]!.findings.length).toBeGreaterThan(0);
    const text = run("check", SAMPLE, empty, "--lang", "en");
    expect(text.stdout).toContain(`Nothing to check: no .xlsx or .xlsm workbook and no .docx Word report in "${empty}"`);
  });

  it("alone, or with other empty folders only, still gets the one message", () => {
    const r = run("check", empty, "--json");
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { workbooks: unknown[]; error: string };
    expect(doc.workbooks).toEqual([]);
    expect(doc.error).toContain("没有可检查的文件");
  });
});
