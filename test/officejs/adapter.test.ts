/**
 * src/excel/ through Microsoft's Excel client library (excel-web-16.00.js) over the emulated host: the requests are the
 * real messages, their sizes the real sizes, and which methods exist is what the office.js runtime has.
 */
import { createExcelEmulator } from "../../src/emulator";
import { clearHighlights, highlightAll, STORE_SHEET } from "../../src/excel/highlight";
import { BASIS_FILL, marksOf, WRONG_FILL } from "../../src/excel/marks";
import { readWorkbook, type BlockInfo } from "../../src/excel/read";
import { selectCells } from "../../src/excel/select";
import { differences, sampleSnapshot } from "../excel/helpers";
import { sheet, workbook } from "../helpers/workbook";
import { clientLibrary, serve, viaClientLibrary } from "./client";

const LIMIT = 5_000_000;

describe("the client library itself", () => {
  it("has Worksheet.getRanges but no RangeAreas.select in the runtime we test against", () => {
    const { Excel: XL } = clientLibrary();
    expect(typeof XL.Worksheet.prototype.getRanges).toBe("function");
    expect(typeof XL.Range.prototype.select).toBe("function");
    expect((XL.RangeAreas.prototype as unknown as Record<string, unknown>).select).toBeUndefined();
  });

  it("refuses to read a property that was not loaded (load before read is the library's own rule)", async () => {
    const { env } = viaClientLibrary(workbook(sheet("A", [[1]])));
    await expect(
      env.run(async (context) => {
        const r = context.workbook.worksheets.getItem("A").getRange("A1");
        await context.sync();
        return r.values;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

describe("selectCells through the client library", () => {
  const book = () =>
    workbook(
      sheet("预算执行", [
        ["a", "b"],
        [1, 2],
        [3, 4],
      ]),
      sheet("My Sheet", [["x"]])
    );

  it("a host reporting ExcelApi 1.18 with a runtime that has no RangeAreas.select: the first cell, no TypeError", async () => {
    const { emu, env, host } = viaClientLibrary(book(), { apiVersion: "1.18" });
    const res = await selectCells(["预算执行!B2", "预算执行!A3", "'My Sheet'!A1"], { env });
    expect(res).toEqual({ sheet: "预算执行", selected: "B2", syncs: 1 });
    expect(emu.selection()).toEqual({ sheet: "预算执行", address: "B2", activeCell: "B2" });
    expect(host.requests).toHaveLength(1);
  });

  it("a missing sheet fails with the host's ItemNotFound", async () => {
    const { env } = viaClientLibrary(book());
    await expect(selectCells(["不存在!A1"], { env })).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("readWorkbook through the client library", () => {
  it("the sample in 2 syncs through the chain of null objects, the same cells as the .xlsx reader", async () => {
    const xlsx = await sampleSnapshot();
    const { env, host } = viaClientLibrary(xlsx, { apiVersion: "1.13" });
    const res = await readWorkbook(undefined, { env });
    expect(differences(res.snapshot, xlsx)).toEqual([]);
    expect(res.syncs).toBe(2);
    expect(host.requests.map((r) => r.error)).toEqual([null, null]);
  });

  it("a host that refuses the chain: sync 1 again without it, then the windows; the same snapshot", async () => {
    const xlsx = await sampleSnapshot();
    const { env, host } = viaClientLibrary(xlsx, { apiVersion: "1.13" }, { refuseNullChains: true });
    const res = await readWorkbook(undefined, { env });
    expect(differences(res.snapshot, xlsx)).toEqual([]);
    expect(host.requests[0]!.error).toBe("InvalidArgument");
    expect(res.syncs).toBe(3);
  });

  it("a ledger larger than the host allows: GeneralException on oversize retried smaller, every answered request within the limit", async () => {
    const rows: unknown[][] = [["支付日期", "收款单位", "摘要", "金额", "合同编号", "备注"]];
    for (let i = 0; i < 40_000; i++)
      rows.push([45000 + (i % 365), `单位${i % 97}`, `第${i}笔付款，按合同约定支付`, 1000 + i / 100, `HT-${i}`, i % 3 ? "-" : "说明"]);
    const src = workbook(sheet("支付台账", rows as never));
    // The host allows 1.5 MB where the adapter assumes 5 MB, and says GeneralException as older web builds do.
    const { env, host } = viaClientLibrary(src, { apiVersion: "1.13" }, { payloadLimitBytes: 1_500_000, oversizeErrorCode: "GeneralException" });
    const blocks: BlockInfo[] = [];
    const res = await readWorkbook(undefined, { env, onBlock: (b) => blocks.push(b) });
    expect(differences(res.snapshot, src)).toEqual([]);
    const ok = host.requests.filter((r) => r.error === null);
    expect(host.requests.some((r) => r.error === "GeneralException")).toBe(true);
    for (const r of ok) {
      expect(r.requestBytes).toBeLessThanOrEqual(1_500_000);
      expect(r.responseBytes).toBeLessThanOrEqual(1_500_000);
    }
    console.log(
      `40,000-row ledger via the client library: ${res.syncs} syncs, refused ${host.requests.length - ok.length}, largest response ${Math.max(...ok.map((r) => r.responseBytes))} bytes`
    );
  }, 120_000);
});

describe("highlights through the client library", () => {
  it("10,000 findings: every request within 5 MB, two distinct marks, all restored", async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [i, i * 2, i * 3, `r${i}`]);
    const { emu, env, host } = viaClientLibrary(workbook(sheet("台账", rows), sheet("报告", rows)), { apiVersion: "1.9" });
    const findings = [
      ...rows.map((_, i) => ({ cells: [`报告!A${i + 1}`, `台账!B${i + 1}`, `台账!C${i + 1}`] })),
      ...rows.map((_, i) => ({ cells: [`报告!D${i + 1}`, `台账!B${i + 1}`] })),
    ];
    const res = await highlightAll(marksOf(findings), { env });
    expect(res.counts).toEqual({ wrong: 10_000, basis: 10_000 });
    expect(emu.cell("报告", "A1").fill).toBe(WRONG_FILL);
    expect(emu.cell("台账", "C1").fill).toBe(BASIS_FILL);
    expect(host.requests.every((r) => r.error === null && r.requestBytes <= LIMIT && r.responseBytes <= LIMIT)).toBe(true);
    const largest = Math.max(...host.requests.map((r) => r.requestBytes));
    console.log(`10,000 findings via the client library: ${res.syncs} syncs, largest request ${largest} bytes`);

    const cleared = await clearHighlights({ env });
    expect(cleared.restored).toHaveLength(20_000);
    expect(emu.cell("报告", "A1").fill).toBeNull();
    expect(host.requests.every((r) => r.error === null && r.requestBytes <= LIMIT)).toBe(true);
  }, 120_000);

  it("clear after save and reopen puts back tinted and patterned fills exactly", async () => {
    const { emu, env } = viaClientLibrary(
      workbook(
        sheet("预算执行", [
          ["a", "b", "c"],
          [1, 2, 3],
        ])
      ),
      { apiVersion: "1.9" }
    );
    await env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("预算执行");
      const tinted = ws.getRange("A2").format.fill;
      tinted.color = "#4472C4";
      tinted.tintAndShade = 0.8;
      const patterned = ws.getRange("B2").format.fill;
      patterned.color = "#FFFF00";
      patterned.pattern = "Gray25";
      patterned.patternColor = "#FF0000";
      await context.sync();
    });
    const cells = ["A2", "B2", "C2"];
    const before = cells.map((a) => emu.fillDetail("预算执行", a));
    await highlightAll({ wrong: ["预算执行!A2"], basis: ["预算执行!B2:C2"] }, { env });
    expect(emu.visibility(STORE_SHEET)).toBe("VeryHidden");

    const reopened = createExcelEmulator.fromSaved(JSON.parse(JSON.stringify(emu.save())), { apiVersion: "1.9" });
    const again = serve(reopened);
    await clearHighlights({ env: again.env });
    expect(cells.map((a) => reopened.fillDetail("预算执行", a))).toEqual(before);
    expect(reopened.sheetNames()).not.toContain(STORE_SHEET);
  });

  it("the store sheet made in one sync and written in later ones (a small budget): no object of add() reused", async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => [i, i * 2]);
    const { emu, env, host } = viaClientLibrary(workbook(sheet("台账", rows)), { apiVersion: "1.9" });
    const cells = rows.map((_, i) => `台账!B${i + 1}`);
    const res = await highlightAll(cells, { env, payloadBytes: 60_000 });
    expect(res.counts.wrong).toBe(1_500);
    // Sheets, 1,500 fills read in several syncs, then the store rows (about 135 KB) over several more.
    expect(host.requests.length).toBeGreaterThan(10);
    await clearHighlights({ env, payloadBytes: 60_000 });
    expect(emu.cell("台账", "B1500").fill).toBeNull();
    expect(emu.sheetNames()).not.toContain(STORE_SHEET);
  });

  it("a protected sheet that allows formatting is marked; one that does not is skipped", async () => {
    const { emu, env } = viaClientLibrary(workbook(sheet("可格式", [[1]]), sheet("锁定", [[2]])), {
      protectedSheets: ["可格式", "锁定"],
      formatAllowedSheets: ["可格式"],
    });
    const res = await highlightAll(["可格式!A1", "锁定!A1"], { env });
    expect(res.highlighted).toEqual(["可格式!A1"]);
    expect(res.skipped).toEqual([{ address: "锁定!A1", reason: "protected" }]);
    expect(emu.cell("可格式", "A1").fill).toBe(WRONG_FILL);
  });
});
