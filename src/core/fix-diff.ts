/**
 * What a fix changes in a cell's text, for showing it: the changed part, widened to the whole figures it falls in, and
 * some text either side, cut short of a figure rather than through it. Used by the pane's confirmation and `selfeval fix`.
 */

export interface ChangeView {
  /** Text before the change; `cutLead` when more precedes it. */
  lead: string;
  cutLead: boolean;
  removed: string;
  added: string;
  trail: string;
  cutTrail: boolean;
}

// Characters of a written figure: the marked part of a change widens to the whole number it falls in.
const FIGURE = /[0-9.,，%]/;

export function changeView(before: string | number, after: string | number, context = 15): ChangeView {
  const a = String(before);
  const b = String(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  while (p > 0 && FIGURE.test(a[p - 1]!)) p--;
  while (q > 0 && FIGURE.test(a[a.length - q]!)) q--;
  const lead = a.slice(0, p);
  const trail = a.slice(a.length - q);
  let from = Math.max(0, lead.length - context);
  while (from > 0 && from < lead.length && FIGURE.test(lead[from - 1]!) && FIGURE.test(lead[from]!)) from++;
  let to = Math.min(trail.length, context);
  while (to < trail.length && to > 0 && FIGURE.test(trail[to - 1]!) && FIGURE.test(trail[to]!)) to--;
  return {
    lead: lead.slice(from),
    cutLead: from > 0,
    removed: a.slice(p, a.length - q),
    added: b.slice(p, b.length - q),
    trail: trail.slice(0, to),
    cutTrail: to < trail.length,
  };
}
