/**
 * Links between the indicator table and the figures stated elsewhere: a quantity the text gives for an indicator it names
 * ("收容所1间200平方米" for 野生动物收容所), and the quantity an indicator's own name states ("建设普通省道二级公路32.1公里").
 */
import { cellString } from "./cells";
import { Big } from "./decimal";
import { extractFigures } from "./figures/extract";
import { sameKind, unitInfo } from "./figures/quantity";
import type { TextFigure } from "./figures/types";
import type { Indicator, IndicatorTable, NumCell, Paragraph } from "./model";
import { norm } from "./recognize/text";

/** An indicator's name without its numbering (指标1：) or a trailing measure word, for finding it in a sentence. */
export function indicatorCore(ind: Indicator): string {
  return norm(ind.level3)
    .replace(/^(指标)?\d+[:：、.]?/, "")
    .replace(/(数量|个数|数|面积|长度|规模|里程|总量|量)$/u, "");
}

/** The unit an indicator's values are written in: from a value's own text (≥200平方米) or the 度量单位 column. */
export function indicatorUnit(ind: Indicator): string | null {
  for (const raw of [ind.target, ind.actual]) {
    const t = raw ? cellString(raw.cell) : "";
    const f = extractFigures(t).find((x) => x.kind === "count");
    if (f?.number.unit) return f.number.unit;
  }
  return ind.measureUnit.trim() || null;
}

export interface QuantityLink {
  paragraph: Paragraph;
  figure: TextFigure;
  indicator: Indicator;
  target: NumCell | null;
  actual: NumCell | null;
  /** Converts an indicator value into the figure's unit: × 1 when the indicator gives no unit. */
  scale: Big;
}

/**
 * Each quantity in the text whose own words name an indicator of the scope (its name's core, at least four characters, in
 * the words before the figure) and whose unit is of the indicator's kind.
 */
export function quantityLinks(paragraphs: Paragraph[], tables: IndicatorTable[]): QuantityLink[] {
  const out: QuantityLink[] = [];
  const named = tables.flatMap((t) => t.indicators).map((ind) => ({ ind, core: indicatorCore(ind), unit: unitInfo(indicatorUnit(ind)) }));
  for (const p of paragraphs) {
    for (const f of p.figures) {
      if (f.kind !== "count" || f.bound || PER.test(f.label)) continue;
      const fu = unitInfo(f.number.unit);
      if (!fu || fu.family === "time" || fu.family === "percent") continue;
      const label = norm(f.label);
      // The whole name core in the words: a part of it (收容所 of 野生动物收容所) may name something else.
      const hits = named.filter((n) => n.core.length >= 4 && label.includes(n.core) && (!n.unit || sameKind(n.unit, fu)));
      if (hits.length !== 1) continue;
      const { ind, unit } = hits[0]!;
      const scale = unit ? unit.factor.div(fu.factor) : new Big(1);
      out.push({ paragraph: p, figure: f, indicator: ind, target: ind.target?.num ?? null, actual: ind.actual?.num ?? null, scale });
    }
  }
  return out;
}

/** A rate or share rather than a total: 每月巡查2次, 人均培训3次, 户均增收. */
const PER = /(每|人均|户均|年均|月均|日均|平均|单位|单价|标准)[^，。；,;]{0,6}$/;

/** The one quantity an indicator's name states with a unit (32.1公里), when it states exactly one and states it as a total. */
const RANGE_END = /(?:^|\d)\s*[-~～—–至到]\s*$/;

export function nameQuantity(ind: Indicator): TextFigure | null {
  // An item number (指标9：, 3、) is no quantity; a leading figure with no separator (0-6岁) is the text's own.
  const figs = extractFigures(ind.level3.replace(/^\s*(?:指标\s*\d+\s*(?:[:：、]|\.(?!\d))?|\d+\s*(?:[:：、]|\.(?!\d)))/, "")).filter(
    // The end of a range (0-6岁儿童, 3至5年) bounds who is counted; it is not the quantity.
    (f) => f.kind === "count" && !f.bound && unitInfo(f.number.unit)?.family !== "time" && !RANGE_END.test(f.label)
  );
  return figs.length === 1 && !PER.test(figs[0]!.label) ? figs[0]! : null;
}
