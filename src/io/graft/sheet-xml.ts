/** Worksheet XML: its top-level elements, the grafted sheets' style indices, and a user's sheet part with some elements exchanged. */
import { inPrefix } from "../cell-edit";
import type { StyleMap } from "./styles";
import { R_NS } from "./rels";

/** CT_Worksheet's children in schema order. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

interface Child {
  /** Local name. */
  name: string;
  start: number;
  end: number;
}

/** The children of the root element, with where each starts and ends. */
export function rootChildren(xml: string): Child[] {
  const out: Child[] = [];
  let depth = 0;
  let current: Child | undefined;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    const [whole, close, qname, selfClose] = m;
    const end = m.index + whole.length;
    if (close) {
      depth--;
      if (depth === 1 && current) {
        current.end = end;
        out.push(current);
        current = undefined;
      }
      continue;
    }
    if (depth === 1) {
      const child = { name: qname!.replace(/^.*:/, ""), start: m.index, end };
      if (selfClose) out.push(child);
      else current = child;
    }
    if (!selfClose) depth++;
  }
  return out;
}

/** The prefixes the root element declares (xmlns:p). */
function declaredPrefixes(xml: string): Set<string> {
  const root = /<[A-Za-z_][^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ""))?.[0] ?? "";
  return new Set([...root.matchAll(/\sxmlns:([\w.-]+)\s*=/g)].map((m) => m[1]!));
}

/** The prefix bound to the relationships namespace on the root, if any. */
function relPrefix(xml: string): string | undefined {
  const root = /<[A-Za-z_][^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ""))?.[0] ?? "";
  for (const m of root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) if ((m[3] ?? m[4]) === R_NS) return m[1];
  return undefined;
}

/**
 * A fragment of another worksheet part made fit for `target`: its tags in the target's prefix, attributes in a
 * namespace the target does not declare left out (ExcelJS's x14ac:dyDescent, a rendering hint).
 */
export function adopt(fragment: string, target: string): string {
  const prefix = /<([\w.-]+:)?worksheet\b/.exec(target)?.[1] ?? "";
  const known = declaredPrefixes(target);
  // Start tags only: a cell's text may read like an attribute.
  const fitted = fragment.replace(/<[A-Za-z_](?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) =>
    tag.replace(/\s([\w.-]+):[\w.-]+\s*=\s*("[^"]*"|'[^']*')/g, (attr, p: string) => (p === "xml" || known.has(p) ? attr : ""))
  );
  return inPrefix(fitted, prefix);
}

/**
 * `target` with its elements named in `names` exchanged for `source`'s: replaced where both have one, removed where only
 * the target has, inserted in schema order where only the source has. Every other element, and every byte between, stays.
 */
export function exchangeElements(target: string, source: string, names: ReadonlySet<string>): string {
  const from = new Map(rootChildren(source).map((c) => [c.name, source.slice(c.start, c.end)]));
  let xml = target;
  for (const name of names) {
    const mine = rootChildren(xml).filter((c) => c.name === name);
    const theirs = from.get(name);
    const el = theirs === undefined ? "" : adopt(theirs, xml);
    if (mine.length) {
      xml = xml.slice(0, mine[0]!.start) + el + xml.slice(mine[0]!.end);
      continue;
    }
    if (el) xml = insertElement(xml, name, el);
  }
  return xml;
}

/** Inserts a top-level element where CT_Worksheet puts it: before the first element that comes after it. */
export function insertElement(xml: string, name: string, el: string): string {
  const rank = WORKSHEET_ORDER.indexOf(name);
  const next = rootChildren(xml).find((c) => WORKSHEET_ORDER.indexOf(c.name) > rank);
  const at = next ? next.start : xml.search(/<\/(?:[\w.-]+:)?worksheet>\s*$/);
  if (at < 0) throw new Error("worksheet part has no </worksheet>");
  return xml.slice(0, at) + el + xml.slice(at);
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The relationship ids (r:id) that `source`'s top-level element `name` names. */
export function relIdsOf(source: string, name: string): Set<string> {
  const child = rootChildren(source).find((c) => c.name === name);
  const p = relPrefix(source);
  if (!child || !p) return new Set();
  const el = source.slice(child.start, child.end);
  return new Set([...el.matchAll(new RegExp(`\\s${esc(p)}:id\\s*=\\s*(["'])([^"']*)\\1`, "g"))].map((m) => m[2]!));
}

/** `source`'s top-level element `name` inserted into `target` in schema order, its relationship ids renamed as `ids` says. */
export function transplant(target: string, source: string, name: string, ids: ReadonlyMap<string, string>): string {
  const child = rootChildren(source).find((c) => c.name === name);
  if (!child) return target;
  const bound = bindRelPrefix(target, "worksheet");
  const from = relPrefix(source) ?? "r";
  const el = source
    .slice(child.start, child.end)
    .replace(
      new RegExp(`\\s${esc(from)}:id\\s*=\\s*(["'])([^"']*)\\1`, "g"),
      (_a, q: string, id: string) => ` ${bound.prefix}:id=${q}${ids.get(id) ?? id}${q}`
    );
  return insertElement(bound.xml, name, adopt(el, bound.xml));
}

/** Style indices (cells, rows, columns, conditional formats) moved to where the merged styles part holds those formats. */
export function restyle(xml: string, styles: StyleMap): string {
  return xml.replace(/<((?:[\w.-]+:)?)(c|row|col|cfRule)\b([^>]*)>/g, (tag, p: string, name: string, attrs: string) => {
    const moved = attrs.replace(/(\s)(s|style|dxfId)(\s*=\s*)(["'])(\d+)\4/g, (a, sp: string, attr: string, eq: string, q: string, v: string) => {
      if ((name === "c" || name === "row") && attr === "s") return `${sp}${attr}${eq}${q}${styles.xf(Number(v))}${q}`;
      if (name === "col" && attr === "style") return `${sp}${attr}${eq}${q}${styles.xf(Number(v))}${q}`;
      if (name === "cfRule" && attr === "dxfId") return `${sp}${attr}${eq}${q}${styles.dxf(Number(v))}${q}`;
      return a;
    });
    return `<${p}${name}${moved}>`;
  });
}

/** r:id values renamed as `ids` says (relationships copied under other ids). */
export function renameRelIds(xml: string, ids: ReadonlyMap<string, string>): string {
  const p = relPrefix(xml);
  if (!p || ids.size === 0) return xml;
  return xml.replace(new RegExp(`(\\s${esc(p)}:id\\s*=\\s*)(["'])([^"']*)\\2`, "g"), (a, pre: string, q: string, id: string) =>
    ids.has(id) ? `${pre}${q}${ids.get(id)!}${q}` : a
  );
}

/** Binds the relationships namespace to r: on the root when no prefix is bound to it; returns the part and its prefix. */
export function bindRelPrefix(xml: string, root: string): { xml: string; prefix: string } {
  const p = relPrefix(xml);
  if (p) return { xml, prefix: p };
  return { xml: xml.replace(new RegExp(`<((?:[\\w.-]+:)?)${root}\\b`), `<$1${root} xmlns:r="${R_NS}"`), prefix: "r" };
}
