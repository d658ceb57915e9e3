/** stray-unit: a unit that cannot apply to its figure: a money unit after a percentage (94.56%元), or a money unit on an execution rate. */
import type { Finding } from "../findings";
import { finding, type Rule } from "./rule";

const MONEY = /^(元|千元|万元|亿元)$/;

export const strayUnit: Rule = {
  id: "stray-unit",
  check(ctx) {
    const out: Finding[] = [];
    for (const n of ctx.model.narratives) {
      for (const p of n.paragraphs) {
        for (const f of p.figures) {
          const stray = f.strayUnit ?? (f.concept === "rate" && f.number.unit && MONEY.test(f.number.unit) ? f.number.unit : null);
          if (!stray) continue;
          // The figure's own unit: % for a rate, 万元 for "1065.55万元元".
          const own = f.number.percent ? "%" : (f.number.unit ?? "");
          const value = f.number.value.toFixed(f.number.decimals);
          const right = value + own;
          out.push(finding("stray-unit", "error", [p.ref], f.number.percent ? "stray-unit.text" : "stray-unit.double", { raw: f.raw, unit: stray, right }, { value, unit: own }, { value, unit: own + stray }));
        }
      }
    }
    return out;
  },
};
