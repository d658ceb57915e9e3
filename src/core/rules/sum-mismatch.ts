/** sum-mismatch: a total ≠ the sum of its parts: 资金总额 vs the fund sources, a ledger's 合计 vs its rows, 全年执行数 vs the ledger; tolerance half a unit of the last printed digit per part. */
import { Big, ZERO } from "../decimal";
import { figureEdit } from "../figure-edit";
import type { Finding, FixHint } from "../findings";
import type { BudgetRow, NumCell } from "../model";
import { MONEY_SCALE } from "../figures/types";
import { ledgerSpan, paymentCount } from "../ledger";
import { halfUlp, printsAs, tenfoldOff } from "../precision";
import { cellString, isBlank, rawCell } from "../cells";
import { unitInfo } from "../figures/quantity";
import { norm } from "../recognize/text";
import { type SheetSnapshot, cellAt, rowAt } from "../snapshot";
import { partsDisagree, partsStatements, partsTenfold } from "../statements";
import { fig, finding, type Rule, type RuleContext, withFix } from "./rule";

type Col = "initial" | "annual" | "executed";

function budgetSums(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.model.budgets) {
    const total = t.rows.find((r) => r.source === "total");
    if (!total) continue;
    // A total breaks down by where the money comes from, and on unit-level forms also by kind of spending: each must add up.
    const bySource = t.rows.filter((r) => r.source !== "total" && r.source !== "prior" && r.source !== "basic" && r.source !== "project");
    const byKind = t.rows.filter((r) => r.source === "basic" || r.source === "project");
    for (const parts of [bySource, byKind]) {
      if (!parts.length) continue;
      for (const c of ["initial", "annual", "executed"] as Col[]) {
        const tot = total[c]?.num;
        const nums = parts.map((p: BudgetRow) => p[c]?.num).filter((n): n is NumCell => !!n);
        if (!tot || !nums.length) continue;
        const sum = nums.reduce((s, n) => s.plus(n.value), ZERO);
        const dp = Math.max(tot.decimals, ...nums.map((n) => n.decimals));
        const tol = halfUlp(dp).times(nums.length + 1);
        if (sum.minus(tot.value).abs().lte(tol)) continue;
        // Figures to the 分 at least, like every other finding's.
        const shownDp = Math.max(2, dp);
        out.push(
          withFix(
            finding(
              "sum-mismatch",
              "error",
              [tot.ref, ...nums.map((n) => n.ref)],
              "sum-mismatch.sources",
              { column: c, total: fig(tot.value, t.scale, shownDp), sum: fig(sum, t.scale, shownDp), tolerance: fig(tol, t.scale, dp + 1) },
              fig(sum, t.scale, shownDp),
              fig(tot.value, t.scale, shownDp)
            ),
            totalFix(tot, sum)
          )
        );
      }
    }
  }
  return out;
}

function ledgerSums(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const l of ctx.model.ledgers) {
    const sum = l.total;
    const span = ledgerSpan(l);
    for (const t of l.totals) {
      const n = t.num;
      if (!n?.yuan || n.yuan.minus(sum).abs().lt(new Big("0.005"))) continue;
      out.push(
        withFix(
          finding(
            "sum-mismatch",
            "error",
            [t.ref, ...span],
            "sum-mismatch.ledger",
            { total: fig(n.yuan, "元"), sum: fig(sum, "元"), rows: paymentCount(l) },
            fig(sum, "元"),
            fig(n.yuan, "元")
          ),
          // The ledger's rows are the payments; its 合计 row is what was typed.
          n.value.eq(n.yuan) ? totalFix(n, sum) : null
        )
      );
    }
  }
  return out;
}

/** 全年执行数 against the ledger; a ledger may cover all sources or only 财政资金, so either may match. */
function executedVsLedger(ctx: RuleContext): Finding[] {
  const { budget, ledgerTotal } = ctx.facts;
  if (!budget || !ledgerTotal || !ledgerTotal.refs.length) return [];
  const executed = budget.rows.map((r) => r.executed?.num).filter((n): n is NumCell => !!n?.yuan);
  if (!executed.length) return [];
  const factor = new Big(10).pow(MONEY_SCALE[budget.scale]);
  const inUnit = ledgerTotal.yuan.div(factor);
  if (executed.some((n) => printsAs(inUnit, n.value, n.decimals))) return [];
  // A power-of-ten difference is a unit slip, reported by that rule.
  if (executed.some((n) => tenfoldOff(inUnit, n.value, n.decimals) !== null)) return [];
  const total = budget.rows.find((r) => r.source === "total")?.executed?.num ?? executed[0]!;
  return [
    finding(
      "sum-mismatch",
      "error",
      [total.ref, ...ledgerTotal.refs],
      "sum-mismatch.executed-ledger",
      { executed: fig(total.yuan!, "元"), ledger: fig(ledgerTotal.yuan, "元") },
      fig(ledgerTotal.yuan, "元"),
      fig(total.yuan!, "元")
    ),
  ];
}

/** A whole the narrative states with the parts it lists after 其中: "共申请2026400元，其中A 400000元、B 252000元…". */
function textParts(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const n of ctx.model.narratives) {
    for (const p of n.paragraphs) {
      for (const s of partsStatements(p)) {
        // A whole off from its parts by a power of ten has the wrong unit: unit-slip's finding.
        if (!partsDisagree(s) || partsTenfold(s) !== null) continue;
        const u = s.whole.number.unit ?? "";
        // Shown in the whole's own unit when the parts share it, else in the family's base unit.
        const same = s.parts.every((f) => f.number.unit === s.whole.number.unit);
        const inWhole = same ? s.parts.reduce((a, f) => a.plus(f.number.value), ZERO) : s.partsSum;
        const unit = same ? u : baseUnit(u);
        const dp = Math.max(s.whole.number.decimals, ...s.parts.map((f) => f.number.decimals));
        const diff = same ? inWhole.minus(s.whole.number.value) : s.partsSum.minus(s.wholeValue);
        // Money listed after 其中 divides its whole; counted things may be listed by overlapping traits (女性…、少数民族…).
        const money = unitInfo(s.whole.number.unit)?.family === "money";
        out.push(
          withFix(
            finding(
              "sum-mismatch",
              money ? "error" : "warning",
              [p.ref],
              "sum-mismatch.text-parts",
              { whole: s.whole.raw, sum: fig(inWhole, unit, dp), parts: s.parts.map((f) => f.raw).join("、"), diff: fig(diff.abs(), unit, dp) },
              fig(inWhole, unit, dp),
              fig(same ? s.whole.number.value : s.wholeValue, unit, dp)
            ),
            // Money listed in the whole's own unit: the whole is rewritten to the sum; counted things may overlap, so no fix.
            money && same ? figureEdit(p.ref, s.whole, inWhole, dp) : null
          )
        );
      }
    }
  }
  return out;
}

/** Words of a row label that make its figure a total. */
const WHOLE_LABEL = /(总额|合计|总计|共计|总投资|总预算)[:：]?$/;

/** The first number right of a label cell in its row, within a few cells. */
function valueRight(sheet: SheetSnapshot, r: number, c: number): { col: number; num: NumCell } | null {
  const row = rowAt(sheet, r) ?? [];
  for (let k = c + 1; k < Math.min(row.length, c + 4); k++) {
    const cell = row[k];
    if (!cell || isBlank(cell)) continue;
    const num = rawCell(cell, { sheet: sheet.name, row: r, col: k }, null).num;
    return num && !num.percent ? { col: k, num } : null;
  }
  return null;
}

/**
 * Label-and-value blocks outside the recognised tables: "年度预算资金总额：321.25" over "其中：中央补助 166", "市级资金 136",
 * "本级资金 20.25". Each part is printed to the block's precision, so the sum must print as the total.
 */
function labelBlocks(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  // Rows of the recognised tables are their rules' business: a 资金总额 row is checked against its sources already.
  const tableRows = new Set([
    ...[...ctx.model.budgets, ...ctx.model.indicators].map((t) => `${t.sheet}!${t.headerRow}`),
    ...ctx.model.budgets.flatMap((b) => b.rows.map((r) => `${b.sheet}!${r.labelRef.row}`)),
  ]);
  const sheets = new Set([...ctx.model.budgets, ...ctx.model.indicators, ...ctx.model.narratives].map((t) => t.sheet));
  for (const sheet of ctx.model.snapshot.sheets) {
    if (!sheets.has(sheet.name)) continue;
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = rowAt(sheet, r) ?? [];
      for (let c = 0; c < row.length; c++) {
        const label = typeof row[c]?.v === "string" ? norm(String(row[c]!.v)) : "";
        if (!label || !WHOLE_LABEL.test(label) || tableRows.has(`${sheet.name}!${r}`)) continue;
        const whole = valueRight(sheet, r, c);
        if (!whole) continue;
        const parts: NumCell[] = [];
        for (let k = r + 1; k < sheet.rows.length; k++) {
          const t = cellString(cellAt(sheet, k, c));
          if (!t || WHOLE_LABEL.test(norm(t)) || (parts.length === 0 && !/^其中/.test(t))) break;
          const v = valueRight(sheet, k, c);
          if (!v || v.col !== whole.col) break;
          parts.push(v.num);
        }
        if (parts.length < 2) continue;
        const dp = Math.max(whole.num.decimals, ...parts.map((p) => p.decimals));
        const sum = parts.reduce((a, p) => a.plus(p.value), ZERO);
        if (printsAs(sum, whole.num.value, dp)) continue;
        out.push(
          withFix(
            finding(
              "sum-mismatch",
              "error",
              [whole.num.ref, ...parts.map((p) => p.ref)],
              "sum-mismatch.block",
              { label: cellString(row[c]).replace(/[:：]$/, ""), total: fig(whole.num.value, "", dp), sum: fig(sum, "", dp) },
              fig(sum, "", dp),
              fig(whole.num.value, "", dp)
            ),
            totalFix(whole.num, sum)
          )
        );
      }
    }
  }
  return out;
}

/** A total cell set to the sum of its parts, when it holds a plain number (text or a percentage is left to its writer). */
function totalFix(total: NumCell, sum: Big): FixHint | null {
  return total.asText || total.percent ? null : { kind: "value", ref: total.ref, value: Number(sum.toFixed()) };
}

function baseUnit(unit: string): string {
  const u = unitInfo(unit);
  if (!u) return unit;
  return { money: "元", area: "㎡", length: "m", weight: "kg", volume: "㎥", time: "天", percent: "%", count: u.thing ?? unit }[u.family];
}

export const sumMismatch: Rule = {
  id: "sum-mismatch",
  check: (ctx) => [...budgetSums(ctx), ...ledgerSums(ctx), ...executedVsLedger(ctx), ...textParts(ctx), ...labelBlocks(ctx)],
};
