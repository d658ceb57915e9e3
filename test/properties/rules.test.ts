/**
 * Property: a consistent random workbook (budget by source, a ledger adding up to the spending, a narrative quoting the
 * figures) gives no error; one slip of a kind injected into it gives exactly one new error, of that kind, at that cell.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { Big } from "../../src/core/decimal";
import type { RuleId } from "../../src/core/findings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { type CellInput, date, num, report, sheet, workbook } from "../helpers/workbook";

interface Plan {
  /** Budget of the two sources in 分; spending a share of it (at least 90 %, so that no reason is missing). */
  fiscal: number;
  unit: number;
  spentPermille: number;
  payments: number;
}

const plan: fc.Arbitrary<Plan> = fc.record({
  fiscal: fc.integer({ min: 10_000_000, max: 9_000_000_000 }),
  unit: fc.integer({ min: 1_000_000, max: 900_000_000 }),
  spentPermille: fc.integer({ min: 905, max: 1000 }),
  payments: fc.integer({ min: 2, max: 12 }),
});

const yuan = (fen: number) => fen / 100;
const text = (fen: number) => new Big(fen).div(100).toFixed(2);

/** The workbook, and where the narrative quotes what. */
function build(p: Plan, slip?: (rows: { budget: CellInput[][]; ledger: CellInput[][]; paragraphs: string[] }) => void): WorkbookSnapshot {
  const spentFiscal = Math.floor((p.fiscal * p.spentPermille) / 1000);
  const spentUnit = Math.floor((p.unit * p.spentPermille) / 1000);
  const total = p.fiscal + p.unit;
  const spent = spentFiscal + spentUnit;
  const rate = (a: number, b: number) => num(a / b, "0.00%");
  const budget: CellInput[][] = [
    ["2023年度项目资金预算执行情况"],
    ["单位：元"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["资金总额", yuan(total), yuan(total), yuan(spent), rate(spent, total)],
    ["财政资金", yuan(p.fiscal), yuan(p.fiscal), yuan(spentFiscal), rate(spentFiscal, p.fiscal)],
    ["单位资金", yuan(p.unit), yuan(p.unit), yuan(spentUnit), rate(spentUnit, p.unit)],
  ];
  // Payments in 分 that add up to the spending exactly.
  const share = Math.floor(spent / p.payments);
  const amounts = Array.from({ length: p.payments }, (_, i) => (i < p.payments - 1 ? share : spent - share * (p.payments - 1)));
  const ledger: CellInput[][] = [
    ["支付日期", "收款单位", "摘要", "金额"],
    ...amounts.map((a, i) => [date(2023, 1 + (i % 12), 15), "某服务有限公司", `第${i + 1}笔服务费`, yuan(a)]),
  ];
  const pct = new Big(spent).div(total).times(100).round(2, Big.roundHalfUp).toFixed(2);
  const paragraphs = [`2023年项目全年预算数${text(total)}元，全年执行数${text(spent)}元，执行率${pct}%。`, `其中财政资金全年执行数${text(spentFiscal)}元。`];
  slip?.({ budget, ledger, paragraphs });
  return workbook(sheet("预算执行", budget), sheet("支付台账", ledger), report("自评报告", ["项目支出绩效自评报告", ...paragraphs]));
}

const errors = (s: WorkbookSnapshot) => checkWorkbook(s).findings.filter((f) => f.severity === "error");

describe("rules on random consistent workbooks", () => {
  it("a consistent workbook gives no error", () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(errors(build(p)).map((f) => `${f.rule} ${f.cells[0]}`)).toEqual([]);
      }),
      { numRuns: 60 }
    );
  });

  const slips: Array<[string, RuleId, string, (r: { budget: CellInput[][]; ledger: CellInput[][]; paragraphs: string[] }) => void]> = [
    // 全年执行数 in 元 written with 万元: a unit slip.
    ["unit slip", "unit-slip", "自评报告!A3", (r) => (r.paragraphs[1] = r.paragraphs[1]!.replace(/(\d+\.\d{2})元/, "$1万元"))],
    // One digit of the fiscal spending dropped.
    ["digit slip", "digit-slip", "自评报告!A3", (r) => (r.paragraphs[1] = r.paragraphs[1]!.replace(/(\d)(\d)(\d+\.\d{2})元/, "$1$3元"))],
    ["stray unit", "stray-unit", "自评报告!A2", (r) => (r.paragraphs[0] = r.paragraphs[0]!.replace(/%。$/, "%元。"))],
    // The printed rate of a source row, 3 points off.
    ["rate mismatch", "rate-mismatch", "预算执行!E5", (r) => (r.budget[4]![4] = num(((r.budget[4]![4] as { v: number }).v as number) - 0.03, "0.00%"))],
    // A ledger total row one 元 off its rows.
    [
      "sum mismatch",
      "sum-mismatch",
      "支付台账!D",
      (r) => {
        const sum = r.ledger.slice(1).reduce((s: Big, row) => s.plus(new Big(row[3] as number)), new Big(0));
        r.ledger.push(["合计", undefined, undefined, Number(sum.plus(1).toFixed(2))]);
      },
    ],
  ];

  it.each(slips)("one %s gives exactly one new error, of its kind, at its cell", (_, rule, cell, inject) => {
    fc.assert(
      fc.property(plan, (p) => {
        const got = errors(build(p, inject));
        expect(got).toHaveLength(1);
        expect(got[0]!.rule).toBe(rule);
        expect(got[0]!.cells[0]!.startsWith(cell)).toBe(true);
      }),
      { numRuns: 40 }
    );
  });
});
