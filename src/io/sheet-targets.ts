/** Which sheet each plan sheet goes to, decided before anything is written: the plan's name, a numbered copy, or a valid name. */
import type { ReportPlan, SheetPlan } from "../core/report/plan";
import { ReportWriteError } from "./write-errors";

export type SheetAction =
  /** A new sheet. */
  | "created"
  /** A sheet the report made before, cleared and written again. */
  | "replaced"
  /** Cells written into an existing sheet (one that needed consent: it was given). */
  | "filled"
  /** A sheet that needed consent, not given: the plan went to a new sheet named after it instead. */
  | "redirected";

const REDIRECT_SUFFIX = "（生成）";
/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;

/** A name Excel accepts: no []:*?/\\, not starting or ending with an apostrophe, at most 31 characters. */
export function validSheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "");
  return [...(clean || "Sheet")].slice(0, MAX_SHEET_NAME).join("");
}

function uniqueSheetName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? REDIRECT_SUFFIX : `（生成${i}）`;
    const name = [...base].slice(0, MAX_SHEET_NAME - [...suffix].length).join("") + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export interface SheetTarget {
  plan: SheetPlan;
  target: string;
  action: SheetAction;
}

/** Decides, without writing anything, where each plan sheet goes. Throws when the plan names a source sheet. */
export function resolveTargets(plan: ReportPlan, existing: string[], consent: boolean, output = ""): SheetTarget[] {
  const sources = new Set(plan.sources.map((s) => s.toLowerCase()));
  const exists = new Set(existing.map((s) => s.toLowerCase()));
  const taken = new Set([...existing, ...plan.sheets.map((s) => s.name)]);
  return plan.sheets.map((sp) => {
    if (sources.has(sp.name.toLowerCase())) throw new ReportWriteError("source-in-plan", output, { detail: sp.name });
    const there = exists.has(sp.name.toLowerCase());
    if (sp.needsConsent && there && !consent) {
      const target = uniqueSheetName(sp.name, taken);
      taken.add(target);
      return { plan: sp, target, action: "redirected" };
    }
    if (there) return { plan: sp, target: sp.name, action: sp.create ? "replaced" : "filled" };
    // A new sheet under a name Excel would refuse (too long, a bracket…) gets the nearest valid one.
    let target = validSheetName(sp.name);
    if (target !== sp.name && [...taken].some((n) => n.toLowerCase() === target.toLowerCase())) target = uniqueSheetName(target, taken);
    taken.add(target);
    return { plan: sp, target, action: "created" };
  });
}
