/** The Office namespace, install/uninstall on globals, ribbon actions, and one cross-check against office-addin-mock. */
import { OfficeMockObject } from "office-addin-mock";
import { budgetEmulator } from "./fixture";

/** Add-in style code: uses the global Excel, as the task pane does. */
async function markSelection(): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    range.format.fill.color = "yellow";
    await context.sync();
    return range.address;
  });
}

describe("Office", () => {
  test("onReady, host, display language, theme, HostType", async () => {
    const theme = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#EEEEEE" };
    const emu = budgetEmulator({ theme });
    await expect(emu.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    const seen: unknown[] = [];
    await emu.Office.onReady((info) => seen.push(info));
    expect(seen).toEqual([{ host: "Excel", platform: "PC" }]);
    expect(emu.Office.context.displayLanguage).toBe("zh-CN");
    expect(emu.Office.context.officeTheme).toEqual(theme);
    expect(emu.Office.HostType.Excel).toBe("Excel");
    expect(budgetEmulator({ displayLanguage: "en-US" }).Office.context.displayLanguage).toBe("en-US");
  });

  test("install sets the globals the add-in uses and uninstall restores them", async () => {
    const emu = budgetEmulator();
    const g = globalThis as Record<string, unknown>;
    expect(g.Excel).toBeUndefined();
    emu.install();
    try {
      expect(g.Excel).toBe(emu.Excel);
      expect(g.Office).toBe(emu.Office);
      expect(g.OfficeExtension).toBe(emu.OfficeExtension);
      expect(Excel.SheetVisibility.veryHidden).toBe("VeryHidden");
      expect(Excel.RangeValueType.double).toBe("Double");
      expect(Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
      expect(OfficeExtension.ErrorCodes.propertyNotLoaded).toBe("PropertyNotLoaded");
      const names = await Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      });
      expect(names).toEqual(["预算", "My Sheet", "隐藏"]);
      // A context made with new Excel.RequestContext() works too.
      const ctx = new Excel.RequestContext();
      const r = ctx.workbook.worksheets.getItem("预算").getRange("A1").load("values");
      await ctx.sync();
      expect(r.values).toEqual([["项目"]]);
    } finally {
      emu.uninstall();
    }
    expect(g.Excel).toBeUndefined();
    const target: Record<string, unknown> = { Excel: "old" };
    emu.install(target);
    expect(target.Excel).toBe(emu.Excel);
    emu.uninstall();
    expect(target).toEqual({ Excel: "old" });
  });

  test("ribbon commands associated with Office.actions run through runAction", async () => {
    const emu = budgetEmulator();
    emu.Office.actions.associate("highlight", (event) => {
      void emu.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("预算").getRange("B3").format.fill.color = "#FFC000";
      }).then(() => (event as { completed(): void }).completed());
    });
    await emu.runAction("highlight");
    expect(emu.cell("预算", "B3").fill).toBe("#FFC000");
    await expect(emu.runAction("nope")).rejects.toThrow(/no action/);
  });

  test("code written against office-addin-mock runs unchanged on the emulator", async () => {
    const g = globalThis as Record<string, unknown>;
    // As in the office-addin-mock README: the mock stands in for Excel.
    const mockData = {
      context: {
        workbook: {
          range: { address: "G4", format: { fill: {} } },
          getSelectedRange: function () {
            return this.range;
          },
        },
      },
      run: async function (callback: (ctx: unknown) => Promise<unknown>) {
        return callback(this.context);
      },
    };
    const excelMock = new OfficeMockObject(mockData);
    g.Excel = excelMock;
    try {
      expect(await markSelection()).toBe("G4");
      expect(excelMock.context.workbook.range.format.fill.color).toBe("yellow");
    } finally {
      delete g.Excel;
    }

    const emu = budgetEmulator();
    emu.userSelect("预算", "B2:C2");
    emu.install();
    try {
      expect(await markSelection()).toBe("预算!B2:C2");
    } finally {
      emu.uninstall();
    }
    // The emulator also applies the write, with Excel's colour normalisation.
    expect([emu.cell("预算", "B2").fill, emu.cell("预算", "C2").fill]).toEqual(["#FFFF00", "#FFFF00"]);
  });
});
