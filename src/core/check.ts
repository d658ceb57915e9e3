/** The engine: snapshot in, findings and recognised sheets out; each project of the workbook checked in its own scope. */
import { Big } from "./decimal";
import { deriveFacts, type Facts, type Known } from "./facts";
import type { Finding, Severity } from "./findings";
import type { SheetInfo, WorkbookModel } from "./model";
import { buildModel } from "./recognize/build";
import { RULES } from "./rules";
import type { Rule } from "./rules/rule";
import { type ProjectInfo, projectList, type Scope, scopesOf } from "./scope";
import { type Overview, overviewOf } from "./overview";
import type { WorkbookSnapshot } from "./snapshot";
import { traceNarrative } from "./trace";

export { CHECK_LIMITS, CheckLimitError } from "./check-limits";

export interface CheckResult {
  sheets: SheetInfo[];
  findings: Finding[];
  summary: Record<Severity, number>;
  year: number | null;
  /** The projects when the workbook holds several; empty when it holds one. */
  projects: ProjectInfo[];
  /** One per project (one for a workbook of one project): unit, year, budget, spending and rate, for a reviewer's summary. */
  overview: Overview[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings listed at most, per cell and per workbook: a crafted cell holding 100,000 figures must not become 100,000
 * findings. What is over is summed up in one finding (limit.cell, limit.workbook).
 */
export const FINDING_LIMITS = { perCell: 20, perWorkbook: 2_000 } as const;

/** The worst severity among some findings. */
const worst = (fs: readonly Finding[]): Severity => fs.reduce<Severity>((w, f) => (ORDER[f.severity] < ORDER[w] ? f.severity : w), "info");

/** The findings within FINDING_LIMITS, in order, each cell's and the workbook's surplus summed up in one finding. */
function withinLimits(findings: Finding[]): Finding[] {
  const perCell = new Map<string, number>();
  const over = new Map<string, Finding[]>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const cell = f.cells[0] ?? "";
    const n = (perCell.get(cell) ?? 0) + 1;
    perCell.set(cell, n);
    if (n <= FINDING_LIMITS.perCell) kept.push(f);
    else {
      const rest = over.get(cell);
      if (rest) rest.push(f);
      else over.set(cell, [f]);
    }
  }
  for (const [cell, rest] of over) {
    kept.push({
      rule: rest[0]!.rule,
      severity: worst(rest),
      cells: [cell],
      message: { key: "limit.cell", params: { count: rest.length, limit: FINDING_LIMITS.perCell } },
      expected: null,
      actual: null,
    });
  }
  if (kept.length <= FINDING_LIMITS.perWorkbook) return kept;
  const rest = kept.slice(FINDING_LIMITS.perWorkbook - 1);
  return [
    ...kept.slice(0, FINDING_LIMITS.perWorkbook - 1),
    {
      rule: rest[0]!.rule,
      severity: worst(rest),
      cells: rest[0]!.cells.slice(0, 1),
      message: { key: "limit.workbook", params: { count: rest.length, limit: FINDING_LIMITS.perWorkbook } },
      expected: null,
      actual: null,
    },
  ];
}

/** The unit beside several projects, with no budget table of its own, states the sum of theirs. */
function unitFacts(scope: Scope, facts: Facts, partFacts: Facts[]): Facts {
  if (facts.budget || !scope.parts.length) return facts;
  const known: Known[] = [...facts.known];
  for (const q of ["initial", "annual", "executed"] as const) {
    const totals = partFacts.map((f) => f.known.find((k) => k.quantity === q && k.source === "total"));
    if (totals.some((k) => !k)) continue;
    const sum = totals.reduce((s, k) => s.plus(k!.yuan), new Big(0));
    const concepts = totals[0]!.concepts;
    known.push({ yuan: sum, quantity: q, source: "total", concepts, refs: totals.flatMap((k) => k!.refs) });
  }
  return { ...facts, known };
}

/** The same finding from two scopes: same rule, message and cells, and the same figures (two slips in one cell are two). */
function findingKey(f: Finding): string {
  return `${f.rule}|${f.message.key}|${f.cells.join(",")}|${JSON.stringify(f.message.params)}`;
}

export function checkModel(model: WorkbookModel, rules: readonly Rule[] = RULES): CheckResult {
  const scopes = scopesOf(model);
  const several = scopes.length > 1;
  const factsOf = new Map<Scope, Facts>();
  for (const s of scopes) if (!s.parts.length) factsOf.set(s, deriveFacts(s.model));
  for (const s of scopes) {
    if (s.parts.length)
      factsOf.set(
        s,
        unitFacts(
          s,
          deriveFacts(s.model),
          s.parts.map((p) => factsOf.get(p)!)
        )
      );
  }
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const s of scopes) {
    const facts = factsOf.get(s)!;
    const ctx = { model: s.model, facts, traced: traceNarrative(s.model, facts) };
    for (const f of rules.flatMap((r) => r.check(ctx))) {
      // Workbook-wide checks (titles, ledgers) answer the same in every scope: one finding.
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(several && s.name ? { ...f, project: s.name } : f);
    }
  }
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const listed = withinLimits(findings);
  listed.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // The counts are of every finding, listed or summed up.
  for (const f of findings) summary[f.severity]++;
  // Several projects: one line each (the unit's own scope sums them); one project: the workbook's line.
  const projects = scopes.filter((s) => s.name && !s.parts.length);
  const lines = several && projects.length ? projects : scopes.slice(0, 1);
  const overview = lines.map((s) => overviewOf(s.model, factsOf.get(s)!, several ? s.name : null));
  return { sheets: model.sheets, findings: listed, summary, year: model.year, projects: projectList(scopes), overview };
}

export function checkWorkbook(snapshot: WorkbookSnapshot, rules: readonly Rule[] = RULES): CheckResult {
  return checkModel(buildModel(snapshot), rules);
}
