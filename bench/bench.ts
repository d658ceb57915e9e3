/**
 * `npm run bench`: reading vs checking a 100,000- and a 1,000,000-row ledger, with peak memory; a reviewer's batch of
 * 1,000 workbooks checked and summarised; the task pane in Chromium. Measured in one run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundleSizes, paneRuns } from "./browser";
import { writeLedgerWorkbook } from "./make-ledger";

interface Phase {
  readMs: number;
  checkMs: number;
  findings: number;
  peakRssMb: number;
}

const OUT = resolve(__dirname, "../../bench/out");
const HEAP = ["--max-old-space-size=16384"];

function phase(file: string, mode: "read" | "check"): Phase {
  const out = execFileSync(process.execPath, [...HEAP, join(__dirname, "phase.js"), file, mode], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as Phase;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const sizes = [100_000, 1_000_000];
  const results: Array<{ rows: number; mb: number; read: Phase; check: Phase }> = [];
  for (const rows of sizes) {
    const file = join(OUT, `ledger-${rows}.xlsx`);
    if (!existsSync(file)) {
      process.stderr.write(`writing ${file} …\n`);
      await writeLedgerWorkbook(file, rows);
    }
    const read = phase(file, "read");
    const check = phase(file, "check");
    results.push({ rows, mb: statSync(file).size / 1e6, read, check });
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    "| rows | file | read | checks | checks / read | peak RSS read only | peak RSS read + check | memory ratio |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.rows.toLocaleString("en")} | ${r.mb.toFixed(1)} MB | ${(r.check.readMs / 1000).toFixed(2)} s | ${(r.check.checkMs / 1000).toFixed(2)} s | ${pct(r.check.checkMs / r.check.readMs)} | ${r.read.peakRssMb.toFixed(0)} MB | ${r.check.peakRssMb.toFixed(0)} MB | ${(r.check.peakRssMb / r.read.peakRssMb).toFixed(2)}× |`
    );
  }
  const [small, large] = results;
  const total = (p: Phase) => p.readMs + p.checkMs;
  lines.push("");
  lines.push(`10× rows → ${(total(large!.check) / total(small!.check)).toFixed(2)}× time (read + checks); target ≤ 11×.`);
  lines.push(`checks / read: ${results.map((r) => pct(r.check.checkMs / r.check.readMs)).join(", ")}; target ≤ 30 %.`);
  lines.push(
    `peak memory, read + check over read only: ${results.map((r) => (r.check.peakRssMb / r.read.peakRssMb).toFixed(2) + "×").join(", ")}; target ≤ 2×.`
  );
  process.stdout.write(lines.join("\n") + "\n\n");

  process.stdout.write(batchRun().join("\n") + "\n\n");

  // The task pane in Chromium, through Microsoft's Excel client library over the emulated host.
  const ledger200k = join(OUT, "ledger-200000.xlsx");
  if (!existsSync(ledger200k)) await writeLedgerWorkbook(ledger200k, 200_000);
  const runs = await paneRuns(ledger200k);
  const pane = ["| workbook | context.sync() calls | click → findings | findings |", "|---|---:|---:|---:|"];
  for (const r of runs) pane.push(`| ${r.label} | ${r.syncs} | ${r.clickToFindingsMs} ms | ${r.findings} |`);
  const b = bundleSizes();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  pane.push("");
  pane.push("| initial JavaScript | raw | gzip |");
  pane.push("|---|---:|---:|");
  pane.push(`| task pane | ${kb(b.pane.raw)} | ${kb(b.pane.gzip)} |`);
  pane.push(`| bare React + FluentProvider + Button | ${kb(b.bare.raw)} | ${kb(b.bare.gzip)} |`);
  pane.push(`| ratio | ${(b.pane.raw / b.bare.raw).toFixed(2)}× | ${(b.pane.gzip / b.bare.gzip).toFixed(2)}× |`);
  pane.push("");
  pane.push(
    `Loaded on demand after the first paint: ${kb(b.lazy)} raw. Targets: ≤ 2 syncs within 5 MB; sample findings ≤ 300 ms; initial JS ≤ 1.5× the bare bundle.`
  );
  process.stdout.write(pane.join("\n") + "\n");
}

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const BATCH = 1_000;

/** Wall time of one run of the command, in ms; exit 1 (errors found) is a result like 0, anything else a failure. */
function timed(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status ?? r.signal}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** `check FOLDER --review r.xlsx` over 1,000 sample-sized workbooks (the two samples in turn), against one alone and `node -e 0`. */
function batchRun(): string[] {
  const dir = join(OUT, `batch-${BATCH}`);
  const sources = [join(ROOT, "samples/haikou-2023.xlsx"), join(ROOT, "samples/haikou-2023-corrected.xlsx")];
  if (!existsSync(dir) || readdirSync(dir).length !== BATCH) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < BATCH; i++) copyFileSync(sources[i % 2]!, join(dir, `unit-${String(i).padStart(4, "0")}.xlsx`));
  }
  const review = join(OUT, "review.xlsx");
  const node = timed(["-e", "0"]);
  const one = timed([BIN, "check", sources[0]!, "--json"]);
  const batch = timed([BIN, "check", dir, "--json", "--review", review]);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    "| run | wall time | × `node -e 0` |",
    "|---|---:|---:|",
    `| \`node -e 0\` | ${s(node)} | 1.00× |`,
    `| check one sample workbook | ${s(one)} | ${(one / node).toFixed(2)}× |`,
    `| check ${BATCH.toLocaleString("en")} workbooks + review workbook | ${s(batch)} | ${(batch / node).toFixed(2)}× |`,
    "",
    `${BATCH.toLocaleString("en")} workbooks checked and summarised in ${s(batch)} (${(batch / BATCH).toFixed(1)} ms each, ${(batch / (one * BATCH)).toFixed(2)}× of one at a time); target < 60 s.`,
  ];
}

void main();
