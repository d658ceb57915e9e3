/** Range reads and writes: values, formulas, numberFormat, text, valueTypes, addresses, typed strings, formulas computed. */
import { createExcelEmulator } from "../../src/emulator";
import { date, sheet, workbook } from "../helpers/workbook";
import { budgetEmulator } from "./fixture";

async function read(emu: ReturnType<typeof budgetEmulator>, sheetName: string, address: string) {
  return emu.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheetName).getRange(address).load("values, formulas, numberFormat, text, valueTypes, address");
    await ctx.sync();
    return { values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, text: r.text, valueTypes: r.valueTypes, address: r.address };
  });
}

describe("reading", () => {
  test("values, formulas, numberFormat, text and valueTypes of a budget table", async () => {
    const emu = budgetEmulator();
    const r = await read(emu, "预算", "A2:D4");
    expect(r.values).toEqual([
      ["办公费", 100, 95, 0.95],
      ["差旅费", "200", 150, 0.75],
      ["合计", 300, 245, "#DIV/0!"],
    ]);
    expect(r.formulas).toEqual([
      ["办公费", 100, 95, 0.95],
      ["差旅费", "200", 150, 0.75],
      ["合计", "=SUM(B2:B3)", "=SUM(C2:C3)", "#DIV/0!"],
    ]);
    expect(r.numberFormat[0]).toEqual(["General", "General", "General", "0.00%"]);
    expect(r.text).toEqual([
      ["办公费", "100", "95", "95.00%"],
      ["差旅费", "200", "150", "75.00%"],
      ["合计", "300", "245", "#DIV/0!"],
    ]);
    expect(r.valueTypes).toEqual([
      ["String", "Double", "Double", "Double"],
      ["String", "String", "Double", "Double"],
      ["String", "Double", "Double", "Error"],
    ]);
  });

  test("a number stored as text is a String; a number is a Double", async () => {
    const emu = budgetEmulator();
    const r = await read(emu, "预算", "B2:B3");
    expect(r.values).toEqual([[100], ["200"]]);
    expect(r.valueTypes).toEqual([["Double"], ["String"]]);
  });

  test("text shows a 0.00% format, dates and General numbers as Excel would", async () => {
    const emu = createExcelEmulator(
      workbook(
        sheet("表", [
          [{ v: 0.12345, fmt: "0.00%" }, date(2023, 8, 4, "yyyy年m月d日"), 1234567.891, { v: 1234.5, fmt: "#,##0.00" }, { v: 0, fmt: "0.00%" }, true],
        ])
      )
    );
    const r = await read(emu, "表", "A1:F1");
    expect(r.text).toEqual([["12.35%", "2023年8月4日", "1234567.891", "1,234.50", "0.00%", "TRUE"]]);
    expect(r.values).toEqual([[0.12345, 45142, 1234567.891, 1234.5, 0, true]]);
    expect(r.valueTypes).toEqual([["Double", "Double", "Double", "Double", "Double", "Boolean"]]);
  });

  test("the host's display text in the snapshot is kept until the cell changes", async () => {
    const emu = createExcelEmulator(
      workbook(
        sheet("表", [
          [
            { v: 0.5, fmt: "0%", text: "50%" },
            { v: 3, text: "###" },
          ],
        ])
      )
    );
    expect((await read(emu, "表", "A1:B1")).text).toEqual([["50%", "###"]]);
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("B1").values = [[4]];
    });
    expect((await read(emu, "表", "A1:B1")).text).toEqual([["50%", "4"]]);
  });

  test("empty cells read as '' with valueType Empty", async () => {
    const emu = budgetEmulator();
    const r = await read(emu, "预算", "E1:E2");
    expect(r.values).toEqual([[""], [""]]);
    expect(r.valueTypes).toEqual([["Empty"], ["Empty"]]);
    expect(r.numberFormat).toEqual([["General"], ["General"]]);
  });

  test("addresses quote sheet names the way Excel does", async () => {
    const emu = budgetEmulator();
    expect((await read(emu, "My Sheet", "A1:B2")).address).toBe("'My Sheet'!A1:B2");
    expect((await read(emu, "预算", "C3")).address).toBe("预算!C3");
  });

  test("rowIndex, columnIndex, rowCount, columnCount, getCell and getRangeByIndexes", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      const r = ws.getRangeByIndexes(1, 1, 3, 2).load("address, rowIndex, columnIndex, rowCount, columnCount, cellCount");
      const cell = r.getCell(2, 1).load("address, values");
      const wsCell = ws.getCell(3, 0).load("values");
      const last = r.getLastCell().load("address");
      const row = r.getRow(1).load("address");
      const offset = r.getOffsetRange(1, 1).load("address");
      const resized = r.getResizedRange(1, -1).load("address");
      await ctx.sync();
      expect([r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, r.cellCount]).toEqual(["预算!B2:C4", 1, 1, 3, 2, 6]);
      expect([cell.address, cell.values]).toEqual(["预算!C4", [[245]]]);
      expect(wsCell.values).toEqual([["合计"]]);
      expect([last.address, row.address, offset.address, resized.address]).toEqual(["预算!C4", "预算!B3:C3", "预算!C3:D5", "预算!B2:B5"]);
    });
  });

  test("getUsedRange counts formatted cells unless valuesOnly", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      ws.getRange("F8").format.fill.color = "#FFFF00";
      const all = ws.getUsedRange().load("address");
      const values = ws.getUsedRange(true).load("address");
      await ctx.sync();
      expect(all.address).toBe("预算!A1:F8");
      expect(values.address).toBe("预算!A1:D4");
    });
  });
});

describe("writing", () => {
  test("strings are taken as typed: numbers, formulas, booleans, percentages, dates; '@' and an apostrophe keep text", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("My Sheet");
      ws.getRange("A1:H1").values = [["123", "1,234.5", "TRUE", "12.5%", "2023-08-04", "=1+2", "#N/A", "文字"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2:B2").values = [["001", "'002"]];
    });
    const r = await read(emu, "My Sheet", "A1:H2");
    expect(r.values).toEqual([
      [123, 1234.5, true, 0.125, 45142, 3, "#N/A", "文字"],
      ["001", "002", "", "", "", "", "", ""],
    ]);
    expect(r.valueTypes[0]).toEqual(["Double", "Double", "Boolean", "Double", "Double", "Double", "Error", "String"]);
    expect(r.valueTypes[1]!.slice(0, 2)).toEqual(["String", "String"]);
    expect(r.numberFormat[0]!.slice(0, 5)).toEqual(["General", "#,##0", "General", "0.00%", "yyyy/m/d"]);
    expect(r.formulas[0]![5]).toBe("=1+2");
    expect(r.text[0]!.slice(0, 5)).toEqual(["123", "1,235", "TRUE", "12.50%", "2023/8/4"]);
  });

  test("a null entry leaves its cell alone; '' clears it; a single value fills the range", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      ws.getRange("A2:C2").values = [[null, "", 1]];
      ws.getRange("F1:G2").values = 5 as unknown as unknown[][];
    });
    const r = await read(emu, "预算", "A2:C2");
    expect(r.values).toEqual([["办公费", "", 1]]);
    expect((await read(emu, "预算", "F1:G2")).values).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });

  test("numberFormat writes change the display text", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("预算").getRange("B2:C2");
      r.numberFormat = [["#,##0.00", "0.0%"]];
    });
    expect((await read(emu, "预算", "B2:C2")).text).toEqual([["100.00", "9500.0%"]]);
  });

  test("formulas written through the API are computed (SUM, arithmetic) and kept up to date", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("My Sheet");
      ws.getRange("C1:C3").values = [[10], [20], ["'30"]];
      ws.getRange("D1:D4").formulas = [["=SUM(C1:C3)"], ["=C1*2+C2/4"], ["=SUM('My Sheet'!C1:C2, 预算!B2)"], ["=C1/0"]];
      ws.getRange("E1").formulas = [["=VLOOKUP(1,C1:C3,1,FALSE)"]];
    });
    let r = await read(emu, "My Sheet", "D1:E4");
    // SUM skips the text "30" (written with an apostrophe) in a range, as Excel does.
    expect(r.values.map((row) => row[0])).toEqual([30, 25, 130, "#DIV/0!"]);
    // Unsupported: the formula is kept, its value left empty.
    expect(r.formulas[0]![1]).toBe("=VLOOKUP(1,C1:C3,1,FALSE)");
    expect(r.values[0]![1]).toBe("");
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("My Sheet").getRange("C1").values = [[100]];
    });
    r = await read(emu, "My Sheet", "D1:D2");
    expect(r.values).toEqual([[120], [205]]);
  });

  test("formulas from the snapshot keep their cached values", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("预算").getRange("B2").values = [[1000]];
    });
    // B4 = SUM(B2:B3) came from the file: the emulator does not recalculate it.
    expect(emu.cell("预算", "B4")).toMatchObject({ value: 300, formula: "=SUM(B2:B3)" });
  });

  test("clear() empties contents and formats", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      ws.getRange("D2").format.fill.color = "red";
      ws.getRange("B2:D2").clear("Contents");
    });
    expect(emu.cell("预算", "D2")).toMatchObject({ value: "", numberFormat: "0.00%", fill: "#FF0000" });
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("预算").getRange("D2").clear();
    });
    expect(emu.cell("预算", "D2")).toMatchObject({ value: "", numberFormat: "General", fill: null });
  });
});
