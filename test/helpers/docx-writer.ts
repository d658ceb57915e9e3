/**
 * Test helper: writes a real Word .docx from a WorkbookDef (samples/workbook-def.ts), the way a unit files its report.
 * Narrative sheets (text in column A only) become body paragraphs, "一、…" and "（一）…" lines headings; every other
 * sheet becomes a Word table with its merges as gridSpan/vMerge. Figures are written as Excel displays them.
 *
 *   const buf = await docxFromWorkbook(haikou2023, { title: "…自评报告", footnotes: [{ at: "自评报告!A9", text: "…" }] });
 */
import JSZip from "jszip";
import { format } from "numfmt";
import { parseA1 } from "../../src/core/address";
import { escapeXml } from "../../src/io/xml-text";
import { type CellDef, type CellStyle, dateSerial, isDate, isFormula, type SheetDef, type WorkbookDef } from "../../samples/workbook-def";

/** Something anchored at a paragraph or a table cell, named as in findings: "自评报告!A12" (the sheet's row 12). */
export interface Anchored {
  at: string;
}

export interface DocxOptions {
  /** A first paragraph in the Title style. */
  title?: string;
  /** Notes at the foot of the page, their reference mark at the end of the anchor's text. */
  footnotes?: Array<Anchored & { text: string }>;
  /** Text boxes (a shape with w:txbxContent, and a VML fallback) in the anchor's paragraph. */
  textBoxes?: Array<Anchored & { paragraphs: string[] }>;
  /** Overrides the guess per sheet name: "paragraphs" or "table". */
  layout?: Record<string, "paragraphs" | "table">;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A4 portrait with 2.54 cm side margins: the text width in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;
/** Half an em of the tables' 10.5 pt (五号) text, in twentieths of a point. */
const CHAR_TWIPS = 105;
/** Left and right cell margins of the table style. */
const CELL_MARGINS = 216;
/** 五号 in half-points. */
const TABLE_SIZE = 21;
/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;

/** A section heading's level: "一、" 1, "（一）" 2; 0 for body text. */
export function headingLevel(text: string): 0 | 1 | 2 {
  const t = text.trim();
  if (/^[一二三四五六七八九十]+、/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(t)) return 2;
  return 0;
}

/** Text only in column A and no merges: a narrative laid out one paragraph a row, so written as paragraphs. */
export function isNarrative(sheet: SheetDef): boolean {
  if (sheet.merges?.length) return false;
  let text = false;
  for (const row of sheet.rows) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined) continue;
      if (c > 0 || plainText(cell) === undefined) return false;
      text = true;
    }
  }
  return text;
}

function plainText(c: CellDef): string | undefined {
  if (typeof c === "string") return c;
  if (typeof c === "object" && c !== null && !isFormula(c) && !isDate(c) && typeof c.v === "string") return c.v;
  return undefined;
}

/** What Excel shows in the cell: the number formatted by its format (General when none), TRUE/FALSE, the text. */
export function displayed(c: CellDef): string {
  if (c === null) return "";
  if (typeof c === "string") return c;
  if (typeof c === "number") return format("General", c);
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  if (isDate(c)) return format(c.fmt ?? "yyyy-mm-dd", dateSerial(c.date));
  const v = c.v;
  if (v === null) return "";
  if (typeof v === "number") return format(c.fmt ?? "General", v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

function styleOf(c: CellDef): CellStyle {
  return typeof c === "object" && c !== null ? c : {};
}

// ---------------------------------------------------------------------------------------------
// Runs and paragraphs

/** What XML 1.0 allows: no control character but tab and line ends, no U+FFFE/U+FFFF. */
function xmlChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c >= 0x20 ? c !== 0xfffe && c !== 0xffff : c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A run of text; Word writes a tab and a line break as elements. */
function runText(text: string, bold = false, size?: number): string {
  const props = (bold ? "<w:b/>" : "") + (size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : "");
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : "";
  const clean = [...text].filter(xmlChar).join("");
  const pieces = clean.split(/(\t|\r?\n)/).map((p) => {
    if (p === "\t") return "<w:tab/>";
    if (p === "\n" || p === "\r\n") return "<w:br/>";
    return p ? `<w:t xml:space="preserve">${escapeXml(p)}</w:t>` : "";
  });
  return pieces.some(Boolean) ? `<w:r>${rPr}${pieces.join("")}</w:r>` : "";
}

interface Extras {
  footnoteIds: number[];
  boxes: Array<{ id: number; paragraphs: string[] }>;
}

function paragraph(text: string, opts: { style?: string; bold?: boolean; size?: number; align?: CellStyle["align"]; extras?: Extras }): string {
  const pPr: string[] = [];
  if (opts.style) pPr.push(`<w:pStyle w:val="${opts.style}"/>`);
  if (opts.align) pPr.push(`<w:jc w:val="${opts.align === "right" ? "right" : opts.align === "center" ? "center" : "left"}"/>`);
  const notes = (opts.extras?.footnoteIds ?? []).map(
    (id) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`
  );
  const boxes = (opts.extras?.boxes ?? []).map((b) => textBox(b.paragraphs, b.id));
  return `<w:p>${pPr.length ? `<w:pPr>${pPr.join("")}</w:pPr>` : ""}${runText(text, opts.bold, opts.size)}${notes.join("")}${boxes.join("")}</w:p>`;
}

/** A floating text box: DrawingML (wps) for Word 2010 on, VML for older readers, both holding the same w:txbxContent. */
function textBox(paragraphs: string[], id: number): string {
  const content = `<w:txbxContent>${paragraphs.map((t) => paragraph(t, {})).join("")}</w:txbxContent>`;
  const cx = 3 * 914400;
  const cy = 914400;
  const choice =
    `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + id}" ` +
    `behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>` +
    `<wp:docPr id="${id}" name="文本框 ${id}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
    `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>` +
    `<wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>` +
    `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const fallback =
    `<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `<v:shape id="TextBox${id}" o:spid="_x0000_s${1025 + id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:216pt;height:72pt;z-index:${id}">` +
    `<v:textbox>${content}</v:textbox></v:shape></w:pict>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent></w:r>`;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(sheet: SheetDef): Merge[] {
  return (sheet.merges ?? []).map((ref) => {
    const [a, b = a] = ref.split(":").map((x) => parseA1(x!));
    if (!a || !b) throw new Error(`bad merge ${ref} in ${sheet.name}`);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  });
}

/** Width in half-em units: a CJK character takes two, as in Excel's column widths. */
function units(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? 2 : 1;
  return n;
}

/**
 * Column widths in twentieths of a point: the sheet's widths, or less where the column's text is shorter, widened so
 * that no figure (a number or date cell) wraps; then the text columns narrowed in proportion until the table fits.
 */
function gridWidths(sheet: SheetDef, columns: number, covered: (r: number, c: number) => boolean): number[] {
  const figure = Array.from({ length: columns }, () => 0);
  const text = Array.from({ length: columns }, () => 4);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || covered(r, c)) return;
      const u = units(displayed(cell)) + 1;
      if (plainText(cell) === undefined) figure[c] = Math.max(figure[c]!, u);
      else text[c] = Math.max(text[c]!, u);
    })
  );
  const want = figure.map((f, c) => Math.max(f, Math.min(text[c]!, sheet.widths?.[c] ?? DEFAULT_WIDTH)));
  const room = (TEXT_WIDTH - columns * CELL_MARGINS) / CHAR_TWIPS;
  const fixed = figure.reduce((s, f) => s + f, 0);
  const flexible = want.reduce((s, w) => s + w, 0) - fixed;
  const scale = fixed + flexible <= room ? 1 : fixed < room ? (room - fixed) / flexible : 0;
  const shrinkAll = fixed >= room ? room / fixed : 1;
  return want.map((w, c) => Math.round((figure[c]! * shrinkAll + (w - figure[c]!) * scale) * CHAR_TWIPS + CELL_MARGINS));
}

function table(sheet: SheetDef, extrasAt: (row: number, col: number) => Extras | undefined): string {
  const merges = mergesOf(sheet);
  const columns = Math.max(1, ...sheet.rows.map((r) => r.length), ...merges.map((m) => m.right + 1));
  const rows = Math.max(sheet.rows.length, ...merges.map((m) => m.bottom + 1));
  const mergeAt = (r: number, c: number) => merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const widths = gridWidths(sheet, columns, (r, c) => mergeAt(r, c) !== undefined);
  const bold = new Set(sheet.boldRows ?? []);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      const m = mergeAt(r, c);
      // Cells right of a merge's first column are covered by its gridSpan.
      if (m && c !== m.left) continue;
      const span = m ? m.right - m.left + 1 : 1;
      const width = widths.slice(c, c + span).reduce((s, w) => s + w, 0);
      const tcPr = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
      if (span > 1) tcPr.push(`<w:gridSpan w:val="${span}"/>`);
      if (m && m.bottom > m.top) tcPr.push(r === m.top ? `<w:vMerge w:val="restart"/>` : `<w:vMerge/>`);
      const def = m && r !== m.top ? null : (sheet.rows[r]?.[c] ?? null);
      const style = styleOf(def);
      const body = paragraph(displayed(def), { bold: style.bold || bold.has(r + 1), size: TABLE_SIZE, align: style.align, extras: extrasAt(r, c) });
      cells.push(`<w:tc><w:tcPr>${tcPr.join("")}</w:tcPr>${body}</w:tc>`);
    }
    out.push(`<w:tr>${cells.join("")}</w:tr>`);
  }
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("");
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${out.join("")}</w:tbl>`
  );
}

// ---------------------------------------------------------------------------------------------
// The package

function anchorKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

function parseAnchor(at: string): string {
  const bang = at.lastIndexOf("!");
  const cell = bang > 0 ? parseA1(at.slice(bang + 1)) : undefined;
  if (!cell) throw new Error(`bad anchor ${at}: want "Sheet!A12"`);
  return anchorKey(at.slice(0, bang), cell.row, cell.col);
}

function documentXml(def: WorkbookDef, opts: DocxOptions, footnoteIdAt: Map<string, number[]>): string {
  const boxesAt = new Map<string, Extras["boxes"]>();
  (opts.textBoxes ?? []).forEach((b, i) => {
    const key = parseAnchor(b.at);
    boxesAt.set(key, [...(boxesAt.get(key) ?? []), { id: i + 1, paragraphs: b.paragraphs }]);
  });
  const used = new Set<string>();
  const extrasAt = (sheet: string, row: number, col: number): Extras | undefined => {
    const key = anchorKey(sheet, row, col);
    const footnoteIds = footnoteIdAt.get(key) ?? [];
    const boxes = boxesAt.get(key) ?? [];
    if (!footnoteIds.length && !boxes.length) return undefined;
    used.add(key);
    return { footnoteIds, boxes };
  };

  const body: string[] = [];
  if (opts.title !== undefined) body.push(paragraph(opts.title, { style: "Title" }));
  for (const sheet of def.sheets) {
    // Word has no hidden tables; a hidden sheet is not part of the filed report.
    if (sheet.hidden) continue;
    const asParagraphs = (opts.layout?.[sheet.name] ?? (isNarrative(sheet) ? "paragraphs" : "table")) === "paragraphs";
    if (asParagraphs) {
      sheet.rows.forEach((row, r) => {
        const cell = row[0] ?? null;
        const text = displayed(cell);
        const level = headingLevel(text);
        const style = styleOf(cell);
        body.push(paragraph(text, { style: level ? `Heading${level}` : undefined, bold: style.bold, align: style.align, extras: extrasAt(sheet.name, r, 0) }));
      });
    } else {
      body.push(table(sheet, (r, c) => extrasAt(sheet.name, r, c)));
      // Two tables in a row would merge into one in Word: a paragraph keeps them apart.
      body.push("<w:p/>");
    }
  }
  const missed = [...footnoteIdAt.keys(), ...boxesAt.keys()].filter((k) => !used.has(k));
  if (missed.length) throw new Error(`anchors outside the document: ${missed.map((k) => k.split("\u0000").join(" ")).join("; ")}`);

  const ns = [
    `xmlns:w="${W}"`,
    `xmlns:r="${R}"`,
    `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
    `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`,
    `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`,
    `xmlns:v="urn:schemas-microsoft-com:vml"`,
    `xmlns:o="urn:schemas-microsoft-com:office:office"`,
  ].join(" ");
  const sect = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ns}><w:body>${body.join("")}${sect}</w:body></w:document>`;
}

function footnotesXml(notes: Array<{ id: number; text: string }>): string {
  const separator = (type: string, id: number, mark: string) =>
    `<w:footnote w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>${mark}</w:r></w:p></w:footnote>`;
  const body = notes.map(
    (n) =>
      `<w:footnote w:id="${n.id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>` +
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${runText(` ${n.text}`)}</w:p></w:footnote>`
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="${W}" xmlns:r="${R}">` +
    `${separator("separator", -1, "<w:separator/>")}${separator("continuationSeparator", 0, "<w:continuationSeparator/>")}${body.join("")}</w:footnotes>`
  );
}

function stylesXml(): string {
  const heading = (level: number, size: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>` +
    `<w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>` +
    heading(1, 32) +
    heading(2, 28) +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `</w:styles>`
  );
}

/** The .docx as a Buffer. */
export async function docxFromWorkbook(def: WorkbookDef, opts: DocxOptions = {}): Promise<Buffer> {
  const notes = (opts.footnotes ?? []).map((n, i) => ({ id: i + 1, text: n.text, key: parseAnchor(n.at) }));
  const footnoteIdAt = new Map<string, number[]>();
  for (const n of notes) footnoteIdAt.set(n.key, [...(footnoteIdAt.get(n.key) ?? []), n.id]);

  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
  ];
  const rels = [`<Relationship Id="rId1" Type="${REL_TYPE}/styles" Target="styles.xml"/>`];
  if (notes.length) {
    overrides.push(`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`);
    rels.push(`<Relationship Id="rId2" Type="${REL_TYPE}/footnotes" Target="footnotes.xml"/>`);
  }
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `${overrides.join("")}</Types>`,
    { createFolders: false }
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`,
    { createFolders: false }
  );
  zip.file("word/document.xml", documentXml(def, opts, footnoteIdAt), { createFolders: false });
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS}">${rels.join("")}</Relationships>`,
    { createFolders: false }
  );
  zip.file("word/styles.xml", stylesXml(), { createFolders: false });
  if (notes.length) zip.file("word/footnotes.xml", footnotesXml(notes), { createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
