/** Charts for the report: add, title, position, series from ranges; kept in the model and listed by emu.charts(). */
import { createExcelEmulator } from "../../src/emulator";
import { sheet, workbook } from "../helpers/workbook";
import { rejection } from "./fixture";

const months = Array.from({ length: 12 }, (_, i) => [`${i + 1}月`, (i + 1) * 10, 120]);
const reportBook = () => workbook(sheet("自评报告", [["月份", "累计支出", "全年预算数"], ...months]));

describe("charts", () => {
  test("add, title, setPosition, and the series Excel derives from a headed table", async () => {
    const emu = createExcelEmulator(reportBook());
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评报告");
      const chart = ws.charts.add(emu.Excel.ChartType.line, ws.getRange("A1:C13"), emu.Excel.ChartSeriesBy.columns);
      chart.title.text = "支出进度";
      chart.setPosition("E2", "L20");
      chart.load("name");
      chart.series.load("items/name");
      await ctx.sync();
      expect(chart.name).toBe("图表 1");
      expect(chart.series.items.map((s) => s.name)).toEqual(["累计支出", "全年预算数"]);
    });
    expect(emu.charts("自评报告")).toEqual([
      {
        id: expect.any(String),
        name: "图表 1",
        type: "Line",
        title: "支出进度",
        source: "自评报告!A1:C13",
        seriesBy: "Columns",
        from: "E2",
        to: "L20",
        series: [
          { name: "累计支出", values: "自评报告!B2:B13", xValues: "自评报告!A2:A13" },
          { name: "全年预算数", values: "自评报告!C2:C13", xValues: "自评报告!A2:A13" },
        ],
      },
    ]);
  });

  test("series built one by one with add(name), setValues and setXAxisValues (ExcelApi 1.7)", async () => {
    const emu = createExcelEmulator(reportBook());
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评报告");
      const chart = ws.charts.add("LineMarkers", ws.getRange("B2:B13"), "Columns");
      const first = chart.series.getItemAt(0);
      first.name = "累计支出";
      first.setXAxisValues(ws.getRange("A2:A13"));
      const line = chart.series.add("全年预算数");
      line.setValues(ws.getRange("C2:C13"));
      line.setXAxisValues(ws.getRange("A2:A13"));
      chart.setPosition(ws.getRange("E2"), ws.getRange("L20"));
      ws.charts.load("items/name, count");
      await ctx.sync();
      expect(ws.charts.items.map((c) => c.name)).toEqual(["图表 1"]);
      expect(ws.charts.count).toBe(1);
    });
    const [chart] = emu.charts("自评报告");
    expect(chart!.series).toEqual([
      { name: "累计支出", values: "自评报告!B2:B13", xValues: "自评报告!A2:A13" },
      { name: "全年预算数", values: "自评报告!C2:C13", xValues: "自评报告!A2:A13" },
    ]);
    expect([chart!.from, chart!.to]).toEqual(["E2", "L20"]);
  });

  test("getItem, getItemOrNullObject, delete", async () => {
    const emu = createExcelEmulator(reportBook());
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评报告");
      ws.charts.add("ColumnClustered", ws.getRange("A1:B13"), "Auto");
      await ctx.sync();
      const missing = ws.charts.getItemOrNullObject("没有");
      const found = ws.charts.getItem("图表 1").load("chartType");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.chartType).toBe("ColumnClustered");
      found.delete();
    });
    expect(emu.charts("自评报告")).toEqual([]);
  });

  test("adding a chart to a protected sheet is AccessDenied", async () => {
    const emu = createExcelEmulator(reportBook(), { protectedSheets: ["自评报告"] });
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("自评报告");
        ws.charts.add("Line", ws.getRange("A1:C13"), "Columns");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("AccessDenied");
    expect(emu.charts("自评报告")).toEqual([]);
  });

  test("English display language names charts and series the English way", async () => {
    const emu = createExcelEmulator(
      workbook(
        sheet("S", [
          [1, 2],
          [3, 4],
          [5, 6],
        ])
      ),
      { displayLanguage: "en-US" }
    );
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.charts.add("Line", ws.getRange("A1:B3"), "Auto");
    });
    expect(emu.charts("S")[0]).toMatchObject({ name: "Chart 1", seriesBy: "Columns", series: [{ name: "Series1" }, { name: "Series2" }] });
  });
});
