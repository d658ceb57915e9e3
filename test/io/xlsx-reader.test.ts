/** readWorkbook: cell values, formulas, formats, merges and sheet state from workbooks written by exceljs and by hand. */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { type Cell, type SheetSnapshot, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { a1 } from "../../src/core/address";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { workbookParts, zipParts } from "./zip-fixture";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-reader-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Non-empty cells by A1 address, so expectations read like the sheet. */
function cellsOf(sheet: SheetSnapshot): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  plainRows(sheet).forEach((row, r) => row?.forEach((cell, c) => cell && (out[a1(r, c)] = cell)));
  return out;
}

function sheet(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

async function writeExcelJs(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("workbook written by exceljs", () => {
  let file: string;
  let snap: WorkbookSnapshot;

  beforeAll(async () => {
    file = await writeExcelJs("features.xlsx", (wb) => {
      const ws = wb.addWorksheet("预算执行");
      ws.getCell("A1").value = "2023年度项目资金预算及执行情况";
      ws.mergeCells("A1:D1");
      ws.getCell("A2").value = "资金来源";
      ws.getCell("B2").value = "全年预算数";
      ws.getCell("C2").value = "执行率";
      ws.getCell("E2").numFmt = "0.00"; // styled but empty: not a cell in the snapshot
      ws.getCell("A3").value = "财政资金";
      ws.getCell("B3").value = 11268530.96;
      ws.getCell("B3").numFmt = "#,##0.00";
      ws.getCell("C3").value = { formula: "IFERROR(B5/B3,0)", result: 0.9456021275376607 };
      ws.getCell("C3").numFmt = "0.00%";
      ws.getCell("D3").value = { formula: "B3*2", result: 22537061.92 };
      ws.getCell("D4").value = { sharedFormula: "D3", result: 90284 };
      ws.getCell("D5").value = { sharedFormula: "D3", result: 21310093.7 };
      ws.getCell("A4").value = "10655546.85"; // a number stored as text
      ws.getCell("B4").value = 45142; // 2023-08-04
      ws.getCell("B4").numFmt = "yyyy-mm-dd";
      ws.getCell("C4").value = { richText: [{ text: "海口", font: { bold: true } }, { text: "市政务服务中心" }] };
      ws.getCell("A5").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("B5").value = 10655546.85;
      ws.getCell("C5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("A6").value = true;
      ws.getCell("B6").value = { formula: 'IF(B3>0,"有","无")', result: "有" };
      ws.getCell("C6").value = { text: "海口市人民政府网", hyperlink: "https://www.haikou.gov.cn/" };
      ws.getCell("A7").value = { formula: "SUM(B3:B5)" } as ExcelJS.CellFormulaValue; // never calculated
      ws.getCell("B7").value = { formula: "A6", result: false } as ExcelJS.CellFormulaValue;
      ws.getCell("C7").value = new Date(Date.UTC(2023, 6, 31));
      ws.getCell("C7").numFmt = 'yyyy"年"m"月"d"日"';

      wb.addWorksheet("隐藏", { state: "hidden" }).getCell("B2").value = 1;
      wb.addWorksheet("深度隐藏", { state: "veryHidden" }).getCell("A1").value = "x";
      wb.addWorksheet("空表");
    });
    snap = await readWorkbook(file);
  });

  it("lists sheets in workbook order with their state", () => {
    expect(snap.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["预算执行", false],
      ["隐藏", true],
      ["深度隐藏", true],
      ["空表", false],
    ]);
  });

  it("reads every non-empty cell exactly", () => {
    expect(cellsOf(sheet(snap, "预算执行"))).toStrictEqual({
      A1: { v: "2023年度项目资金预算及执行情况" },
      A2: { v: "资金来源" },
      B2: { v: "全年预算数" },
      C2: { v: "执行率" },
      A3: { v: "财政资金" },
      B3: { v: 11268530.96, fmt: "#,##0.00" },
      C3: { v: 0.9456021275376607, f: "IFERROR(B5/B3,0)", fmt: "0.00%" },
      D3: { v: 22537061.92, f: "B3*2" },
      A4: { v: "10655546.85" },
      B4: { v: 45142, fmt: "yyyy-mm-dd" },
      C4: { v: "海口市政务服务中心" },
      D4: { v: 90284, f: "B4*2" },
      A5: { v: { error: "#DIV/0!" } },
      B5: { v: 10655546.85 },
      C5: { v: { error: "#DIV/0!" }, f: "1/0" },
      D5: { v: 21310093.7, f: "B5*2" },
      A6: { v: true },
      B6: { v: "有", f: 'IF(B3>0,"有","无")' },
      C6: { v: "海口市人民政府网" },
      A7: { v: null, f: "SUM(B3:B5)" },
      B7: { v: false, f: "A6" },
      C7: { v: 45138, fmt: 'yyyy"年"m"月"d"日"' },
    });
  });

  it("gives merges 0-based and inclusive", () => {
    expect(sheet(snap, "预算执行").merges).toStrictEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  it("keeps rows sparse and reads hidden and empty sheets", () => {
    const hidden = sheet(snap, "隐藏");
    expect(hidden.rows.length).toBe(2);
    expect(0 in hidden.rows).toBe(false);
    // Snapshot rows are sparse by design: column A of this row holds nothing.
    // eslint-disable-next-line no-sparse-arrays
    expect(plainRows(hidden)[1]).toStrictEqual([, { v: 1 }]);
    expect(sheet(snap, "深度隐藏").rows).toStrictEqual([[{ v: "x" }]]);
    expect(sheet(snap, "空表")).toStrictEqual({ name: "空表", hidden: false, rows: [], merges: [] });
  });

  it("reads the same from a Buffer", async () => {
    expect(await readWorkbook(fs.readFileSync(file))).toStrictEqual(snap);
  });
});

describe("1904 date system", () => {
  it("turns 1904 serials of date cells into 1900 serials and leaves other numbers alone", async () => {
    const file = await writeExcelJs("d1904.xlsx", (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("合同");
      ws.getCell("A1").value = 43680; // 2023-08-04 counted from 1904-01-01
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("B1").value = 43680;
      ws.getCell("C1").value = 0.5;
      ws.getCell("C1").numFmt = "0.00%";
    });
    const cells = cellsOf(sheet(await readWorkbook(file), "合同"));
    expect(cells).toStrictEqual({
      A1: { v: 45142, fmt: "yyyy-mm-dd" },
      B1: { v: 43680 },
      C1: { v: 0.5, fmt: "0.00%" },
    });
  });
});

describe("hand-made parts", () => {
  const body =
    '<sheetData><x:row r="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>' +
    '<row r="2"><c t="inlineStr"><is><r><t>海口</t></r><r><t xml:space="preserve"> 政务</t></r><rPh sb="0" eb="2"><t>ハイコウ</t></rPh></is></c><c t="s"><v>1</v></c><c s="1"><v>45142</v></c><c s="2"><v>94.56</v></c></row>' +
    '<row r="4"><c r="C4" t="str"><f>_xlfn.CONCAT("_xlfn.",A1)</f><v>第一行_x000D_第二行</v></c><c r="D4" t="e"><f>NA()</f><v>#N/A</v></c><c r="E4" t="d"><v>2023-08-04T00:00:00</v></c><c r="F4" s="3"><v>1</v></c></row>' +
    '</sheetData><mergeCells count="2"><mergeCell ref="A2:B3"/><mergeCell ref="$C$5:$D$6"/></mergeCells>';
  const sst = '<si><t>预算</t><rPh sb="0" eb="2"><t>よさん</t></rPh><phoneticPr fontId="1"/></si><si><r><rPr><b/></rPr><t>执行</t></r><r><t>率</t></r></si>';
  const parts = workbookParts({
    sheets: [{ name: "手工", body }],
    sharedStrings: sst,
    xfs: [0, 31, 164, 10],
    numFmts: { 164: '0.00"%"' },
  });
  const expected = {
    A1: { v: "预算" },
    A2: { v: "海口 政务" },
    B2: { v: "执行率" },
    C2: { v: 45142, fmt: 'yyyy"年"m"月"d"日"' },
    D2: { v: 94.56, fmt: '0.00"%"' },
    C4: { v: "第一行\r第二行", f: 'CONCAT("_xlfn.",A1)' },
    D4: { v: { error: "#N/A" }, f: "NA()" },
    E4: { v: 45142 },
    F4: { v: 1, fmt: "0.00%" },
  };
  const merges = [
    { top: 1, left: 0, bottom: 2, right: 1 },
    { top: 4, left: 2, bottom: 5, right: 3 },
  ];

  it.each([
    ["shared strings and styles before the sheet", ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"]],
    ["sheet first, as Excel writes", ["xl/worksheets/sheet1.xml"]],
    [
      "workbook.xml last, as exceljs writes",
      ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"],
    ],
  ])("reads prefixes, inline and phonetic text, escapes, built-in zh-CN formats whatever the part order: %s", async (_label, order) => {
    const snap = await readWorkbook(zipParts(parts, order));
    expect(snap.sheets).toHaveLength(1);
    expect(cellsOf(snap.sheets[0]!)).toStrictEqual(expected);
    expect(snap.sheets[0]!.merges).toStrictEqual(merges);
  });

  it("shifts 1904 dates even when workbook.xml comes last", async () => {
    const p = workbookParts({
      sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1" s="1"><v>43680</v></c><c r="B1"><v>43680</v></c></row></sheetData>' }],
      xfs: [0, 14],
      date1904: true,
    });
    const snap = await readWorkbook(zipParts(p, ["xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"]));
    expect(cellsOf(snap.sheets[0]!)).toStrictEqual({ A1: { v: 45142, fmt: "yyyy/m/d" }, B1: { v: 43680 } });
  });

  it("translates shared formulas, including absolute parts and ranges", async () => {
    const p = workbookParts({
      sheets: [
        {
          name: "S",
          body:
            '<sheetData><row r="2"><c r="E2"><f t="shared" ref="E2:F4" si="7">IFERROR(D2/C2,0)+SUM($B2:B$3)+COUNT(A:A)</f><v>1</v></c><c r="F2"><f t="shared" si="7"/><v>2</v></c></row>' +
            '<row r="4"><c r="E4"><f t="shared" si="7"/><v>3</v></c></row></sheetData>',
        },
      ],
    });
    const cells = cellsOf((await readWorkbook(zipParts(p))).sheets[0]!);
    expect(cells).toStrictEqual({
      E2: { v: 1, f: "IFERROR(D2/C2,0)+SUM($B2:B$3)+COUNT(A:A)" },
      F2: { v: 2, f: "IFERROR(E2/D2,0)+SUM($B2:C$3)+COUNT(B:B)" },
      E4: { v: 3, f: "IFERROR(D4/C4,0)+SUM($B4:B$3)+COUNT(A:A)" },
    });
  });

  it("keeps CJK text intact across stream chunk boundaries (exceljs's own reader corrupts some)", async () => {
    const n = 20000;
    const file = await writeExcelJs("cjk.xlsx", (wb) => {
      const ws = wb.addWorksheet("台账");
      for (let i = 1; i <= n; i++) ws.getCell(i, 1).value = `海口市政务服务中心第${i}笔支付`;
    });
    const rows = plainRows((await readWorkbook(file)).sheets[0]!);
    expect(rows).toHaveLength(n);
    const wrong = rows.filter((r, i) => r?.[0]?.v !== `海口市政务服务中心第${i + 1}笔支付`);
    expect(wrong).toEqual([]);
  });
});

describe("numbers past the double range", () => {
  it("a budget cell holding 1e400 reads as #NUM!, and the workbook is still checked", async () => {
    const { checkWorkbook } = await import("../../src/core/check");
    const p = workbookParts({
      sheets: [
        {
          name: "预算",
          body:
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>资金来源</t></is></c><c r="B1" t="inlineStr"><is><t>全年预算数</t></is></c>' +
            '<c r="C1" t="inlineStr"><is><t>全年执行数</t></is></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>资金总额</t></is></c><c r="B2"><v>1e400</v></c><c r="C2"><v>-1E+999</v></c></row></sheetData>',
        },
      ],
    });
    const snap = await readWorkbook(zipParts(p));
    expect(cellsOf(snap.sheets[0]!)).toMatchObject({ B2: { v: { error: "#NUM!" } }, C2: { v: { error: "#NUM!" } } });
    expect(() => checkWorkbook(snap)).not.toThrow();
  });
});
