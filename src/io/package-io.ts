/** The package around the sheets: what the input holds that the copy cannot keep, its default font, document properties, and the atomic write. */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { escapeXml } from "./xml-text";
import { ZipArchive } from "./zip-archive";

/** Something in the input that ExcelJS does not carry into the copy (only sheets and cells are checked). */
export interface WriteWarning {
  kind: "charts" | "pivot-tables" | "macros" | "slicers" | "external-links" | "form-controls" | "threaded-comments" | "images-in-cells";
  /** How many parts of that kind the input holds. */
  count: number;
}

const DROPPED: Array<{ kind: WriteWarning["kind"]; test: (name: string) => boolean }> = [
  { kind: "charts", test: (n) => /^xl\/charts\/chart\d+\.xml$/.test(n) },
  { kind: "pivot-tables", test: (n) => /^xl\/pivotTables\/[^/]+\.xml$/.test(n) },
  { kind: "macros", test: (n) => n === "xl/vbaProject.bin" },
  { kind: "slicers", test: (n) => /^xl\/slicers\/[^/]+\.xml$/.test(n) },
  { kind: "external-links", test: (n) => /^xl\/externalLinks\/[^/]+\.xml$/.test(n) },
  { kind: "form-controls", test: (n) => /^xl\/ctrlProps\/[^/]+\.xml$/.test(n) },
  { kind: "threaded-comments", test: (n) => /^xl\/threadedComments\/[^/]+\.xml$/.test(n) },
  { kind: "images-in-cells", test: (n) => /^xl\/richData\/[^/]+\.xml$/.test(n) },
];

export interface PackageFacts {
  warnings: WriteWarning[];
  /** The workbook's default font (the first in styles.xml): bold plan cells use it, so they match the rest. */
  font: Partial<ExcelJS.Font> | undefined;
}

export async function packageFacts(input: string): Promise<PackageFacts> {
  const zip = await ZipArchive.open(input);
  try {
    const names = [...zip.names()];
    const warnings = DROPPED.map((d) => ({ kind: d.kind, count: names.filter(d.test).length })).filter((w) => w.count > 0);
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
    return { warnings, font };
  } finally {
    await zip.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

const CUSTOM_PROPS = "docProps/custom.xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/**
 * Adds a custom document property (File → Properties → Custom in Excel): where the report came from, kept out of
 * the printed sheets. ExcelJS writes no custom properties, so the part is new in its output.
 */
export async function addCustomProperty(pkg: Buffer, name: string, value: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pkg);
  if (zip.file(CUSTOM_PROPS)) return pkg;
  zip.file(
    CUSTOM_PROPS,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<property fmtid="${FMTID}" pid="2" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property></Properties>`
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${CUSTOM_PROPS}" ContentType="${CUSTOM_TYPE}"/></Types>`));
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file("_rels/.rels", rels.replace("</Relationships>", `<Relationship Id="rIdSelfeval1" Type="${CUSTOM_REL}" Target="${CUSTOM_PROPS}"/></Relationships>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
