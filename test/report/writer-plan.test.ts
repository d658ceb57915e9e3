/** writeReport with a hand-made plan on the Haikou sample: written cells, untouched sources, the chart parts, the input. */
import { existsSync, readdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseA1 } from "../../src/core/address";
import { checkWorkbook } from "../../src/core/check";
import { type SheetSnapshot, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { type WriteResult, writeReport } from "../../src/io/xlsx-writer";
import { child, fileState, findAll, handPlan, HAIKOU_SOURCES, parseXml, SAMPLE, removeTemp, tempDir, type XmlNode } from "./writer-fixtures";

const FORM = "项目支出绩效自评表";

let dir: string;
let out: string;
let result: WriteResult;
let before: WorkbookSnapshot;
let after: WorkbookSnapshot;
let inputBefore: ReturnType<typeof fileState>;
let zip: JSZip;

const text = async (name: string): Promise<string> => {
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async("string");
};

afterAll(() => removeTemp(dir));

beforeAll(async () => {
  if (!existsSync(SAMPLE)) throw new Error("run `npm run build && npm run samples` first: samples/haikou-2023.xlsx is missing");
  dir = tempDir();
  out = join(dir, "out.xlsx");
  inputBefore = fileState(SAMPLE);
  before = await readWorkbook(SAMPLE);
  result = await writeReport(SAMPLE, handPlan(), out);
  after = await readWorkbook(out);
  zip = await JSZip.loadAsync((await import("fs")).readFileSync(out));
});

const sheetOf = (wb: WorkbookSnapshot, name: string): SheetSnapshot => {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

test("reports the sheet it created, its prompt and its chart", () => {
  expect(result.output).toBe(out);
  expect(result.sheets).toEqual([{ name: FORM, written: FORM, action: "created", needsConsent: false, prompts: 1, chart: true }]);
  // Only the output: no temporary file left beside it.
  expect(readdirSync(dir)).toEqual(["out.xlsx"]);
});

test("every planned cell reads back with its value, formula and number format", () => {
  const form = sheetOf(after, FORM);
  for (const w of handPlan().sheets[0]!.writes) {
    const p = parseA1(w.address)!;
    const c = plainRows(form)[p.row]?.[p.col];
    expect({ at: w.address, v: c?.v, f: c?.f, fmt: c?.fmt }).toEqual({ at: w.address, v: w.value, f: w.formula, fmt: w.numberFormat });
  }
  expect(form.merges).toHaveLength(6);
});

test("the new sheet comes after the input's sheets, which keep their order", () => {
  expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), FORM]);
});

test("every source sheet reads back exactly as in the input: every cell's value, formula and format, merges, hidden", () => {
  for (const name of HAIKOU_SOURCES) {
    expect(sheetOf(after, name)).toEqual(sheetOf(before, name));
  }
});

test("the input file is unchanged: bytes and modification time", () => {
  expect(fileState(SAMPLE)).toEqual(inputBefore);
});

test("styles: 待填写 in yellow, bold labels, wrap, widths, print setup", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(FORM)!;
  const prompt = ws.getCell("B6");
  expect(prompt.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
  expect(prompt.alignment).toMatchObject({ wrapText: true });
  expect(ws.getCell("A1").font).toMatchObject({ bold: true });
  expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
  expect(ws.getCell("B5").fill).not.toMatchObject({ pattern: "solid" });
  expect(ws.getColumn("A").width).toBe(20);
  expect(ws.getColumn("L").width).toBe(12);
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  // The wrapped paragraph in B8:G8 gets a row tall enough for its lines.
  expect(ws.getRow(8).height).toBeGreaterThan(30);
});

describe("the 支出进度 chart", () => {
  let chart: XmlNode;
  let drawing: XmlNode;
  let sheetPart: string;

  beforeAll(async () => {
    chart = parseXml(await text("xl/charts/chart1.xml"));
    drawing = parseXml(await text("xl/drawings/drawing1.xml"));
    const wbXml = parseXml(await text("xl/workbook.xml"));
    const rels = parseXml(await text("xl/_rels/workbook.xml.rels"));
    const sheet = findAll(wbXml, "sheet").find((s) => s.attrs.name === FORM)!;
    const rel = findAll(rels, "Relationship").find((r) => r.attrs.Id === sheet.attrs["r:id"])!;
    sheetPart = `xl/${rel.attrs.Target}`;
  });

  test("all parts are well-formed XML and registered in [Content_Types].xml", async () => {
    const types = parseXml(await text("[Content_Types].xml"));
    const overrides = new Map(findAll(types, "Override").map((o) => [o.attrs.PartName, o.attrs.ContentType]));
    expect(overrides.get("/xl/charts/chart1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(overrides.get("/xl/drawings/drawing1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const part of Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"))) {
      expect(() => parseXml(zipText[part]!)).not.toThrow();
    }
  });

  const zipText: Record<string, string> = {};
  beforeAll(async () => {
    for (const n of Object.keys(zip.files)) if (!zip.files[n]!.dir) zipText[n] = await text(n);
  });

  test("the sheet points to the drawing and the drawing to the chart", async () => {
    const sheet = parseXml(zipText[sheetPart]!);
    const el = child(sheet, "drawing")!;
    expect(el).toBeDefined();
    // <drawing> is the last child here (nothing that must follow it), after pageSetup.
    const names = sheet.children.map((c) => c.name);
    expect(names.indexOf("drawing")).toBeGreaterThan(names.indexOf("pageSetup"));
    const sheetRels = parseXml(zipText[sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels"]!);
    const rel = findAll(sheetRels, "Relationship").find((r) => r.attrs.Id === el.attrs["r:id"])!;
    expect(rel.attrs.Type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing");
    expect(rel.attrs.Target).toBe("../drawings/drawing1.xml");
    const drawingRels = parseXml(zipText["xl/drawings/_rels/drawing1.xml.rels"]!);
    const chartRel = findAll(drawingRels, "Relationship")[0]!;
    expect(chartRel.attrs.Type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
    expect(chartRel.attrs.Target).toBe("../charts/chart1.xml");
    expect(findAll(drawing, "c:chart")[0]!.attrs["r:id"]).toBe(chartRel.attrs.Id);
  });

  test("anchored per the plan: from A10 to the end of G28", () => {
    const anchor = findAll(drawing, "xdr:twoCellAnchor")[0]!;
    const pos = (n: XmlNode) => ({ col: Number(child(n, "xdr:col")!.text), row: Number(child(n, "xdr:row")!.text) });
    expect(pos(child(anchor, "xdr:from")!)).toEqual({ col: 0, row: 9 });
    expect(pos(child(anchor, "xdr:to")!)).toEqual({ col: 7, row: 28 });
  });

  test("a line chart titled 支出进度 with two series, their formulas and caches", () => {
    expect(findAll(chart, "a:t").map((t) => t.text)).toEqual(["支出进度"]);
    const line = findAll(chart, "c:lineChart");
    expect(line).toHaveLength(1);
    const sers = findAll(line[0]!, "c:ser");
    expect(sers.map((s) => findAll(s, "c:tx")[0]!.children[0]!.text)).toEqual(["累计支出", "全年预算数"]);
    const f = (s: XmlNode, where: string) => findAll(findAll(s, where)[0]!, "c:f")[0]!.text;
    expect(sers.map((s) => f(s, "c:cat"))).toEqual([`'${FORM}'!$K$2:$K$13`, `'${FORM}'!$K$2:$K$13`]);
    expect(sers.map((s) => f(s, "c:val"))).toEqual([`'${FORM}'!$L$2:$L$13`, `'${FORM}'!$M$2:$M$13`]);

    const cats = findAll(findAll(sers[0]!, "c:strCache")[0]!, "c:v").map((v) => v.text);
    expect(cats).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    const cache = (s: XmlNode) => {
      const c = findAll(s, "c:numCache")[0]!;
      expect(child(c, "c:ptCount")!.attrs.val).toBe("12");
      expect(child(c, "c:formatCode")!.text).toBe("#,##0.00");
      return findAll(c, "c:v").map((v) => Number(v.text));
    };
    const spent = cache(sers[0]!);
    expect(spent).toHaveLength(12);
    expect(spent[0]).toBeCloseTo(88.1532, 4);
    expect(spent[11]).toBeCloseTo(1065.5547, 4);
    for (let i = 1; i < 12; i++) expect(spent[i]!).toBeGreaterThan(spent[i - 1]!);
    expect(cache(sers[1]!)).toEqual(Array(12).fill(1126.85));
    // The caches are what the cells hold.
    const form = sheetOf(after, FORM);
    expect(spent).toEqual(Array.from({ length: 12 }, (_, i) => plainRows(form)[i + 1]![11]!.v));
  });

  test("elements in schema order (CT_ChartSpace, CT_Chart, CT_LineChart, CT_LineSer, axes)", () => {
    const order = (n: XmlNode) => n.children.map((c) => c.name.replace(/^c:/, ""));
    expect(order(chart)).toEqual(["date1904", "lang", "roundedCorners", "chart", "spPr", "txPr"]);
    expect(order(child(chart, "c:chart")!)).toEqual(["title", "autoTitleDeleted", "plotArea", "legend", "plotVisOnly", "dispBlanksAs"]);
    const plot = findAll(chart, "c:plotArea")[0]!;
    expect(order(plot)).toEqual(["layout", "lineChart", "catAx", "valAx"]);
    expect(order(child(plot, "c:lineChart")!)).toEqual(["grouping", "varyColors", "ser", "ser", "marker", "axId", "axId"]);
    expect(order(findAll(plot, "c:ser")[0]!)).toEqual(["idx", "order", "tx", "spPr", "marker", "cat", "val", "smooth"]);
    expect(order(child(plot, "c:catAx")!)).toEqual([
      "axId",
      "scaling",
      "delete",
      "axPos",
      "numFmt",
      "majorTickMark",
      "minorTickMark",
      "tickLblPos",
      "spPr",
      "txPr",
      "crossAx",
      "crosses",
      "auto",
      "lblAlgn",
      "lblOffset",
      "noMultiLvlLbl",
    ]);
    expect(order(child(plot, "c:valAx")!)).toEqual([
      "axId",
      "scaling",
      "delete",
      "axPos",
      "majorGridlines",
      "numFmt",
      "majorTickMark",
      "minorTickMark",
      "tickLblPos",
      "spPr",
      "txPr",
      "crossAx",
      "crosses",
      "crossBetween",
    ]);
    const [catAx, valAx] = [child(plot, "c:catAx")!, child(plot, "c:valAx")!];
    const ids = findAll(child(plot, "c:lineChart")!, "c:axId").map((a) => a.attrs.val);
    expect(ids).toEqual([child(catAx, "c:axId")!.attrs.val, child(valAx, "c:axId")!.attrs.val]);
    expect(child(catAx, "c:crossAx")!.attrs.val).toBe(ids[1]);
    expect(child(valAx, "c:crossAx")!.attrs.val).toBe(ids[0]);
  });
});

test("selfeval check finds no error in the sheet written", () => {
  const result = checkWorkbook(after);
  const sheetOfCell = (ref: string) => {
    const i = ref.lastIndexOf("!");
    const s = ref.slice(0, i);
    return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
  };
  const ours = result.findings.filter((f) => f.severity === "error" && f.cells[0] !== undefined && sheetOfCell(f.cells[0]) === FORM);
  expect(ours).toEqual([]);
  // The sample's own slips are still found, in the sheets they stand in.
  expect(result.summary.error).toBe(checkWorkbook(before).summary.error);
});
