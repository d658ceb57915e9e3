import { type Cell, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { readWorkbook, type BlockInfo } from "../../src/excel/read";
import { differences, emulate, sampleSnapshot, type ReadPath } from "./helpers";
import { err, sheet, workbook } from "../helpers/workbook";

// Every path runs Microsoft's client library (excel-web-16.00.js) over the emulated host.
// "client": sync 1 asks for the used ranges through worksheets.getFirst()/getNextOrNullObject() (ExcelApi 1.5);
// "windows": on a host that answers no for ExcelApi 1.5, sync 2 asks for them along with a first window of each sheet.
const PATHS: ReadPath[] = ["client", "windows"];

describe.each(PATHS)("readWorkbook: the sample workbook (%s)", (path) => {
  it("reads what the .xlsx reader reads, cell by cell, in 2 syncs", async () => {
    const xlsx = await sampleSnapshot();
    const { emu, env } = emulate(xlsx, {}, path);
    const progress: Array<[number, number]> = [];
    const res = await readWorkbook((done, total) => progress.push([done, total]), { env });

    expect(differences(res.snapshot, xlsx)).toEqual([]);
    expect(res.syncs).toBe(2);
    expect(emu.syncCount).toBe(res.syncs);
    expect(progress.length).toBeGreaterThan(0);
    const last = progress[progress.length - 1]!;
    expect(last[0]).toBe(last[1]);
  });

  it("fills the display text from Range.text", async () => {
    const xlsx = await sampleSnapshot();
    const { env } = emulate(xlsx, {}, path);
    const { snapshot } = await readWorkbook(undefined, { env });
    const budget = snapshot.sheets.find((s) => s.name === "预算执行")!;
    expect(budget.rows[3]?.[1]).toEqual({ v: 11265500, f: "SUM(B5:B7)", fmt: "#,##0.00", text: "11,265,500.00" });
    expect(budget.rows[3]?.[4]?.text).toBe("94.56%");
    const ledger = snapshot.sheets.find((s) => s.name === "支付台账")!;
    expect(ledger.rows[2]?.[1]).toEqual({ v: 44946, fmt: "yyyy-mm-dd", text: "2023-01-20" });
  });
});

describe.each(PATHS)("readWorkbook: snapshot semantics (%s)", (path) => {
  const book = (): WorkbookSnapshot =>
    workbook(
      sheet(
        "预算",
        [
          ["2023年度项目资金预算执行情况"],
          ["资金来源", "全年预算数", "全年执行数", "执行率", "文本数字", "布尔"],
          ["资金总额", { v: 11268530.96, fmt: "#,##0.00" }, { v: 1000.1, fmt: "#,##0.00" }, { v: err("#DIV/0!"), f: "C3/0" }, "1,000.10", true],
          [undefined, undefined, undefined, { v: null, f: 'IF(B3>0,"",1)' }, "0012", false],
          [],
          [undefined, undefined, undefined, undefined, undefined, { v: 45142, fmt: "yyyy/m/d" }],
        ],
        { merges: ["A1:F1", "B5:C5"] }
      ),
      sheet("隐藏", [["内部"], [1, 2]], { hidden: true }),
      sheet("空表", []),
      sheet("My Sheet", [
        [undefined, undefined],
        [undefined, "偏移"],
      ])
    );

  it("keeps numbers, errors, numbers stored as text, booleans, formulas and formats as the .xlsx reader does", async () => {
    const src = book();
    const { env } = emulate(src, {}, path);
    const { snapshot } = await readWorkbook(undefined, { env });
    const s = snapshot.sheets[0]!;
    const strip = (c: Cell | undefined): Cell | undefined => (c ? { ...c, text: undefined } : c);
    expect(strip(s.rows[2]?.[1])).toEqual({ v: 11268530.96, fmt: "#,##0.00", text: undefined });
    expect(s.rows[2]?.[3]).toMatchObject({ v: { error: "#DIV/0!" }, f: "C3/0" });
    expect(s.rows[2]?.[4]).toMatchObject({ v: "1,000.10" });
    expect(s.rows[2]?.[4]?.fmt).toBeUndefined();
    expect(s.rows[2]?.[5]).toMatchObject({ v: true });
    expect(s.rows[3]?.[3]).toMatchObject({ v: null, f: 'IF(B3>0,"",1)' });
    expect(s.rows[3]?.[4]).toMatchObject({ v: "0012" });
    expect(s.rows[3]?.[5]).toMatchObject({ v: false });
    expect(s.rows[5]?.[5]).toMatchObject({ v: 45142, fmt: "yyyy/m/d" });
    // Empty cells are absent, empty rows too.
    expect(s.rows[3]?.[0]).toBeUndefined();
    expect(s.rows[4]).toBeUndefined();
    expect(differences(snapshot, src)).toEqual([]);
  });

  it("reads hidden sheets (hidden: true), empty sheets, merged cells and data away from A1", async () => {
    const { env } = emulate(book(), {}, path);
    const { snapshot, syncs } = await readWorkbook(undefined, { env });
    expect(snapshot.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["预算", false],
      ["隐藏", true],
      ["空表", false],
      ["My Sheet", false],
    ]);
    expect(snapshot.sheets[0]!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 4, left: 1, bottom: 4, right: 2 },
    ]);
    expect(snapshot.sheets[2]!.rows).toEqual([]);
    expect(snapshot.sheets[3]!.rows[1]?.[1]).toMatchObject({ v: "偏移" });
    expect(snapshot.sheets[3]!.rows[0]).toBeUndefined();
    expect(syncs).toBe(2);
  });

  it("reads very hidden sheets as hidden", async () => {
    const { emu, env } = emulate(book(), {}, path);
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("隐藏").visibility = "VeryHidden" as Excel.SheetVisibility;
      await context.sync();
    });
    const { snapshot } = await readWorkbook(undefined, { env });
    expect(snapshot.sheets[1]).toMatchObject({ name: "隐藏", hidden: true });
  });

  it("reads protected sheets normally and names them", async () => {
    const { env } = emulate(book(), { protectedSheets: ["预算"] }, path);
    const res = await readWorkbook(undefined, { env });
    expect(res.protectedSheets).toEqual(["预算"]);
    expect(differences(res.snapshot, book())).toEqual([]);
  });

  it("reads no merges before ExcelApi 1.13 (getMergedAreasOrNullObject), the rest the same", async () => {
    const { env } = emulate(book(), { apiVersion: "1.12" }, path);
    const res = await readWorkbook(undefined, { env });
    expect(res.mergesRead).toBe(false);
    expect(res.snapshot.sheets[0]!.merges).toEqual([]);
    expect(res.syncs).toBe(2);
    const noMerges = book();
    for (const s of noMerges.sheets) s.merges = [];
    expect(differences(res.snapshot, noMerges)).toEqual([]);
  });
});

/** A 支付台账 of n payments (header in row 1), plus the small sheets a real workbook has. */
function bigLedger(n: number): WorkbookSnapshot {
  const payees = ["海南某人力资源服务有限公司（示意）", "中国电信股份有限公司海南分公司"];
  const rows: Array<Array<Cell | undefined>> = [[{ v: "序号" }, { v: "支付日期" }, { v: "收款单位" }, { v: "摘要" }, { v: "金额（元）" }, { v: "凭证号" }]];
  for (let i = 1; i <= n; i++) {
    const month = ((i - 1) % 12) + 1;
    rows.push([
      { v: i },
      { v: 44927 + (i % 365), fmt: "yyyy-mm-dd" },
      { v: payees[i % 2]! },
      { v: `2023年${month}月政务大厅外包服务费` },
      { v: Math.round(((i * 7919) % 1000000) + 0.25 * (i % 4)) / 1, fmt: "#,##0.00" },
      { v: `记-2023${String(month).padStart(2, "0")}-${String(i % 1000).padStart(3, "0")}` },
    ]);
  }
  return {
    sheets: [
      sheet("项目信息", [
        ["项目名称", "海口市政务服务中心服务外包项目"],
        ["评价年度", 2023],
      ]),
      { name: "支付台账", hidden: false, rows, merges: [{ top: n + 1, left: 0, bottom: n + 1, right: 3 }] },
      sheet("合计", [["合计", { v: 123.45, fmt: "#,##0.00" }]]),
    ],
  };
}

function bySync(blocks: BlockInfo[]): Map<number, BlockInfo[]> {
  const m = new Map<number, BlockInfo[]>();
  for (const b of blocks) m.set(b.sync, [...(m.get(b.sync) ?? []), b]);
  return m;
}

describe.each(PATHS)("readWorkbook: many merged areas (%s)", (path) => {
  it("reads more than 512 merged areas (getMergedAreasOrNullObject's limit per range) in smaller chunks", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i + 1, `摘要${i + 1}`, undefined, 100 + i]);
    const merges = rows.map((_, i) => `B${i + 1}:C${i + 1}`);
    const src = workbook(sheet("台账", rows, { merges }));
    const { env } = emulate(src, {}, path);
    const res = await readWorkbook(undefined, { env });
    expect(res.snapshot.sheets[0]!.merges).toHaveLength(3000);
    expect(differences(res.snapshot, src)).toEqual([]);
    expect(res.syncs).toBeLessThanOrEqual(8);
  });
});

/** bigLedger with the 合计 row's label, so that a values-only used range reaches the merged row. */
function ledgerBook(n: number): WorkbookSnapshot {
  const src = bigLedger(n);
  plainRows(src.sheets[1]!)[n + 1] = [{ v: "合计" }];
  return src;
}

describe("readWorkbook: a workbook within 5 MB but larger than the first windows", () => {
  it("client: 2 syncs, the whole workbook in sync 2", async () => {
    const src = ledgerBook(5_000); // about 30,000 cells, some 2 MB of JSON
    const { emu, env } = emulate(src, {}, "client");
    const blocks: BlockInfo[] = [];
    const res = await readWorkbook(undefined, { env, onBlock: (b) => blocks.push(b) });
    expect(differences(res.snapshot, src)).toEqual([]);
    expect(res.syncs).toBe(2);
    expect(emu.syncCount).toBe(2);
    expect(blocks.map((b) => [b.sheet, b.rows, b.sync])).toEqual([
      ["项目信息", 2, 2],
      ["支付台账", 5_002, 2],
      ["合计", 1, 2],
    ]);
  });

  it("client: sync 2 asks for everything when it may fit; refused, it reads in blocks (one sync lost)", async () => {
    const src = ledgerBook(5_000);
    const { env } = emulate(src, { payloadLimitBytes: 1_500_000 }, "client");
    const blocks: BlockInfo[] = [];
    const res = await readWorkbook(undefined, { env, limits: { payloadBytes: 1_500_000 }, onBlock: (b) => blocks.push(b) });
    expect(differences(res.snapshot, src)).toEqual([]);
    expect(res.syncs).toBe(2 + new Set(blocks.map((b) => b.sync)).size);
  });

  it("windows: the first windows in sync 2, the rest in blocks", async () => {
    const src = ledgerBook(5_000);
    const { env } = emulate(src, {}, "windows");
    const blocks: BlockInfo[] = [];
    const res = await readWorkbook(undefined, { env, onBlock: (b) => blocks.push(b) });
    expect(differences(res.snapshot, src)).toEqual([]);
    expect(res.syncs).toBe(3);
    expect(blocks.filter((b) => b.sync === 2).map((b) => b.sheet)).toEqual(["项目信息", "支付台账", "合计"]);
  });
});

describe.each(PATHS)("readWorkbook: a 200,000-row ledger (%s)", (path) => {
  const N = 200_000;
  let src: WorkbookSnapshot;
  beforeAll(() => {
    src = ledgerBook(N);
  });

  it("reads in row blocks under the 5 MB payload and 5,000,000-cell limits, several blocks per sync where they fit", async () => {
    const { emu, env } = emulate(src, {}, path); // Excel on the web's limits: 5 MB per response, 5,000,000 cells per range
    const blocks: BlockInfo[] = [];
    const progress: number[] = [];
    const res = await readWorkbook((done) => progress.push(done), { env, onBlock: (b) => blocks.push(b) });

    expect(differences(res.snapshot, src)).toEqual([]);
    const syncs = bySync(blocks);
    // No sync was refused: sync 1 (sheets), then one sync per batch of blocks (sync 2 with the first windows or blocks).
    expect(res.syncs).toBe(1 + syncs.size);
    expect(emu.syncCount).toBe(res.syncs);
    for (const [, list] of syncs) {
      const bytes = list.reduce((n, b) => n + b.bytes, 0);
      expect(bytes).toBeLessThan(5 * 1024 * 1024);
      for (const b of list) expect(b.rows * b.columns).toBeLessThanOrEqual(5_000_000);
    }
    // Several blocks share a sync where they fit.
    expect([...syncs.values()].some((l) => new Set(l.map((b) => b.sheet)).size > 1)).toBe(true);
    // Every cell of the ledger was read exactly once.
    const ledgerCells = blocks.filter((b) => b.sheet === "支付台账").reduce((n, b) => n + b.rows * b.columns, 0);
    expect(ledgerCells).toBe(6 * (N + 2));
    expect(progress[progress.length - 1]).toBe(6 * (N + 2) + 2 * 2 + 2);
    // Reported for the brief: how many syncs 200,000 rows took.
    const largest = Math.max(...[...syncs.values()].map((l) => l.reduce((n, b) => n + b.bytes, 0)));
    console.log(`200,000-row ledger (${path}): ${res.syncs} syncs, ${blocks.length} blocks, largest sync ~${largest} bytes`);
  }, 180_000);
});

describe.each(PATHS)("readWorkbook: host limits (%s)", (path) => {
  it("recovers when a sync is refused for its size: smaller blocks, same snapshot", async () => {
    // The host allows far less than the adapter assumes (1 MB instead of 5 MB): refused syncs, then smaller blocks.
    const small = ledgerBook(20_000);
    const { env } = emulate(small, { payloadLimitBytes: 1_000_000 }, path);
    const blocks: BlockInfo[] = [];
    const res = await readWorkbook(undefined, { env, onBlock: (b) => blocks.push(b) });
    expect(differences(res.snapshot, small)).toEqual([]);
    expect(res.syncs).toBeGreaterThan(1 + bySync(blocks).size); // some syncs were refused and retried
    for (const [, list] of bySync(blocks)) expect(list.reduce((n, b) => n + b.bytes, 0)).toBeLessThan(1_000_000);
  }, 60_000);

  it("respects a smaller cell limit per range", async () => {
    const small = ledgerBook(20_000);
    const { env } = emulate(small, { cellLimit: 10_000 }, path);
    const blocks: BlockInfo[] = [];
    const res = await readWorkbook(undefined, { env, limits: { rangeCells: 10_000 }, onBlock: (b) => blocks.push(b) });
    expect(differences(res.snapshot, small)).toEqual([]);
    for (const b of blocks) expect(b.rows * b.columns).toBeLessThanOrEqual(10_000);
    expect(res.syncs).toBe(1 + bySync(blocks).size);
  }, 60_000);
});

describe("readWorkbook: a host that refuses the sync-1 chain of null objects", () => {
  it("falls back to the windows: the same snapshot, one sync lost", async () => {
    const xlsx = await sampleSnapshot();
    const { env, host } = emulate(xlsx, {}, "chain-refused");
    const res = await readWorkbook(undefined, { env });
    expect(differences(res.snapshot, xlsx)).toEqual([]);
    expect(res.syncs).toBe(3);
    // Three requests reached the host; the first (the chain) was refused before it ran.
    expect(host.requests.map((r) => r.error)).toEqual(["InvalidArgument", null, null]);
  });
});

describe("readWorkbook: payload errors recognised by code, not by message", () => {
  it("GeneralException on an oversize request (older Excel on the web) is retried with smaller blocks", async () => {
    const small = ledgerBook(20_000);
    const { env } = emulate(small, { payloadLimitBytes: 1_000_000, oversizeErrorCode: "GeneralException" }, "client");
    const blocks: BlockInfo[] = [];
    const res = await readWorkbook(undefined, { env, onBlock: (b) => blocks.push(b) });
    expect(differences(res.snapshot, small)).toEqual([]);
    expect(res.syncs).toBeGreaterThan(1 + bySync(blocks).size);
  }, 60_000);

  it("a localised message with a payload code is recognised; an unrelated error with an English 'payload' message is not retried", async () => {
    const { isPayloadError } = await import("../../src/excel/payload");
    expect(isPayloadError({ code: "ResponsePayloadSizeLimitExceeded", message: "响应有效负载大小已超出限制。" })).toBe(true);
    expect(isPayloadError({ code: "RequestPayloadSizeLimitExceeded", message: "Die Größe der Anforderungsnutzlast hat das Limit überschritten." })).toBe(true);
    expect(isPayloadError({ code: "ItemNotFound", message: "payload too large" })).toBe(false);
    expect(isPayloadError({ code: "", httpStatusCode: 413 })).toBe(true);
    expect(isPayloadError({ code: "GeneralException" })).toBe(true);
  });
});
