/** undefined-rate: a rate whose denominator (全年预算数) is zero printed as a number (0, 0.00%) instead of —. */
import { isErrorCell } from "../cells";
import { printedRates } from "./rates";
import { finding, type Rule, withFix } from "./rule";

export const undefinedRate: Rule = {
  id: "undefined-rate",
  check(ctx) {
    const out = printedRates(ctx).flatMap((p) => {
      const a = p.fact.annual.yuan;
      if (!a || !a.eq(0)) return [];
      return [
        withFix(
          finding(
            "undefined-rate",
            "error",
            [p.ref, p.fact.executed.ref, p.fact.annual.ref],
            "undefined-rate.number",
            // The fund source names the row: two 0/0 rows must not read alike.
            { raw: p.raw, row: p.fact.source },
            { value: "—", unit: "" },
            { value: p.value.toFixed(p.decimals), unit: p.percent ? "%" : "" }
          ),
          // A rate of 0/0 is written "—", in a table's cell and in a sentence alike.
          p.text
            ? { kind: "text", ref: p.ref, start: p.text.figure.start, end: p.text.figure.end, find: p.text.figure.raw, replace: "—" }
            : { kind: "value", ref: p.ref, value: "—" }
        ),
      ];
    });
    // #DIV/0! printed in a rate cell.
    for (const t of ctx.model.budgets) {
      for (const row of t.rows) {
        if (row.rate && isErrorCell(row.rate.cell)) {
          out.push(
            finding(
              "undefined-rate",
              "warning",
              [row.rate.ref],
              "undefined-rate.error-value",
              { raw: String((row.rate.cell!.v as { error: string }).error), row: row.source },
              { value: "—", unit: "" },
              null
            )
          );
        }
      }
    }
    return out;
  },
};
