/**
 * All the hostile and broken inputs of docs/RELIABILITY.md in one folder with good workbooks, checked by the command
 * in one batch: each gets the entry it gets alone, the good files keep their findings, and the whole run stays under
 * the memory ceiling of 1 GB (peak resident memory of the process, worker threads included).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { WorkbookEntry } from "../../src/cli/report-json";
import { CASES } from "./cases";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");
const PEAK_LIMIT_KIB = 1024 * 1024;

function run(dir: string, ...args: string[]): { code: number | null; entries: WorkbookEntry[]; stderr: string; peakKib: number } {
  const peakFile = join(dir, "..", `peak-${args.length}-${Date.now()}.txt`);
  const r = spawnSync(process.execPath, ["--require", join(__dirname, "peak-rss.js"), BIN, ...args, "--json"], {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, PEAK_RSS_FILE: peakFile },
    maxBuffer: 256 << 20,
    timeout: 300_000,
  });
  return { code: r.status, entries: JSON.parse(r.stdout).workbooks, stderr: r.stderr, peakKib: Number(readFileSync(peakFile, "utf8")) };
}

test("a batch of every hostile input between good workbooks: each entry as alone, peak memory under 1 GB", () => {
  const root = mkdtempSync(join(tmpdir(), "reliability-batch-"));
  const dir = join(root, "batch");
  mkdirSync(dir);
  copyFileSync(SAMPLE, join(dir, "0-good.xlsx"));
  const paths = CASES.map((c) => c.make(dir));
  copyFileSync(SAMPLE, join(dir, "z-good.xlsx"));

  const alone = run(dir, "check", SAMPLE);
  expect(alone.entries[0]!.error).toBeNull();

  const batch = run(dir, "check", dir);
  expect(batch.code).toBe(2);
  const byFile = new Map(batch.entries.map((e) => [e.file, e]));
  expect(byFile.size).toBe(paths.length + 2);
  for (const [i, c] of CASES.entries()) {
    const entry = byFile.get(paths[i]!);
    expect(entry).toBeDefined();
    if ("error" in c.expect) expect(entry!.error ?? "").toContain(c.expect.error);
    else expect(c.expect.findings(entry!)).toBe(true);
  }
  for (const good of ["0-good.xlsx", "z-good.xlsx"]) expect(byFile.get(join(dir, good))!.findings).toEqual(alone.entries[0]!.findings);
  // Only messages on stderr, never a stack trace.
  expect(batch.stderr).not.toMatch(/\n\s+at /);
  expect(batch.peakKib).toBeGreaterThan(0);
  expect(batch.peakKib).toBeLessThan(PEAK_LIMIT_KIB);
}, 600_000);
