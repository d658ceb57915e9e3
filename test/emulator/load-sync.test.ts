/** The request model: proxies, load forms, PropertyNotLoaded, queued writes, OrNullObject, sync counting. */
import { createExcelEmulator } from "../../src/emulator";
import { sheet, workbook } from "../helpers/workbook";
import { budgetEmulator, rejection, thrown } from "./fixture";

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("预算").getRange("B2");
      const e1 = thrown(() => range.values);
      expect(e1).toBeInstanceOf(emu.OfficeExtension.Error);
      expect(e1.code).toBe("PropertyNotLoaded");
      range.load("values");
      // Loaded but not yet synced: still not available.
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(range.values).toEqual([[100]]);
      // Only what was loaded is readable.
      expect(thrown(() => range.numberFormat).code).toBe("PropertyNotLoaded");
    });
  });

  test("load accepts comma lists, arrays, select options, option objects and paths", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      const a = ws.getRange("D2").load("values, numberFormat");
      const b = ws.getRange("D2").load(["text"]);
      const c = ws.getRange("D2").load({ select: "address, valueTypes" });
      const d = ws.getRange("D2").load({ values: true, format: { font: { bold: true } } });
      const e = ws.getRange("D2").load("format/fill/color");
      await ctx.sync();
      expect(a.values).toEqual([[0.95]]);
      expect(a.numberFormat).toEqual([["0.00%"]]);
      expect(b.text).toEqual([["95.00%"]]);
      expect(c.address).toBe("预算!D2");
      expect(c.valueTypes).toEqual([["Double"]]);
      expect(d.values).toEqual([[0.95]]);
      expect(d.format.font.bold).toBe(false);
      expect(e.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("load() without arguments loads the scalar properties", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("预算").getRange("A1:B2").load();
      await ctx.sync();
      expect(r.address).toBe("预算!A1:B2");
      expect(r.values).toEqual([
        ["项目", "预算数"],
        ["办公费", 100],
      ]);
      expect(r.rowCount).toBe(2);
    });
  });

  test("collections load items with 'items/name' or plain property names", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(thrown(() => sheets.items).code).toBe("PropertyNotLoaded");
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["预算", "My Sheet", "隐藏"]);
      // Items loaded with "name" only.
      expect(thrown(() => sheets.items[0]!.visibility).code).toBe("PropertyNotLoaded");
      // ctx.workbook.worksheets is the same proxy each time: a new load replaces its items.
      expect(ctx.workbook.worksheets).toBe(sheets);
      sheets.load("name, visibility, position");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ["预算", "Visible", 0],
        ["My Sheet", "Visible", 1],
        ["隐藏", "Hidden", 2],
      ]);
      const paged = ctx.workbook.worksheets.load({ select: "name", top: 1, skip: 1 });
      await ctx.sync();
      expect(paged.items.map((s) => s.name)).toEqual(["My Sheet"]);
    });
  });

  test("loading a property the class does not have fails the sync with InvalidArgument", async () => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("A1").load("valuez");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("a load sees the writes queued before it in the same batch", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("预算").getRange("B2");
      const before = ctx.workbook.worksheets.getItem("预算").getRange("B2").load("values");
      r.values = [[111]];
      const after = ctx.workbook.worksheets.getItem("预算").getRange("B2").load("values");
      await ctx.sync();
      expect(before.values).toEqual([[100]]);
      expect(after.values).toEqual([[111]]);
    });
  });

  test("setters queue writes: nothing changes until sync, then they apply in order", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("预算").getRange("B2");
      r.values = [[1]];
      r.values = [[2]];
      // The set value reads back locally at once, as in Office.js.
      expect(r.values).toEqual([[2]]);
      expect(emu.cell("预算", "B2").value).toBe(100);
      await ctx.sync();
      expect(emu.cell("预算", "B2").value).toBe(2);
    });
  });

  test("the queue left at the end of Excel.run is flushed by its implicit sync", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("预算").getRange("B2").values = [[7]];
    });
    expect(emu.cell("预算", "B2").value).toBe(7);
  });

  test("syncCount counts round trips: a sync with something queued, Excel.run's closing flush included when it carries work", async () => {
    const emu = budgetEmulator();
    expect(emu.syncCount).toBe(0);
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      // Nothing queued: Office.js resolves it without a round trip.
      await ctx.sync();
    });
    expect(emu.syncCount).toBe(1);
    await emu.Excel.run(async (ctx) => {
      // Left queued: Excel.run's closing flush sends it.
      ctx.workbook.worksheets.getItem("预算").getRange("B2").values = [[7]];
    });
    expect(emu.syncCount).toBe(2);
    await emu.Excel.run(async () => {});
    expect(emu.syncCount).toBe(2);
    emu.resetSyncCount();
    expect(emu.syncCount).toBe(0);
  });

  test("Excel.run rejects a batch that does not return a promise", async () => {
    const emu = budgetEmulator();
    const run = emu.Excel.run as unknown as (b: () => unknown) => Promise<unknown>;
    expect((await rejection(run(() => 1))).code).toBe("RunMustReturnPromise");
  });

  test("Excel.run resolves with the batch's value and rejects with its error", async () => {
    const emu = budgetEmulator();
    await expect(emu.Excel.run(async () => 42)).resolves.toBe(42);
    await expect(
      emu.Excel.run(async () => {
        throw new Error("boom");
      })
    ).rejects.toThrow("boom");
  });

  test("ClientResult values are readable after the sync", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      const visible = ctx.workbook.worksheets.getCount(true);
      expect(thrown(() => count.value).code).toBe("ValueNotLoaded");
      await ctx.sync();
      expect([count.value, visible.value]).toEqual([3, 2]);
    });
  });
});

describe("OrNullObject", () => {
  test("getItemOrNullObject: isNullObject readable after sync, without loading it", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("没有");
      const present = ctx.workbook.worksheets.getItemOrNullObject("预算");
      present.load("name");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("预算");
    });
  });

  test("properties of a null object read as undefined; writes and calls on it do nothing", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("没有");
      missing.load("name");
      // The delete-if-exists idiom.
      ctx.workbook.worksheets.getItemOrNullObject("没有").delete();
      await ctx.sync();
      expect(missing.name).toBeUndefined();
    });
    expect(emu.sheetNames()).toEqual(["预算", "My Sheet", "隐藏"]);
  });

  test("the non-OrNull forms reject the sync with ItemNotFound, even when nothing is loaded from them", async () => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("没有");
        await ctx.sync();
      })
    );
    expect(e).toBeInstanceOf(emu.OfficeExtension.Error);
    expect(e.code).toBe("ItemNotFound");
    expect(e.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  test("sheet names match case-insensitively, as in Excel", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("my sheet").load("name");
      await ctx.sync();
      expect(s.name).toBe("My Sheet");
    });
  });

  test("getUsedRangeOrNullObject is null on a blank sheet; getUsedRange gives A1 there", async () => {
    const emu = createExcelEmulator(workbook(sheet("空", []), sheet("满", [[1]])));
    await emu.Excel.run(async (ctx) => {
      const blank = ctx.workbook.worksheets.getItem("空");
      const orNull = blank.getUsedRangeOrNullObject();
      const used = blank.getUsedRange().load("address");
      const full = ctx.workbook.worksheets.getItem("满").getUsedRangeOrNullObject().load("address");
      await ctx.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(used.address).toBe("空!A1");
      expect(full.isNullObject).toBe(false);
      expect(full.address).toBe("满!A1");
    });
  });

  test("Range.getUsedRange throws ItemNotFound on an unused part; the OrNull form gives a null object", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const far = ctx.workbook.worksheets.getItem("预算").getRange("Z100:Z200");
      const orNull = far.getUsedRangeOrNullObject();
      await ctx.sync();
      expect(orNull.isNullObject).toBe(true);
    });
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("Z100:Z200").getUsedRange();
        await ctx.sync();
      })
    );
    expect(e.code).toBe("ItemNotFound");
  });
});

describe("context odds and ends", () => {
  test("application.suspendApiCalculationUntilNextSync is accepted; range.worksheet navigates; toJSON shows what was loaded", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      const r = ctx.workbook.worksheets.getItem("My Sheet").getRange("A1:B1").load("values");
      r.worksheet.load("name");
      r.format.fill.load("color");
      await ctx.sync();
      expect(r.worksheet.name).toBe("My Sheet");
      expect(JSON.parse(JSON.stringify(r))).toEqual({ values: [["x", 1]], worksheet: { name: "My Sheet" }, format: { fill: { color: "#FFFFFF" } } });
    });
  });

  test("a context cannot sync once its Excel.run has finished", async () => {
    const emu = budgetEmulator();
    let saved: Excel.RequestContext | null = null;
    await emu.Excel.run(async (ctx) => {
      saved = ctx;
    });
    const e = await rejection(saved!.sync());
    expect(e.code).toBe("InvalidRequestContext");
  });

  test("assigning a property the emulation does not have fails loudly instead of doing nothing", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const font = ctx.workbook.worksheets.getItem("预算").getRange("A1").format.font;
      expect(() => {
        font.underline = "Single";
      }).toThrow(TypeError);
    });
  });
});
