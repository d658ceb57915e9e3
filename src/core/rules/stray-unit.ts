/** stray-unit: a unit that cannot apply to its figure: a money unit after a percentage (94.56%元), a second unit after a money unit (万元元), or a money unit on an execution rate (执行率94.56元). */
import { type Family, measuredFamily, unitInfo } from "../figures/quantity";
import type { TextFigure } from "../figures/types";
import type { Finding } from "../findings";
import { strayUnitEdit } from "../figure-edit";
import { finding, type Rule, withFix } from "./rule";

const MONEY = /^(元|千元|万元|亿元)$/;

/** Words that make the figure right after them a rate. */
const RATE_LABEL = /(执行率|完成率|支出率|支付率|执行进度|支出进度|支付进度|完成预算)[为是达:：]?$/;

function moneyOnRate(f: TextFigure): boolean {
  return !f.number.percent && !!f.number.unit && MONEY.test(f.number.unit) && (f.concept === "rate" || RATE_LABEL.test(f.label.trim()));
}

/** The base unit each measured family is written in, for the message's right form. */
const FAMILY_UNIT: Record<Family, string> = { area: "㎡", length: "m", weight: "kg", volume: "㎥", money: "元", time: "天", percent: "%", count: "" };

/** A figure whose words name an area, a length or a weight, written with a unit of another family. */
function wrongFamily(f: TextFigure): boolean {
  const want = measuredFamily(f.label);
  if (!want || f.kind !== "count") return false;
  const u = unitInfo(f.number.unit);
  return !!u && u.family !== want && (u.family === "area" || u.family === "length" || u.family === "weight" || u.family === "volume");
}

export const strayUnit: Rule = {
  id: "stray-unit",
  check(ctx) {
    const out: Finding[] = [];
    for (const n of ctx.model.narratives) {
      for (const p of n.paragraphs) {
        for (const f of p.figures) {
          const value = f.number.value.toFixed(f.number.decimals);
          if (f.strayUnit) {
            // The figure's own unit: % for a rate, 万元 for "1065.55万元元".
            const own = f.number.percent ? "%" : (f.number.unit ?? "");
            const key = f.number.percent ? "stray-unit.text" : "stray-unit.double";
            out.push(
              withFix(
                finding(
                  "stray-unit",
                  "error",
                  [p.ref],
                  key,
                  // The fund source the sentence names, so that two such slips read apart.
                  { raw: f.raw, unit: f.strayUnit, right: value + own, ...(f.source ? { row: f.source } : {}) },
                  { value, unit: own },
                  { value, unit: own + f.strayUnit }
                ),
                strayUnitEdit(p.ref, f)
              )
            );
          } else if (wrongFamily(f)) {
            // 总建筑面积68540.39m: an area needs ㎡ (or 亩, 公顷); a length unit cannot measure it.
            const want = measuredFamily(f.label)!;
            out.push(
              finding(
                "stray-unit",
                "error",
                [p.ref],
                "stray-unit.family",
                { raw: f.raw, unit: f.number.unit ?? "", measure: want, right: value + FAMILY_UNIT[want] },
                { value, unit: FAMILY_UNIT[want] },
                { value, unit: f.number.unit ?? "" }
              )
            );
          } else if (moneyOnRate(f)) {
            const unit = f.number.unit!;
            out.push(
              finding("stray-unit", "error", [p.ref], "stray-unit.text", { raw: f.raw, unit, right: value + "%" }, { value, unit: "%" }, { value, unit })
            );
          }
        }
      }
    }
    return out;
  },
};
