/**
 * Writes a ReportPlan into a copy of the input workbook: ExcelJS opens the input (its source sheets emptied, so a large
 * ledger costs it nothing) and composes the plan's sheets in a scratch package; only those sheets are grafted into the
 * input's own package (every part they do not touch copied as stored), the 支出进度 chart is added as native DrawingML
 * (ExcelJS cannot write charts), every sheet we did not write must read back exactly as in the input, and only then is
 * the file moved into place. The input is never written to.
 *
 * The concerns live in modules of their own, as the reader's do: exceljs-patches (exact copies), sheet-targets (where
 * each plan sheet goes), sheet-cells (cells and row heights), sheet-print (borders, page setup, the provenance note),
 * sheet-copy (templates), graft/ (the composed sheets in the input's package), chart-specs + chart-ooxml (the chart
 * parts), write-safety (the checks), package-io (default font, provenance property), write-errors (refusals and their
 * messages).
 */
import "./exceljs-patches";
import ExcelJS from "exceljs";
import { PROVENANCE_PROPERTY, promptsIn, type ReportPlan } from "../core/report/plan";
import { parseA1 } from "../core/address";
import type { WorkbookSnapshot } from "../core/snapshot";
import { addCharts, type ChartSpec, removeCharts } from "./chart-ooxml";
import { graftSheets } from "./graft/graft";
import { PackageEdit } from "./graft/package-edit";
import { workbookParts } from "./graft/workbook-part";
import { WorkbookReadError } from "./read-error";
import { resolveChart } from "./chart-specs";
import { writeAtomically } from "./atomic-write";
import { addCustomProperty, defaultFont } from "./package-io";
import { clearSheet, copySheet } from "./sheet-copy";
import { colIndex, fitRowHeights, parseRange, writeCell } from "./sheet-cells";
import { addNote, drawTableBorders, printSetup } from "./sheet-print";
import { MAX_SHEET_NAME, resolveTargets, type SheetAction, type SheetTarget } from "./sheet-targets";
import { checkOutputPath, diffUntouched } from "./write-safety";
import { ReportWriteError } from "./write-errors";
import { readWorkbook } from "./xlsx-reader";

export { describeWriteError, ReportWriteError, type WriteErrorKind } from "./write-errors";
export { resolveTargets, validSheetName, type SheetAction, type SheetTarget } from "./sheet-targets";
export { renameInFormula } from "./sheet-cells";
export { diffSheet, diffUntouched } from "./write-safety";

export interface SheetOutcome {
  /** The sheet's name in the plan. */
  name: string;
  /** The sheet written in the output. */
  written: string;
  action: SheetAction;
  needsConsent: boolean;
  /** 待填写 cells left for the user. */
  prompts: number;
  chart: boolean;
}

export interface WriteResult {
  output: string;
  sheets: SheetOutcome[];
}

export interface WriteOptions {
  /** The user's yes to writing sheets marked needsConsent (CLI --yes). Without it they go to new "（生成）" sheets. */
  consent?: boolean;
  /** The input as already read (saves reading it again); it must be the snapshot of `input`. */
  snapshot?: WorkbookSnapshot;
}

function applySheet(ws: ExcelJS.Worksheet, t: SheetTarget, font: Partial<ExcelJS.Font> | undefined): void {
  const sp = t.plan;
  for (const [letters, w] of Object.entries(sp.widths)) {
    // ExcelJS takes a width of exactly 9 for its default and writes no <col> for it (Excel's default is 8.43).
    ws.getColumn(colIndex(letters) + 1).width = w === 9 ? 9.0001 : w;
  }
  for (const w of sp.writes) writeCell(ws, w, sp.name, t.target, font);
  for (const m of sp.merges) {
    ws.unMergeCells(m);
    ws.mergeCells(m);
  }
  fitRowHeights(ws, sp);
  // A user's sheet keeps its own borders and page setup.
  if (t.action === "filled") return;
  drawTableBorders(ws, sp);
  printSetup(ws, sp);
  addNote(ws, sp);
}

/** The cells a plan sheet writes: its cells and every cell of its merges ("row,col", 0-based). */
function ownedCells(t: SheetTarget): Set<string> {
  const out = new Set<string>();
  for (const w of t.plan.writes) {
    const p = parseA1(w.address);
    if (p) out.add(`${p.row},${p.col}`);
  }
  for (const m of t.plan.merges.map(parseRange)) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) out.add(`${r},${c}`);
  return out;
}

const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/**
 * The input as ExcelJS needs to see it: every worksheet but those in `keep` (sheets written into, and those a filled-in
 * copy is made of) without its cells. The plan's sheets are composed in ExcelJS and grafted into the input's own
 * package, so the source sheets' cells are never needed there, and ExcelJS holds every cell of what it loads as
 * objects: a workbook of 500,000 cells took 1.2 GB.
 */
async function scratchInput(input: string, keep: ReadonlySet<string>): Promise<Buffer> {
  const pkg = await PackageEdit.open(input);
  try {
    const sheets = (await workbookParts(pkg)).sheets;
    // A name past Excel's 31 characters: Excel renames it on opening, ExcelJS cuts it short with a warning (and two
    // names cut alike collide), so a report's formulas could name no sheet.
    if (sheets.some((s) => [...s.name].length > MAX_SHEET_NAME)) throw new WorkbookReadError("corrupt", { detail: "structure" });
    for (const s of sheets) if (s.part && !keep.has(s.name)) pkg.set(s.part, EMPTY_SHEET);
    return await pkg.build();
  } finally {
    await pkg.close();
  }
}

/**
 * Writes `plan` into a copy of `input` at `output`. Refuses (ReportWriteError) an output that is the input, a plan
 * that writes a source sheet, and a copy in which any sheet not written reads back differently from the input.
 * Throws WorkbookReadError when the input cannot be read.
 */
export async function writeReport(input: string, plan: ReportPlan, output: string, options: WriteOptions = {}): Promise<WriteResult> {
  await checkOutputPath(input, output);
  const before = options.snapshot ?? (await readWorkbook(input));
  const targets = resolveTargets(
    plan,
    before.sheets.map((s) => s.name),
    options.consent ?? false,
    output
  );
  const font = await defaultFont(input);

  const wb = new ExcelJS.Workbook();
  try {
    // Whole in ExcelJS: a sheet written into (its merges and widths are composed there) and one a filled-in copy is made of.
    const whole = new Set(targets.flatMap((t) => (t.action === "filled" ? [t.target] : t.action === "redirected" && !t.plan.create ? [t.plan.name] : [])));
    await wb.xlsx.load((await scratchInput(input, whole)) as unknown as ExcelJS.Buffer);
  } catch (e) {
    // Our reader took the file; what ExcelJS refuses is the workbook's own structure (two sheets of one name, a name
    // Excel forbids). Its words are English and may quote whole attributes: the message says what it is instead.
    throw new WorkbookReadError("corrupt", { file: input, detail: e instanceof WorkbookReadError ? e.detail : "structure", cause: e });
  }
  const charts: ChartSpec[] = [];
  const outcomes: SheetOutcome[] = [];
  for (const t of targets) {
    let ws = wb.getWorksheet(t.target);
    if (ws && t.action === "replaced") clearSheet(ws);
    if (!ws) {
      const original = wb.getWorksheet(t.plan.name);
      // A fill-in plan for a sheet the user made, without consent: a copy of that sheet filled in, beside it untouched.
      ws = t.action === "redirected" && !t.plan.create && original ? copySheet(wb, original, t.target) : wb.addWorksheet(t.target);
    }
    applySheet(ws, t, font);
    outcomes.push({
      name: t.plan.name,
      written: t.target,
      action: t.action,
      needsConsent: t.plan.needsConsent,
      prompts: promptsIn(t.plan),
      chart: t.plan.chart !== null,
    });
  }
  for (const t of targets) if (t.plan.chart) charts.push(resolveChart(wb, t, t.plan.chart));

  // ExcelJS's package is scratch: only the written sheets are taken from it, into the input's own package.
  const scratch = await PackageEdit.open(Buffer.from(await wb.xlsx.writeBuffer()));
  const edit = await PackageEdit.open(input);
  let pkg: Buffer;
  try {
    await graftSheets(
      edit,
      scratch,
      targets.map((t) => ({ name: t.target, action: t.action, cells: ownedCells(t) }))
    );
    await removeCharts(
      edit,
      targets.filter((t) => t.action === "replaced").map((t) => t.target)
    );
    await addCharts(edit, charts);
    if (plan.provenance) await addCustomProperty(edit, PROVENANCE_PROPERTY, plan.provenance);
    pkg = await edit.build();
  } catch (e) {
    // The input's own package lacks what every Excel file has ([Content_Types].xml, <sheetData>, </worksheet>).
    if (e instanceof ReportWriteError) throw e;
    if (e instanceof WorkbookReadError) throw new WorkbookReadError(e.kind, { file: e.file ?? input, detail: e.detail, cause: e.cause, limit: e.limit });
    throw new WorkbookReadError("corrupt", { file: input, detail: "structure", cause: e });
  } finally {
    await Promise.all([edit.close(), scratch.close()]);
  }

  // Every sheet we did not write must read back as it was: values, formulas, number formats, merges.
  const after = await readWorkbook(pkg);
  const changed = diffUntouched(
    before,
    after,
    targets.map((t) => t.target)
  );
  if (changed.length > 0) throw new ReportWriteError("changed-source", output, { detail: changed.slice(0, 3).join("; ") });

  await writeAtomically(output, pkg);
  return { output, sheets: outcomes };
}
