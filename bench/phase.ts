/** One benchmark phase in its own process, so its peak memory is its own: read a workbook, and optionally check it. */
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/core/check";
import { readWorkbook } from "../src/io/xlsx-reader";

async function main(): Promise<void> {
  const [file, mode] = process.argv.slice(2);
  const t0 = performance.now();
  const snapshot = await readWorkbook(file!);
  const t1 = performance.now();
  let findings = 0;
  if (mode === "check") findings = checkWorkbook(snapshot).findings.length;
  const t2 = performance.now();
  const out = { readMs: t1 - t0, checkMs: t2 - t1, findings, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(out) + "\n");
}

void main();
