import type { HostActions } from "../../src/excel/api";
import { officeHost } from "../../src/excel/host";
import { HIGHLIGHT_FILL } from "../../src/excel/highlight";
import { emulate } from "./helpers";
import { serve } from "../officejs/client";
import { sheet, workbook } from "../helpers/workbook";

describe("officeHost", () => {
  it("runs on the office.js globals (Excel, Office) and implements HostActions", async () => {
    const { emu } = emulate(
      workbook(
        sheet("预算执行", [
          ["资金来源", "全年预算数"],
          ["资金总额", 100],
        ]),
        sheet("My Sheet", [["a"]])
      )
    );
    // The globals as office.js leaves them: Microsoft's Excel client library (answered by the emulated host) and Office.
    emu.install(globalThis, serve(emu).namespaces);
    try {
      const host: HostActions = officeHost();
      const read = await host.readWorkbook();
      expect(read.syncs).toBe(2);
      expect(read.snapshot.sheets.map((s) => s.name)).toEqual(["预算执行", "My Sheet"]);

      await host.selectCells(["'My Sheet'!A1"]);
      expect(emu.selection()).toEqual({ sheet: "My Sheet", address: "A1", activeCell: "A1" });

      const marked = await host.highlightAll(["预算执行!B2"]);
      expect(marked).toMatchObject({ highlighted: ["预算执行!B2"], skipped: [] });
      expect(emu.cell("预算执行", "B2").fill).toBe(HIGHLIGHT_FILL);
      await host.clearHighlights();
      expect(emu.cell("预算执行", "B2").fill).toBeNull();

      const applied = await host.applyPlan(
        {
          sheets: [{ name: "报告", create: true, needsConsent: false, writes: [{ address: "A1", value: "完成" }], merges: [], widths: {}, chart: null }],
          sources: ["预算执行"],
        },
        async () => true
      );
      expect(applied).toMatchObject({ written: ["报告"] });
      expect(emu.cell("报告", "A1").value).toBe("完成");
    } finally {
      emu.uninstall();
    }
  });
});
