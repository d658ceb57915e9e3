/**
 * Quantities beyond money: every unit belongs to a family (money, area, length, weight, volume, time, percent, or a count of
 * one kind of thing), and converts exactly to its family's base unit, so that 1.5公顷 and 15000㎡, or 3.2km and 3200米, compare.
 */
import { Big } from "../decimal";
import { MONEY_SCALE, type MoneyUnit } from "./types";

export type Family = "money" | "area" | "length" | "weight" | "volume" | "time" | "percent" | "count";

export interface UnitInfo {
  family: Family;
  /** Base units per one of this unit: 10000 for 公顷 (㎡), 1000 for km (m), 10⁴ for 万元 (元). */
  factor: Big;
  /** For counts, what is counted (个, 人, 户 …): 5个 and 5人 do not add up. */
  thing?: string;
}

const MU = new Big(10000).div(15);

/** Pieces of equipment are counted in any of these words, and one list mixes them: 设备16954套（台、块、项）, 其中…14666台. */
const PIECES = new Set(["台", "套", "件", "块", "部", "只", "组"]);

const FIXED: Record<string, [Family, Big | number]> = {
  "㎡": ["area", 1],
  "m²": ["area", 1],
  m2: ["area", 1],
  平方米: ["area", 1],
  平米: ["area", 1],
  亩: ["area", MU],
  公顷: ["area", 10000],
  "hm²": ["area", 10000],
  hm2: ["area", 10000],
  平方公里: ["area", 1000000],
  平方千米: ["area", 1000000],
  "km²": ["area", 1000000],
  km2: ["area", 1000000],
  m: ["length", 1],
  米: ["length", 1],
  延米: ["length", 1],
  km: ["length", 1000],
  "㎞": ["length", 1000],
  公里: ["length", 1000],
  千米: ["length", 1000],
  kg: ["weight", 1],
  "㎏": ["weight", 1],
  公斤: ["weight", 1],
  千克: ["weight", 1],
  斤: ["weight", new Big("0.5")],
  吨: ["weight", 1000],
  t: ["weight", 1000],
  "㎥": ["volume", 1],
  "m³": ["volume", 1],
  m3: ["volume", 1],
  立方米: ["volume", 1],
  方: ["volume", 1],
  天: ["time", 1],
  日: ["time", 1],
  工作日: ["time", 1],
  个工作日: ["time", 1],
  周: ["time", 7],
  个月: ["time", 30],
  月: ["time", 30],
  季度: ["time", 91],
  年: ["time", 365],
  小时: ["time", new Big(1).div(24)],
  h: ["time", new Big(1).div(24)],
  分钟: ["time", new Big(1).div(1440)],
  "%": ["percent", 1],
  百分点: ["percent", 1],
  个百分点: ["percent", 1],
};

/** The family and factor of a unit as the number parser gives it ("万人" is 10⁴ 人); null for no unit. */
export function unitInfo(unit: string | null | undefined): UnitInfo | null {
  if (!unit) return null;
  if (unit in MONEY_SCALE) return { family: "money", factor: new Big(10).pow(MONEY_SCALE[unit as MoneyUnit]) };
  const fixed = FIXED[unit];
  if (fixed) return { family: fixed[0], factor: new Big(fixed[1]) };
  const m = /^(万|亿|千)?(.+)$/u.exec(unit)!;
  const scale = m[1] === "万" ? 4 : m[1] === "亿" ? 8 : m[1] === "千" ? 3 : 0;
  const inner = FIXED[m[2]!];
  if (inner) return { family: inner[0], factor: new Big(inner[1]).times(new Big(10).pow(scale)) };
  return { family: "count", factor: new Big(10).pow(scale), thing: PIECES.has(m[2]!) ? "件" : m[2]! };
}

/** Whether two units measure the same thing (and so convert): ㎡ and 亩, 人 and 万人, but not 人 and 人次. */
export function sameKind(a: UnitInfo, b: UnitInfo): boolean {
  return a.family === b.family && (a.family !== "count" || a.thing === b.thing);
}

/** Words naming what a figure measures, and the family its unit must belong to. */
const MEASURES: Array<[RegExp, Family]> = [
  [/面积(?:[为是达共计总:：]|约为?|达到){0,3}$/, "area"],
  [/(长度|里程)(?:[为是达共计总:：]|约为?|达到){0,3}$/, "length"],
  [/(重量)(?:[为是达共计总:：]|约为?|达到){0,3}$/, "weight"],
];

/** The family a figure's own words call for ("总建筑面积…" wants an area), or null when they name none. */
export function measuredFamily(label: string): Family | null {
  const t = label.trim();
  for (const [re, family] of MEASURES) if (re.test(t)) return family;
  return null;
}
