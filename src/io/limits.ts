/**
 * The reader's ceilings: what a workbook may hold before reading stops, checked while reading (never after), so that a
 * crafted or broken file ends with a clear message instead of exhausting memory or time. Each is well above what an
 * Excel workbook of a unit's figures holds; most are Excel's own limits.
 */

export const LIMITS = {
  /** Entries in the zip: a workbook of 200 sheets with charts and images has a few thousand. */
  zipEntries: 20_000,
  /** Uncompressed bytes of one part: a 1,000,000-row, 6-column ledger's sheet is about 270 MB. */
  partBytes: 1_000_000_000,
  /** Uncompressed bytes of all the parts read. */
  totalBytes: 2_000_000_000,
  /** Uncompressed over compressed size of a part over `ratioFromBytes`: real sheets compress 5 to 20 times. */
  compressionRatio: 200,
  ratioFromBytes: 50_000_000,
  /**
   * Cells with content, in one sheet and in the workbook: a 1,000,000-row, 6-column ledger is 6,000,000. A read cell
   * costs about 80 bytes of memory, so 10,000,000 keeps any read under 1 GB (8,000,000 numbers measured 642 MB).
   */
  cellsPerSheet: 8_000_000,
  cells: 10_000_000,
  /**
   * Entries of the shared-strings table and their characters in all: a table of millions of tiny or long strings
   * would pass 1 GB of memory within the byte ceilings. A 1,000,000-row ledger with two text columns of distinct
   * entries holds 2,000,000 strings of some 40,000,000 characters.
   */
  sharedStrings: 4_000_000,
  sharedStringChars: 100_000_000,
  /** Characters of one text (a cell's text, a formula, an attribute such as a sheet name): Excel's own limit per cell is 32,767. */
  stringChars: 1_000_000,
  /** Depth of nested XML elements: a worksheet needs 6. */
  depth: 100,
  /** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
  rows: 1_048_576,
  columns: 16_384,
  /** Bytes of a plain-text report: a 200-page 自评报告 is well under a megabyte. */
  textBytes: 50_000_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Ceilings as a reader applies them: LIMITS, or lower ones (tests reach a ceiling without gigabytes). */
export type Limits = { readonly [K in LimitName]: number };

export function limitsWith(overrides: Partial<Limits> = {}): Limits {
  return { ...LIMITS, ...overrides };
}
