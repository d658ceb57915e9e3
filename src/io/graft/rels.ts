/** Relationship parts (`_rels/*.rels`): reading them, adding and removing one relationship in place, and the paths they use. */
import path from "path";
import { escapeXml, unescapeXml } from "../xml-text";

const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Attributes of one start tag's attribute text, unescaped; prefixed names keep their prefix. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

export function parseRels(xml: string): Rel[] {
  const rels: Rel[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    rels.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
  }
  return rels;
}

export function emptyRelsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS_NS}"></Relationships>`;
}

/** Inserts `el` as the last child of the element named `name` (the last one in the part), written open or empty (<name/>). */
export function appendChild(xml: string, name: string, el: string): string {
  const close = [...xml.matchAll(new RegExp(`</(?:[\\w.-]+:)?${name}>`, "g"))].pop();
  if (close) return xml.slice(0, close.index) + el + xml.slice(close.index);
  const empty = new RegExp(`<((?:[\\w.-]+:)?)${name}\\b([^>]*?)/>`);
  if (!empty.test(xml)) throw new Error(`no <${name}> element`);
  return xml.replace(empty, (_m, p: string, attrs: string) => `<${p}${name}${attrs}>${el}</${p}${name}>`);
}

/** Adds a relationship under the first free rIdN; the rest of the part stays as it was. */
export function addRel(xml: string, type: string, target: string, external = false): { xml: string; id: string } {
  const used = new Set(parseRels(xml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const prefix = /<([\w.-]+:)?Relationships\b/.exec(xml)?.[1] ?? "";
  const mode = external ? ' TargetMode="External"' : "";
  return { xml: appendChild(xml, "Relationships", `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${mode}/>`), id };
}

export function removeRel(xml: string, id: string): string {
  return xml.replace(/<(?:[\w.-]+:)?Relationship\b([^>]*?)(?:\/>|>\s*<\/(?:[\w.-]+:)?Relationship>)/g, (m, attrs: string) =>
    attributes(attrs).Id === id ? "" : m
  );
}

export function relsPathOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** The part a relationship's target names: relative to the folder of the part that owns it, or absolute from the root. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(ownerPart), target));
}

export function relativeTarget(ownerPart: string, part: string): string {
  return path.posix.relative(path.posix.dirname(ownerPart), part);
}
