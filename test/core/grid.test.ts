import fc from "fast-check";
import { CellGrid } from "../../src/core/grid";
import type { Cell, CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { datesIn } from "../../src/core/ledger";
import { cellAt, numberAt, numbersIn, plainRows, rowAt, rowCount, someTextIn, textRowsIn } from "../../src/core/snapshot";
import { SharedStrings } from "../../src/io/shared-strings";

const SST = ["", "项目支出", "政府采购", "a\u00e9\u{1F600}"];

function table(): SharedStrings {
  const t = new SharedStrings();
  for (const s of SST) t.push(s);
  return t;
}

type Input = { row: number; col: number; v: CellValue | { sst: number }; fmt?: string; f?: string };

const value: fc.Arbitrary<CellValue | { sst: number }> = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((k) => k / 100),
  fc.constantFrom(0, -0, 0.1, 2 ** 31, -(2 ** 31) - 1, 1e308, Number.MIN_VALUE, 21474836.48, 10655546.85),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("#DIV/0!", "#N/A", "#REF!").map((error) => ({ error })),
  fc.integer({ min: 0, max: SST.length - 1 }).map((sst) => ({ sst }))
);

// Cells in reading order: rows ascending, columns ascending within a row, with gaps of both.
const cells: fc.Arbitrary<Input[]> = fc
  .array(
    fc.record({
      rowGap: fc.nat(3),
      cols: fc.array(
        fc.record({
          colGap: fc.nat(4),
          v: value,
          fmt: fc.option(fc.constantFrom("0.00", "#,##0.00", "yyyy-mm-dd", "0%"), { nil: undefined }),
          f: fc.option(fc.constantFrom("SUM(A1:A3)", "B2*2"), { nil: undefined }),
        }),
        { maxLength: 6 }
      ),
    }),
    { maxLength: 12 }
  )
  .map((rows) => {
    const out: Input[] = [];
    let row = -1;
    for (const r of rows) {
      row += 1 + r.rowGap;
      let col = -1;
      for (const c of r.cols) {
        col += 1 + c.colGap;
        out.push({ row, col, v: c.v, fmt: c.fmt, f: c.f });
      }
    }
    return out;
  });

// One table for every grid built, as a workbook's sheets share theirs.
const shared = table();

function build(input: Input[]): { grid: CellGrid; rows: Array<Array<Cell | undefined> | undefined> } {
  const grid = new CellGrid(shared);
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  for (const c of input) {
    expect(grid.accepts(c.row, c.col)).toBe(true);
    const id = grid.formatId(c.fmt);
    const v = c.v;
    let plain: CellValue;
    if (v !== null && typeof v === "object" && "sst" in v) {
      grid.addShared(c.row, c.col, v.sst, id, c.f);
      plain = SST[v.sst]!;
    } else {
      grid.add(c.row, c.col, v, id, c.f);
      plain = v;
    }
    const cell: Cell = { v: plain };
    if (c.f !== undefined) cell.f = c.f;
    if (c.fmt !== undefined) cell.fmt = c.fmt;
    (rows[c.row] ??= [])[c.col] = cell;
  }
  return { grid, rows };
}

// Tests made once, as the engine's are: the grid keeps each one's answers per shared string, across calls and sheets.
const anyText = (): boolean => true;
const namesProject = (t: string): boolean => t.includes("项目");

describe("CellGrid holds what plain rows hold", () => {
  test("every cell, value, format and formula, read by cell, by row and as JSON", () => {
    fc.assert(
      fc.property(cells, (input) => {
        const { grid, rows } = build(input);
        expect(grid.toJSON().flat()).toHaveLength(input.length);
        expect(grid.toJSON()).toEqual(rows);
        const sheet: SheetSnapshot = { name: "s", rows: grid, hidden: false, merges: [] };
        expect(rowCount(sheet)).toBe(rows.length);
        for (let r = -1; r <= rows.length; r++) {
          expect(rowAt(sheet, r)?.length ?? 0).toBe(rows[r]?.length ?? 0);
          expect(rowAt(sheet, r)).toEqual(rows[r]);
          for (const upto of [0, 3, 30]) {
            const texts = (rows[r] ?? []).slice(0, upto).flatMap((c) => (typeof c?.v === "string" ? [c.v] : []));
            expect(someTextIn(sheet, r, upto, anyText)).toBe(texts.length > 0);
            expect(someTextIn(sheet, r, upto, namesProject)).toBe(texts.some(namesProject));
          }
          for (let c = -1; c <= 30; c++) {
            const got = cellAt(sheet, r, c);
            const want = rows[r]?.[c];
            expect(got).toEqual(want);
            expect(numberAt(sheet, r, c)).toBe(typeof want?.v === "number" ? want.v : undefined);
            // -0 and 0 are told apart: toEqual does, so does Object.is.
            if (want && typeof want.v === "number") expect(Object.is(got!.v, want.v)).toBe(true);
          }
        }
        expect(plainRows(sheet)).toEqual(rows);
        // Read a block of rows at a time, as ledgers are: the same as cell by cell, on the grid and on plain rows.
        const plain: SheetSnapshot = { ...sheet, rows };
        for (const [from, n] of [
          [0, rows.length + 2],
          [1, 3],
          [rows.length - 1, 1],
        ] as const) {
          if (from < 0) continue;
          for (const c of [0, 1, 5]) {
            const want = Array.from({ length: n }, (_, k) => numberAt(plain, from + k, c) ?? NaN);
            const dates = want.map((v, k) => (v !== v ? NaN : cellAt(plain, from + k, c)!.fmt === "yyyy-mm-dd" ? v : -Infinity));
            for (const s of [sheet, plain]) {
              const got = new Float64Array(n);
              numbersIn(s, c, from, got);
              expect([...got]).toEqual(want);
              datesIn(s, c, from, got);
              expect([...got]).toEqual(dates);
            }
          }
          const totals = Array.from({ length: n }, (_, k) => (someTextIn(plain, from + k, 3, namesProject) ? 1 : 0));
          for (const s of [sheet, plain]) {
            const got = new Uint8Array(n);
            textRowsIn(s, from, 3, namesProject, got);
            expect([...got]).toEqual(totals);
          }
        }
      }),
      { numRuns: 300 }
    );
  });

  test("a cell before or at the last one is refused, so the reader keeps such a sheet as plain rows", () => {
    const grid = new CellGrid(table());
    grid.add(3, 2, 1, 0);
    expect(grid.accepts(3, 2)).toBe(false);
    expect(grid.accepts(3, 1)).toBe(false);
    expect(grid.accepts(2, 9)).toBe(false);
    expect(grid.accepts(3, 3)).toBe(true);
    expect(grid.accepts(4, 0)).toBe(true);
  });

  test("a row too sparse for slots is refused: empty slots stay within twice the cells and a million", () => {
    const grid = new CellGrid(table());
    grid.add(0, 0, 1, 0);
    expect(grid.accepts(0, 2 + (1 << 20))).toBe(true);
    expect(grid.accepts(0, 4 + (1 << 20))).toBe(false);
  });

  test("more than 255 number formats are all kept", () => {
    const grid = new CellGrid(table());
    for (let i = 0; i < 300; i++) grid.add(i, 0, i, grid.formatId(`0.${"0".repeat(i % 20)}"u${i}"`));
    for (let i = 0; i < 300; i++) expect(grid.cell(i, 0)).toEqual({ v: i, fmt: `0.${"0".repeat(i % 20)}"u${i}"` });
  });

  test("a million cells across blocks read back", () => {
    const grid = new CellGrid(table());
    for (let r = 0; r < 200_000; r++) for (let c = 0; c < 5; c++) grid.add(r, c, r * 5 + c + 0.25, 0);
    expect(grid.length).toBe(200_000);
    for (const r of [0, 13106, 13107, 65535, 65536, 199_999]) for (let c = 0; c < 5; c++) expect(grid.cell(r, c)).toEqual({ v: r * 5 + c + 0.25 });
  });
});

describe("CellGrid's first block grows with the sheet", () => {
  test("a sheet whose first cell is far down, and rows past the first block, read back", () => {
    const grid = new CellGrid(new SharedStrings());
    const at = [70_000, 70_001, 140_000];
    for (const r of at) grid.add(r, 3, r, 0);
    for (const r of at) expect(grid.cell(r, 3)).toEqual({ v: r });
    expect(grid.cell(5, 3)).toBeUndefined();
    expect(grid.row(69_999)).toBeUndefined();
    expect(grid.toJSON().filter(Boolean)).toHaveLength(3);
  });

  test("cells written across the first block's doublings keep their values", () => {
    const grid = new CellGrid(new SharedStrings());
    for (let r = 0; r < 70_000; r += 7) grid.add(r, r % 5, r * 1.5, grid.formatId(r % 2 ? "0.00" : undefined));
    for (let r = 0; r < 70_000; r += 7) expect(grid.cell(r, r % 5)).toEqual(r % 2 ? { v: r * 1.5, fmt: "0.00" } : { v: r * 1.5 });
  });
});
