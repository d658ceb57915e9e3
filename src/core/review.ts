/**
 * A batch as a reviewer ranks it: one line per file (per project where a workbook holds several) with its counts by
 * kind and a risk score, highest first. Pure: the CLI's entries in, the lines the review workbook shows out.
 */
import { type Figure, RULE_IDS, type RuleId, type Severity } from "./findings";
import type { Overview } from "./overview";

/** Points per finding by severity, and the most a line scores (also what an unreadable file scores). */
export const RISK = { error: 10, warning: 3, info: 0, cap: 100 } as const;

export interface ReviewFinding {
  rule: RuleId;
  severity: Severity;
  project?: string;
}

/** A finding as the command line prints it (contract.md): its message rendered in the chosen language. */
export interface RenderedFinding extends ReviewFinding {
  cells: string[];
  message: string;
  expected: Figure | null;
  actual: Figure | null;
}

/** What the review needs of one checked file: the CLI's JSON entry has all of it. */
export interface ReviewEntry {
  file: string;
  error: string | null;
  findings: ReviewFinding[];
  overview?: Overview[];
}

export interface ReviewLine {
  file: string;
  /** The project, when the workbook holds several; `wholeWorkbook` for their findings that belong to none. */
  project: string | null;
  wholeWorkbook: boolean;
  overview: Overview | null;
  errors: number;
  warnings: number;
  byRule: Partial<Record<RuleId, number>>;
  risk: number;
  /** Why the file could not be read, or null. */
  readError: string | null;
}

export interface ReviewPlan {
  lines: ReviewLine[];
  /** The kinds that occur in the batch, in the engine's order: the summary's per-kind columns. */
  rules: RuleId[];
}

function line(file: string, overview: Overview | null, findings: ReviewFinding[], wholeWorkbook = false): ReviewLine {
  const byRule: Partial<Record<RuleId, number>> = {};
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  const risk = Math.min(RISK.cap, RISK.error * errors + RISK.warning * warnings);
  return { file, project: wholeWorkbook ? null : (overview?.project ?? null), wholeWorkbook, overview, errors, warnings, byRule, risk, readError: null };
}

/** The lines of one entry: one per project it names (its findings by `project`), one for a workbook of one project. */
function linesOf(entry: ReviewEntry): ReviewLine[] {
  if (entry.error !== null) {
    return [
      { file: entry.file, project: null, wholeWorkbook: false, overview: null, errors: 0, warnings: 0, byRule: {}, risk: RISK.cap, readError: entry.error },
    ];
  }
  const overviews = entry.overview ?? [];
  if (overviews.length <= 1) return [line(entry.file, overviews[0] ?? null, entry.findings)];
  const names = new Set(overviews.map((o) => o.project));
  const out = overviews.map((o) =>
    line(
      entry.file,
      o,
      entry.findings.filter((f) => f.project === o.project)
    )
  );
  const rest = entry.findings.filter((f) => !f.project || !names.has(f.project));
  if (rest.length) out.push(line(entry.file, null, rest, true));
  return out;
}

export function planReview(entries: readonly ReviewEntry[]): ReviewPlan {
  const lines = entries.flatMap(linesOf);
  // Highest risk first; ties by file, then the order the workbook lists its projects (a stable sort keeps it).
  lines.sort((a, b) => b.risk - a.risk || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const seen = new Set(lines.flatMap((l) => Object.keys(l.byRule)));
  return { lines, rules: RULE_IDS.filter((id) => seen.has(id)) };
}
