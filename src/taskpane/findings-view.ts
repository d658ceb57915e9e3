/** The pane's view of a check result, as pure functions: each finding's sheet, the filters, grouping by severity then sheet. */
import type { Finding, RuleId, Severity } from "../core/findings";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A finding with its position in the check result (its identity in the pane) and the sheet of its first cell. */
export interface Item {
  index: number;
  finding: Finding;
  sheet: string;
}

/** The rule-or-sheet filter. */
export type Scope = { kind: "all" } | { kind: "rule"; rule: RuleId } | { kind: "sheet"; sheet: string };

export const ALL: Scope = { kind: "all" };

/**
 * The sheet of a sheet-qualified A1 address: "预算!D4" → "预算", "'My Sheet'!B2" → "My Sheet", "'It''s'!A1" → "It's".
 * An address without a sheet gives "".
 */
export function sheetOf(address: string): string {
  if (address.startsWith("'")) {
    let name = "";
    for (let i = 1; i < address.length; i++) {
      const ch = address[i]!;
      if (ch === "'") {
        if (address[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        return name;
      }
      name += ch;
    }
    return name;
  }
  const bang = address.indexOf("!");
  return bang < 0 ? "" : address.slice(0, bang);
}

export function toItems(findings: readonly Finding[]): Item[] {
  return findings.map((finding, index) => ({ index, finding, sheet: sheetOf(finding.cells[0] ?? "") }));
}

/** Scope ⇄ the Dropdown's option value: "all", "rule:unit-slip", "sheet:预算". */
export function scopeValue(s: Scope): string {
  return s.kind === "all" ? "all" : s.kind === "rule" ? `rule:${s.rule}` : `sheet:${s.sheet}`;
}

export function parseScope(v: string): Scope {
  if (v.startsWith("rule:")) return { kind: "rule", rule: v.slice(5) as RuleId };
  if (v.startsWith("sheet:")) return { kind: "sheet", sheet: v.slice(6) };
  return ALL;
}

export function inScope(item: Item, scope: Scope): boolean {
  if (scope.kind === "rule") return item.finding.rule === scope.rule;
  if (scope.kind === "sheet") return item.sheet === scope.sheet;
  return true;
}

export function visibleItems(items: readonly Item[], severities: ReadonlySet<Severity>, scope: Scope): Item[] {
  return items.filter((i) => severities.has(i.finding.severity) && inScope(i, scope));
}

/** Per severity, how many findings the rule/sheet filter lets through: what each severity toggle would show. */
export function severityCounts(items: readonly Item[], scope: Scope): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of items) if (inScope(i, scope)) c[i.finding.severity]++;
  return c;
}

export interface ScopeOption {
  scope: Scope;
  count: number;
}

/** The rule and sheet options present in the result, each with how many findings the severity filter lets through. */
export function scopeOptions(
  items: readonly Item[],
  severities: ReadonlySet<Severity>,
  sheetOrder: readonly string[]
): { rules: ScopeOption[]; sheets: ScopeOption[] } {
  const rules = new Map<RuleId, number>();
  const sheets = new Map<string, number>();
  for (const i of items) {
    const n = severities.has(i.finding.severity) ? 1 : 0;
    rules.set(i.finding.rule, (rules.get(i.finding.rule) ?? 0) + n);
    sheets.set(i.sheet, (sheets.get(i.sheet) ?? 0) + n);
  }
  return {
    rules: [...rules].map(([rule, count]) => ({ scope: { kind: "rule", rule }, count })),
    sheets: orderSheets([...sheets.keys()], sheetOrder).map((sheet) => ({ scope: { kind: "sheet", sheet }, count: sheets.get(sheet) ?? 0 })),
  };
}

/** Sheets in workbook order; any the workbook does not list (none, normally) after them in first-seen order. */
function orderSheets(names: string[], sheetOrder: readonly string[]): string[] {
  const pos = (n: string) => {
    const p = sheetOrder.indexOf(n);
    return p < 0 ? sheetOrder.length : p;
  };
  return names
    .map((n, k) => ({ n, k }))
    .sort((a, b) => pos(a.n) - pos(b.n) || a.k - b.k)
    .map((x) => x.n);
}

export interface SheetGroup {
  sheet: string;
  /** The project of these findings, when the workbook holds several (Finding.project). */
  project?: string;
  items: Item[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

/**
 * Severity groups (error, warning, info; empty ones left out), each with its sheets in workbook order; findings keep their
 * order. When findings name projects, a severity's sheets come per project, projects in the order they first appear.
 */
export function groupItems(items: readonly Item[], sheetOrder: readonly string[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const of = items.filter((i) => i.finding.severity === severity);
    if (!of.length) continue;
    const projects = [...new Set(of.map((i) => i.finding.project))];
    const sheets = projects.flatMap((project) => {
      const bySheet = new Map<string, Item[]>();
      for (const i of of) {
        if (i.finding.project !== project) continue;
        const list = bySheet.get(i.sheet);
        if (list) list.push(i);
        else bySheet.set(i.sheet, [i]);
      }
      return orderSheets([...bySheet.keys()], sheetOrder).map((sheet) => ({
        sheet,
        ...(project !== undefined ? { project } : {}),
        items: bySheet.get(sheet) ?? [],
      }));
    });
    groups.push({ severity, count: of.length, sheets });
  }
  return groups;
}

/** The findings in the order the pane shows them (arrow keys follow it). */
export function displayOrder(groups: readonly SeverityGroup[]): Item[] {
  return groups.flatMap((g) => g.sheets.flatMap((s) => s.items));
}

/** Per severity, how many of the given findings there are: the summary of what the list shows. */
export function countBySeverity(items: readonly Item[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of items) c[i.finding.severity]++;
  return c;
}

/**
 * The cells to mark for the given findings, each once: a finding's first cell holds the wrong figure (strong mark), the
 * rest are what it was checked against (light mark). A cell wrong in one finding and basis in another is marked wrong.
 */
export function marksOfItems(items: readonly Item[]): { wrong: string[]; basis: string[] } {
  const wrong = new Set<string>();
  for (const i of items) if (i.finding.cells[0] !== undefined) wrong.add(i.finding.cells[0]);
  const basis = new Set<string>();
  for (const i of items) for (const c of i.finding.cells.slice(1)) if (!wrong.has(c)) basis.add(c);
  return { wrong: [...wrong], basis: [...basis] };
}

/** Every cell of the given findings, each once, in order. */
export function cellsOf(items: readonly Item[]): string[] {
  const seen = new Set<string>();
  for (const i of items) for (const c of i.finding.cells) seen.add(c);
  return [...seen];
}
