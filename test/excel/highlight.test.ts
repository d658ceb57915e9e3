import { createExcelEmulator, type ExcelEmulator } from "../../src/emulator";
import { clearHighlights, highlightAll, HIGHLIGHT_FILL, HIGHLIGHT_SETTING } from "../../src/excel/highlight";
import { emulate, envOf } from "./helpers";
import { sheet, workbook } from "../helpers/workbook";

const book = () =>
  workbook(
    sheet("预算执行", [
      ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
      ["资金总额", 11265500, 11268530.96, 10655546.85, 0.9456],
      ["财政资金", 11265500, 11268530.96, 10655546.85, 0.9456],
    ]),
    sheet("My Sheet", [
      ["a", "b"],
      [1, 2],
    ]),
    sheet("锁定", [["x", "y"]])
  );

/** Original fills: B2 yellow, C2 white (not the same as no fill), D2 a theme-ish blue; the rest no fill. */
async function paint(emu: ExcelEmulator): Promise<void> {
  await emu.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("预算执行");
    ws.getRange("B2").format.fill.color = "#FFFF00";
    ws.getRange("C2").format.fill.color = "#FFFFFF";
    ws.getRange("D2").format.fill.color = "#DDEBF7";
    context.workbook.worksheets.getItem("My Sheet").getRange("B2").format.fill.color = "#C6EFCE";
    await context.sync();
  });
}

const fills = (emu: ExcelEmulator, cells: Array<[string, string]>) => cells.map(([s, a]) => emu.cell(s, a).fill);

const TARGETS = ["预算执行!B2", "预算执行!C2", "预算执行!D2", "预算执行!E2", "'My Sheet'!A1:B2"];
const CELLS: Array<[string, string]> = [
  ["预算执行", "B2"],
  ["预算执行", "C2"],
  ["预算执行", "D2"],
  ["预算执行", "E2"],
  ["My Sheet", "A1"],
  ["My Sheet", "B1"],
  ["My Sheet", "A2"],
  ["My Sheet", "B2"],
];
const ORIGINAL = ["#FFFF00", "#FFFFFF", "#DDEBF7", null, null, null, null, "#C6EFCE"];

describe("highlightAll / clearHighlights", () => {
  it("highlights, then restores every fill exactly, no fill cleared rather than painted white", async () => {
    const { emu, env } = emulate(book());
    await paint(emu);
    expect(fills(emu, CELLS)).toEqual(ORIGINAL);

    const res = await highlightAll(TARGETS, { env });
    expect(res.skipped).toEqual([]);
    expect(res.highlighted).toEqual([
      "预算执行!B2",
      "预算执行!C2",
      "预算执行!D2",
      "预算执行!E2",
      "'My Sheet'!A1",
      "'My Sheet'!B1",
      "'My Sheet'!A2",
      "'My Sheet'!B2",
    ]);
    expect(fills(emu, CELLS)).toEqual(CELLS.map(() => HIGHLIGHT_FILL));
    expect(res.syncs).toBe(3);

    // The originals are in the workbook itself.
    const stored = JSON.parse(emu.settings()[HIGHLIGHT_SETTING] as string) as Array<{ address: string; fill: string | null }>;
    expect(stored.map((s) => [s.address, s.fill])).toEqual(res.highlighted.map((a, i) => [a, ORIGINAL[i]]));

    const cleared = await clearHighlights({ env });
    expect(cleared.syncs).toBe(2);
    expect(cleared.skipped).toEqual([]);
    expect(fills(emu, CELLS)).toEqual(ORIGINAL);
    expect(emu.settings()[HIGHLIGHT_SETTING]).toBeUndefined();
  });

  it("survives save and reopen between highlight and clear", async () => {
    const first = emulate(book());
    await paint(first.emu);
    await highlightAll(TARGETS, { env: first.env });
    const saved = JSON.parse(JSON.stringify(first.emu.save())); // as it would go to disk

    const reopened = createExcelEmulator.fromSaved(saved);
    expect(fills(reopened, CELLS)).toEqual(CELLS.map(() => HIGHLIGHT_FILL));
    await clearHighlights({ env: envOf(reopened) });
    expect(fills(reopened, CELLS)).toEqual(ORIGINAL);
    expect(reopened.settings()[HIGHLIGHT_SETTING]).toBeUndefined();
  });

  it("keeps the first originals when called twice (the highlight is not saved as an original)", async () => {
    const { emu, env } = emulate(book());
    await paint(emu);
    await highlightAll(["预算执行!B2", "预算执行!E2"], { env });
    const second = await highlightAll(TARGETS, { env });
    expect(second.highlighted).toHaveLength(8);
    expect(fills(emu, CELLS)).toEqual(CELLS.map(() => HIGHLIGHT_FILL));
    await clearHighlights({ env });
    expect(fills(emu, CELLS)).toEqual(ORIGINAL);
  });

  it("skips and reports cells on protected sheets, highlighting the rest", async () => {
    const { emu, env } = emulate(book(), { protectedSheets: ["锁定"] });
    await paint(emu);
    const res = await highlightAll(["锁定!A1", "预算执行!B2", "不存在!A1", "not an address"], { env });
    expect(res.highlighted).toEqual(["预算执行!B2"]);
    expect(res.skipped).toEqual([
      { address: "not an address", reason: "invalid-address" },
      { address: "锁定!A1", reason: "protected" },
      { address: "不存在!A1", reason: "missing-sheet" },
    ]);
    expect(emu.cell("锁定", "A1").fill).toBeNull();
    expect(emu.cell("预算执行", "B2").fill).toBe(HIGHLIGHT_FILL);
    await clearHighlights({ env });
    expect(emu.cell("预算执行", "B2").fill).toBe("#FFFF00");
  });

  it("keeps what it cannot restore yet (the sheet was protected since) for a later clear", async () => {
    const { emu, env } = emulate(book());
    await highlightAll(["锁定!A1", "预算执行!E2"], { env });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("锁定").protection.protect();
      await context.sync();
    });
    const first = await clearHighlights({ env });
    expect(first.restored).toEqual(["预算执行!E2"]);
    expect(first.skipped).toEqual([{ address: "锁定!A1", reason: "protected" }]);
    expect(emu.cell("预算执行", "E2").fill).toBeNull();
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("锁定").protection.unprotect();
      await context.sync();
    });
    const second = await clearHighlights({ env });
    expect(second.restored).toEqual(["锁定!A1"]);
    expect(emu.cell("锁定", "A1").fill).toBeNull();
    expect(emu.settings()[HIGHLIGHT_SETTING]).toBeUndefined();
  });

  it("takes a constant number of syncs however many cells", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i, i * 2]);
    const { emu, env } = emulate(workbook(sheet("台账", rows)));
    const cells = rows.map((_, i) => `台账!B${i + 1}`);
    emu.resetSyncCount();
    const res = await highlightAll(cells, { env });
    expect(res.syncs).toBe(3);
    expect(emu.syncCount).toBe(3);
    const cleared = await clearHighlights({ env });
    expect(cleared.syncs).toBe(2);
    expect(cleared.restored).toHaveLength(300);
    expect(emu.cell("台账", "B300").fill).toBeNull();
  });

  it("nothing stored: clear takes one sync and changes nothing", async () => {
    const { emu, env } = emulate(book());
    await paint(emu);
    const res = await clearHighlights({ env });
    expect(res).toEqual({ restored: [], skipped: [], syncs: 1 });
    expect(fills(emu, CELLS)).toEqual(ORIGINAL);
  });

  it("before ExcelApi 1.9 (no tintAndShade) white cannot be told from no fill and comes back as no fill", async () => {
    const { emu, env } = emulate(book(), { apiVersion: "1.8" });
    await paint(emu);
    await highlightAll(["预算执行!B2", "预算执行!C2", "预算执行!E2"], { env });
    await clearHighlights({ env });
    expect(
      fills(emu, [
        ["预算执行", "B2"],
        ["预算执行", "C2"],
        ["预算执行", "E2"],
      ])
    ).toEqual(["#FFFF00", null, null]);
  });
});
