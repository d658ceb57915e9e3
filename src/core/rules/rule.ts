/** The rule interface and the helpers every rule uses to state cells and figures. */
import { qualified } from "../address";
import { type Big, fixed, grouped } from "../decimal";
import type { Facts } from "../facts";
import type { Figure, Finding, FixHint, Message, Param, RuleId, Severity } from "../findings";
import type { MessageKey } from "../i18n/keys";
import type { Ref, WorkbookModel } from "../model";
import type { TracedFigure } from "../trace";

export interface RuleContext {
  model: WorkbookModel;
  facts: Facts;
  traced: TracedFigure[];
}

export interface Rule {
  id: RuleId;
  check(ctx: RuleContext): Finding[];
}

export function addr(ref: Ref): string {
  return qualified(ref.sheet, ref.row, ref.col);
}

/** A figure exact to `dp` decimals: the contract's decimal string. */
export function fig(value: Big, unit: string, dp = 2): Figure {
  return { value: fixed(value, dp), unit };
}

/** A figure for a message: grouped digits. */
export function shown(value: Big, unit: string, dp = 2): Figure {
  return { value: grouped(value, dp), unit };
}

export function finding(
  rule: RuleId,
  severity: Severity,
  refs: Ref[],
  key: MessageKey,
  params: Record<string, Param>,
  expected: Figure | null = null,
  actual: Figure | null = null
): Finding {
  const cells: string[] = [];
  for (const r of refs) {
    const a = addr(r);
    if (!cells.includes(a)) cells.push(a);
  }
  const message: Message = { key, params };
  return { rule, severity, cells, message, expected, actual };
}

/** The finding with its proven correction, when there is one. */
export function withFix(f: Finding, fix: FixHint | null | undefined): Finding {
  return fix ? { ...f, fix } : f;
}
