/** Scores the engine on the corpus: recall on annotated slips, findings on must-not-flag cells, errors on corrected twins. */
import fs from "fs";
import path from "path";
import { applyEdits } from "../../samples/workbook-def";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { snapshotOf } from "./snapshot";
import type { CorpusReport, SlipKind } from "./types";

export interface SlipResult {
  kind: SlipKind;
  rule: string;
  cell: string;
  found: boolean;
  arithmetic: string;
}

export interface ReportResult {
  id: string;
  province: string;
  year: number;
  slips: SlipResult[];
  /** Findings whose first cell is a must-not-flag cell (and that no slip there accounts for). */
  falseFlags: Array<{ cell: string; rule: string; message: string }>;
  mustNotFlag: number;
  /** Error findings on the corrected twin. */
  twinErrors: Array<{ cell: string; rule: string; message: string }>;
}

/** Every report module under reports/, in file-name order. */
export function loadCorpus(dir = path.join(__dirname, "reports")): CorpusReport[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => (require(path.join(dir, f)) as { report: CorpusReport }).report);
}

function brief(f: Finding): { cell: string; rule: string; message: string } {
  return { cell: f.cells[0] ?? "", rule: f.rule, message: `${f.message.key} ${JSON.stringify(f.actual)}→${JSON.stringify(f.expected)}` };
}

export function twinOf(r: CorpusReport) {
  return applyEdits(r.workbook, [...r.slips.flatMap((s) => s.fix), ...(r.extraFixes ?? [])]);
}

export function scoreReport(r: CorpusReport): ReportResult {
  const findings = checkWorkbook(snapshotOf(r.workbook)).findings;
  const slips = r.slips.map((s) => ({
    kind: s.kind,
    rule: s.rule,
    cell: s.cell,
    arithmetic: s.arithmetic,
    found: findings.some((f) => f.rule === s.rule && f.cells[0] === s.cell),
  }));
  const slipAt = new Set(r.slips.map((s) => `${s.rule}@${s.cell}`));
  const guarded = new Set(r.mustNotFlag.map((m) => m.cell));
  const falseFlags = findings.filter((f) => guarded.has(f.cells[0] ?? "") && !slipAt.has(`${f.rule}@${f.cells[0]}`)).map(brief);
  const twinErrors = checkWorkbook(snapshotOf(twinOf(r)))
    .findings.filter((f) => f.severity === "error")
    .map(brief);
  return { id: r.id, province: r.province, year: r.year, slips, falseFlags, mustNotFlag: r.mustNotFlag.length, twinErrors };
}

export interface CorpusSummary {
  reports: number;
  slips: number;
  found: number;
  mustNotFlag: number;
  falseFlags: number;
  twinErrors: number;
  provinces: string[];
  years: number[];
  /** Per kind: annotated and found. */
  byKind: Map<SlipKind, { slips: number; found: number }>;
  layouts: Map<string, number>;
}

export function summarize(reports: CorpusReport[], results: ReportResult[]): CorpusSummary {
  const byKind = new Map<SlipKind, { slips: number; found: number }>();
  for (const k of [1, 2, 3, 4, 5, 6, 7, 8] as SlipKind[]) byKind.set(k, { slips: 0, found: 0 });
  const layouts = new Map<string, number>();
  for (const r of reports) for (const l of r.layouts) layouts.set(l, (layouts.get(l) ?? 0) + 1);
  for (const res of results) {
    for (const s of res.slips) {
      const k = byKind.get(s.kind)!;
      k.slips++;
      if (s.found) k.found++;
    }
  }
  return {
    reports: reports.length,
    slips: results.reduce((a, r) => a + r.slips.length, 0),
    found: results.reduce((a, r) => a + r.slips.filter((s) => s.found).length, 0),
    mustNotFlag: results.reduce((a, r) => a + r.mustNotFlag, 0),
    falseFlags: results.reduce((a, r) => a + r.falseFlags.length, 0),
    twinErrors: results.reduce((a, r) => a + r.twinErrors.length, 0),
    provinces: [...new Set(reports.map((r) => r.province))].sort(),
    years: [...new Set(reports.map((r) => r.year))].sort(),
    byKind,
    layouts,
  };
}

const KIND_NAMES: Record<SlipKind, string> = {
  1: "several projects in one workbook",
  2: "forms other than the seed's (weights, totals, scores)",
  3: "parts and wholes in text and tables",
  4: "quantities other than money",
  5: "claims against figures",
  6: "dates and periods",
  7: "deviations that need a reason",
  8: "printed precision",
};

function percent(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} %` : "—";
}

/** docs/QUALITY.md: what the corpus measures, in total, by kind and per report. Written by `npm run corpus`. */
export function qualityMarkdown(reports: CorpusReport[], results: ReportResult[], sum: CorpusSummary): string {
  const lines = [
    "# Quality on published reports",
    "",
    "Written by `npm run corpus` from `test/corpus/`: real, publicly published self-evaluations typed into workbooks, each with the slips its own figures prove (cell, rule, arithmetic), the figures that look suspicious but agree (must-not-flag), and a corrected twin. `test/corpus/corpus.test.ts` fails `npm test` when any total below slips.",
    "",
    "| measure | value | required |",
    "|---|---:|---:|",
    `| reports | ${sum.reports} | ≥ 40 |`,
    `| provinces | ${sum.provinces.length} | ≥ 12 |`,
    `| years | ${sum.years[0]}–${sum.years[sum.years.length - 1]} | several |`,
    `| annotated slips | ${sum.slips} | ≥ 80, all eight kinds |`,
    `| found (recall) | ${sum.found} (${percent(sum.found, sum.slips)}) | ≥ 90 % |`,
    `| must-not-flag figures | ${sum.mustNotFlag} | ≥ 60 |`,
    `| findings on must-not-flag figures | ${sum.falseFlags} | 0 |`,
    `| errors on corrected twins | ${sum.twinErrors} | 0 |`,
    "",
    "A slip counts as found when a finding of its rule has the slip's cell first. A must-not-flag figure is hit by any finding, of any severity, whose first cell is its cell (other than the slip annotated there).",
    "",
    "## By kind",
    "",
    "| kind | | slips | found | recall |",
    "|---:|---|---:|---:|---:|",
    ...[...sum.byKind].map(([k, v]) => `| ${k} | ${KIND_NAMES[k]} | ${v.slips} | ${v.found} | ${percent(v.found, v.slips)} |`),
    "",
    "## Layouts",
    "",
    "| layout | reports |",
    "|---|---:|",
    ...[...sum.layouts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `| ${l} | ${n} |`),
    "",
    "## Per report",
    "",
    "| report | province | year | slips found | must-not-flag hit | twin errors |",
    "|---|---|---:|---:|---:|---:|",
    ...results.map((res, i) => {
      const r = reports[i]!;
      return `| [${r.id}](${r.url.split(" ")[0]}) | ${r.province} | ${r.year} | ${res.slips.filter((s) => s.found).length} / ${res.slips.length} | ${res.falseFlags.length} / ${res.mustNotFlag} | ${res.twinErrors.length} |`;
    }),
    "",
    "## Slips not found",
    "",
    ...results.flatMap((res) => res.slips.filter((s) => !s.found).map((s) => `- ${res.id}, ${s.cell} (kind ${s.kind}, ${s.rule}): ${s.arithmetic}`)),
    "",
  ];
  return lines.join("\n");
}
