/** [Content_Types].xml, edited in place: a part's type, and Override / Default entries added or removed. */
import path from "path";
import { escapeXml } from "../xml-text";
import { appendChild, attributes } from "./rels";

export const CONTENT_TYPES = "[Content_Types].xml";

const entries = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*?)(?:/>|>\\s*</(?:[\\w.-]+:)?${tag}>)`, "g"))].map((m) => ({
    text: m[0],
    attrs: attributes(m[1]!),
  }));

const prefixOf = (xml: string) => /<([\w.-]+:)?Types\b/.exec(xml)?.[1] ?? "";

/** The content type of `part` ("xl/a.xml", no leading slash): its Override, else the Default for its extension. */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  const o = entries(xml, "Override").find((e) => e.attrs.PartName?.toLowerCase() === name);
  if (o) return o.attrs.ContentType;
  const ext = path.posix.extname(part).slice(1).toLowerCase();
  return entries(xml, "Default").find((e) => e.attrs.Extension?.toLowerCase() === ext)?.attrs.ContentType;
}

/** Gives `part` the type `type`: nothing when it already has it, a Default for a new extension, an Override otherwise. */
export function declarePart(xml: string, part: string, type: string): string {
  if (contentTypeOf(xml, part) === type) return xml;
  const ext = path.posix.extname(part).slice(1);
  const hasDefault = entries(xml, "Default").some((e) => e.attrs.Extension?.toLowerCase() === ext.toLowerCase());
  const p = prefixOf(xml);
  const el =
    ext && !hasDefault && ext !== "xml"
      ? `<${p}Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`
      : `<${p}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
  return appendChild(xml, "Types", el);
}

export function removeOverride(xml: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  const o = entries(xml, "Override").find((e) => e.attrs.PartName?.toLowerCase() === name);
  return o ? xml.replace(o.text, "") : xml;
}
