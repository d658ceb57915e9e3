/** Shared set-up of the adapter tests: an emulated Excel from a snapshot, and the env the adapter runs on. */
import fs from "fs";
import path from "path";
import { type EmulatorInput, type EmulatorOptions, type ExcelEmulator } from "../../src/emulator";
import { type Cell, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import type { ExcelEnv } from "../../src/excel/env";
import { readWorkbook as readXlsx } from "../../src/io/xlsx-reader";
import type { RichApiHost } from "../../src/emulator/richapi";
import { viaClientLibrary } from "../officejs/client";

export type ReadPath = "client" | "windows" | "chain-refused";

/**
 * An emulated Excel behind Microsoft's client library (test/officejs/client.ts), and the env the adapter runs on.
 * `path` is for the read tests: "client" (the default: a host with ExcelApi 1.5, so sync 1 takes the
 * getFirst/getNextOrNullObject chain), "windows" (a host without 1.5: read through the windows), "chain-refused" (a host
 * that refuses an …OrNullObject call on a null object's result).
 */
export function emulate(input: EmulatorInput, options?: EmulatorOptions, path: ReadPath = "client"): { emu: ExcelEmulator; env: ExcelEnv; host: RichApiHost } {
  const { emu, env, host } = viaClientLibrary(input, options, { refuseNullChains: path === "chain-refused" });
  if (path !== "windows") return { emu, env, host };
  return { emu, host, env: { ...env, isSetSupported: (name, version) => !(name === "ExcelApi" && version === "1.5") && env.isSetSupported(name, version) } };
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
      const ra = plainRows(sa)[r] ?? [];
      const rb = plainRows(sb)[r] ?? [];
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
