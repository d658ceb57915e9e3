import { selectCells } from "../../src/excel/select";
import { emulate } from "./helpers";
import { sheet, workbook } from "../helpers/workbook";

const book = () =>
  workbook(
    sheet("预算执行", [
      ["资金来源", "全年预算数"],
      ["资金总额", 100],
    ]),
    sheet("My Sheet", [
      ["a", "b", "c"],
      [1, 2, 3],
    ]),
    sheet("O'Brien 2023", [["x"]]),
    sheet("隐藏", [["y"]], { hidden: true })
  );

// Microsoft's client library over the emulated host.
describe("selectCells (emulated Excel)", () => {
  it("activates a quoted sheet and selects the cell, in one sync; the name box shows the cell", async () => {
    const { emu, env } = emulate(book());
    const res = await selectCells(["'My Sheet'!C2"], { env });
    expect(res).toEqual({ sheet: "My Sheet", selected: "C2", syncs: 1 });
    expect(emu.activeSheet()).toBe("My Sheet");
    expect(emu.selection()).toEqual({ sheet: "My Sheet", address: "C2", activeCell: "C2" });
    // What the add-in reads back for the selection is the same sheet-qualified address it was given.
    const address = await emu.Excel.run(async (context) => {
      const r = context.workbook.getSelectedRange();
      r.load("address");
      await context.sync();
      return r.address;
    });
    expect(address).toBe("'My Sheet'!C2");
  });

  it("handles apostrophes in sheet names and ranges", async () => {
    const { emu, env } = emulate(book());
    await selectCells(["'O''Brien 2023'!A1:B3"], { env });
    expect(emu.selection()).toEqual({ sheet: "O'Brien 2023", address: "A1:B3", activeCell: "A1" });
  });

  it("selects the first cell when several are on the sheet (ExcelApi below 1.18: no RangeAreas.select)", async () => {
    const { emu, env } = emulate(book(), { apiVersion: "1.17" });
    const res = await selectCells(["预算执行!B2", "预算执行!A1", "'My Sheet'!A1"], { env });
    expect(res?.selected).toBe("B2");
    expect(emu.selection()).toEqual({ sheet: "预算执行", address: "B2", activeCell: "B2" });
  });

  it("goes back from another sheet to the finding's sheet", async () => {
    const { emu, env } = emulate(book());
    emu.userSelect("My Sheet", "A1");
    await selectCells(["预算执行!B2"], { env });
    expect(emu.selection().sheet).toBe("预算执行");
    expect(emu.selection().address).toBe("B2");
  });

  it("fails (as Excel does) for a missing sheet, leaving the selection", async () => {
    const { emu, env } = emulate(book());
    emu.userSelect("My Sheet", "B1");
    await expect(selectCells(["不存在!A1"], { env })).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(emu.selection()).toEqual({ sheet: "My Sheet", address: "B1", activeCell: "B1" });
  });

  it("cannot show a cell on a hidden sheet: Excel refuses to activate it, and nothing moves", async () => {
    const { emu, env } = emulate(book());
    emu.userSelect("My Sheet", "B1");
    await expect(selectCells(["隐藏!A1"], { env })).rejects.toHaveProperty("code");
    expect(emu.selection().sheet).toBe("My Sheet");
  });
});
