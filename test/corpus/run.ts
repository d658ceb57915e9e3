/**
 * `npm run corpus`: the engine on every corpus report. Prints, per report and in total, recall on the annotated slips,
 * findings on must-not-flag figures and errors on the corrected twins, and writes docs/QUALITY.md with the table by kind.
 * `--only ID` shows one report in detail (sheet roles, each slip found or missed, each false flag); `--verbose` all of them.
 */
import fs from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { type CorpusSummary, loadCorpus, qualityMarkdown, scoreReport, summarize } from "./score";
import { snapshotOf } from "./snapshot";

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} %` : "—";
}

function main(): void {
  const only = process.argv.indexOf("--only");
  const id = only >= 0 ? process.argv[only + 1] : undefined;
  const verbose = !!id || process.argv.includes("--verbose");
  const reports = loadCorpus().filter((r) => !id || r.id === id);
  if (id && !reports.length) {
    console.error(`no corpus report ${id}`);
    process.exit(2);
  }
  const results = reports.map(scoreReport);
  results.forEach((res, i) => {
    const r = reports[i]!;
    const hit = res.slips.filter((s) => s.found).length;
    console.log(
      `${r.id}: slips ${hit}/${res.slips.length}, must-not-flag hit ${res.falseFlags.length}/${res.mustNotFlag}, twin errors ${res.twinErrors.length}`
    );
    if (!verbose) return;
    for (const sh of checkWorkbook(snapshotOf(r.workbook)).sheets) console.log(`  sheet ${sh.name}: ${sh.role}`);
    for (const s of res.slips) console.log(`  ${s.found ? "found " : "MISSED"} kind ${s.kind} ${s.rule} ${s.cell}: ${s.arithmetic}`);
    for (const f of res.falseFlags) console.log(`  FALSE FLAG ${f.rule} ${f.cell}: ${f.message}`);
    for (const f of res.twinErrors) console.log(`  TWIN ERROR ${f.rule} ${f.cell}: ${f.message}`);
  });
  const sum: CorpusSummary = summarize(reports, results);
  console.log(
    `total: ${sum.reports} reports, recall ${sum.found}/${sum.slips} (${pct(sum.found, sum.slips)}), must-not-flag hit ${sum.falseFlags}/${sum.mustNotFlag}, twin errors ${sum.twinErrors}`
  );
  if (!id && process.argv.includes("--write")) {
    // npm runs scripts from the repository's root.
    const file = path.join(process.cwd(), "docs", "QUALITY.md");
    fs.writeFileSync(file, qualityMarkdown(reports, results, sum));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
