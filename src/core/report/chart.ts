/** The 支出进度 chart: cumulative monthly spending from the ledger's dates (exact) against the 全年预算数, as a small table and a ChartPlan over it. */
import { a1 } from "../address";
import { Big, ZERO } from "../decimal";
import { amountYuan, paymentDate } from "../ledger";
import type { WorkbookModel } from "../model";
import type { ReportData } from "./data";
import { type FormUnit, moneyCell } from "./format";
import type { SheetBuilder } from "./sheet";

/** Cumulative spending at the end of each month of `year`, in 元, exact; months with no payment carry the running total. */
export function monthlyCumulative(model: WorkbookModel, year: number): Big[] | null {
  const fen = new Array<number>(12).fill(0);
  const odd = new Array<Big>(12).fill(ZERO);
  let dated = 0;
  let unsafe = false;
  for (const l of model.ledgers) {
    if (l.dateCol === null) continue;
    for (let i = 0; i < l.rows.length; i++) {
      const d = paymentDate(l, i);
      if (!d || d.year !== year) continue;
      dated++;
      const m = d.month - 1;
      const f = l.fen[i]!;
      if (Number.isNaN(f)) odd[m] = odd[m]!.plus(amountYuan(l, i));
      else {
        fen[m] = fen[m]! + f;
        if (Math.abs(fen[m]!) > Number.MAX_SAFE_INTEGER) unsafe = true;
      }
    }
  }
  if (!dated) return null;
  // Past 2^53 分 a month's float sum is no longer exact: add that ledger again in Big.
  const perMonth = unsafe ? exactMonths(model, year) : fen.map((f, m) => new Big(f).div(100).plus(odd[m]!));
  let run = ZERO;
  return perMonth.map((x) => (run = run.plus(x)));
}

function exactMonths(model: WorkbookModel, year: number): Big[] {
  const out = new Array<Big>(12).fill(ZERO);
  for (const l of model.ledgers) {
    for (let i = 0; i < l.rows.length; i++) {
      const d = paymentDate(l, i);
      if (d && d.year === year) out[d.month - 1] = out[d.month - 1]!.plus(amountYuan(l, i));
    }
  }
  return out;
}

/** The year the ledger pays in most, when the workbook states none. */
function ledgerYear(model: WorkbookModel): number | null {
  const counts = new Map<number, number>();
  for (const l of model.ledgers) {
    for (let i = 0; i < l.rows.length; i++) {
      const d = paymentDate(l, i);
      if (d) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n) [best, n] = [y, c];
  return best;
}

/**
 * Writes the chart table at (row, col): a header row, then 1月…12月 with 累计支出 and 全年预算数 in the form's unit,
 * and anchors the chart below it. Nothing when the ledger has no dated payment in the year.
 */
export function placeChart(b: SheetBuilder, d: ReportData, unit: FormUnit, row: number, col: number): boolean {
  const year = d.year ?? ledgerYear(d.model);
  if (year === null) return false;
  const cum = monthlyCumulative(d.model, year);
  if (!cum) return false;
  const c = d.s.chart;
  const unitWord = d.strings.units[unit] ?? unit;
  const spentName = c.cumulative({ unit: unitWord });
  const budgetName = c.budget({ unit: unitWord });
  const annual = d.total?.annual ?? null;
  const head = { bold: true, align: "center" as const };
  b.set(row, col, c.month, head);
  b.set(row, col + 1, spentName, head);
  if (annual) b.set(row, col + 2, budgetName, head);
  cum.forEach((v, m) => {
    b.set(row + 1 + m, col, c.monthLabel({ month: String(m + 1) }), { align: "center" });
    b.set(row + 1 + m, col + 1, moneyCell(v, unit).value, { numberFormat: moneyCell(v, unit).numberFormat });
    if (annual) b.set(row + 1 + m, col + 2, moneyCell(annual, unit).value, { numberFormat: moneyCell(annual, unit).numberFormat });
  });
  b.width(col, 8);
  b.width(col + 1, 18);
  if (annual) b.width(col + 2, 18);
  const range = (k: number) => `${a1(row + 1, col + k)}:${a1(row + 12, col + k)}`;
  b.chart = {
    title: c.title,
    axes: { category: c.axisMonth, value: c.axisMoney({ unit: unitWord }) },
    from: a1(row + 14, col),
    to: a1(row + 32, col + 7),
    categories: range(0),
    series: [{ name: spentName, values: range(1) }, ...(annual ? [{ name: budgetName, values: range(2) }] : [])],
  };
  return true;
}
