/** Writes the sample workbooks (samples/haikou-2023.xlsx and its corrected twin) from their definitions with exceljs. */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { haikou2023 } from "./haikou-2023.def";
import { haikou2023Corrected } from "./haikou-2023-corrected.def";
import { dateSerial, isDate, isFormula, type CellDef, type CellStyle, type SheetDef, type WorkbookDef } from "./workbook-def";

export const SAMPLES: ReadonlyArray<{ file: string; def: WorkbookDef }> = [
  { file: "haikou-2023.xlsx", def: haikou2023 },
  { file: "haikou-2023-corrected.xlsx", def: haikou2023Corrected },
];

// A fixed timestamp keeps the document properties the same from build to build.
const BUILT = new Date(Date.UTC(2024, 2, 1));

function styleCell(cell: ExcelJS.Cell, style: CellStyle, sheet: SheetDef, bold: boolean): void {
  if (style.bold || bold) cell.font = { bold: true };
  const wrap = style.wrap ?? sheet.wrap;
  if (wrap || style.align) {
    cell.alignment = { ...(wrap ? { wrapText: true, vertical: "top" as const } : {}), ...(style.align ? { horizontal: style.align } : {}) };
  }
}

function writeCell(cell: ExcelJS.Cell, def: CellDef, sheet: SheetDef, bold: boolean): void {
  if (def === null) return;
  if (typeof def !== "object") {
    cell.value = def;
    styleCell(cell, {}, sheet, bold);
    return;
  }
  if (isFormula(def)) {
    // The cached result goes in too, so readers that do not recalculate see the value.
    cell.value = def.v === null ? ({ formula: def.f } as ExcelJS.CellFormulaValue) : { formula: def.f, result: def.v };
  } else if (isDate(def)) {
    // A plain serial with a date format is exactly what Excel stores; no time zone gets involved.
    cell.value = dateSerial(def.date);
  } else {
    cell.value = def.v;
  }
  const fmt = isDate(def) ? (def.fmt ?? "yyyy-mm-dd") : def.fmt;
  if (fmt) cell.numFmt = fmt;
  styleCell(cell, def, sheet, bold);
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetDef): void {
  const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
  sheet.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const bold = new Set(sheet.boldRows ?? []);
  sheet.rows.forEach((row, r) => {
    row.forEach((c, col) => writeCell(ws.getCell(r + 1, col + 1), c, sheet, bold.has(r + 1)));
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
}

export async function writeWorkbookDef(def: WorkbookDef, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "selfeval samples";
  wb.created = BUILT;
  wb.modified = BUILT;
  for (const sheet of def.sheets) addSheet(wb, sheet);
  await wb.xlsx.writeFile(file);
}

/** Writes every sample into outDir and returns the paths written. */
export async function buildSamples(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const s of SAMPLES) {
    const file = path.join(outDir, s.file);
    await writeWorkbookDef(s.def, file);
    written.push(file);
  }
  return written;
}

// The repository root is the nearest folder with a package.json: works from samples/ (ts) and dist/samples/ (built js).
function repoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

if (require.main === module) {
  buildSamples(path.join(repoRoot(__dirname), "samples")).then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    }
  );
}
