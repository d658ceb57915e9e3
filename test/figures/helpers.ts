/** Compact views of extracted figures for assertions. */
import type { TextFigure } from "../../src/core/figures/types";

export interface Brief {
  raw: string;
  kind: TextFigure["kind"];
  /** The value printed at its own decimals, so "33796500.00" keeps its two places. */
  value: string;
  unit: string | null;
  yuan?: string;
  concept: TextFigure["concept"];
  source: TextFigure["source"];
  periodYears: number | null;
  strayUnit?: string;
  date?: TextFigure["date"];
}

export function brief(f: TextFigure): Brief {
  const b: Brief = {
    raw: f.raw,
    kind: f.kind,
    value: f.number.value.toFixed(f.number.decimals),
    unit: f.number.unit,
    concept: f.concept,
    source: f.source,
    periodYears: f.periodYears,
  };
  if (f.yuan) b.yuan = f.yuan.toFixed();
  if (f.strayUnit !== undefined) b.strayUnit = f.strayUnit;
  if (f.date) b.date = f.date;
  return b;
}

type Short = Partial<Brief> & Pick<Brief, "raw" | "kind">;

/** A money figure as the tests write it. */
export function money(
  raw: string,
  value: string,
  unit: string,
  yuan: string,
  concept: Brief["concept"],
  source: Brief["source"] = null,
  periodYears: number | null = null
): Short {
  return { raw, kind: "money", value, unit, yuan, concept, source, periodYears };
}

export function count(raw: string, value: string, unit: string): Short {
  return { raw, kind: "count", value, unit, concept: null, source: null, periodYears: null };
}

export function year(raw: string, y: number): Short {
  return { raw, kind: "year", value: String(y), date: { year: y, month: null, day: null }, concept: null, source: null };
}

export function date(raw: string, y: number | null, m: number | null, d: number | null): Short {
  return { raw, kind: "date", date: { year: y, month: m, day: d }, concept: null, source: null };
}
