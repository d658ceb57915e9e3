import { createExcelEmulator, type ExcelEmulator } from "../../src/emulator";
import { clearHighlights, highlightAll, HIGHLIGHT_FILL, HIGHLIGHT_SETTING, STORE_SHEET } from "../../src/excel/highlight";
import { BASIS_FILL, marksOf, WRONG_FILL } from "../../src/excel/marks";
import { readWorkbook } from "../../src/excel/read";
import { emulate } from "./helpers";
import { serve } from "../officejs/client";
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

// Microsoft's client library over the emulated host.
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
    expect(res.counts).toEqual({ wrong: 8, basis: 0 });
    expect(fills(emu, CELLS)).toEqual(CELLS.map(() => HIGHLIGHT_FILL));
    // Sheets; the cells' own fills; originals saved and marks applied.
    expect(res.syncs).toBe(3);

    // The originals are in the workbook itself, on a very hidden sheet of the add-in's.
    expect(emu.visibility(STORE_SHEET)).toBe("VeryHidden");
    expect(emu.settings()[HIGHLIGHT_SETTING]).toBeUndefined();

    const cleared = await clearHighlights({ env });
    expect(cleared.syncs).toBe(3);
    expect(cleared.skipped).toEqual([]);
    expect(fills(emu, CELLS)).toEqual(ORIGINAL);
    expect(emu.sheetNames()).not.toContain(STORE_SHEET);
  });

  it("marks a finding's wrong cell strongly and the cells it was checked against lightly, and counts each", async () => {
    const { emu, env } = emulate(book());
    await paint(emu);
    const findings = [{ cells: ["预算执行!D2", "预算执行!C2", "预算执行!B2"] }, { cells: ["'My Sheet'!B2", "预算执行!D2"] }, { cells: ["预算执行!E2"] }];
    const res = await highlightAll(marksOf(findings), { env });
    // D2 is wrong in one finding and the basis of another: wrong wins.
    expect(res.wrong).toEqual(["预算执行!D2", "'My Sheet'!B2", "预算执行!E2"]);
    expect(res.basis).toEqual(["预算执行!C2", "预算执行!B2"]);
    expect(res.counts).toEqual({ wrong: 3, basis: 2 });
    expect(WRONG_FILL).not.toBe(BASIS_FILL);
    expect(emu.cell("预算执行", "D2").fill).toBe(WRONG_FILL);
    expect(emu.cell("My Sheet", "B2").fill).toBe(WRONG_FILL);
    expect(emu.cell("预算执行", "C2").fill).toBe(BASIS_FILL);
    expect(emu.cell("预算执行", "B2").fill).toBe(BASIS_FILL);
    await clearHighlights({ env });
    expect(fills(emu, CELLS)).toEqual(ORIGINAL);
  });

  it("survives save and reopen between highlight and clear", async () => {
    const first = emulate(book());
    await paint(first.emu);
    await highlightAll(TARGETS, { env: first.env });
    const saved = JSON.parse(JSON.stringify(first.emu.save())); // as it would go to disk

    const reopened = createExcelEmulator.fromSaved(saved);
    expect(fills(reopened, CELLS)).toEqual(CELLS.map(() => HIGHLIGHT_FILL));
    await clearHighlights({ env: serve(reopened).env });
    expect(fills(reopened, CELLS)).toEqual(ORIGINAL);
    expect(reopened.sheetNames()).not.toContain(STORE_SHEET);
  });

  it("restores a tinted theme fill and a patterned fill exactly, after save and reopen", async () => {
    const { emu, env } = emulate(book(), { apiVersion: "1.9" });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("预算执行");
      const tinted = ws.getRange("B2").format.fill;
      tinted.color = "#4472C4"; // Accent 1, "Lighter 80%"
      tinted.tintAndShade = 0.8;
      const patterned = ws.getRange("C2").format.fill;
      patterned.color = "#FFFF00";
      patterned.pattern = "Gray25";
      patterned.patternColor = "#FF0000";
      await context.sync();
    });
    const before = [emu.fillDetail("预算执行", "B2"), emu.fillDetail("预算执行", "C2"), emu.fillDetail("预算执行", "E2")];
    expect(before).toEqual([
      { color: "#4472C4", tintAndShade: 0.8, pattern: "Solid", patternColor: null },
      { color: "#FFFF00", tintAndShade: 0, pattern: "Gray25", patternColor: "#FF0000" },
      null,
    ]);
    await highlightAll({ wrong: ["预算执行!B2"], basis: ["预算执行!C2", "预算执行!E2"] }, { env });
    // The marks are plain solid fills, whatever was there.
    expect(emu.fillDetail("预算执行", "C2")).toEqual({ color: BASIS_FILL, tintAndShade: 0, pattern: "Solid", patternColor: "#FF0000" });
    expect(emu.fillDetail("预算执行", "B2")).toEqual({ color: WRONG_FILL, tintAndShade: 0, pattern: "Solid", patternColor: null });

    const reopened = createExcelEmulator.fromSaved(JSON.parse(JSON.stringify(emu.save())), { apiVersion: "1.9" });
    await clearHighlights({ env: serve(reopened).env });
    expect([reopened.fillDetail("预算执行", "B2"), reopened.fillDetail("预算执行", "C2"), reopened.fillDetail("预算执行", "E2")]).toEqual(before);
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

  it("marks cells on a protected sheet whose protection allows formatting cells (allowFormatCells)", async () => {
    const { emu, env } = emulate(book(), { protectedSheets: ["锁定"], formatAllowedSheets: ["锁定"] });
    const res = await highlightAll(["锁定!A1"], { env });
    expect(res.skipped).toEqual([]);
    expect(emu.cell("锁定", "A1").fill).toBe(HIGHLIGHT_FILL);
    expect(emu.isProtected("锁定")).toBe(true);
    await clearHighlights({ env });
    expect(emu.cell("锁定", "A1").fill).toBeNull();
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
    expect(emu.sheetNames()).not.toContain(STORE_SHEET);
  });

  it("the store sheet is not part of what readWorkbook reads", async () => {
    const { emu, env } = emulate(book());
    await highlightAll(["预算执行!B2"], { env });
    expect(emu.sheetNames()).toContain(STORE_SHEET);
    const { snapshot } = await readWorkbook(undefined, { env });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["预算执行", "My Sheet", "锁定"]);
  });

  it("a workbook whose structure is protected keeps the originals in a setting instead", async () => {
    const { emu, env } = emulate(book(), { workbookProtected: true });
    await paint(emu);
    const res = await highlightAll(TARGETS, { env });
    expect(res.skipped).toEqual([]);
    expect(emu.sheetNames()).not.toContain(STORE_SHEET);
    expect(typeof emu.settings()[HIGHLIGHT_SETTING]).toBe("string");
    await clearHighlights({ env });
    expect(fills(emu, CELLS)).toEqual(ORIGINAL);
    expect(emu.settings()[HIGHLIGHT_SETTING]).toBeUndefined();
  });

  it("restores from the setting an earlier version wrote, and moves it to the store sheet on the next highlight", async () => {
    const { emu, env } = emulate(book());
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("预算执行");
      ws.getRange("B2").format.fill.color = HIGHLIGHT_FILL;
      context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify([{ address: "预算执行!B2", fill: "#FFFF00" }]));
      await context.sync();
    });
    await highlightAll(["预算执行!C2"], { env });
    expect(emu.settings()[HIGHLIGHT_SETTING]).toBeUndefined();
    await clearHighlights({ env });
    expect(emu.cell("预算执行", "B2").fill).toBe("#FFFF00");
    expect(emu.cell("预算执行", "C2").fill).toBeNull();
  });

  it("10,000 findings: every sync within the payload limit, all marked, all restored", async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [i, i * 2, i * 3, `r${i}`]);
    const { emu, env } = emulate(workbook(sheet("台账", rows), sheet("报告", rows)));
    // Every other row starts with a yellow fill, to be put back.
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      for (let i = 0; i < 5_000; i += 2) ws.getRange(`B${i + 1}`).format.fill.color = "#FFFF00";
      await context.sync();
    });
    const findings = [
      ...rows.map((_, i) => ({ cells: [`报告!A${i + 1}`, `台账!B${i + 1}`, `台账!C${i + 1}`] })),
      ...rows.map((_, i) => ({ cells: [`报告!D${i + 1}`, `台账!B${i + 1}`] })),
    ];
    expect(findings).toHaveLength(10_000);
    emu.resetSyncCount();
    const res = await highlightAll(marksOf(findings), { env });
    expect(res.counts).toEqual({ wrong: 10_000, basis: 10_000 });
    expect(res.skipped).toEqual([]);
    // No sync was refused (the emulator counts each round trip; a refused one would add to the adapter's count only).
    expect(emu.syncCount).toBe(res.syncs);
    expect(res.syncs).toBeLessThan(20);
    expect(emu.cell("报告", "A5000").fill).toBe(WRONG_FILL);
    expect(emu.cell("台账", "C5000").fill).toBe(BASIS_FILL);

    const cleared = await clearHighlights({ env });
    expect(cleared.restored).toHaveLength(20_000);
    expect(emu.cell("台账", "B1").fill).toBe("#FFFF00");
    expect(emu.cell("台账", "B2").fill).toBeNull();
    expect(emu.cell("报告", "A5000").fill).toBeNull();
    expect(emu.sheetNames()).not.toContain(STORE_SHEET);
  }, 120_000);

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
