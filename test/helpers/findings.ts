/** Running the engine on a built workbook and reading its findings in the contract's terms. */
import { checkWorkbook } from "../../src/core/check";
import type { Finding, RuleId } from "../../src/core/findings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

export function findingsOf(snapshot: WorkbookSnapshot, rule?: RuleId): Finding[] {
  const all = checkWorkbook(snapshot).findings;
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** What the contract fixes about a finding: everything but the message text. */
export function brief(f: Finding) {
  return { rule: f.rule, severity: f.severity, cells: f.cells, expected: f.expected, actual: f.actual };
}

export function briefs(snapshot: WorkbookSnapshot, rule?: RuleId) {
  return findingsOf(snapshot, rule).map(brief);
}
