/** Renders findings' messages in a language: parameters first (figures, quantity names), then the template. */
import type { Figure, Finding, Param, QuantityName } from "../findings";
import { en } from "./en";
import type { Lang, Strings } from "./types";
import { zhCN } from "./zh-CN";

export type { Lang, Strings };

export function strings(lang: Lang): Strings {
  return lang === "en" ? en : zhCN;
}

function isFigure(p: Param): p is Figure {
  return typeof p === "object" && "value" in p;
}

function isQuantity(p: Param): p is QuantityName {
  return typeof p === "object" && "quantity" in p;
}

/** "10,655,546.85 元", "94.56%": digits grouped, the unit in the language's words. */
export function figureText(f: Figure, s: Strings): string {
  const unit = s.units[f.unit] ?? f.unit;
  const value = groupDigits(f.value);
  if (!unit) return value;
  return unit.startsWith("%") ? `${value}${unit}` : `${value} ${unit}`;
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
  const t = s.messages[f.message.key];
  if (!t) return f.message.key;
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(f.message.params)) params[k] = paramText(v, s, lang);
  return t(params);
}
