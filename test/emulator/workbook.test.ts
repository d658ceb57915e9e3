/** Formats, settings, save and reopen, merges, selection and the name box, worksheets. */
import { createExcelEmulator, loadSaved } from "../../src/emulator";
import { sheet, workbook } from "../helpers/workbook";
import { budgetEmulator, rejection } from "./fixture";

describe("fill and font", () => {
  test("fill set and clear; Office.js reads #FFFFFF for no fill, tintAndShade tells them apart", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      ws.getRange("B2").format.fill.color = "yellow";
      ws.getRange("C2").format.fill.color = "#ffffff";
    });
    expect(emu.cell("预算", "B2").fill).toBe("#FFFF00");
    expect(emu.cell("预算", "C2").fill).toBe("#FFFFFF");
    expect(emu.cell("预算", "D2").fill).toBeNull();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      const cells = ["B2", "C2", "D2"].map((a) => ws.getRange(a).format.fill.load("color, tintAndShade"));
      const mixed = ws.getRange("B2:C2").format.fill.load("color");
      await ctx.sync();
      expect(cells.map((f) => f.color)).toEqual(["#FFFF00", "#FFFFFF", "#FFFFFF"]);
      expect(cells.map((f) => f.tintAndShade)).toEqual([0, 0, null]);
      // Cells that differ: null, as Office.js reports mixed formats.
      expect(mixed.color).toBeNull();
      ws.getRange("B2:C2").format.fill.clear();
    });
    expect([emu.cell("预算", "B2").fill, emu.cell("预算", "C2").fill]).toEqual([null, null]);
  });

  test("a colour Excel does not know is InvalidArgument", async () => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("B2").format.fill.color = "not-a-colour";
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("font colour and bold, wrapText, alignment and column width", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("预算").getRange("A1:D1");
      r.format.font.bold = true;
      r.format.font.color = "#C00000";
      r.format.wrapText = true;
      r.format.horizontalAlignment = "Center";
      r.format.columnWidth = 90;
      const back = ctx.workbook.worksheets.getItem("预算").getRange("A1:D1").format.load("wrapText, horizontalAlignment, columnWidth");
      back.font.load("bold, color, name");
      await ctx.sync();
      expect([back.wrapText, back.horizontalAlignment, back.columnWidth, back.font.bold, back.font.color, back.font.name]).toEqual([
        true,
        "Center",
        90,
        true,
        "#C00000",
        "等线",
      ]);
    });
    expect(emu.cell("预算", "C1")).toMatchObject({ bold: true, fontColor: "#C00000" });
    expect(emu.columnWidth("预算", "C")).toBe(90);
    expect(emu.columnWidth("预算", "E")).toBe(48);
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment;
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("set() writes nested properties", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("预算")
        .getRange("A2")
        .set({ values: [["改"]], format: { fill: { color: "#00FF00" }, font: { bold: true } } });
    });
    expect(emu.cell("预算", "A2")).toMatchObject({ value: "改", fill: "#00FF00", bold: true });
  });
});

describe("settings", () => {
  test("add, read with getItemOrNullObject, replace, list and delete", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const settings = ctx.workbook.settings;
      settings.add("selfeval.highlights", { cells: ["预算!B2"], fills: [null] });
      settings.add("n", 1);
      const missing = settings.getItemOrNullObject("nope");
      const got = settings.getItemOrNullObject("n");
      got.load("value");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(got.value).toBe(1);
      settings.add("n", 2);
      const again = settings.getItem("n").load("key, value");
      settings.load("items/key");
      await ctx.sync();
      expect([again.key, again.value]).toEqual(["n", 2]);
      expect(settings.items.map((s) => s.key)).toEqual(["selfeval.highlights", "n"]);
      settings.getItem("n").delete();
    });
    expect(emu.settings()).toEqual({ "selfeval.highlights": { cells: ["预算!B2"], fills: [null] } });
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.settings.getItem("n");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("ItemNotFound");
  });

  test("a setting value is a copy: changing the object afterwards changes nothing", async () => {
    const emu = budgetEmulator();
    const value = { a: [1] };
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.settings.add("k", value);
      await ctx.sync();
      value.a.push(2);
    });
    expect(emu.settings()).toEqual({ k: { a: [1] } });
  });
});

describe("save and reopen", () => {
  test("fills, fonts, settings, widths, visibility, protection, charts and the active sheet survive", async () => {
    const emu = budgetEmulator({ protectedSheets: ["My Sheet"] });
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      ws.getRange("B2:C2").format.fill.color = "#FFFF00";
      ws.getRange("A1").format.font.bold = true;
      ws.getRange("A:A").format.columnWidth = 120;
      ws.getRange("B3").values = [["新值"]];
      ctx.workbook.settings.add("selfeval.highlights", [{ cell: "预算!B2", fill: null }]);
      ws.charts.add("Line", ws.getRange("A1:C4"), "Columns").title.text = "支出进度";
      ctx.workbook.worksheets.getItem("隐藏").visibility = "VeryHidden";
      ws.getRange("C3").select();
    });
    const saved = JSON.parse(JSON.stringify(emu.save())) as ReturnType<typeof emu.save>;
    const reopened = loadSaved(saved);
    expect(reopened.cell("预算", "B2")).toMatchObject({ value: 100, fill: "#FFFF00" });
    expect(reopened.cell("预算", "C2").fill).toBe("#FFFF00");
    expect(reopened.cell("预算", "D2").fill).toBeNull();
    expect(reopened.cell("预算", "A1").bold).toBe(true);
    expect(reopened.cell("预算", "B3").value).toBe("新值");
    expect(reopened.cell("预算", "D2")).toMatchObject({ numberFormat: "0.00%", text: "95.00%" });
    expect(reopened.settings()).toEqual({ "selfeval.highlights": [{ cell: "预算!B2", fill: null }] });
    expect(reopened.columnWidth("预算", "A")).toBe(120);
    expect(reopened.visibility("隐藏")).toBe("VeryHidden");
    expect(reopened.isProtected("My Sheet")).toBe(true);
    expect(reopened.charts("预算").map((c) => c.title)).toEqual(["支出进度"]);
    expect(reopened.selection()).toEqual({ sheet: "预算", address: "C3", activeCell: "C3" });
    expect(reopened.snapshot()).toEqual(emu.snapshot());
    // The reopened workbook answers the API the same way.
    await reopened.Excel.run(async (ctx) => {
      const fill = ctx.workbook.worksheets.getItem("预算").getRange("B2").format.fill.load("color");
      const setting = ctx.workbook.settings.getItemOrNullObject("selfeval.highlights").load("value");
      await ctx.sync();
      expect(fill.color).toBe("#FFFF00");
      expect(setting.value).toEqual([{ cell: "预算!B2", fill: null }]);
    });
  });

  test("createExcelEmulator.fromSaved is the same as loadSaved; a plain snapshot round-trips through snapshot()", () => {
    const emu = budgetEmulator();
    const again = createExcelEmulator.fromSaved(emu.save());
    expect(again.snapshot()).toEqual(emu.snapshot());
    const fromSnapshot = createExcelEmulator(emu.snapshot());
    expect(fromSnapshot.snapshot()).toEqual(emu.snapshot());
    expect(emu.snapshot().sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["预算", false],
      ["My Sheet", false],
      ["隐藏", true],
    ]);
  });

  test("the emulator never changes the snapshot it was given", async () => {
    const book = workbook(sheet("表", [[1]]));
    const copy = JSON.parse(JSON.stringify(book)) as typeof book;
    const emu = createExcelEmulator(book);
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1").values = [[2]];
    });
    expect(book).toEqual(copy);
  });
});

describe("merges", () => {
  test("merge() and getMergedAreasOrNullObject (RangeAreas address and areaCount)", async () => {
    const emu = createExcelEmulator(workbook(sheet("表", [["标题", "丢弃"]])));
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      ws.getRange("A1:C1").merge();
      ws.getRange("D4:E4").merge();
      const areas = ws.getRange("A1:F10").getMergedAreasOrNullObject();
      areas.load("address, areaCount, cellCount");
      areas.areas.load("items/address");
      const none = ws.getRange("A20:B30").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.address).toBe("表!A1:C1, 表!D4:E4");
      expect(areas.areaCount).toBe(2);
      expect(areas.cellCount).toBe(5);
      expect(areas.areas.items.map((r) => r.address)).toEqual(["表!A1:C1", "表!D4:E4"]);
      expect(none.isNullObject).toBe(true);
    });
    // Merging keeps the top-left value only.
    expect([emu.cell("表", "A1").value, emu.cell("表", "B1").value]).toEqual(["标题", ""]);
    expect(emu.snapshot().sheets[0]!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 3, left: 3, bottom: 3, right: 4 },
    ]);
  });

  test("only merged areas whose top-left cell lies in the range are reported, whole", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("预算");
      const fromTopLeft = ws.getRange("A6:B6").getMergedAreasOrNullObject().load("address");
      const fromInside = ws.getRange("B6:D6").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(fromTopLeft.address).toBe("预算!A6:D6");
      expect(fromInside.isNullObject).toBe(true);
    });
  });

  test("merge(true) merges each row; unmerge() removes the merges", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("My Sheet");
      ws.getRange("A5:C6").merge(true);
      const areas = ws.getRange("A1:Z100").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      expect(areas.address).toBe("'My Sheet'!A5:C5, 'My Sheet'!A6:C6");
      ws.getRange("A5:C6").unmerge();
      const after = ws.getRange("A1:Z100").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(after.isNullObject).toBe(true);
    });
  });
});

describe("selection and the name box", () => {
  test("the workbook opens on the first visible sheet with A1 selected", () => {
    const emu = createExcelEmulator(workbook(sheet("藏", [], { hidden: true }), sheet("显", [])));
    expect(emu.selection()).toEqual({ sheet: "显", address: "A1", activeCell: "A1" });
  });

  test("range.select() activates the sheet and selects the range", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("My Sheet").getRange("B3:C4").select();
      await ctx.sync();
      const selected = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      const cell = ctx.workbook.getActiveCell().load("address");
      await ctx.sync();
      expect([selected.address, active.name, cell.address]).toEqual(["'My Sheet'!B3:C4", "My Sheet", "'My Sheet'!B3"]);
    });
    expect(emu.selection()).toEqual({ sheet: "My Sheet", address: "B3:C4", activeCell: "B3" });
    expect(emu.activeSheet()).toBe("My Sheet");
  });

  test("each sheet keeps its own selection; activate() returns to it", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("预算").getRange("D4").select();
      ctx.workbook.worksheets.getItem("My Sheet").getRange("A2").select();
      ctx.workbook.worksheets.getItem("预算").activate();
    });
    expect(emu.selection()).toEqual({ sheet: "预算", address: "D4", activeCell: "D4" });
  });

  test("a hidden sheet cannot be activated or selected in", async () => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("隐藏").getRange("A1").select();
      })
    );
    expect(e.code).toBe("GeneralException");
    expect(emu.activeSheet()).toBe("预算");
  });

  test("userSelect changes the selection as a click would, and getSelectedRange follows", async () => {
    const emu = budgetEmulator();
    const events: boolean[] = [];
    emu.onChange((e) => events.push(e.contentChanged));
    emu.userSelect("预算", "B2:C3");
    const address = await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("预算!B2:C3");
    expect(events[0]).toBe(false);
  });
});

describe("worksheets", () => {
  test("add, rename, move, hide and delete", async () => {
    const emu = budgetEmulator();
    await emu.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const report = sheets.add("自评报告");
      report.load("name, position, visibility");
      const unnamed = sheets.add();
      unnamed.load("name");
      await ctx.sync();
      expect([report.name, report.position, report.visibility, unnamed.name]).toEqual(["自评报告", 3, "Visible", "Sheet5"]);
      unnamed.name = "临时";
      report.position = 0;
      sheets.getItem("My Sheet").visibility = "Hidden";
      await ctx.sync();
      sheets.getItem("临时").delete();
    });
    expect(emu.sheetNames()).toEqual(["自评报告", "预算", "My Sheet", "隐藏"]);
    expect(emu.visibility("My Sheet")).toBe("Hidden");
  });

  test("a duplicate name is ItemAlreadyExists; an invalid one InvalidArgument", async () => {
    const emu = budgetEmulator();
    const dup = await rejection(emu.Excel.run(async (ctx) => void ctx.workbook.worksheets.add("预算")));
    expect(dup.code).toBe("ItemAlreadyExists");
    const dupCase = await rejection(emu.Excel.run(async (ctx) => void ctx.workbook.worksheets.add("my sheet")));
    expect(dupCase.code).toBe("ItemAlreadyExists");
    for (const bad of ["a/b", "[x]", "x".repeat(32), "'q"]) {
      const e = await rejection(emu.Excel.run(async (ctx) => void ctx.workbook.worksheets.add(bad)));
      expect(e.code).toBe("InvalidArgument");
    }
  });

  test("deleting the active sheet activates a neighbour; the last visible sheet and very hidden sheets cannot go", async () => {
    const emu = createExcelEmulator(workbook(sheet("一", []), sheet("二", []), sheet("三", [], { hidden: true })));
    await emu.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("一").delete();
    });
    expect(emu.activeSheet()).toBe("二");
    expect((await rejection(emu.Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("二").delete()))).code).toBe("GeneralException");
    expect((await rejection(emu.Excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("二").visibility = "Hidden")))).code).toBe("GeneralException");
    await emu.Excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("三").visibility = "VeryHidden"));
    expect((await rejection(emu.Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("三").delete()))).code).toBe("GeneralException");
    expect(emu.sheetNames()).toEqual(["二", "三"]);
  });

  test("a proxy of a deleted sheet fails with ItemNotFound", async () => {
    const emu = budgetEmulator();
    const e = await rejection(
      emu.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("My Sheet");
        ws.delete();
        ws.getRange("A1").values = [[1]];
        await ctx.sync();
      })
    );
    expect(e.code).toBe("ItemNotFound");
  });
});

describe("onChange", () => {
  test("listeners hear every sync that ran something, with whether content changed", async () => {
    const emu = budgetEmulator();
    const seen: Array<[number, boolean]> = [];
    const off = emu.onChange((e) => seen.push([e.sync, e.contentChanged]));
    await emu.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("预算").getRange("A1").load("values");
      await ctx.sync();
      r.values = [["x"]];
      await ctx.sync();
    });
    off();
    await emu.Excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("预算").getRange("A1").values = [["y"]]));
    // The final sync of the first run had nothing queued: no event.
    expect(seen).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});
