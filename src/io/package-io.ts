/** The package around the sheets: the input's default font, and the provenance document property. */
import type ExcelJS from "exceljs";
import { CONTENT_TYPES, declarePart } from "./graft/content-types";
import type { PackageEdit } from "./graft/package-edit";
import { addRel, appendChild, attributes, emptyRelsXml, parseRels, resolveTarget } from "./graft/rels";
import { escapeXml } from "./xml-text";
import { ZipArchive } from "./zip-archive";

/** The workbook's default font (the first in styles.xml): bold plan cells use it, so they match the rest. */
export async function defaultFont(input: string): Promise<Partial<ExcelJS.Font> | undefined> {
  const zip = await ZipArchive.open(input);
  try {
    const names = [...zip.names()];
    let font: Partial<ExcelJS.Font> | undefined;
    const stylesPart = names.find((n) => /^xl\/styles\.xml$/i.test(n));
    if (stylesPart) {
      const chunks: Buffer[] = [];
      let xml = "";
      for await (const chunk of zip.read(stylesPart)) {
        chunks.push(chunk);
        xml = Buffer.concat(chunks).toString("utf8");
        if (xml.includes("</font>")) break;
      }
      const first = /<(?:\w+:)?fonts\b[^>]*>\s*<(?:\w+:)?font\b[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(xml)?.[1] ?? "";
      const val = (tag: string) => /\bval="([^"]*)"/.exec(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>`).exec(first)?.[0] ?? "")?.[1];
      const name = val("name");
      const size = Number(val("sz"));
      if (name) font = { name, ...(Number.isFinite(size) && size > 0 ? { size } : {}) };
    }
    return font;
  } finally {
    await zip.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

const CUSTOM_PROPS = "docProps/custom.xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const ROOT_RELS = "_rels/.rels";

/**
 * Sets a custom document property (File → Properties → Custom in Excel): where the report came from, kept out of the
 * printed sheets. The input's own custom properties stay as they are; a value an earlier run wrote is replaced.
 */
export async function addCustomProperty(pkg: PackageEdit, name: string, value: string): Promise<void> {
  const rel = parseRels((await pkg.text(ROOT_RELS)) ?? "").find((r) => r.type === CUSTOM_REL && !r.external);
  const part = rel ? resolveTarget("", rel.target) : CUSTOM_PROPS;
  const xml = rel ? await pkg.text(part) : undefined;
  const property = (p: string, vt: string, pid: number) =>
    `<${p}property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(name)}"><${vt}:lpwstr>${escapeXml(value)}</${vt}:lpwstr></${p}property>`;
  if (xml === undefined) {
    pkg.set(
      CUSTOM_PROPS,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT_NS}">${property("", "vt", 2)}</Properties>`
    );
    pkg.set(CONTENT_TYPES, declarePart((await pkg.text(CONTENT_TYPES)) ?? "", CUSTOM_PROPS, CUSTOM_TYPE));
    pkg.set(ROOT_RELS, addRel((await pkg.text(ROOT_RELS)) ?? emptyRelsXml(), CUSTOM_REL, CUSTOM_PROPS).xml);
    return;
  }
  const p = /<([\w.-]+:)?Properties\b/.exec(xml)?.[1] ?? "";
  const root = /<(?:[\w.-]+:)?Properties\b[^>]*>/.exec(xml)?.[0] ?? "";
  let vt = [...root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)].find((m) => m[2] === VT_NS)?.[1];
  let out = xml;
  if (!vt) {
    vt = "vt";
    out = out.replace(/<((?:[\w.-]+:)?)Properties\b/, `<$1Properties xmlns:vt="${VT_NS}"`);
  }
  const props = [...out.matchAll(/<(?:[\w.-]+:)?property\b([^>]*)>[\s\S]*?<\/(?:[\w.-]+:)?property>/g)];
  const mine = props.find((m) => attributes(m[1]!).name === name);
  if (mine) out = out.replace(mine[0], property(p, vt, Number(attributes(mine[1]!).pid)));
  else out = appendChild(out, "Properties", property(p, vt, Math.max(1, ...props.map((m) => Number(attributes(m[1]!).pid) || 0)) + 1));
  if (out !== xml) pkg.set(part, out);
}
