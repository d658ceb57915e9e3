/** Test helpers for the report core: the sample read from disk, a ReportPlan applied to a snapshot in memory, cells and findings by sheet. */
import fs from "fs";
import os from "os";
import path from "path";
import { parseA1 } from "../../src/core/address";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import type { CellWrite, ReportPlan, SheetPlan } from "../../src/core/report/plan";
import { type Cell, type MergeRange, type SheetSnapshot, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { buildSamples } from "../../samples/build-samples";

export const HAIKOU = path.resolve(__dirname, "../../samples/haikou-2023.xlsx");

/** samples/haikou-2023.xlsx as the reader gives it; built into a temporary folder when `npm run samples` has not run. */
export async function readHaikou(): Promise<WorkbookSnapshot> {
  if (fs.existsSync(HAIKOU)) return readWorkbook(HAIKOU);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-samples-"));
  try {
    const [file] = await buildSamples(dir);
    return await readWorkbook(file!);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function range(a: string): MergeRange {
  const [from, to = from] = a.split(":");
  const p = parseA1(from!)!;
  const q = parseA1(to!)!;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** The snapshot as it would be after the plan is applied: a created sheet replaces any namesake, writes land in place. */
export function applyPlan(snapshot: WorkbookSnapshot, plan: ReportPlan): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = snapshot.sheets.map((s) => ({ ...s, rows: plainRows(s).map((r) => (r ? [...r] : r)), merges: [...s.merges] }));
  for (const p of plan.sheets) {
    let sheet = sheets.find((s) => s.name === p.name);
    if (p.create) {
      const fresh: SheetSnapshot = { name: p.name, hidden: false, rows: [], merges: [] };
      if (sheet) sheets[sheets.indexOf(sheet)] = fresh;
      else sheets.push(fresh);
      sheet = fresh;
    }
    if (!sheet) throw new Error(`plan writes to a missing sheet ${p.name}`);
    for (const w of p.writes) {
      const at = parseA1(w.address)!;
      const row = (plainRows(sheet)[at.row] ??= []);
      const cell: Cell | undefined =
        w.value === null ? undefined : { v: w.value, ...(w.formula ? { f: w.formula } : {}), ...(w.numberFormat ? { fmt: w.numberFormat } : {}) };
      row[at.col] = cell;
    }
    for (const m of p.merges) sheet.merges.push(range(m));
  }
  return { sheets };
}

export function sheetPlan(plan: ReportPlan, name: string): SheetPlan {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no planned sheet ${name}; have ${plan.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

export function write(plan: ReportPlan, sheet: string, address: string): CellWrite | undefined {
  return sheetPlan(plan, sheet).writes.find((w) => w.address === address);
}

export function value(plan: ReportPlan, sheet: string, address: string): CellWrite["value"] | undefined {
  return write(plan, sheet, address)?.value;
}

/** Column A of a planned sheet, in row order: the narrative's paragraphs. */
export function columnA(plan: ReportPlan, sheet: string): string[] {
  return sheetPlan(plan, sheet)
    .writes.filter((w) => /^A\d+$/.test(w.address))
    .sort((a, b) => Number(a.address.slice(1)) - Number(b.address.slice(1)))
    .map((w) => String(w.value));
}

/** The sheet a finding's cell is on: "自评报告!A61" → 自评报告, "'My sheet'!B2" → My sheet. */
export function sheetOfCell(cell: string): string {
  const name = cell.slice(0, cell.lastIndexOf("!"));
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Error findings that name a cell on one of the given sheets, after the plan is applied. */
export function errorsOn(snapshot: WorkbookSnapshot, plan: ReportPlan): Finding[] {
  const written = new Set(plan.sheets.map((s) => s.name));
  return checkWorkbook(applyPlan(snapshot, plan)).findings.filter((f) => f.severity === "error" && f.cells.some((c) => written.has(sheetOfCell(c))));
}
