/** The shape of one language's strings; each language file fills all of it, so a missing string is a compile error. */
import type { FundSource } from "../figures/types";
import type { QuantityId, RuleId, Severity } from "../findings";
import type { SheetRole } from "../model";

export type Lang = "zh-CN" | "en";

/** Message templates take their parameters already rendered as text. */
export type Template = (p: Record<string, string>) => string;

export interface Strings {
  messages: Record<string, Template>;
  quantities: Record<QuantityId, string>;
  sources: Record<FundSource, string>;
  roles: Record<SheetRole, string>;
  severities: Record<Severity, string>;
  rules: Record<RuleId, string>;
  units: Record<string, string>;
  edits: Record<string, string>;
  columns: Record<string, string>;
  ui: {
    file: string;
    sheets: string;
    noFindings: string;
    summary: Template;
    expected: string;
    actual: string;
    cells: string;
    unreadable: string;
    batch: Template;
    hidden: string;
  };
}
