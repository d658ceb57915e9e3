/** Renders findings' messages in a language: parameters first (figures, quantity names), then the template. */
import type { FundSource } from "../figures/types";
import type { Figure, Finding, Param, QuantityName } from "../findings";
import type { SheetRole } from "../model";
import { en } from "./en";
import { isMessageKey, MESSAGE_KEYS, type MessageKey } from "./keys";
import type { Lang, Strings } from "./types";
import { zhCN } from "./zh-CN";

export type { Lang, MessageKey, Strings };
export { isMessageKey, MESSAGE_KEYS };

export function strings(lang: Lang): Strings {
  return lang === "en" ? en : zhCN;
}

function isFigure(p: Param): p is Figure {
  return typeof p === "object" && "value" in p;
}

function isQuantity(p: Param): p is QuantityName {
  return typeof p === "object" && "quantity" in p;
}

/**
 * "10,655,546.85元" in Chinese, "10,655,546.85 yuan" in English, "94.56%" in both: digits grouped, the unit in the
 * language's words; Chinese sets a unit right after its number, English after a space.
 */
export function figureText(f: Figure, s: Strings): string {
  const unit = s.units[f.unit] ?? f.unit;
  const value = groupDigits(f.value);
  if (!unit) return value;
  return unit.startsWith("%") || s === zhCN ? `${value}${unit}` : `${value} ${unit}`;
}

/** A sheet's heading: its name, with the role it was recognised as when the name does not already say it. */
export function sheetLabel(sheet: { name: string; role: SheetRole; hidden?: boolean }, s: Strings): string {
  const role = s.roles[sheet.role];
  const hidden = sheet.hidden ? s.ui.hidden : "";
  const name = sheet.name.replace(/\s+/g, "");
  const says = name !== "" && (name.includes(role) || role.includes(name));
  if (says && !hidden) return s.ui.sheetPlain({ name: sheet.name });
  return s.ui.sheetLabel({ name: sheet.name, role: says ? "" : role, hidden });
}

function paramText(p: Param, s: Strings, lang: Lang): string {
  if (typeof p === "number") return String(p);
  if (typeof p === "string") return s.edits[p] ?? s.columns[p] ?? p;
  if (isFigure(p)) return figureText(p, s);
  if (isQuantity(p)) {
    const q = s.quantities[p.quantity];
    if (!p.source) return q;
    return lang === "en" ? `${q} (${s.sources[p.source]})` : `${s.sources[p.source]}${q}`;
  }
  return "";
}

function groupDigits(v: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(v);
  if (!m) return v;
  return m[1]! + m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (m[3] ?? "");
}

export function renderMessage(f: Finding, lang: Lang): string {
  const s = strings(lang);
  const key = f.message.key;
  if (!isMessageKey(key)) return key;
  const t = s.messages[key];
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(f.message.params)) {
    // `row`: the fund source of the budget row a message is about, given as its id ("special").
    params[k] = k === "row" && typeof v === "string" && v in s.sources ? s.sources[v as FundSource] : paramText(v, s, lang);
  }
  return t(params);
}
