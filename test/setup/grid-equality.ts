/**
 * A sheet read from .xlsx holds its cells in a CellGrid: tests compare it by the rows it stands for (with plain rows or
 * another grid), not by its typed arrays and caches.
 */
import { CellGrid } from "../../src/core/grid";

// Jest 29.4 has addEqualityTesters; @types/jest 29.5 does not declare it.
type Tester = (this: { equals: (a: unknown, b: unknown, testers?: unknown[]) => boolean }, a: unknown, b: unknown, testers: unknown[]) => boolean | undefined;
(expect as unknown as { addEqualityTesters(testers: Tester[]): void }).addEqualityTesters([
  function (a, b, testers) {
    if (!(a instanceof CellGrid) && !(b instanceof CellGrid)) return undefined;
    const rows = (x: unknown) => (x instanceof CellGrid ? x.toJSON() : x);
    return this.equals(rows(a), rows(b), testers);
  },
]);
