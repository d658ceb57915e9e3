/** Errors and limits: ItemNotFound, InvalidArgument, AccessDenied without partial application, the cell limit, ApiNotFound (the payload limit is the host's: test/officejs/payload.test.ts). */
import { budgetEmulator, rejection } from "./fixture";

describe("bad references", () => {
  test.each(["ZZZZ1", "A0", "XFE1", "A1048577", "A1:B", "Sheet1", "1", "其他!A1"])("getRange(%p) rejects with InvalidArgument", async (address) => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange(address);
        await ctx.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
    expect(e.debugInfo.errorLocation).toBe("Worksheet.getRange");
  });

  test("the grid's last cell, whole columns and whole rows are fine", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      const last = ws.getRange("XFD1048576").load("address");
      const cols = ws.getRange("b:c").load("address, isEntireColumn");
      const rows = ws.getRange("2:3").load("address, isEntireRow");
      const all = ws.getRange().load("address");
      const abs = ws.getRange("$B$2:$C$3").load("address");
      const own = ws.getRange("预算!B2").load("address");
      await ctx.sync();
      expect([last.address, cols.address, rows.address, all.address, abs.address, own.address]).toEqual([
        "预算!XFD1048576",
        "预算!B:C",
        "预算!2:3",
        "预算!1:1048576",
        "预算!B2:C3",
        "预算!B2",
      ]);
      expect([cols.isEntireColumn, rows.isEntireRow]).toEqual([true, true]);
    });
  });

  test("getCell and getRangeByIndexes outside the grid reject with InvalidArgument", async () => {
    const emu = budgetEmulator();
    for (const make of [
      (ws: Excel.Worksheet) => ws.getCell(-1, 0),
      (ws: Excel.Worksheet) => ws.getRangeByIndexes(0, 16_380, 1, 10),
      (ws: Excel.Worksheet) => ws.getRangeByIndexes(0, 0, 0, 1),
    ]) {
      const e = await rejection(
        emu.Excel.run(async (ctx) => {
          make(ctx.workbook.worksheets.getItem("预算"));
          await ctx.sync();
        })
      );
      expect(e.code).toBe("InvalidArgument");
    }
  });

  test("values of the wrong shape reject with InvalidArgument", async () => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });
});

describe("protected sheets", () => {
  const protectedEmu = () => budgetEmulator({ protectedSheets: ["预算"] });

  test("reading a protected sheet is allowed", async () => {
    const emu = protectedEmu();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      const r = ws.getRange("A1:B2").load("values");
      ws.protection.load("protected");
      await ctx.sync();
      expect(r.values[1]).toEqual(["办公费", 100]);
      expect(ws.protection.protected).toBe(true);
    });
  });

  test.each<[string, (r: Excel.Range) => void]>([
    ["values", (r) => (r.values = [["x"]])],
    ["formulas", (r) => (r.formulas = [["=1+1"]])],
    ["numberFormat", (r) => (r.numberFormat = [["0.00"]])],
    ["format.fill.color", (r) => (r.format.fill.color = "#FFFF00")],
    ["format.fill.clear()", (r) => r.format.fill.clear()],
    ["format.font.color", (r) => (r.format.font.color = "#FF0000")],
    ["format.font.bold", (r) => (r.format.font.bold = true)],
    ["format.wrapText", (r) => (r.format.wrapText = true)],
    ["format.columnWidth", (r) => (r.format.columnWidth = 100)],
    ["merge()", (r) => r.getResizedRange(0, 1).merge()],
    ["clear()", (r) => r.clear()],
  ])("writing %s is AccessDenied", async (_name, write) => {
    const emu = protectedEmu();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        write(ctx.workbook.worksheets.getItem("预算").getRange("B2"));
        await ctx.sync();
      })
    );
    expect(e).toBeInstanceOf(emu.OfficeExtension.Error);
    expect(e.code).toBe("AccessDenied");
    expect(emu.cell("预算", "B2")).toEqual(budgetEmulator().cell("预算", "B2"));
  });

  test("a failed sync keeps the writes before the failure and applies none after it", async () => {
    const emu = protectedEmu();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        const other = ctx.workbook.worksheets.getItem("My Sheet");
        other.getRange("A1").values = [["before"]];
        // Two cells of the protected sheet in one write: neither changes.
        ctx.workbook.worksheets.getItem("预算").getRange("B2:B3").values = [[1], [2]];
        other.getRange("A2").values = [["after"]];
        other.getRange("A1").format.fill.color = "yellow";
        await ctx.sync();
      })
    );
    expect(e.code).toBe("AccessDenied");
    expect(e.debugInfo.errorLocation).toBe("Range.values");
    expect(emu.cell("My Sheet", "A1").value).toBe("before");
    expect(emu.cell("My Sheet", "A2").value).toBe("");
    expect(emu.cell("My Sheet", "A1").fill).toBeNull();
    expect([emu.cell("预算", "B2").value, emu.cell("预算", "B3").value]).toEqual([100, "200"]);
  });

  test("loads of a failed sync are not delivered", async () => {
    const emu = protectedEmu();
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("My Sheet").getRange("A1").load("values");
      ctx.workbook.worksheets.getItem("预算").getRange("B2").values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      // The context stays usable after a failed sync.
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([["x"]]);
    });
  });

  test("protect() and unprotect() change what may be written", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("My Sheet").protection.protect();
    });
    expect(emu.isProtected("My Sheet")).toBe(true);
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("My Sheet").getRange("A1").values = [["y"]];
      })
    );
    expect(e.code).toBe("AccessDenied");
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("My Sheet");
      ws.protection.unprotect();
      ws.getRange("A1").values = [["y"]];
    });
    expect(emu.cell("My Sheet", "A1").value).toBe("y");
  });
});

describe("cell limit", () => {
  test("loading the values of a range over 5,000,000 cells rejects with RangeExceedsLimit", async () => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("A:E").load("values");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("RangeExceedsLimit");
  });

  test("the address of a huge range loads fine; the limit is about cell data", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("预算").getRange().load("address, cellCount");
      await ctx.sync();
      expect(r.address).toBe("预算!1:1048576");
      expect(r.cellCount).toBe(1_048_576 * 16_384);
    });
  });

  test("the cellLimit option sets the limit", async () => {
    const emu = budgetEmulator({ cellLimit: 10 });
    await emu.Excel.run(async (ctx) => {
      const ok = ctx.workbook.worksheets.getItem("预算").getRange("A1:B5").load("text");
      await ctx.sync();
      expect(ok.text).toHaveLength(5);
      ctx.workbook.worksheets.getItem("预算").getRange("A1:C4").load("valueTypes");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
  });
});

describe("requirement sets", () => {
  test("an API above apiVersion fails with ApiNotFound at sync, and isSetSupported says so beforehand", async () => {
    const emu = budgetEmulator({ apiVersion: "1.3" });
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", "1.3")).toBe(true);
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(false);
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.settings.add("k", 1);
        await ctx.sync();
      })
    );
    expect(e.code).toBe("ApiNotFound");
    const e2 = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("A1").getMergedAreasOrNullObject();
        await ctx.sync();
      })
    );
    expect(e2.code).toBe("ApiNotFound");
  });

  test("the default apiVersion is 1.17", () => {
    const emu = budgetEmulator();
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", 1.9)).toBe(true);
    expect(emu.Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});
