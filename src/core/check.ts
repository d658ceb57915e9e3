/** The engine: snapshot in, findings and recognised sheets out. */
import { deriveFacts } from "./facts";
import type { Finding, Severity } from "./findings";
import type { SheetInfo, WorkbookModel } from "./model";
import { buildModel } from "./recognize/build";
import { RULES } from "./rules";
import type { Rule } from "./rules/rule";
import type { WorkbookSnapshot } from "./snapshot";
import { traceNarrative } from "./trace";

export interface CheckResult {
  sheets: SheetInfo[];
  findings: Finding[];
  summary: Record<Severity, number>;
  year: number | null;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkModel(model: WorkbookModel, rules: readonly Rule[] = RULES): CheckResult {
  const facts = deriveFacts(model);
  const ctx = { model, facts, traced: traceNarrative(model, facts) };
  const findings = rules.flatMap((r) => r.check(ctx));
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return { sheets: model.sheets, findings, summary, year: model.year };
}

export function checkWorkbook(snapshot: WorkbookSnapshot, rules: readonly Rule[] = RULES): CheckResult {
  return checkModel(buildModel(snapshot), rules);
}
