/**
 * Native Excel line charts added to the package being written (ExcelJS cannot write charts): xl/charts/chartN.xml
 * (c:lineChart with number and string caches, so viewers that do not recalculate still draw the data), a twoCellAnchor
 * per chart in the sheet's drawing (a new xl/drawings/drawingN.xml + its _rels when it has none), the sheet's
 * <drawing r:id> and relationship, and the [Content_Types].xml overrides.
 */
import { CONTENT_TYPES, declarePart, removeOverride } from "./graft/content-types";
import type { PackageEdit } from "./graft/package-edit";
import { addRel, appendChild, attributes, emptyRelsXml, parseRels, type Rel, relativeTarget, relsPathOf, removeRel, resolveTarget } from "./graft/rels";
import { bindRelPrefix, insertElement, rootChildren } from "./graft/sheet-xml";
import { workbookParts } from "./graft/workbook-part";
import { escapeXml } from "./xml-text";

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

export const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
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

function maxShapeId(drawingXml: string): number {
  let max = 1;
  for (const m of drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/**
 * Takes the charts off sheets the report made before and now writes again: they were the report's, and the new ones
 * replace them. Pictures and shapes in the same drawing stay.
 */
export async function removeCharts(pkg: PackageEdit, sheets: readonly string[]): Promise<void> {
  if (sheets.length === 0) return;
  const parts = new Map((await workbookParts(pkg)).sheets.map((s) => [s.name, s.part]));
  const typesBefore = (await pkg.text(CONTENT_TYPES)) ?? "";
  let types = typesBefore;
  for (const sheet of sheets) {
    const sheetPart = parts.get(sheet);
    const sheetXml = sheetPart && (await pkg.text(sheetPart));
    if (!sheetPart || !sheetXml) continue;
    const el = rootChildren(sheetXml).find((e) => e.name === "drawing");
    const id = el && Object.entries(attributes(sheetXml.slice(el.start, el.end))).find(([k]) => /(^|:)id$/.test(k))?.[1];
    const rel = id && parseRels((await pkg.text(relsPathOf(sheetPart))) ?? "").find((r) => r.id === id && !r.external);
    if (!rel) continue;
    const drawingPart = resolveTarget(sheetPart, rel.target);
    const drawingXml = await pkg.text(drawingPart);
    let drawingRels = (await pkg.text(relsPathOf(drawingPart))) ?? emptyRelsXml();
    if (drawingXml === undefined) continue;
    const charts = new Map(
      parseRels(drawingRels)
        .filter((r) => r.type === REL_TYPE.chart && !r.external)
        .map((r) => [r.id, r])
    );
    const removed: Rel[] = [];
    const kept = drawingXml.replace(/<((?:[\w.-]+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g, (anchor) => {
      const chart = charts.get(/<(?:[\w.-]+:)?chart\b[^>]*?\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(anchor)?.[1] ?? "");
      if (!chart) return anchor;
      removed.push(chart);
      return "";
    });
    if (removed.length === 0) continue;
    pkg.set(drawingPart, kept);
    for (const r of removed) {
      const chartPart = resolveTarget(drawingPart, r.target);
      drawingRels = removeRel(drawingRels, r.id);
      // The chart's own parts (its style and colours, an embedded workbook) go with it.
      const own = parseRels((await pkg.text(relsPathOf(chartPart))) ?? "").filter((x) => !x.external);
      for (const part of [chartPart, ...own.map((x) => resolveTarget(chartPart, x.target))]) {
        pkg.remove(part);
        if (pkg.has(relsPathOf(part))) pkg.remove(relsPathOf(part));
        types = removeOverride(types, part);
      }
    }
    pkg.set(relsPathOf(drawingPart), drawingRels);
  }
  if (types !== typesBefore) pkg.set(CONTENT_TYPES, types);
}

/** Adds the charts to the package being written: parts added, the sheets' XML and relationships edited in place. */
export async function addCharts(pkg: PackageEdit, charts: ChartSpec[]): Promise<void> {
  if (charts.length === 0) return;
  const parts = new Map((await workbookParts(pkg)).sheets.map((s) => [s.name, s.part]));
  const typesBefore = await pkg.text(CONTENT_TYPES);
  if (typesBefore === undefined) throw new Error("the package has no [Content_Types].xml");
  let types = typesBefore;

  for (const spec of charts) {
    const sheetPart = parts.get(spec.sheet);
    if (!sheetPart) throw new Error(`no worksheet "${spec.sheet}" for the chart "${spec.title}"`);
    let sheetXml = (await pkg.text(sheetPart)) ?? "";
    const sheetRelsPath = relsPathOf(sheetPart);
    let sheetRels = (await pkg.text(sheetRelsPath)) ?? emptyRelsXml();

    // A sheet has at most one drawing part; a chart joins the one that is there (pictures) or gets a new one.
    let drawingPart: string;
    const existingEl = rootChildren(sheetXml).find((e) => e.name === "drawing");
    const existingId = existingEl
      ? Object.entries(attributes(sheetXml.slice(existingEl.start, existingEl.end))).find(([k]) => /(^|:)id$/.test(k))?.[1]
      : undefined;
    const existingRel = existingId ? parseRels(sheetRels).find((r) => r.id === existingId) : undefined;
    if (existingRel) {
      drawingPart = resolveTarget(sheetPart, existingRel.target);
    } else {
      drawingPart = pkg.freeName("xl/drawings", "drawing", ".xml");
      pkg.set(drawingPart, emptyDrawingXml());
      const added = addRel(sheetRels, REL_TYPE.drawing, relativeTarget(sheetPart, drawingPart));
      sheetRels = added.xml;
      const bound = bindRelPrefix(sheetXml, "worksheet");
      const p = /<([\w.-]+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
      sheetXml = insertElement(bound.xml, "drawing", `<${p}drawing ${bound.prefix}:id="${added.id}"/>`);
      types = declarePart(types, drawingPart, CONTENT_TYPE.drawing);
    }

    const chartPart = pkg.freeName("xl/charts", "chart", ".xml");
    pkg.set(chartPart, chartXml(spec));
    types = declarePart(types, chartPart, CONTENT_TYPE.chart);

    const drawingRelsPath = relsPathOf(drawingPart);
    const drawingRels = (await pkg.text(drawingRelsPath)) ?? emptyRelsXml();
    const chartRel = addRel(drawingRels, REL_TYPE.chart, relativeTarget(drawingPart, chartPart));
    pkg.set(drawingRelsPath, chartRel.xml);

    let drawingXml = (await pkg.text(drawingPart)) ?? emptyDrawingXml();
    if (!/xmlns:r=/.test(drawingXml.slice(0, drawingXml.indexOf(">", drawingXml.indexOf("wsDr"))))) {
      drawingXml = drawingXml.replace(/<xdr:wsDr\b/, `<xdr:wsDr xmlns:r="${NS.r}"`);
    }
    const n = /(\d+)\.xml$/.exec(chartPart)![1];
    const anchor = chartAnchorXml(spec.from, spec.to, maxShapeId(drawingXml) + 1, `图表 ${n}`, chartRel.id);
    pkg.set(drawingPart, appendChild(drawingXml, "wsDr", anchor));

    pkg.set(sheetPart, sheetXml);
    pkg.set(sheetRelsPath, sheetRels);
  }
  if (types !== typesBefore) pkg.set(CONTENT_TYPES, types);
}
