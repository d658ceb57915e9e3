/**
 * Native Excel line charts added to a written .xlsx package. ExcelJS cannot write charts, so after it has written the
 * workbook we add the DrawingML parts ourselves: xl/charts/chartN.xml (c:lineChart with number and string caches, so
 * viewers that do not recalculate still draw the data), xl/drawings/drawingN.xml with a twoCellAnchor per chart (+ its
 * _rels), the sheet's <drawing r:id> and relationship, and the [Content_Types].xml overrides.
 */
import { escapeXml, unescapeXml } from "./xml-text";
import path from "path";
import JSZip from "jszip";

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
} as const;

export const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

/** A 0-based cell position. */
export interface CellPos {
  row: number;
  col: number;
}

/** One chart, resolved: sheet-qualified absolute references and the values they held when written. */
export interface ChartSpec {
  /** Sheet the chart stands on (its tab name). */
  sheet: string;
  title: string;
  /** Top-left cell and bottom-right cell (inclusive): the chart covers both. */
  from: CellPos;
  to: CellPos;
  categories: { ref: string; values: string[] };
  series: Array<{ name: string; ref: string; values: Array<number | null>; formatCode: string }>;
  /** Axis titles (the money one with its unit); none when absent. */
  axes?: { category: string; value: string };
}

// Shortest text that reads back as the same double (what Excel writes in caches too).
function num(v: number): string {
  return Number.isFinite(v) ? String(v) : "0";
}

// Office's default palette: accent 1 (blue) for spending, accent 2 (orange) for the budget line, then more accents.
const COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

const CAT_AX = 500000001;
const VAL_AX = 500000002;

function runProps(size: number, bold: boolean): string {
  // East Asian text needs an ea typeface; +mn-ea is the theme's minor East Asian font, so the viewer picks a CJK face.
  return `<a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="404040"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr>`;
}

function txPr(size: number, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(size, bold)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: Array<number | null>, formatCode: string): string {
  // A blank cell has no c:pt: Excel draws a gap there (dispBlanksAs).
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** An axis title: c:title in the place CT_CatAx / CT_ValAx give it (after axPos and gridlines); the value axis reads upwards. */
function axisTitle(text: string | undefined, vertical: boolean): string {
  if (!text) return "";
  const body = vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : "<a:bodyPr/>";
  return (
    `<c:title><c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr>${runProps(900, false)}</a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="900" b="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** xl/charts/chartN.xml: a line chart, elements in the order the CT_ChartSpace schema requires. */
export function chartXml(spec: ChartSpec): string {
  const series = spec.series
    .map((s, i) => {
      const color = COLORS[i % COLORS.length]!;
      // The first series is the data (solid, with markers); the others are reference lines (dashed, no markers).
      const dash = i === 0 ? "" : '<a:prstDash val="dash"/>';
      const marker =
        i === 0
          ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:marker>`
          : '<c:marker><c:symbol val="none"/></c:marker>';
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>` +
        marker +
        `<c:cat><c:strRef><c:f>${escapeXml(spec.categories.ref)}</c:f>${strCache(spec.categories.values)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(s.ref)}</c:f>${numCache(s.values, s.formatCode)}</c:numRef></c:val>` +
        `<c:smooth val="0"/></c:ser>`
      );
    })
    .join("");
  const gridLine = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>';
  const axisLine = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(1400, true)}</a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1400" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>' +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    axisTitle(spec.axes?.category, false) +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${axisLine}${txPr(900)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines>${gridLine}</c:majorGridlines>` +
    axisTitle(spec.axes?.value, true) +
    '<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${axisLine}${txPr(900)}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    "</c:plotArea>" +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    txPr(1000) +
    "</c:chartSpace>"
  );
}

/** One xdr:twoCellAnchor holding a chart graphic frame. */
export function chartAnchorXml(from: CellPos, to: CellPos, shapeId: number, name: string, chartRelId: string): string {
  const marker = (tag: string, p: CellPos) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("from", from) +
    // The bottom-right cell is included: the anchor ends at the top-left corner of the next row and column.
    marker("to", { row: to.row + 1, col: to.col + 1 }) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"></xdr:wsDr>`;
}

function emptyRelsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}"></Relationships>`;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Rel[] {
  const rels: Rel[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1]!);
    rels.push({ id: attrs.Id ?? "", type: attrs.Type ?? "", target: attrs.Target ?? "", external: attrs.TargetMode === "External" });
  }
  return rels;
}

/** Attributes of one start tag's attribute text, unescaped; prefixed names keep their prefix. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

function addRel(xml: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set(parseRels(xml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const el = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const out = /<\/Relationships>\s*$/.test(xml)
    ? xml.replace(/<\/Relationships>\s*$/, `${el}</Relationships>`)
    : xml.replace(/<Relationships\b([^>]*?)\/>/, `<Relationships$1>${el}</Relationships>`);
  return { xml: out, id };
}

function addOverride(xml: string, partName: string, contentType: string): string {
  if (xml.includes(`PartName="${partName}"`)) return xml;
  const el = `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
  return /<\/Types>\s*$/.test(xml) ? xml.replace(/<\/Types>\s*$/, `${el}</Types>`) : xml.replace(/<Types\b([^>]*?)\/>/, `<Types$1>${el}</Types>`);
}

export function relsPathOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(ownerPart), target));
}

function relativeTarget(ownerPart: string, part: string): string {
  return path.posix.relative(path.posix.dirname(ownerPart), part);
}

/** Worksheet part of each sheet name, from xl/workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbPath = "xl/workbook.xml";
  const wb = await zip.file(wbPath)?.async("string");
  const relsXml = await zip.file(relsPathOf(wbPath))?.async("string");
  if (wb === undefined || relsXml === undefined) throw new Error("the written package has no xl/workbook.xml");
  const rels = new Map(parseRels(relsXml).map((r) => [r.id, r]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    const rel = rels.get(a["r:id"] ?? "");
    if (a.name !== undefined && rel && rel.type === REL_TYPE.worksheet) out.set(a.name, resolveTarget(wbPath, rel.target));
  }
  return out;
}

// Elements that CT_Worksheet places after <drawing>: the new element goes before the first of them.
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The children of the root element: local name and where each starts. */
export function topLevelElements(xml: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    const [, close, qname, selfClose] = m;
    if (close) {
      depth--;
      continue;
    }
    if (depth === 1) out.push({ name: qname!.replace(/^.*:/, ""), index: m.index });
    if (!selfClose) depth++;
  }
  return out;
}

function insertDrawingElement(sheetXml: string, relId: string): string {
  const el = `<drawing r:id="${relId}"/>`;
  const next = topLevelElements(sheetXml).find((e) => AFTER_DRAWING.includes(e.name));
  const at = next ? next.index : sheetXml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("worksheet part has no </worksheet>");
  let xml = sheetXml.slice(0, at) + el + sheetXml.slice(at);
  // The r: prefix must be bound on the root (ExcelJS binds it; hand-made parts may not).
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  return xml;
}

function nextFreePart(zip: JSZip, folder: string, stem: string): { part: string; n: number } {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return { part: `${folder}/${stem}${n}.xml`, n };
}

function maxShapeId(drawingXml: string): number {
  let max = 1;
  for (const m of drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** Adds the charts to a written .xlsx package and returns the new package. */
export async function addCharts(pkg: Buffer, charts: ChartSpec[]): Promise<Buffer> {
  if (charts.length === 0) return pkg;
  const zip = await JSZip.loadAsync(pkg);
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")?.async("string");
  if (types === undefined) throw new Error("the written package has no [Content_Types].xml");

  for (const spec of charts) {
    const sheetPart = parts.get(spec.sheet);
    if (!sheetPart) throw new Error(`no worksheet "${spec.sheet}" for the chart "${spec.title}"`);
    let sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
    const sheetRelsPath = relsPathOf(sheetPart);
    let sheetRels = (await zip.file(sheetRelsPath)?.async("string")) ?? emptyRelsXml();

    // A sheet has at most one drawing part; a chart joins the one that is there (pictures) or gets a new one.
    let drawingPart: string;
    const existingEl = topLevelElements(sheetXml).find((e) => e.name === "drawing");
    const existingId = existingEl ? attributes(sheetXml.slice(existingEl.index, sheetXml.indexOf(">", existingEl.index)))["r:id"] : undefined;
    const existingRel = existingId ? parseRels(sheetRels).find((r) => r.id === existingId) : undefined;
    if (existingRel) {
      drawingPart = resolveTarget(sheetPart, existingRel.target);
    } else {
      drawingPart = nextFreePart(zip, "xl/drawings", "drawing").part;
      zip.file(drawingPart, emptyDrawingXml());
      const added = addRel(sheetRels, REL_TYPE.drawing, relativeTarget(sheetPart, drawingPart));
      sheetRels = added.xml;
      sheetXml = insertDrawingElement(sheetXml, added.id);
      types = addOverride(types, `/${drawingPart}`, CONTENT_TYPE.drawing);
    }

    const { part: chartPart, n } = nextFreePart(zip, "xl/charts", "chart");
    zip.file(chartPart, chartXml(spec));
    types = addOverride(types, `/${chartPart}`, CONTENT_TYPE.chart);

    const drawingRelsPath = relsPathOf(drawingPart);
    const drawingRels = (await zip.file(drawingRelsPath)?.async("string")) ?? emptyRelsXml();
    const chartRel = addRel(drawingRels, REL_TYPE.chart, relativeTarget(drawingPart, chartPart));
    zip.file(drawingRelsPath, chartRel.xml);

    let drawingXml = (await zip.file(drawingPart)?.async("string")) ?? emptyDrawingXml();
    if (!/xmlns:r=/.test(drawingXml.slice(0, drawingXml.indexOf(">", drawingXml.indexOf("wsDr"))))) {
      drawingXml = drawingXml.replace(/<xdr:wsDr\b/, `<xdr:wsDr xmlns:r="${NS.r}"`);
    }
    const anchor = chartAnchorXml(spec.from, spec.to, maxShapeId(drawingXml) + 1, `图表 ${n}`, chartRel.id);
    drawingXml = drawingXml.includes("</xdr:wsDr>")
      ? drawingXml.replace("</xdr:wsDr>", `${anchor}</xdr:wsDr>`)
      : drawingXml.replace(/<xdr:wsDr\b([^>]*?)\/>/, `<xdr:wsDr$1>${anchor}</xdr:wsDr>`);
    zip.file(drawingPart, drawingXml);

    zip.file(sheetPart, sheetXml);
    zip.file(sheetRelsPath, sheetRels);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
