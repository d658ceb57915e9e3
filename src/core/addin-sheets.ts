/**
 * Sheets the add-in keeps in the user's workbook (very hidden): the fills under highlights and the record of fixes.
 * They are the add-in's bookkeeping, not the user's figures, so the engine never reads them.
 */
export const MARK_SHEET = "selfeval_marks";
export const FIX_SHEET = "selfeval_fixes";

const OWN = new Set([MARK_SHEET, FIX_SHEET]);

export function isAddinSheet(name: string): boolean {
  return OWN.has(name);
}
