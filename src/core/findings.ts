/** Findings: what a rule reports, in the shape the JSON contract fixes; messages are keys rendered per language. */
import type { FundSource } from "./figures/types";
import type { Ref } from "./model";

export type Severity = "error" | "warning" | "info";

export const RULE_IDS = [
  "unit-slip",
  "digit-slip",
  "text-mismatch",
  "sum-mismatch",
  "rate-mismatch",
  "balance-mismatch",
  "multi-year-mismatch",
  "stray-unit",
  "undefined-rate",
  "unexplained-adjustment",
  "score-mismatch",
  "indicator-contradiction",
  "year-mismatch",
  "number-as-text",
  "duplicate-payment",
  "payment-out-of-period",
  "over-budget",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A figure in the contract's form: an exact decimal string and its unit. */
export interface Figure {
  value: string;
  unit: string;
}

/** The name of a workbook quantity, translated when the message is rendered. */
export interface QuantityName {
  quantity: QuantityId;
  source: FundSource | null;
}

export type QuantityId =
  | "initial"
  | "annual"
  | "executed"
  | "ledger-total"
  | "ledger-total-row"
  | "contract"
  | "contract-annual"
  | "project-total"
  | "project-annual"
  | "balance"
  | "adjustment"
  | "rate"
  | "sum-of-sources"
  | "sum-of-payments"
  | "sum-of-scores"
  | "score"
  | "weight";

export type Param = string | number | QuantityName | Figure;

export interface Message {
  key: string;
  params: Record<string, Param>;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Sheet-qualified A1 addresses: the wrong figure first, then what it was checked against. */
  cells: string[];
  message: Message;
  expected: Figure | null;
  actual: Figure | null;
  /** The project the finding belongs to, when the workbook holds several. */
  project?: string;
  /** The change that removes it, when the document's own figures prove the right value (planned by fixes.ts). */
  fix?: FixHint;
}

/**
 * A proven correction of the finding's wrong cell: in its text, the figure at [start, end) (which reads `find`) becomes
 * `replace`; or the cell's value becomes `value` (its number format stays).
 */
export type FixHint = TextFix | { kind: "value"; ref: Ref; value: number | string };

export interface TextFix {
  kind: "text";
  ref: Ref;
  start: number;
  end: number;
  find: string;
  replace: string;
}
