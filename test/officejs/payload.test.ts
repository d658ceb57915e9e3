/**
 * The payload limit as Excel on the web applies it: to the JSON of the request the client library sends and of the
 * response it gets back, counted by the emulated host (src/emulator/richapi.ts), not estimated by the emulation.
 */
import { sheet, workbook } from "../helpers/workbook";
import { rejection } from "../emulator/fixture";
import { clientLibrary, viaClientLibrary } from "./client";

describe("payload limit: the host measures the real request and response", () => {
  // 300 cells of 30-character strings: about 10 KB of values.
  const bigBook = () =>
    workbook(
      sheet(
        "数据",
        Array.from({ length: 300 }, (_, i) => [`第${i}行的一段说明文字，用来撑大响应的体积。`])
      )
    );

  test("a sync whose response exceeds the limit rejects with ResponsePayloadSizeLimitExceeded", async () => {
    const { env, host } = viaClientLibrary(bigBook(), { payloadLimitBytes: 4000 });
    const e = await rejection(
      env.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("数据").getRange("A1:A300").load("values");
        await ctx.sync();
      })
    );
    expect(e).toBeInstanceOf(clientLibrary().OfficeExtension.Error);
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
    // The request itself was small; the answer was over.
    expect(host.requests[0]!.requestBytes).toBeLessThan(4000);
    expect(host.requests[0]!.responseBytes).toBeGreaterThan(4000);
  });

  test("the loads of one sync add up; reading in chunks over several syncs stays under the limit", async () => {
    const { env, host } = viaClientLibrary(bigBook(), { payloadLimitBytes: 4000 });
    const e = await rejection(
      env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("数据");
        for (let top = 0; top < 300; top += 50) ws.getRangeByIndexes(top, 0, 50, 1).load("values");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
    const rows = await env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("数据");
      const out: unknown[][] = [];
      for (let top = 0; top < 300; top += 50) {
        const r = ws.getRangeByIndexes(top, 0, 50, 1).load("values");
        await ctx.sync();
        out.push(...r.values);
      }
      return out;
    });
    expect(rows).toHaveLength(300);
    expect(host.requests.slice(1).every((r) => r.error === null && r.responseBytes < 4000)).toBe(true);
  });

  test("a sync whose request exceeds the limit rejects with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const { emu, env, host } = viaClientLibrary(bigBook(), { payloadLimitBytes: 4000 });
    const big = Array.from({ length: 300 }, () => ["很长很长很长很长很长很长很长很长的文字"]);
    const e = await rejection(
      env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("数据");
        ws.getRange("B1").values = [["small"]];
        ws.getRange("C1:C300").values = big;
        await ctx.sync();
      })
    );
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.requests[0]!.requestBytes).toBeGreaterThan(4000);
    expect(emu.cell("数据", "B1").value).toBe("");
  });

  test("the default limit is 5 MB", async () => {
    const { env } = viaClientLibrary(workbook(sheet("数据", [["x"]])));
    // 1,048,576 rows of [""] in column A: over 5 MB of JSON.
    const e = await rejection(
      env.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("数据").getRange("A:A").load("values");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
