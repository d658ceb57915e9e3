/**
 * One benchmark phase in its own process, so its peak memory is its own (the bench preloads peak-rss.js): read a
 * workbook, and optionally check it. Modules load with the code cache, as the command loads them.
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { useCodeCache } from "../src/cli/code-cache";

useCodeCache(resolve(__dirname, "../.."));

async function main(): Promise<void> {
  const { readWorkbook } = await import("../src/io/xlsx-reader");
  const { checkWorkbook } = await import("../src/core/check");
  const [file, mode] = process.argv.slice(2);
  const t0 = performance.now();
  const snapshot = await readWorkbook(file!);
  const t1 = performance.now();
  let findings = 0;
  if (mode === "check") findings = checkWorkbook(snapshot).findings.length;
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ readMs: t1 - t0, checkMs: t2 - t1, findings }) + "\n");
}

void main();
