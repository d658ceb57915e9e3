/** A package's relationships (_rels/.rels, word/_rels/document.xml.rels) and where their targets are; no Node imports, for the pane too. */
import { SaxesParser } from "saxes";
import { WorkbookReadError } from "../read-error";

export interface DocxRelationship {
  id: string;
  /** The type URI; compare by its last segment, which transitional and strict OOXML share. */
  type: string;
  target: string;
  external: boolean;
}

export function relationships(xml: string): DocxRelationship[] {
  const out: DocxRelationship[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (t) => {
    if (t.name !== "Relationship" && !t.name.endsWith(":Relationship")) return;
    const a = t.attributes as Record<string, string>;
    out.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new WorkbookReadError("corrupt", { detail: "bad-xml", cause: e });
  }
  return out;
}

/** The internal target of the first relationship of a kind (the type's last segment: officeDocument, footnotes …). */
export function targetOf(rels: DocxRelationship[], kind: string): string | undefined {
  return rels.find((r) => !r.external && r.type.endsWith(`/${kind}`))?.target;
}

/** A target relative to the folder of the part that owns the relationship, or absolute from the package root. */
export function resolvePart(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** word/document.xml → word/_rels/document.xml.rels */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/**
 * The main document part, given the officeDocument relationship's target and which parts the package has: the part it
 * names where that is a document; else where Word puts it; else another part under word/ that it names (a package may
 * call its main part word/other.xml). A relationship naming the styles, the settings or itself is a damaged index.
 */
export function mainDocumentPart(target: string | undefined, has: (part: string) => boolean): string | undefined {
  const part = target === undefined ? undefined : resolvePart("", target);
  const named = part !== undefined && has(part) ? part : undefined;
  if (named !== undefined && /(^|\/)document\d*\.xml$/.test(named) && !named.startsWith("xl/")) return named;
  if (has("word/document.xml")) return "word/document.xml";
  const other = named !== undefined && /^word\/[^/]+\.xml$/.test(named) && !/^word\/(styles|settings|fontTable|webSettings|numbering)\.xml$/.test(named);
  return other ? named : undefined;
}
