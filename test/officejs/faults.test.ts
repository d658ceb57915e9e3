/**
 * Faults through Microsoft's client library and the emulated host: a request that fails halfway (its earlier actions
 * applied, as Excel does), AccessDenied, and a workbook that changed since the check. After each, the workbook is as it
 * was before the action or the action is complete, and the error says which.
 */
import { checkWorkbook } from "../../src/core/check";
import { planFixes } from "../../src/core/fixes";
import { planReport } from "../../src/core/report";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { applyPlan } from "../../src/excel/apply-plan";
import { applyFixes, FIX_SHEET } from "../../src/excel/fix";
import { clearHighlights, highlightAll, STORE_SHEET } from "../../src/excel/highlight";
import { selectCells } from "../../src/excel/select";
import { rolledBack } from "../../src/excel/rollback";
import { errorDetail } from "../../src/taskpane/errors";
import { strings } from "../../src/core/i18n";
import { sampleSnapshot } from "../excel/helpers";
import { viaClientLibrary } from "./client";

/** Fails the first request whose actions set `name` (a fill colour, a value), at its `nth` such action. */
function failAt(name: string, nth: number, code = "GeneralException") {
  let done = false;
  return (_request: number, actions: string[]) => {
    if (done) return null;
    const hits = actions.flatMap((a, i) => (a === name ? [i] : []));
    if (hits.length <= nth) return null;
    done = true;
    return { at: hits[nth]!, code };
  };
}

async function reopen(): Promise<{ snapshot: WorkbookSnapshot }> {
  return { snapshot: await sampleSnapshot() };
}

const userView = (s: WorkbookSnapshot) => JSON.stringify(s.sheets.filter((x) => !x.name.startsWith("selfeval_")));

describe("faults halfway through a write", () => {
  it("highlighting that fails halfway gives every cell its own fill back and leaves no store", async () => {
    const { snapshot } = await reopen();
    const cells = checkWorkbook(snapshot).findings.flatMap((f) => f.cells);
    const { emu, env } = viaClientLibrary(snapshot, {}, { fault: failAt("Color", 3) });
    const before = cells.map((c) => JSON.stringify(emu.fillDetail(c.split("!")[0]!.replace(/^'|'$/g, ""), c.split("!")[1]!)));
    const e = await highlightAll({ wrong: cells.slice(0, 6), basis: cells.slice(6) }, { env }).catch((x: unknown) => x);
    expect(rolledBack(e)).toBe(true);
    expect(cells.map((c) => JSON.stringify(emu.fillDetail(c.split("!")[0]!.replace(/^'|'$/g, ""), c.split("!")[1]!)))).toEqual(before);
    expect(emu.sheetNames()).not.toContain(STORE_SHEET);
    // The pane says the workbook is as before.
    expect(errorDetail(e, strings("zh-CN").pane)).toContain("工作簿与操作前相同");
    // And a later highlight and clear work as ever.
    const { env: calm } = viaClientLibrary(emu.save());
    await clearHighlights({ env: calm });
  });

  it("AccessDenied on the first mark: nothing marked, nothing stored", async () => {
    const { snapshot } = await reopen();
    const { emu, env } = viaClientLibrary(snapshot, {}, { fault: failAt("Color", 0, "AccessDenied") });
    const e = await highlightAll(["预算执行!E6", "自评报告!A61"], { env }).catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe("AccessDenied");
    expect(rolledBack(e)).toBe(true);
    expect(emu.fillDetail("预算执行", "E6")).toBeNull();
    expect(emu.sheetNames()).not.toContain(STORE_SHEET);
  });

  it("fixes that fail halfway: the cells written get their text back and the record is as before", async () => {
    const { snapshot } = await reopen();
    const plan = planFixes(snapshot, checkWorkbook(snapshot).findings);
    const { emu, env } = viaClientLibrary(snapshot, {}, { fault: failAt("Values", 3) });
    const before = userView(emu.snapshot());
    const e = await applyFixes(
      plan.fixes.map((f) => ({ address: f.address, before: f.before, after: f.after })),
      { env }
    ).catch((x: unknown) => x);
    // The client library's OfficeExtension.Error, from its own realm.
    expect((e as { code?: string }).code).toBe("GeneralException");
    expect(rolledBack(e)).toBe(true);
    expect(userView(emu.snapshot())).toBe(before);
    expect(emu.sheetNames()).not.toContain(FIX_SHEET);
  });

  it("a report whose write fails halfway leaves no sheet of its own behind and the user's sheets as they were", async () => {
    const { snapshot } = await reopen();
    const { emu, env } = viaClientLibrary(snapshot, {}, { fault: failAt("Values", 40) });
    const before = JSON.stringify(emu.snapshot().sheets);
    const names = emu.sheetNames();
    const e = await applyPlan(planReport(snapshot), async () => true, { env }).catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe("GeneralException");
    expect(rolledBack(e)).toBe(true);
    expect(emu.sheetNames()).toEqual(names);
    expect(JSON.stringify(emu.snapshot().sheets)).toBe(before);
    expect(errorDetail(e, strings("en").pane)).toContain("the workbook is as it was before");
  });
});

describe("a workbook changed since the check", () => {
  it("a renamed sheet: highlight skips its cells, a fix leaves them, selecting says the sheet is gone", async () => {
    const { snapshot } = await reopen();
    const findings = checkWorkbook(snapshot).findings;
    const plan = planFixes(snapshot, findings);
    const { emu, env } = viaClientLibrary(snapshot);
    await env.run(async (context) => {
      context.workbook.worksheets.getItem("自评报告").name = "报告（改名）";
    });
    const h = await highlightAll(["自评报告!A61", "预算执行!D4"], { env });
    expect(h.skipped).toEqual([{ address: "自评报告!A61", reason: "missing-sheet" }]);
    expect(h.highlighted).toEqual(["预算执行!D4"]);
    const f = await applyFixes(
      plan.fixes.map((x) => ({ address: x.address, before: x.before, after: x.after })),
      { env }
    );
    expect(f.applied).toEqual([]);
    expect(new Set(f.skipped.map((s) => s.reason))).toEqual(new Set(["missing-sheet"]));
    const e = await selectCells(["自评报告!A61"], { env }).catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe("ItemNotFound");
    expect(errorDetail(e, strings("zh-CN").pane)).toContain("工作簿可能已被修改");
    expect(emu.sheetNames()).toContain("报告（改名）");
  });

  it("an edited cell: its fix is not made, the others are", async () => {
    const { snapshot } = await reopen();
    const plan = planFixes(snapshot, checkWorkbook(snapshot).findings);
    const { emu, env } = viaClientLibrary(snapshot);
    await env.run(async (context) => {
      context.workbook.worksheets.getItem("自评报告").getRange("A61").values = [["用户改写了这一段。"]];
    });
    const f = await applyFixes(
      plan.fixes.map((x) => ({ address: x.address, before: x.before, after: x.after })),
      { env }
    );
    expect(f.skipped).toEqual([{ address: "自评报告!A61", reason: "changed" }]);
    expect(f.applied).toHaveLength(plan.fixes.length - 1);
    expect(emu.cell("自评报告", "A61").value).toBe("用户改写了这一段。");
  });
});
