/**
 * Property: how a workbook is laid out does not change what is found. Renaming sheets, adding title rows above a table
 * and putting the budget table's columns in another order leave the findings the same, their cells moved accordingly.
 */
import fc from "fast-check";
import { parseA1, qualified, quoteSheet } from "../../src/core/address";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { readHaikou } from "../report/core-helpers";

type CellMap = (sheet: string, row: number, col: number) => { sheet: string; row: number; col: number };

function unqualify(a: string): { sheet: string; row: number; col: number } {
  const i = a.lastIndexOf("!");
  const sheet = a
    .slice(0, i)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const p = parseA1(a.slice(i + 1))!;
  return { sheet, row: p.row, col: p.col };
}

/** What a finding says, with its cells moved by `map`. */
function signature(findings: readonly Finding[], map: CellMap = (sheet, row, col) => ({ sheet, row, col })): string[] {
  return findings
    .map((f) => {
      const cells = f.cells.map((c) => {
        const u = unqualify(c);
        const m = map(u.sheet, u.row, u.col);
        return qualified(m.sheet, m.row, m.col);
      });
      return [f.rule, f.severity, f.message.key, JSON.stringify(f.expected), JSON.stringify(f.actual), cells.join(",")].join("|");
    })
    .sort();
}

const copy = (s: WorkbookSnapshot): WorkbookSnapshot => JSON.parse(JSON.stringify(s));

describe("recognition does not depend on layout", () => {
  let sample: WorkbookSnapshot;
  let base: Finding[];
  beforeAll(async () => {
    sample = await readHaikou();
    base = checkWorkbook(sample).findings;
  });

  it("renaming the sheets", () => {
    const names = fc.uniqueArray(fc.constantFrom("Sheet1", "Sheet2", "Sheet3", "Sheet4", "Sheet5", "Sheet6", "表1", "表2", "表3", "附件", "数据", "My Sheet"), {
      minLength: 6,
      maxLength: 6,
    });
    fc.assert(
      fc.property(names, (picked) => {
        const s = copy(sample);
        const rename = new Map(s.sheets.map((sh, i) => [sh.name, picked[i]!]));
        for (const sh of s.sheets) sh.name = rename.get(sh.name)!;
        const got = checkWorkbook(s).findings;
        // Messages may name a sheet: compared by what they find and where.
        expect(signature(got)).toEqual(signature(base, (sheet, row, col) => ({ sheet: rename.get(sheet)!, row, col })));
      }),
      { numRuns: 15 }
    );
  });

  it("adding title rows above the budget table and the ledger", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom("附件2", "", "单位：元"), (kb, kl, title) => {
        const s = copy(sample);
        const shift = new Map([
          ["预算执行", kb],
          ["支付台账", kl],
        ]);
        for (const sh of s.sheets) {
          const k = shift.get(sh.name);
          if (!k) continue;
          const pad = Array.from({ length: k }, (_, i) => (i === 0 && title ? [{ v: title }] : undefined));
          sh.rows = [...pad, ...plainRows(sh)];
          sh.merges = sh.merges.map((m) => ({ ...m, top: m.top + k, bottom: m.bottom + k }));
        }
        const got = checkWorkbook(s).findings;
        expect(signature(got)).toEqual(signature(base, (sheet, row, col) => ({ sheet, row: row + (shift.get(sheet) ?? 0), col })));
      }),
      { numRuns: 15 }
    );
  });

  it("putting the budget table's amount columns in another order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4], { minLength: 4, maxLength: 4 }), (order) => {
        const s = copy(sample);
        const sheet = s.sheets.find((x) => x.name === "预算执行")!;
        // Column order[i] of the original goes to column 1 + i.
        const to = new Map(order.map((from, i) => [from, 1 + i]));
        sheet.rows = plainRows(sheet).map((row) => {
          if (!row) return row;
          const out = [...row];
          for (const [from, dest] of to) out[dest] = row[from];
          return out;
        });
        sheet.merges = sheet.merges.filter((m) => m.left === m.right || m.right < 1 || m.left > 4);
        const got = checkWorkbook(s).findings;
        const map: CellMap = (sh, row, col) => ({ sheet: sh, row, col: sh === "预算执行" ? (to.get(col) ?? col) : col });
        expect(signature(got)).toEqual(signature(base, map));
      }),
      { numRuns: 12 }
    );
  });
});

test("signature sees a moved cell (the property above could not pass vacuously)", () => {
  const f: Finding = {
    rule: "stray-unit",
    severity: "error",
    cells: [`${quoteSheet("预算执行")}!B2`],
    message: { key: "stray-unit.text", params: {} },
    expected: null,
    actual: null,
  };
  expect(signature([f])).not.toEqual(signature([f], (sheet, row, col) => ({ sheet, row: row + 1, col })));
});
