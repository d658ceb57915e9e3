/** The workbook part, edited in place: where its parts are, sheets added at the end, and a sheet's print titles and area. */
import { escapeXml } from "../xml-text";
import type { PackageEdit } from "./package-edit";
import { appendChild, attributes, parseRels, relsPathOf, resolveTarget } from "./rels";
import { bindRelPrefix } from "./sheet-xml";

const OFFICE_DOCUMENT = "/officeDocument";

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  /** The worksheet part; undefined for a chart sheet or a missing part. */
  part: string | undefined;
}

export interface WorkbookParts {
  path: string;
  sheets: WorkbookSheet[];
  /** A workbook-level part by its relationship type's last word (styles, sharedStrings, calcChain). */
  related(kind: string): { id: string; part: string } | undefined;
}

/** The workbook part of a package (by _rels/.rels, else xl/workbook.xml), its sheets in order and its related parts. */
export async function workbookParts(pkg: PackageEdit): Promise<WorkbookParts> {
  const root = parseRels((await pkg.text("_rels/.rels")) ?? "").find((r) => r.type.endsWith(OFFICE_DOCUMENT) && !r.external);
  const path = root ? resolveTarget("", root.target) : "xl/workbook.xml";
  const xml = await pkg.text(path);
  if (xml === undefined) throw new Error("the package has no workbook part");
  const rels = parseRels((await pkg.text(relsPathOf(path))) ?? "").filter((r) => !r.external);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    const rId = Object.entries(a).find(([k]) => /(^|:)id$/.test(k))?.[1];
    const rel = rId === undefined ? undefined : byId.get(rId);
    const part = rel && rel.type.endsWith("/worksheet") ? resolveTarget(path, rel.target) : undefined;
    sheets.push({ name: a.name ?? "", sheetId: Number(a.sheetId), part: part && pkg.has(part) ? part : undefined });
  }
  return {
    path,
    sheets,
    related: (kind) => {
      const r = rels.find((x) => x.type.endsWith(`/${kind}`));
      return r ? { id: r.id, part: resolveTarget(path, r.target) } : undefined;
    },
  };
}

/** Appends a <sheet> to <sheets> under the next free sheetId. */
export function addSheet(xml: string, name: string, relId: string): string {
  const ids = [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g)].map((m) => Number(attributes(m[1]!).sheetId) || 0);
  const sheetId = Math.max(0, ...ids) + 1;
  const bound = bindRelPrefix(xml, "workbook");
  const p = /<([\w.-]+:)?sheets\b/.exec(bound.xml)?.[1] ?? "";
  const el = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${bound.prefix}:id="${relId}"/>`;
  return appendChild(bound.xml, "sheets", el);
}

export interface DefinedName {
  name: string;
  localSheetId: number | undefined;
  /** The element as written. */
  xml: string;
}

export function definedNames(xml: string): DefinedName[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g)].map((m) => {
    const a = attributes(m[1]!);
    return { name: a.name ?? "", localSheetId: a.localSheetId === undefined ? undefined : Number(a.localSheetId), xml: m[0] };
  });
}

/** Names Excel keeps per sheet for printing. */
export const PRINT_NAMES = new Set(["_xlnm.Print_Titles", "_xlnm.Print_Area"]);

// CT_Workbook's children after <definedNames>: a new one goes before the first of them.
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The sheet at `index` gets exactly the print names given (each re-pointed at it); its other defined names stay. */
export function setPrintNames(xml: string, index: number, names: DefinedName[]): string {
  let out = xml;
  for (const d of definedNames(out)) if (d.localSheetId === index && PRINT_NAMES.has(d.name)) out = out.replace(d.xml, "");
  if (names.length === 0) return out;
  const p = /<([\w.-]+:)?workbook\b/.exec(out)?.[1] ?? "";
  const els = names
    .map((d) => d.xml.replace(/(\slocalSheetId\s*=\s*)(["'])\d+\2/, `$1"${index}"`).replace(/<(\/?)(?:[\w.-]+:)?definedName\b/g, `<$1${p}definedName`))
    .join("");
  if (new RegExp(`<${p.replace(/\./g, "\\.")}definedNames\\b`).test(out)) return appendChild(out, "definedNames", els);
  const next = AFTER_DEFINED_NAMES.map((n) => new RegExp(`<${p.replace(/\./g, "\\.")}${n}\\b`).exec(out)?.index).find((at) => at !== undefined);
  const at = next ?? out.search(/<\/(?:[\w.-]+:)?workbook>\s*$/);
  return out.slice(0, at) + `<${p}definedNames>${els}</${p}definedNames>` + out.slice(at);
}
