/** The sample workbooks: built from their definitions, read back with readWorkbook, slips present in the filed one and gone in the corrected one. */
import fs from "fs";
import os from "os";
import path from "path";
import { type Cell, type SheetSnapshot, type WorkbookSnapshot, cellAt, plainRows } from "../../src/core/snapshot";
import { parseA1 } from "../../src/core/address";
import { fixed, fromNumber } from "../../src/core/decimal";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { buildSamples } from "../../samples/build-samples";
import { haikou2023 } from "../../samples/haikou-2023.def";
import { applyEdits } from "../../samples/workbook-def";
import { SEED_PARTS, SEED_PATH } from "../helpers/seed";
import { testShared } from "../helpers/shared";

const SEED = SEED_PATH;

let dir: string;
let original: WorkbookSnapshot;
let corrected: WorkbookSnapshot;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samples-"));
  const files = await buildSamples(dir);
  expect(files.map((f) => path.basename(f))).toEqual(["haikou-2023.xlsx", "haikou-2023-corrected.xlsx"]);
  original = await readWorkbook(files[0]!);
  corrected = await readWorkbook(files[1]!);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sheet(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function at(s: SheetSnapshot, ref: string): Cell | undefined {
  const p = parseA1(ref);
  if (!p) throw new Error(ref);
  return cellAt(s, p.row, p.col);
}

/** Column A of the narrative, blank lines as "". */
function narrative(wb: WorkbookSnapshot): string[] {
  const rows = plainRows(sheet(wb, "自评报告"));
  // Array.from, not map: blank lines are holes in the sparse rows, and map would keep them as holes.
  return Array.from({ length: rows.length }, (_, i) => {
    const v = rows[i]?.[0]?.v;
    return typeof v === "string" ? v : "";
  });
}

function allText(wb: WorkbookSnapshot): string[] {
  return wb.sheets.flatMap((s) => plainRows(s).flatMap((row) => (row ?? []).flatMap((c) => (typeof c?.v === "string" ? [c.v] : []))));
}

const count = (lines: string[], s: string): number => lines.reduce((n, l) => n + l.split(s).length - 1, 0);

/** 元 to exact 分. */
const fen = (v: number): number => Number(fromNumber(v).times(100).toFixed(0));

describe.each([
  ["filed", () => original],
  ["corrected", () => corrected],
])("%s workbook", (_label, wb) => {
  it("has the six sheets in order", () => {
    expect(wb().sheets.map((s) => s.name)).toEqual(["项目信息", "预算执行", "支付台账", "合同", "绩效指标", "自评报告"]);
    expect(wb().sheets.every((s) => !s.hidden)).toBe(true);
  });

  it("has a ledger whose rows add up exactly to 全年执行数, with a matching 合计", () => {
    const ledger = sheet(wb(), "支付台账");
    const amounts = plainRows(ledger)
      .slice(2, 14)
      .map((row) => row?.[4]);
    expect(amounts).toHaveLength(12);
    const total = amounts.reduce((s, c) => {
      if (typeof c?.v !== "number") throw new Error("amount missing");
      expect(c.fmt).toBe("#,##0.00");
      expect(Number.isInteger(fen(c.v))).toBe(true);
      return s + fen(c.v);
    }, 0);
    expect(total).toBe(1065554685);

    const sum = at(ledger, "E15")!;
    expect(sum.f).toBe("SUM(E3:E14)");
    expect(fixed(fromNumber(sum.v as number), 2)).toBe("10655546.85");
    expect(at(ledger, "A15")!.v).toBe("合计");
  });

  it("has payment dates in 2023 as Excel dates", () => {
    const ledger = sheet(wb(), "支付台账");
    expect(at(ledger, "B3")).toStrictEqual({ v: 44946, fmt: "yyyy-mm-dd" }); // 2023-01-20
    expect(at(ledger, "B14")).toStrictEqual({ v: 45288, fmt: "yyyy-mm-dd" }); // 2023-12-28
  });

  it("caches the contract's annual amount", () => {
    const c = sheet(wb(), "合同");
    const annual = at(c, "H2")!;
    expect(annual.f).toBe("G2/F2");
    expect(fixed(fromNumber(annual.v as number), 2)).toBe("11265140.70");
    expect(at(c, "G2")).toStrictEqual({ v: 33795422.1, fmt: "#,##0.00" });
    expect(at(c, "D2")).toStrictEqual({ v: 45138, fmt: "yyyy-mm-dd" });
    expect(at(c, "E2")).toStrictEqual({ v: 45142, fmt: "yyyy-mm-dd" });
  });

  it("sums the fund sources with formulas and cached totals", () => {
    const b = sheet(wb(), "预算执行");
    expect(at(b, "A1")!.v).toBe("2023年度项目资金预算及执行情况");
    expect(b.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(at(b, "C4")).toStrictEqual({ v: 11268530.96, f: "SUM(C5:C7)", fmt: "#,##0.00" });
    expect(at(b, "D4")).toStrictEqual({ v: 10655546.85, f: "SUM(D5:D7)", fmt: "#,##0.00" });
    expect(fixed(fromNumber(at(b, "E4")!.v as number).times(100), 2)).toBe("94.56");
  });

  it("masks the phone number everywhere", () => {
    const text = allText(wb());
    expect(text.some((t) => /1\d{10}/.test(t))).toBe(false);
    expect(at(sheet(wb(), "项目信息"), "B6")!.v).toBe("131****9588");
    expect(narrative(wb())).toContain("联系电话：131****9588");
  });
});

describe("slips", () => {
  const slips: Array<[string, number]> = [
    ["2023年政府采购支出1065.25元", 2],
    ["一年1126140.7元", 1],
    ["资金总额-执行率94.56%元", 1],
    ["专户-执行率0", 1],
    ["单位全年执行率0.00%", 1],
  ];

  it.each(slips)("the filed narrative has %s (×%i), the corrected one not", (slip, n) => {
    expect(count(narrative(original), slip)).toBe(n);
    expect(count(narrative(corrected), slip)).toBe(0);
  });

  it("the corrected narrative has the right figures and explains the adjustment after the 预算情况 lines", () => {
    const lines = narrative(corrected);
    expect(count(lines, "2023年政府采购支出1065.55万元")).toBe(2);
    expect(count(lines, "一年11265140.70元")).toBe(1);
    expect(count(lines, "专户-执行率—（无预算）")).toBe(1);
    expect(count(lines, "单位全年执行率—（无预算）")).toBe(1);
    const i = lines.indexOf("单位年初预算数0元，单位全年预算数0元。");
    expect(lines[i + 1]).toBe("全年预算数较年初预算数调增3,030.96元，原因为年中追加外包服务费结算差额（示例说明）。");
    expect(lines).toHaveLength(narrative(original).length + 1);
  });

  it("0/0 rates read 0.00% in the filed sheet and — in the corrected one", () => {
    const filed = sheet(original, "预算执行");
    const fixedSheet = sheet(corrected, "预算执行");
    for (const r of [6, 7]) {
      expect(at(filed, `E${r}`)).toStrictEqual({ v: 0, f: `IFERROR(D${r}/C${r},0)`, fmt: "0.00%" });
      expect(at(fixedSheet, `E${r}`)).toStrictEqual({ v: "—", f: `IF(C${r}=0,"—",D${r}/C${r})`, fmt: "0.00%" });
    }
    expect(at(filed, "F4")).toBeUndefined();
    expect(at(fixedSheet, "F4")!.v).toBe("年中调增3,030.96元（示例说明：追加外包服务费结算差额）");
    expect(at(fixedSheet, "F5")!.v).toBe("年中调增3,030.96元（示例说明：追加外包服务费结算差额）");
  });
});

describe("the narrative sheet", () => {
  testShared(SEED_PARTS, "is the seed line by line, phone number masked", () => {
    const lines = fs.readFileSync(SEED, "utf8").replace(/\n$/, "").split("\n");
    expect(narrative(original)).toEqual(lines.map((l) => l.replace("13138999588", "131****9588")));
  });
});

describe("applyEdits", () => {
  it("refuses an edit that no longer matches what it expects", () => {
    expect(() => applyEdits(haikou2023, [{ reason: "t", sheet: "自评报告", replace: "2023年政府采购支出1065.25元", with: "x", count: 1 }])).toThrow(
      /expected 1/
    );
    expect(() => applyEdits(haikou2023, [{ reason: "t", sheet: "预算执行", after: "资金来源", insert: ["x"] }])).toThrow(/formulas/);
  });

  it("leaves the original definition untouched", () => {
    const before = JSON.stringify(haikou2023);
    applyEdits(haikou2023, [{ reason: "t", sheet: "项目信息", cell: "B1", set: "x" }]);
    expect(JSON.stringify(haikou2023)).toBe(before);
  });
});
