/**
 * Which cells a highlight marks and how: the cell where a finding's wrong figure stands (its first cell) gets a strong
 * mark, the cells it was checked against (the rest) a light one in another hue, so that a reader tells them apart.
 */

export interface MarkRequest {
  /** Sheet-qualified cells holding a wrong figure. */
  wrong: string[];
  /** Sheet-qualified cells a finding was checked against. */
  basis: string[];
}

export type MarkKind = keyof MarkRequest;

/** The strong mark: a saturated red. */
export const WRONG_FILL = "#FF7C80";
/** The light mark: Excel's pale "Neutral" yellow, a different hue from the red. */
export const BASIS_FILL = "#FFEB9C";

export const MARK_FILLS: Record<MarkKind, string> = { wrong: WRONG_FILL, basis: BASIS_FILL };

/** The marks for a list of findings: each one's first cell is wrong, the others its basis. */
export function marksOf(findings: ReadonlyArray<{ cells: readonly string[] }>): MarkRequest {
  const wrong: string[] = [];
  const basis: string[] = [];
  for (const f of findings) {
    const [first, ...rest] = f.cells;
    if (first !== undefined) wrong.push(first);
    basis.push(...rest);
  }
  return { wrong, basis };
}
