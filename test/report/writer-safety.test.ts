/** writeReport's refusals and guarantees: never the input, never a source sheet, consent for sheets the user made, exact copies. */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReportPlan, SheetPlan } from "../../src/core/report/plan";
import { type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { WorkbookReadError } from "../../src/io/read-error";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { describeWriteError, diffSheet, renameInFormula, ReportWriteError, resolveTargets, writeReport } from "../../src/io/xlsx-writer";
import { workbookParts, zipParts } from "../io/zip-fixture";
import { fileState, findAll, formSheet, handPlan, HAIKOU_SOURCES, parseXml, SAMPLE, removeTemp, tempDir } from "./writer-fixtures";

const dir = tempDir();
afterAll(() => removeTemp(dir));

async function refusal(p: Promise<unknown>): Promise<ReportWriteError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReportWriteError) return e;
    throw e;
  }
  throw new Error("expected a ReportWriteError");
}

const sheet = (wb: WorkbookSnapshot, name: string) => wb.sheets.find((s) => s.name === name);

describe("the output path", () => {
  const input = join(dir, "in.xlsx");
  beforeAll(() => writeFileSync(input, readFileSync(SAMPLE)));

  test.each([
    ["the same path", () => input],
    ["the same file by another spelling", () => join(dir, ".", "sub", "..", "in.xlsx")],
    [
      "a symbolic link to the input",
      () => {
        const l = join(dir, "link.xlsx");
        if (!existsSync(l)) symlinkSync(input, l);
        return l;
      },
    ],
    [
      "a hard link to the input",
      () => {
        const l = join(dir, "hard.xlsx");
        if (!existsSync(l)) linkSync(input, l);
        return l;
      },
    ],
  ])("refuses %s and leaves the input as it was", async (_what, out) => {
    const state = fileState(input);
    const e = await refusal(writeReport(input, handPlan(), out()));
    expect(e.kind).toBe("same-as-input");
    expect(describeWriteError(e, "zh-CN")).toContain("拒绝覆盖原工作簿");
    expect(describeWriteError(e, "en")).toContain("never overwritten");
    expect(fileState(input)).toEqual(state);
  });

  test("refuses a folder", async () => {
    mkdirSync(join(dir, "folder.xlsx"), { recursive: true });
    expect((await refusal(writeReport(input, handPlan(), join(dir, "folder.xlsx")))).kind).toBe("output-is-directory");
  });

  test("an output that cannot be written: a clear error and no file left behind", async () => {
    const out = join(dir, "no-such-folder", "out.xlsx");
    const e = await refusal(writeReport(input, handPlan(), out));
    expect(e.kind).toBe("output-unwritable");
    expect(describeWriteError(e, "zh-CN")).toContain("无法写入输出文件");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("an existing output is replaced whole", async () => {
    const out = join(dir, "again.xlsx");
    writeFileSync(out, "old");
    await writeReport(input, handPlan(), out);
    expect((await readWorkbook(out)).sheets.map((s) => s.name)).toContain("项目支出绩效自评表");
  });

  test("an unreadable input: the reader's error, and no output", async () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "not a workbook");
    await expect(writeReport(bad, handPlan(), join(dir, "bad-out.xlsx"))).rejects.toBeInstanceOf(WorkbookReadError);
    expect(existsSync(join(dir, "bad-out.xlsx"))).toBe(false);
  });
});

test("a plan that writes a source sheet is refused before anything is written", async () => {
  const plan: ReportPlan = { sheets: [{ ...formSheet(), name: "预算执行" }], sources: HAIKOU_SOURCES };
  const out = join(dir, "src.xlsx");
  const e = await refusal(writeReport(SAMPLE, plan, out));
  expect(e.kind).toBe("source-in-plan");
  expect(e.detail).toBe("预算执行");
  expect(existsSync(out)).toBe(false);
});

describe("a sheet the user made (needsConsent)", () => {
  const input = join(dir, "with-user-sheet.xlsx");
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  const consentPlan = (): ReportPlan => {
    const s: SheetPlan = { ...formSheet("自评表"), create: false, needsConsent: true };
    // A formula naming its own sheet follows it when the plan goes to another sheet.
    s.writes.push({ address: "H5", value: 9.46, formula: "自评表!G5", numberFormat: "0.00" });
    return { sheets: [s], sources: HAIKOU_SOURCES };
  };
  let before: WorkbookSnapshot;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.addWorksheet("自评表");
    ws.getCell("A1").value = "我自己的自评表";
    ws.getCell("A40").value = "我的备注";
    ws.getCell("B40").value = 123.45;
    ws.mergeCells("A1:C1");
    ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "J40:K42");
    await wb.xlsx.writeFile(input);
    before = await readWorkbook(input);
  });

  test("without consent: left as it was, the plan goes to a filled-in copy, 自评表（生成）", async () => {
    const out = join(dir, "no-consent.xlsx");
    const r = await writeReport(input, consentPlan(), out);
    expect(r.sheets).toEqual([{ name: "自评表", written: "自评表（生成）", action: "redirected", needsConsent: true, prompts: 1, chart: true }]);
    const after = await readWorkbook(out);
    expect(sheet(after, "自评表")).toEqual(sheet(before, "自评表"));
    const made = sheet(after, "自评表（生成）")!;
    expect(plainRows(made)[0]![0]!.v).toBe("项目支出绩效自评表（2023年度）");
    expect(plainRows(made)[4]![7]!.f).toBe("'自评表（生成）'!G5");
    // A fill-in plan goes to a copy of the user's sheet: their other cells come along.
    expect(plainRows(made)[39]![0]!.v).toBe("我的备注");
    expect(plainRows(made)[39]![1]!.v).toBe(123.45);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:f>'自评表（生成）'!$L$2:$L$13</c:f>");
  });

  test("with consent: written into the sheet, its other cells kept; the chart joins the sheet's picture drawing", async () => {
    const out = join(dir, "consent.xlsx");
    const r = await writeReport(input, consentPlan(), out, { consent: true });
    expect(r.sheets[0]).toMatchObject({ written: "自评表", action: "filled" });
    const after = await readWorkbook(out);
    const s = sheet(after, "自评表")!;
    expect(plainRows(s)[0]![0]!.v).toBe("项目支出绩效自评表（2023年度）");
    expect(plainRows(s)[39]![0]!.v).toBe("我的备注");
    expect(plainRows(s)[39]![1]!.v).toBe(123.45);
    expect(after.sheets.map((x) => x.name)).not.toContain("自评表（生成）");
    for (const name of HAIKOU_SOURCES) expect(sheet(after, name)).toEqual(sheet(before, name));

    const zip = await JSZip.loadAsync(readFileSync(out));
    const drawings = Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(1);
    const drawing = parseXml(await zip.file(drawings[0]!)!.async("string"));
    expect(findAll(drawing, "xdr:pic")).toHaveLength(1);
    expect(findAll(drawing, "xdr:graphicFrame")).toHaveLength(1);
    const ids = findAll(drawing, "xdr:cNvPr").map((n) => n.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rels = parseXml(await zip.file(drawings[0]!.replace("drawings/", "drawings/_rels/") + ".rels")!.async("string"));
    expect(
      findAll(rels, "Relationship")
        .map((x) => (x.attrs.Type ?? "").replace(/.*\//, ""))
        .sort()
    ).toEqual(["chart", "image"]);
  });
});

test("a sheet the report made before is cleared and written again, in its place", async () => {
  const input = join(dir, "with-old-report.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.addWorksheet("项目支出绩效自评表");
  ws.getCell("A1").value = "旧版自评表";
  ws.getCell("Z99").value = "旧内容";
  ws.mergeCells("A1:B2");
  wb.addWorksheet("之后的表").getCell("A1").value = "别动";
  await wb.xlsx.writeFile(input);
  const out = join(dir, "replaced.xlsx");
  const r = await writeReport(input, handPlan(), out);
  expect(r.sheets[0]).toMatchObject({ written: "项目支出绩效自评表", action: "replaced" });
  const after = await readWorkbook(out);
  expect(after.sheets.map((s) => s.name).slice(-2)).toEqual(["项目支出绩效自评表", "之后的表"]);
  const s = sheet(after, "项目支出绩效自评表")!;
  expect(plainRows(s)[0]![0]!.v).toBe("项目支出绩效自评表（2023年度）");
  expect(plainRows(s)[98]?.[25]?.v ?? null).toBeNull();
  expect(s.merges).toHaveLength(6);
  expect(plainRows(sheet(after, "之后的表")!)[0]![0]!.v).toBe("别动");
});

test("source cells ExcelJS would alter come back exact: shared formulas, date-times, rich text, errors, booleans", async () => {
  const parts = workbookParts({
    sheets: [
      {
        name: "台账",
        body:
          "<sheetData>" +
          '<row r="1"><c r="A1"><v>1.1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2.2</v></c><c r="C1" t="inlineStr"><is><t>现金</t></is></c>' +
          '<c r="D1" s="1"><v>45142.123456789</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
          '<row r="2"><c r="A2"><v>2.2</v></c><c r="B2"><f t="shared" si="0"/><v>4.4</v></c><c r="C2" t="s"><v>0</v></c>' +
          '<c r="D2" s="2"><v>45142</v></c><c r="E2" t="b"><v>1</v></c></row>' +
          '<row r="3"><c r="A3"><v>0.30000000000000004</v></c><c r="B3"><f t="shared" si="0"/><v>0.6000000000000001</v></c>' +
          '<c r="D3" s="3"><v>45292.99998842592</v></c><c r="E3" s="4"><v>0.9456</v></c></row>' +
          '<row r="4"><c r="A4" s="5"><v>94.56</v></c><c r="B4" s="6"><v>45142</v></c><c r="C4" s="7"><v>1065.55</v></c></row>' +
          '</sheetData><mergeCells count="1"><mergeCell ref="A5:C5"/></mergeCells>',
      },
    ],
    sharedStrings: "<si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></si>",
    // Backslash escapes must survive: ExcelJS alone would turn 0.00\% (a literal %) into 0.00% (a percentage).
    numFmts: { 164: "yyyy-mm-dd hh:mm:ss.000", 165: 'yyyy"年"m"月"d"日"', 166: "0.00\\%", 167: "yyyy\\-mm\\-dd", 168: '#,##0.00\\ "万元"' },
    xfs: [0, 164, 14, 165, 10, 166, 167, 168],
  });
  const input = join(dir, "handmade.xlsx");
  writeFileSync(input, zipParts(parts));
  const before = await readWorkbook(input);
  const out = join(dir, "handmade-out.xlsx");
  await writeReport(input, { sheets: [formSheet()], sources: ["台账"] }, out);
  const after = await readWorkbook(out);
  expect(sheet(after, "台账")).toEqual(sheet(before, "台账"));
  expect(plainRows(sheet(after, "台账")!)[0]![3]!.v).toBe(45142.123456789);
  expect(plainRows(sheet(after, "台账")!)[3]!.map((c) => c?.fmt)).toEqual(["0.00\\%", "yyyy\\-mm\\-dd", '#,##0.00\\ "万元"']);
});

describe("pieces", () => {
  test("resolveTargets: new sheets, redirects with unique names within 31 characters", () => {
    const long = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";
    const plan: ReportPlan = {
      sheets: [
        { ...formSheet("自评表"), needsConsent: true, create: false },
        { ...formSheet(long), needsConsent: true, create: false },
        { ...formSheet("新表"), needsConsent: false, create: true },
      ],
      sources: [],
    };
    const t = resolveTargets(plan, ["自评表", "自评表（生成）", long], false);
    expect(t.map((x) => [x.target, x.action])).toEqual([
      ["自评表（生成2）", "redirected"],
      [`${[...long].slice(0, 27).join("")}（生成）`, "redirected"],
      ["新表", "created"],
    ]);
    expect([...t[1]!.target].length).toBeLessThanOrEqual(31);
    expect(resolveTargets(plan, ["自评表"], true).map((x) => x.action)).toEqual(["filled", "created", "created"]);
  });

  test("renameInFormula follows quoted and plain sheet names", () => {
    expect(renameInFormula("自评表!A1+'自评表'!B2+预算!C3+我的自评表!D4", "自评表", "自评表（生成）")).toBe(
      "'自评表（生成）'!A1+'自评表（生成）'!B2+预算!C3+我的自评表!D4"
    );
    expect(renameInFormula("SUM('My Sheet'!A1:A3)", "My Sheet", "My Sheet（生成）")).toBe("SUM('My Sheet（生成）'!A1:A3)");
  });

  test("diffSheet names the cells that changed", () => {
    const a = { name: "预算", hidden: false, merges: [], rows: [[{ v: 1 }, { v: 2, f: "A1*2" }, { v: 3, fmt: "0.00" }]] };
    expect(diffSheet(a, structuredClone(a))).toEqual([]);
    const b = structuredClone(a);
    b.rows[0]![0]!.v = 1.0000001;
    b.rows[0]![1]!.f = "A1*3";
    (b.rows[0]![2] as { fmt?: string }).fmt = "0.0";
    expect(diffSheet(a, b).map((d) => d.split(":")[0])).toEqual(["预算!A1", "预算!B1", "预算!C1"]);
    expect(diffSheet(a, { ...b, rows: a.rows, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] })).toEqual(["预算: merged ranges differ"]);
  });
});
