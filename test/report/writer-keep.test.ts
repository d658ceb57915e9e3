/**
 * `report` writes the input package plus its own parts: every part it does not own is the same stored zip entry (same
 * compressed bytes, CRC and sizes), whatever it is (charts, pictures, notes, page breaks, pivot tables, macros, custom
 * XML, document properties); the parts it edits keep what they held; and the output opens in LibreOffice and ExcelJS.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import type { ReportPlan, SheetPlan } from "../../src/core/report/plan";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { writeReport } from "../../src/io/xlsx-writer";
import { runReport } from "../../src/cli/report";
import { KEPT, keepFixture, PIVOT_SHEET } from "./keep-fixture";
import { findAll, formSheet, handPlan, HAIKOU_SOURCES, parseXml, removeTemp, tempDir } from "./writer-fixtures";
import { plainRows } from "../../src/core/snapshot";

interface Stored {
  method: number;
  crc: number;
  size: number;
  /** The entry's compressed bytes as stored. */
  raw: Buffer;
}

/** The stored entries of a zip, by name, read from its central directory. */
function storedEntries(zip: Buffer): Map<string, Stored> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Stored>();
  for (let i = 0; i < count; i++) {
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    const compressed = zip.readUInt32LE(p + 20);
    const local = zip.readUInt32LE(p + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, {
      method: zip.readUInt16LE(p + 10),
      crc: zip.readUInt32LE(p + 16),
      size: zip.readUInt32LE(p + 24),
      raw: zip.subarray(data, data + compressed),
    });
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

/** Names whose stored entry differs between the two packages, or that one of them lacks. */
function changedEntries(a: Buffer, b: Buffer): string[] {
  const x = storedEntries(a);
  const y = storedEntries(b);
  const same = (p: Stored, q: Stored) => p.method === q.method && p.crc === q.crc && p.size === q.size && p.raw.equals(q.raw);
  return [...new Set([...x.keys(), ...y.keys()])].filter((n) => !x.has(n) || !y.has(n) || !same(x.get(n)!, y.get(n)!)).sort();
}

async function part(zip: Buffer, name: string): Promise<string> {
  const { default: JSZip } = await import("jszip");
  return (await JSZip.loadAsync(zip)).file(name)!.async("string");
}

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const SOFFICE = ["soffice", "libreoffice"].find(has);

/** LibreOffice opens `file` and saves it as .xlsx again; returns what it wrote. */
function libreOfficeResave(file: string, outDir: string, profile: string): string {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    SOFFICE!,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, file],
    {
      encoding: "utf8",
      timeout: 170_000,
    }
  );
  const out = join(outDir, file.replace(/^.*\//, "").replace(/\.[^.]+$/, ".xlsx"));
  if (!existsSync(out)) throw new Error(`LibreOffice wrote nothing (status ${r.status}): ${r.stderr}${r.stdout}`);
  return out;
}

const dir = tempDir("selfeval-keep-");
afterAll(() => removeTemp(dir));
const input = join(dir, "clerk.xlsm");
let inBytes: Buffer;

beforeAll(async () => {
  inBytes = await keepFixture();
  writeFileSync(input, inBytes);
});

describe("new sheets: the user's parts are kept as stored", () => {
  const out = join(dir, "report.xlsm");
  let outBytes: Buffer;
  beforeAll(async () => {
    await writeReport(input, { ...handPlan(), provenance: "selfeval 测试" }, out);
    outBytes = readFileSync(out);
  });

  test("only the workbook part, its relationships, the content types, the styles and the custom properties change; the rest is added", () => {
    const inNames = new Set(storedEntries(inBytes).keys());
    const changed = changedEntries(inBytes, outBytes);
    expect(changed.filter((n) => inNames.has(n))).toEqual([
      "[Content_Types].xml",
      "docProps/custom.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
    ]);
    for (const name of KEPT) expect(changed).not.toContain(name);
    // The new sheet and its parts take names the input does not use.
    expect(changed.filter((n) => !inNames.has(n))).toEqual([
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing2.xml",
      "xl/worksheets/_rels/sheet8.xml.rels",
      "xl/worksheets/sheet8.xml",
    ]);
  });

  test("the edited parts keep what they held: pivot caches, macros, custom XML, the user's property", async () => {
    const wb = await part(outBytes, "xl/workbook.xml");
    expect(wb).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId21"/></pivotCaches>');
    const rels = await part(outBytes, "xl/_rels/workbook.xml.rels");
    for (const target of ["vbaProject.bin", "../customXml/item1.xml", "pivotCache/pivotCacheDefinition1.xml", "worksheets/sheet7.xml"])
      expect(rels).toContain(`Target="${target}"`);
    const types = await part(outBytes, "[Content_Types].xml");
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(types).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    const custom = parseXml(await part(outBytes, "docProps/custom.xml"));
    expect(findAll(custom, "property").map((p) => [p.attrs.name, p.attrs.pid, p.children[0]!.text])).toEqual([
      ["审核人", "2", "张三"],
      ["绩效自评助手", "3", "selfeval 测试"],
    ]);
    // Every XML part of the output is well formed.
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(outBytes);
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) parseXml(await zip.file(name)!.async("string"));
  });

  test("our reader: every sheet of the input as it was, the new sheet's cells right", async () => {
    const before = await readWorkbook(input);
    const after = await readWorkbook(out);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    const form = after.sheets.find((s) => s.name === "项目支出绩效自评表")!;
    expect(plainRows(form)[0]![0]!.v).toBe("项目支出绩效自评表（2023年度）");
    expect(plainRows(form)[4]![3]).toMatchObject({ v: 1065.55, f: "ROUND(预算执行!D4/10000,2)", fmt: "#,##0.00" });
    expect(plainRows(form)[5]![1]!.v).toBe("待填写：全年预算数比年初预算数调增3,030.96元的原因");
  });

  test("ExcelJS reads it: the new sheet's cells, its format and the user's note", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(outBytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("项目支出绩效自评表")!;
    expect(ws.getCell("A1").value).toBe("项目支出绩效自评表（2023年度）");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B6").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(ws.getCell("F5").numFmt).toBe("0.00%");
    expect(wb.getWorksheet("预算执行")!.getCell("B4").note).toBeDefined();
    expect(wb.getWorksheet(PIVOT_SHEET)!.getCell("E4").value).toBe(30);
  });

  (SOFFICE ? test : test.skip)(
    "LibreOffice opens it: saved again, the new sheet's cells, the user's chart, picture, note and pivot table are there",
    async () => {
      const again = libreOfficeResave(out, join(dir, "lo"), join(dir, "lo-profile"));
      const bytes = readFileSync(again);
      const after = await readWorkbook(again);
      const form = after.sheets.find((s) => s.name === "项目支出绩效自评表")!;
      expect(plainRows(form)[0]![0]!.v).toBe("项目支出绩效自评表（2023年度）");
      expect(plainRows(form)[4]![3]!.v).toBe(1065.55);
      const { default: JSZip } = await import("jszip");
      const names = Object.keys((await JSZip.loadAsync(bytes)).files);
      expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
      expect(names.some((n) => /^xl\/media\//.test(n))).toBe(true);
      expect(names.some((n) => /^xl\/comments\d*\.xml$/.test(n))).toBe(true);
      expect(names.some((n) => /^xl\/pivotTables\//.test(n))).toBe(true);
    },
    180_000
  );
});

(SOFFICE ? test : test.skip)(
  "a workbook LibreOffice wrote, with its own chart, picture, notes and pivot table: those entries kept as stored, and the copy opens again",
  async () => {
    const written = libreOfficeResave(input, join(dir, "lo-in"), join(dir, "lo-profile"));
    const loInput = join(dir, "lo-clerk.xlsx");
    writeFileSync(loInput, readFileSync(written));
    const out = join(dir, "lo-report.xlsx");
    await writeReport(loInput, { ...handPlan(), provenance: "selfeval" }, out);
    const a = readFileSync(loInput);
    const b = readFileSync(out);
    const owned = ["[Content_Types].xml", "docProps/custom.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];
    expect(changedEntries(a, b).filter((n) => storedEntries(a).has(n))).toEqual(owned);
    expect([...storedEntries(a).keys()].filter((n) => /chart|drawing|media|comments|vml|pivot/i.test(n)).length).toBeGreaterThanOrEqual(9);
    const before = await readWorkbook(loInput);
    const after = await readWorkbook(libreOfficeResave(out, join(dir, "lo-out"), join(dir, "lo-profile")));
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), "项目支出绩效自评表"]);
    expect(plainRows(after.sheets.at(-1)!)[4]![3]!.v).toBe(1065.55);
  },
  360_000
);

describe("a user's sheet written into (with consent) keeps its notes, drawing and untouched cells", () => {
  const out = join(dir, "filled.xlsm");
  let outBytes: Buffer;
  const plan = (): ReportPlan => {
    // The budget sheet stands in for a user's template here: the plan fills two cells of it and merges none.
    const s: SheetPlan = { ...formSheet("预算执行"), create: false, needsConsent: true, merges: [], chart: null };
    s.writes = [
      { address: "H4", value: "已核对", bold: true },
      { address: "H40", value: 12.5, numberFormat: "0.00" },
    ];
    return { sheets: [s], sources: HAIKOU_SOURCES.filter((n) => n !== "预算执行") };
  };
  beforeAll(async () => {
    await writeReport(input, plan(), out, { consent: true });
    outBytes = readFileSync(out);
  });

  test("only the written sheet's part changes among the user's parts; its relationships, notes and page break stay", async () => {
    const changed = changedEntries(inBytes, outBytes).filter((n) => storedEntries(inBytes).has(n));
    expect(changed).toEqual(["xl/styles.xml", "xl/worksheets/sheet2.xml"]);
    const xml = await part(outBytes, "xl/worksheets/sheet2.xml");
    expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks><legacyDrawing r:id="rId2"/>');
    const before = (await part(inBytes, "xl/worksheets/sheet2.xml")).match(/<row r="(\d+)"[\s\S]*?<\/row>/g)!;
    const after = (await part(outBytes, "xl/worksheets/sheet2.xml")).match(/<row r="(\d+)"[\s\S]*?<\/row>/g)!;
    // Rows without a written cell are the same bytes; row 4 gains H4, and a row 40 is added.
    expect(after.filter((r) => !/^<row r="(4|40)"/.test(r))).toEqual(before.filter((r) => !/^<row r="4"/.test(r)));
    const row4 = before.find((r) => r.startsWith('<row r="4"'))!;
    const cells = row4.match(/<c r="[A-G]4"[\s\S]*?(?:\/>|<\/c>)/g)!;
    for (const c of cells) expect(after.find((r) => r.startsWith('<row r="4"'))).toContain(c);
  });

  test("the written cells read back, every other cell as it was", async () => {
    const before = await readWorkbook(input);
    const after = await readWorkbook(out);
    const a = after.sheets.find((s) => s.name === "预算执行")!;
    const b = before.sheets.find((s) => s.name === "预算执行")!;
    expect(plainRows(a)[3]![7]!.v).toBe("已核对");
    expect(plainRows(a)[39]![7]).toMatchObject({ v: 12.5, fmt: "0.00" });
    const ra = plainRows(a);
    const rb = plainRows(b);
    ra[3]!.length = rb[3]!.length;
    expect({ ...a, rows: ra.slice(0, rb.length) }).toEqual({ ...b, rows: rb });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(outBytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("预算执行")!.getCell("H4").font?.bold).toBe(true);
    expect(wb.getWorksheet("预算执行")!.getCell("B4").note).toBeDefined();
  });
});

test("a second run rewrites its own sheet in place: one chart on it, the old one gone; the user's chart stays", async () => {
  const first = join(dir, "first.xlsm");
  const second = join(dir, "second.xlsm");
  await writeReport(input, handPlan(), first);
  const r = await writeReport(first, handPlan(), second);
  expect(r.sheets[0]!.action).toBe("replaced");
  const a = readFileSync(first);
  const b = readFileSync(second);
  for (const name of KEPT) expect(changedEntries(a, b)).not.toContain(name);
  const drawing = parseXml(await part(b, "xl/drawings/drawing2.xml"));
  expect(findAll(drawing, "xdr:graphicFrame")).toHaveLength(1);
  const { default: JSZip } = await import("jszip");
  const names = Object.keys((await JSZip.loadAsync(b)).files).filter((n) => /^xl\/charts\//.test(n));
  expect(names.sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
  expect(await part(b, "xl/charts/chart1.xml")).toBe(await part(inBytes, "xl/charts/chart1.xml"));
  const types = await part(b, "[Content_Types].xml");
  expect(types.match(/\/xl\/charts\/chart2\.xml/g)).toHaveLength(1);
});

test("selfeval report on the workbook: the user's parts kept; print titles and notes on the new sheets", async () => {
  const out = join(dir, "cli.xlsm");
  const entry = await runReport(input, { output: out, lang: "zh-CN", unit: "万元" });
  expect(entry.error).toBeNull();
  const bytes = readFileSync(out);
  const changed = changedEntries(inBytes, bytes);
  for (const name of KEPT) expect(changed).not.toContain(name);
  const wb = await part(bytes, "xl/workbook.xml");
  // The form is the 8th sheet (index 7, after the pivot's); its print titles stand in schema order, before the pivot caches.
  expect(wb).toMatch(
    /<\/sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="7">[^<]*<\/definedName><\/definedNames><calcPr [^>]*\/><pivotCaches>/
  );
  expect(changed.filter((n) => /comments|vmlDrawing/.test(n))).toEqual([
    "xl/comments2.xml",
    "xl/comments3.xml",
    "xl/drawings/vmlDrawing2.vml",
    "xl/drawings/vmlDrawing3.vml",
  ]);
  const after = await readWorkbook(out);
  expect(after.sheets.map((s) => s.name)).toEqual([...HAIKOU_SOURCES, PIVOT_SHEET, ...entry.sheets.map((s) => s.written)]);
});
