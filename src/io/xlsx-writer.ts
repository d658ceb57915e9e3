/**
 * Writes a ReportPlan into a copy of the input workbook: ExcelJS opens the input, fills the plan's sheets and writes
 * the package, then we add the 支出进度 chart as native DrawingML (ExcelJS cannot write charts), check that every sheet
 * we did not write reads back exactly as in the input, and only then move the file into place. The input is never
 * written to.
 *
 * The concerns live in modules of their own, as the reader's do: exceljs-patches (exact copies), sheet-targets (where
 * each plan sheet goes), sheet-cells (cells and row heights), sheet-print (borders, page setup, the provenance note),
 * sheet-copy (templates), chart-specs + chart-ooxml (the chart parts), write-safety (the checks), package-io (the
 * package around the sheets and the atomic write), write-errors (refusals and their messages).
 */
import "./exceljs-patches";
import ExcelJS from "exceljs";
import { PROVENANCE_PROPERTY, type ReportPlan } from "../core/report/plan";
import type { WorkbookSnapshot } from "../core/snapshot";
import { addCharts, type ChartSpec } from "./chart-ooxml";
import { resolveChart } from "./chart-specs";
import { writeAtomically } from "./atomic-write";
import { addCustomProperty, packageFacts, type WriteWarning } from "./package-io";
import { clearSheet, copySheet } from "./sheet-copy";
import { colIndex, fitRowHeights, writeCell } from "./sheet-cells";
import { addNote, drawTableBorders, printSetup } from "./sheet-print";
import { resolveTargets, type SheetAction, type SheetTarget } from "./sheet-targets";
import { checkOutputPath, diffUntouched } from "./write-safety";
import { ReportWriteError } from "./write-errors";
import { readWorkbook } from "./xlsx-reader";

export { describeWriteError, ReportWriteError, type WriteErrorKind } from "./write-errors";
export { resolveTargets, validSheetName, type SheetAction, type SheetTarget } from "./sheet-targets";
export { renameInFormula } from "./sheet-cells";
export { diffSheet, diffUntouched } from "./write-safety";
export type { WriteWarning } from "./package-io";

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
  warnings: WriteWarning[];
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
  const { warnings, font } = await packageFacts(input);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
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
      prompts: t.plan.writes.filter((w) => w.prompt).length,
      chart: t.plan.chart !== null,
    });
  }
  for (const t of targets) if (t.plan.chart) charts.push(resolveChart(wb, t, t.plan.chart));

  const written = Buffer.from(await wb.xlsx.writeBuffer());
  let pkg = await addCharts(written, charts);
  if (plan.provenance) pkg = await addCustomProperty(pkg, PROVENANCE_PROPERTY, plan.provenance);

  // Every sheet we did not write must read back as it was: values, formulas, number formats, merges.
  const after = await readWorkbook(pkg);
  const changed = diffUntouched(
    before,
    after,
    targets.map((t) => t.target)
  );
  if (changed.length > 0) throw new ReportWriteError("changed-source", output, { detail: changed.slice(0, 3).join("; ") });

  await writeAtomically(output, pkg);
  return { output, sheets: outcomes, warnings };
}
