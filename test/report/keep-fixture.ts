/**
 * The sample workbook with what a clerk's workbook carries besides cells, its parts written by hand: a chart and a
 * picture on the ledger, notes and a page break on the budget sheet, a pivot table (cache definition, records, table)
 * on a sheet of its own, macros (.xlsm), a custom XML part, and core and custom document properties.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { chartXml } from "../../src/io/chart-ooxml";
import { makeZip } from "../io/zip-fixture";
import { SAMPLE } from "./writer-fixtures";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = (kind: string) => `${R}/${kind}`;
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
/** Not a real VBA project: the test only needs its bytes carried over. */
export const VBA = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));

const rels = (items: Array<[string, string, string]>) =>
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, kind, target]) => `<Relationship Id="${id}" Type="${kind.startsWith("http") ? kind : REL(kind)}" Target="${target}"/>`)
    .join("")}</Relationships>`;

const before = (xml: string, tag: string, el: string) => xml.replace(tag, el + tag);

/** The user's parts the report must carry over untouched (every other part of the input is too). */
export const KEPT = [
  "xl/charts/chart1.xml",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/media/image1.png",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
  "xl/vbaProject.bin",
  "customXml/item1.xml",
  "customXml/itemProps1.xml",
  "customXml/_rels/item1.xml.rels",
  "docProps/core.xml",
  "docProps/app.xml",
  "xl/worksheets/sheet2.xml",
  "xl/worksheets/sheet3.xml",
  "xl/worksheets/sheet7.xml",
  "xl/worksheets/_rels/sheet2.xml.rels",
  "xl/worksheets/_rels/sheet3.xml.rels",
  "xl/worksheets/_rels/sheet7.xml.rels",
];

/** The pivot's own sheet: its source range A1:B3 and the table it draws at D1:E4. */
export const PIVOT_SHEET = "透视";

export async function keepFixture(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const parts: Record<string, string | Buffer> = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) parts[name] = await zip.file(name)!.async("nodebuffer");
  const text = (name: string) => (parts[name] as Buffer).toString("utf8");

  // The ledger (支付台账, sheet3): a picture and a chart in one drawing.
  parts["xl/media/image1.png"] = PNG;
  parts["xl/charts/chart1.xml"] = chartXml({
    sheet: "支付台账",
    title: "支付金额",
    from: { row: 20, col: 0 },
    to: { row: 35, col: 6 },
    categories: { ref: "'支付台账'!$A$3:$A$5", values: ["1", "2", "3"] },
    series: [{ name: "金额", ref: "'支付台账'!$E$3:$E$5", values: [1, 2, 3], formatCode: "General" }],
  });
  const anchor = (from: number, inner: string) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from + 10}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
  parts["xl/drawings/drawing1.xml"] =
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
    anchor(
      1,
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>'
    ) +
    anchor(
      12,
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame>'
    ) +
    "</xdr:wsDr>";
  parts["xl/drawings/_rels/drawing1.xml.rels"] = rels([
    ["rId1", "image", "../media/image1.png"],
    ["rId2", "chart", "../charts/chart1.xml"],
  ]);
  parts["xl/worksheets/_rels/sheet3.xml.rels"] = rels([["rId1", "drawing", "../drawings/drawing1.xml"]]);
  parts["xl/worksheets/sheet3.xml"] = before(text("xl/worksheets/sheet3.xml"), "</worksheet>", '<drawing r:id="rId1"/>');

  // The budget sheet (预算执行, sheet2): a note on B4 (legacy comments + VML) and a manual page break after row 5.
  parts["xl/comments1.xml"] =
    `${HEAD}<comments xmlns="${MAIN}"><authors><author>张三</author></authors><commentList>` +
    '<comment ref="B4" authorId="0"><text><r><t>年初预算数来自预算批复。</t></r></text></comment></commentList></comments>';
  parts["xl/drawings/vmlDrawing1.vml"] =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:20pt;width:120pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';
  parts["xl/worksheets/_rels/sheet2.xml.rels"] = rels([
    ["rId1", "comments", "../comments1.xml"],
    ["rId2", "vmlDrawing", "../drawings/vmlDrawing1.vml"],
  ]);
  parts["xl/worksheets/sheet2.xml"] = before(
    text("xl/worksheets/sheet2.xml"),
    "</worksheet>",
    '<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks><legacyDrawing r:id="rId2"/>'
  );

  // A pivot table on a sheet of its own, over A1:B3 of that sheet.
  parts["xl/worksheets/sheet7.xml"] =
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>` +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>类别</t></is></c><c r="B1" t="inlineStr"><is><t>数量</t></is></c><c r="D1" t="inlineStr"><is><t>行标签</t></is></c><c r="E1" t="inlineStr"><is><t>求和项:数量</t></is></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>10</v></c><c r="D2" t="inlineStr"><is><t>甲</t></is></c><c r="E2"><v>10</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3"><v>20</v></c><c r="D3" t="inlineStr"><is><t>乙</t></is></c><c r="E3"><v>20</v></c></row>' +
    '<row r="4"><c r="D4" t="inlineStr"><is><t>总计</t></is></c><c r="E4"><v>30</v></c></row>' +
    "</sheetData></worksheet>";
  parts["xl/worksheets/_rels/sheet7.xml.rels"] = rels([["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"]]);
  parts["xl/pivotTables/pivotTable1.xml"] =
    `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1">` +
    '<location ref="D1:E4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>' +
    '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>' +
    '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>' +
    '<dataFields count="1"><dataField name="求和项:数量" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>';
  parts["xl/pivotTables/_rels/pivotTable1.xml.rels"] = rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]);
  parts["xl/pivotCache/pivotCacheDefinition1.xml"] =
    `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="0" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="${PIVOT_SHEET}"/></cacheSource><cacheFields count="2">` +
    '<cacheField name="类别" numFmtId="0"><sharedItems count="2"><s v="甲"/><s v="乙"/></sharedItems></cacheField>' +
    '<cacheField name="数量" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10" maxValue="20"/></cacheField>' +
    "</cacheFields></pivotCacheDefinition>";
  parts["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]);
  parts["xl/pivotCache/pivotCacheRecords1.xml"] =
    `${HEAD}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="10"/></r><r><x v="1"/><n v="20"/></r></pivotCacheRecords>`;

  // Macros, custom XML, and a custom property of the user's.
  parts["xl/vbaProject.bin"] = VBA;
  parts["customXml/item1.xml"] = `${HEAD}<报送 xmlns="urn:example:selfeval">海口</报送>`;
  parts["customXml/itemProps1.xml"] =
    `${HEAD}<ds:datastoreItem ds:itemID="{6A3F2B1C-0D4E-4F5A-8B9C-1D2E3F4A5B6C}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`;
  parts["customXml/_rels/item1.xml.rels"] = rels([["rId1", "customXmlProps", "itemProps1.xml"]]);
  parts["docProps/custom.xml"] =
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>张三</vt:lpwstr></property></Properties>';
  parts["_rels/.rels"] = before(
    text("_rels/.rels"),
    "</Relationships>",
    `<Relationship Id="rId4" Type="${REL("custom-properties")}" Target="docProps/custom.xml"/>`
  );

  let wb = text("xl/workbook.xml");
  wb = before(wb, "</sheets>", `<sheet name="${PIVOT_SHEET}" sheetId="7" r:id="rId20"/>`);
  wb = before(wb, "</workbook>", '<pivotCaches><pivotCache cacheId="1" r:id="rId21"/></pivotCaches>');
  parts["xl/workbook.xml"] = wb;
  parts["xl/_rels/workbook.xml.rels"] = before(
    text("xl/_rels/workbook.xml.rels"),
    "</Relationships>",
    `<Relationship Id="rId20" Type="${REL("worksheet")}" Target="worksheets/sheet7.xml"/>` +
      `<Relationship Id="rId21" Type="${REL("pivotCacheDefinition")}" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
      '<Relationship Id="rId22" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' +
      `<Relationship Id="rId23" Type="${REL("customXml")}" Target="../customXml/item1.xml"/>`
  );
  const type = (part: string, t: string) => `<Override PartName="/${part}" ContentType="application/vnd.${t}"/>`;
  parts["[Content_Types].xml"] = before(
    text("[Content_Types].xml").replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    ),
    "</Types>",
    '<Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
      type("xl/worksheets/sheet7.xml", "openxmlformats-officedocument.spreadsheetml.worksheet+xml") +
      type("xl/drawings/drawing1.xml", "openxmlformats-officedocument.drawing+xml") +
      type("xl/charts/chart1.xml", "openxmlformats-officedocument.drawingml.chart+xml") +
      type("xl/comments1.xml", "openxmlformats-officedocument.spreadsheetml.comments+xml") +
      type("xl/pivotTables/pivotTable1.xml", "openxmlformats-officedocument.spreadsheetml.pivotTable+xml") +
      type("xl/pivotCache/pivotCacheDefinition1.xml", "openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml") +
      type("xl/pivotCache/pivotCacheRecords1.xml", "openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml") +
      type("customXml/itemProps1.xml", "openxmlformats-officedocument.customXmlProperties+xml") +
      type("docProps/custom.xml", "openxmlformats-officedocument.custom-properties+xml")
  );
  return makeZip(Object.entries(parts).map(([name, data]) => ({ name, data, deflate: true })));
}
