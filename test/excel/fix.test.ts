/**
 * 修正 and 撤销修正 through Microsoft's client library over the emulated host: the engine's proven corrections written
 * into the sample's cells, checked again, then undone to the exact values, also after save and reopen.
 */
import { createExcelEmulator, type ExcelEmulator } from "../../src/emulator";
import { checkWorkbook } from "../../src/core/check";
import { planFixes } from "../../src/core/fixes";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { applyFixes, FIX_SETTING, FIX_SHEET, undoFixes } from "../../src/excel/fix";
import { readWorkbook } from "../../src/excel/read";
import { serve } from "../officejs/client";
import { differences, emulate, sampleSnapshot } from "./helpers";
import { sheet, workbook } from "../helpers/workbook";

/** The user's sheets only: the record sheet is the add-in's. */
const userSheets = (s: WorkbookSnapshot): WorkbookSnapshot => ({ ...s, sheets: s.sheets.filter((x) => x.name !== FIX_SHEET) });

async function sampleFixes() {
  const snapshot = await sampleSnapshot();
  const checked = checkWorkbook(snapshot);
  const plan = planFixes(snapshot, checked.findings);
  return { snapshot, checked, plan, writes: plan.fixes.map((f) => ({ address: f.address, before: f.before, after: f.after })) };
}

describe("applyFixes / undoFixes", () => {
  it("fixes the sample's six proven slips: those findings go and none come; undo gives every cell back exactly", async () => {
    const { snapshot, checked, plan, writes } = await sampleFixes();
    const { emu, env } = emulate(snapshot);
    const done = await applyFixes(writes, { env });
    expect(done.skipped).toEqual([]);
    expect(done.applied).toEqual(plan.fixes.map((f) => f.address));
    expect(emu.cell("自评报告", "A61").value).toContain("政府采购支出1065.55万元，");
    expect(emu.cell("自评报告", "A43").value).toMatch(/执行率94\.56%(?!元)/);
    // The record is the add-in's very hidden sheet.
    expect(emu.sheetNames()).toContain(FIX_SHEET);
    expect(emu.snapshot().sheets.find((s) => s.name === FIX_SHEET)?.hidden).toBe(true);

    const after = checkWorkbook(userSheets((await readWorkbook(undefined, { env })).snapshot));
    const fixed = new Set(plan.fixes.flatMap((f) => f.findings));
    const left = checked.findings.filter((_, i) => !fixed.has(i)).map((f) => `${f.rule} ${f.cells[0]}`);
    expect(after.findings.map((f) => `${f.rule} ${f.cells[0]}`)).toEqual(left);

    const undone = await undoFixes({ env });
    expect(undone.restored.sort()).toEqual(plan.fixes.map((f) => f.address).sort());
    expect(undone.skipped).toEqual([]);
    expect(emu.sheetNames()).not.toContain(FIX_SHEET);
    expect(differences((await readWorkbook(undefined, { env })).snapshot, snapshot)).toEqual([]);
  });

  it("undo works after save and reopen: the record is saved with the workbook", async () => {
    const { snapshot, writes } = await sampleFixes();
    const first = emulate(snapshot);
    await applyFixes(writes, { env: first.env });
    const reopened: ExcelEmulator = createExcelEmulator.fromSaved(JSON.parse(JSON.stringify(first.emu.save())));
    const undone = await undoFixes({ env: serve(reopened).env });
    expect(undone.restored).toHaveLength(writes.length);
    expect(differences(reopened.snapshot(), snapshot)).toEqual([]);
  });

  it("never writes over a formula, nor a cell that no longer holds what was checked; a cell edited after the fix keeps the user's value", async () => {
    const book = workbook(sheet("预算执行", [["执行率", { v: 0.5, f: "1/2" }, "说明：执行率50.00%元"]]));
    const { emu, env } = emulate(book);
    const r = await applyFixes(
      [
        { address: "预算执行!B1", before: 0.5, after: "—" },
        { address: "预算执行!C1", before: "说明：执行率50.00%元", after: "说明：执行率50.00%" },
        { address: "预算执行!A1", before: "执行率（旧）", after: "执行率" },
      ],
      { env }
    );
    expect(r.applied).toEqual(["预算执行!C1"]);
    expect(r.skipped).toEqual([
      { address: "预算执行!B1", reason: "formula" },
      { address: "预算执行!A1", reason: "changed" },
    ]);
    expect(emu.cell("预算执行", "B1").formula).toBe("=1/2");
    // The user edits the fixed cell: undo leaves it, and keeps the record for it.
    await env.run(async (context) => {
      context.workbook.worksheets.getItem("预算执行").getRange("C1").values = [["用户改过的说明"]];
    });
    const u = await undoFixes({ env });
    expect(u).toMatchObject({ restored: [], skipped: [{ address: "预算执行!C1", reason: "changed" }] });
    expect(emu.cell("预算执行", "C1").value).toBe("用户改过的说明");
    expect(emu.sheetNames()).toContain(FIX_SHEET);
  });

  it("a number fix keeps the cell's number format; text that Excel would read as a number stays text", async () => {
    const book = workbook(sheet("预算执行", [[{ v: 0.9, fmt: "0.00%" }, "12.5"]]));
    const { emu, env } = emulate(book);
    await applyFixes(
      [
        { address: "预算执行!A1", before: 0.9, after: 0.75 },
        { address: "预算执行!B1", before: "12.5", after: "12.50" },
      ],
      { env }
    );
    expect(emu.cell("预算执行", "A1")).toMatchObject({ value: 0.75, numberFormat: "0.00%" });
    expect(emu.cell("预算执行", "B1").value).toBe("12.50");
    await undoFixes({ env });
    expect(emu.cell("预算执行", "A1")).toMatchObject({ value: 0.9, numberFormat: "0.00%" });
    expect(emu.cell("预算执行", "B1").value).toBe("12.5");
  });

  it("a structure-protected workbook keeps the record in a setting; a protected sheet is left alone", async () => {
    const book = workbook(sheet("报告", [["执行率94.56%元"]]), sheet("锁定", [["执行率1.00%元"]]));
    const { emu, env } = emulate(book, { workbookProtected: true, protectedSheets: ["锁定"] });
    const r = await applyFixes(
      [
        { address: "报告!A1", before: "执行率94.56%元", after: "执行率94.56%" },
        { address: "锁定!A1", before: "执行率1.00%元", after: "执行率1.00%" },
      ],
      { env }
    );
    expect(r).toMatchObject({ applied: ["报告!A1"], skipped: [{ address: "锁定!A1", reason: "protected" }] });
    expect(emu.sheetNames()).not.toContain(FIX_SHEET);
    expect(Object.keys(emu.settings())).toContain(FIX_SETTING);
    await undoFixes({ env });
    expect(emu.cell("报告", "A1").value).toBe("执行率94.56%元");
    expect(Object.keys(emu.settings())).not.toContain(FIX_SETTING);
  });
});
