/**
 * The engine's own ceiling: how much report text it checks. Reading has its ceilings (src/io/limits.ts), but a small
 * file can hold hundreds of thousands of short sentences, each full of figures to trace: 300,000 of "执行率94.56%元"
 * took 5 s and 840 MB. A long 自评报告 is some 50,000 characters.
 */
export const CHECK_LIMITS = { narrativeChars: 1_000_000 } as const;

export type CheckLimitName = keyof typeof CHECK_LIMITS;

/** A workbook or document over an engine ceiling: it is refused with the ceiling named, as an over-large file is. */
export class CheckLimitError extends Error {
  readonly limit: CheckLimitName;

  constructor(limit: CheckLimitName) {
    super(`${limit} over ${CHECK_LIMITS[limit]}`);
    this.name = "CheckLimitError";
    this.limit = limit;
  }
}
