/** Shared set-up of the adapter tests: an emulated Excel from a snapshot, and the env the adapter runs on. */
import fs from "fs";
import path from "path";
import { createExcelEmulator, type EmulatorInput, type EmulatorOptions, type ExcelEmulator } from "../../src/emulator";
import type { Cell, WorkbookSnapshot } from "../../src/core/snapshot";
import type { ExcelEnv } from "../../src/excel/env";
import { readWorkbook as readXlsx } from "../../src/io/xlsx-reader";
import { viaClientLibrary } from "../officejs/client";

export function envOf(emu: ExcelEmulator): ExcelEnv {
  return {
    run: (batch) => emu.Excel.run(batch),
    isSetSupported: (name, version) => emu.Office.context.requirements.isSetSupported(name, version),
  };
}

/**
 * An env whose object model has no WorksheetCollection.getFirst (as before ExcelApi 1.5, or an emulation without it):
 * readWorkbook then reads through the windows instead of the sync-1 chain.
 */
export function windowsEnvOf(emu: ExcelEmulator): ExcelEnv {
  return {
    run: (batch) =>
      emu.Excel.run((context) => {
        const real = context.workbook.worksheets;
        const worksheets = new Proxy(real, { get: (t, p, r) => (p === "getFirst" ? undefined : Reflect.get(t, p, r)) });
        const workbook = new Proxy(context.workbook, { get: (t, p, r) => (p === "worksheets" ? worksheets : Reflect.get(t, p, r)) });
        return batch(new Proxy(context, { get: (t, p, r) => (p === "workbook" ? workbook : Reflect.get(t, p, r)) }));
      }),
    isSetSupported: (name, version) => emu.Office.context.requirements.isSetSupported(name, version),
  };
}

/**
 * An env whose host refuses the sync-1 chain past the last sheet: the links after it are getItem of a missing sheet,
 * so the sync fails (ItemNotFound), as a host that does not accept calls on null objects would.
 */
export function refusedChainEnvOf(emu: ExcelEmulator): ExcelEnv {
  return {
    run: (batch) =>
      emu.Excel.run((context) => {
        const names = emu.sheetNames();
        const real = context.workbook.worksheets;
        const link = (i: number): Excel.Worksheet => {
          const ws = i < names.length ? real.getItemOrNullObject(names[i]!) : real.getItem("\u0000no sheet");
          return new Proxy(ws, { get: (t, p, r) => (p === "getNextOrNullObject" ? () => link(i + 1) : Reflect.get(t, p, r)) });
        };
        const worksheets = new Proxy(real, { get: (t, p, r) => (p === "getFirst" ? () => link(0) : Reflect.get(t, p, r)) });
        const workbook = new Proxy(context.workbook, { get: (t, p, r) => (p === "worksheets" ? worksheets : Reflect.get(t, p, r)) });
        return batch(new Proxy(context, { get: (t, p, r) => (p === "workbook" ? workbook : Reflect.get(t, p, r)) }));
      }),
    isSetSupported: (name, version) => emu.Office.context.requirements.isSetSupported(name, version),
  };
}

export type ReadPath = "chain" | "windows" | "chain-refused" | "client";

/**
 * An emulated Excel and the env the adapter runs on. `path` is for the read tests: "chain" (the default: the emulation
 * has getFirst/getNextOrNullObject), "windows" (without them), "chain-refused" (a host refusing the chain), "client"
 * (Microsoft's client library over the emulated host).
 */
export function emulate(input: EmulatorInput, options?: EmulatorOptions, path: ReadPath = "chain"): { emu: ExcelEmulator; env: ExcelEnv } {
  if (path === "client") {
    // Microsoft's client library over the emulated host (test/officejs/client.ts); the host measures the real payload.
    const { emu, env } = viaClientLibrary(input, options);
    return { emu, env };
  }
  const emu = createExcelEmulator(input, options);
  const env = path === "windows" ? windowsEnvOf(emu) : path === "chain-refused" ? refusedChainEnvOf(emu) : envOf(emu);
  return { emu, env };
}

export const SAMPLE = path.join(__dirname, "../../samples/haikou-2023.xlsx");

export async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  if (!fs.existsSync(SAMPLE)) throw new Error(`${SAMPLE} is missing: run "npm run samples" first`);
  return readXlsx(SAMPLE);
}

/** A cell without its display text (the .xlsx reader has none). */
export function withoutText(c: Cell | undefined): Cell | undefined {
  if (!c) return undefined;
  const { text: _text, ...rest } = c;
  void _text;
  return rest;
}

/** Every (sheet, row, col) where the two snapshots differ, modulo display text; empty when they agree. */
export function differences(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  if (a.sheets.length !== b.sheets.length) out.push(`sheet count ${a.sheets.length} vs ${b.sheets.length}`);
  a.sheets.forEach((sa, i) => {
    const sb = b.sheets[i];
    if (!sb) return;
    if (sa.name !== sb.name) out.push(`sheet ${i} name ${sa.name} vs ${sb.name}`);
    if (sa.hidden !== sb.hidden) out.push(`${sa.name} hidden ${sa.hidden} vs ${sb.hidden}`);
    const rows = Math.max(sa.rows.length, sb.rows.length);
    for (let r = 0; r < rows; r++) {
      const ra = sa.rows[r] ?? [];
      const rb = sb.rows[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        const x = JSON.stringify(withoutText(ra[c]));
        const y = JSON.stringify(withoutText(rb[c]));
        if (x !== y) out.push(`${sa.name} r${r}c${c}: ${x} vs ${y}`);
      }
    }
    const ma = JSON.stringify([...sa.merges].sort((p, q) => p.top - q.top || p.left - q.left));
    const mb = JSON.stringify([...sb.merges].sort((p, q) => p.top - q.top || p.left - q.left));
    if (ma !== mb) out.push(`${sa.name} merges ${ma} vs ${mb}`);
  });
  return out;
}
