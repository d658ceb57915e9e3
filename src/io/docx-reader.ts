/** Reads a Word .docx file into a PlainWorkbook: the package through ZipArchive (and its ceilings), the XML by docx/parse.ts. */
import type { PlainWorkbook } from "../core/snapshot";
import { type DocxParts, docxSnapshot } from "./docx/parse";
import { mainDocumentPart, relationships, relsPartOf, resolvePart, targetOf } from "./docx/rels";
import { type Limits, limitsWith } from "./limits";
import { WorkbookReadError } from "./read-error";
import { utf8Xml } from "./xml-scan";
import { ZipArchive } from "./zip-archive";

export interface DocxReadOptions {
  /** Lower ceilings than LIMITS (src/io/limits.ts). */
  limits?: Partial<Limits>;
}

async function partText(zip: ZipArchive, name: string): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  let s = "";
  for await (const chunk of utf8Xml(zip.read(name))) s += decoder.decode(chunk, { stream: true });
  return s + decoder.decode();
}

/** The main document part, by the package's officeDocument relationship and its part names (docx/rels.ts). */
async function mainPart(zip: ZipArchive): Promise<string | undefined> {
  const target = zip.has("_rels/.rels") ? targetOf(relationships(await partText(zip, "_rels/.rels")), "officeDocument") : undefined;
  return mainDocumentPart(target, (part) => zip.has(part));
}

/** Whether a zip is a Word package (its main part is a WordprocessingML document), by its relationships and part names. */
export async function isDocxPackage(zip: ZipArchive): Promise<boolean> {
  return (await mainPart(zip)) !== undefined || zip.has("word/_rels/document.xml.rels") || zip.has("word/styles.xml");
}

async function readParts(zip: ZipArchive): Promise<DocxParts> {
  const document = await mainPart(zip);
  if (document === undefined) throw new WorkbookReadError("not-xlsx", { detail: "no-document", format: "docx" });
  const relsPart = relsPartOf(document);
  const rels = zip.has(relsPart) ? relationships(await partText(zip, relsPart)) : [];
  const optional = async (kind: string): Promise<string | undefined> => {
    const target = targetOf(rels, kind);
    const part = target === undefined ? undefined : resolvePart(document, target);
    return part !== undefined && zip.has(part) ? partText(zip, part) : undefined;
  };
  const parts: DocxParts = { document: await partText(zip, document) };
  const footnotes = await optional("footnotes");
  const endnotes = await optional("endnotes");
  const styles = await optional("styles");
  if (footnotes !== undefined) parts.footnotes = footnotes;
  if (endnotes !== undefined) parts.endnotes = endnotes;
  if (styles !== undefined) parts.styles = styles;
  return parts;
}

/** Reads an opened package; the caller closes it. */
export async function readDocxArchive(zip: ZipArchive, limits: Limits): Promise<PlainWorkbook> {
  return docxSnapshot(await readParts(zip), limits);
}

/**
 * Reads a .docx from a path or its bytes. Throws WorkbookReadError, its messages speaking of Word: not a zip, no main
 * document part, damaged XML, or over a ceiling.
 */
export async function readDocx(input: string | Buffer, options: DocxReadOptions = {}): Promise<PlainWorkbook> {
  const file = typeof input === "string" ? input : undefined;
  const limits = limitsWith(options.limits);
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(input, limits);
    return await readDocxArchive(zip, limits);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw new WorkbookReadError("corrupt", { file, cause: e, format: "docx" });
    throw new WorkbookReadError(e.kind, { file: e.file ?? file, detail: e.detail, cause: e.cause, limit: e.limit, format: "docx" });
  } finally {
    await zip?.close();
  }
}
