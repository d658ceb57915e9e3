/**
 * The select sequence checked with office-addin-mock: which Office.js calls selectCells makes, in which order, and that
 * it takes one sync. (The emulator tests check the outcome; this one checks the exact call sequence.)
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelEnv } from "../../src/excel/env";
import { selectCells } from "../../src/excel/select";

/** `areasSelect` false plays the office.js runtime we ship (1.1.110): RangeAreas without select(). */
function mockExcel(areasSelect = true): { env: (multi: boolean) => ExcelEnv; calls: string[] } {
  const calls: string[] = [];
  const range = (address: string): OfficeMockObject =>
    new OfficeMockObject({
      address,
      select: () => {
        calls.push(`select ${address}`);
      },
    });
  const rangeAreas = (address: string): OfficeMockObject => (areasSelect ? range(address) : new OfficeMockObject({ address }));
  const sheet = (name: string): OfficeMockObject =>
    new OfficeMockObject({
      name,
      activate: () => {
        calls.push(`activate ${name}`);
      },
      getRange: (a: string) => {
        calls.push(`getRange ${a}`);
        return range(a);
      },
      getRanges: (a: string) => {
        calls.push(`getRanges ${a}`);
        return rangeAreas(a);
      },
    });
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          calls.push(`getItem ${name}`);
          return sheet(name);
        },
      },
    },
    sync: async () => {
      calls.push("sync");
    },
  });
  const env = (multi: boolean): ExcelEnv => ({
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => name === "ExcelApi" && (multi || Number(version) < 1.18),
  });
  return { env, calls };
}

describe("selectCells call sequence (office-addin-mock)", () => {
  it("activates the quoted sheet, selects the first cell, one sync", async () => {
    const { env, calls } = mockExcel();
    const result = await selectCells(["'My Sheet'!B2", "'My Sheet'!D4:E5", "Other!A1"], { env: env(false) });
    expect(calls).toEqual(["getItem My Sheet", "activate My Sheet", "getRange B2", "select B2", "sync"]);
    expect(result).toEqual({ sheet: "My Sheet", selected: "B2", syncs: 1 });
  });

  it("selects every area on the first sheet where RangeAreas.select is supported (ExcelApi 1.18)", async () => {
    const { env, calls } = mockExcel();
    const result = await selectCells(["'My Sheet'!B2", "Other!A1", "'My Sheet'!D4:E5", "'My Sheet'!$B$2"], { env: env(true) });
    expect(calls).toEqual(["getItem My Sheet", "activate My Sheet", "getRanges B2, D4:E5", "select B2, D4:E5", "sync"]);
    expect(result?.syncs).toBe(1);
  });

  it("selects the first cell when the host reports 1.18 but the runtime's RangeAreas has no select (no TypeError)", async () => {
    const { env, calls } = mockExcel(false);
    const result = await selectCells(["'My Sheet'!B2", "'My Sheet'!D4:E5"], { env: env(true) });
    expect(calls).toEqual(["getItem My Sheet", "activate My Sheet", "getRanges B2, D4:E5", "getRange B2", "select B2", "sync"]);
    expect(result).toEqual({ sheet: "My Sheet", selected: "B2", syncs: 1 });
  });

  it("does nothing for no cells and refuses unqualified ones", async () => {
    const { env, calls } = mockExcel();
    await expect(selectCells([], { env: env(false) })).resolves.toBeNull();
    await expect(selectCells(["B2"], { env: env(false) })).rejects.toThrow(/sheet-qualified/);
    expect(calls).toEqual([]);
  });
});
