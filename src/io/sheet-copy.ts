/** Templates: a user's sheet copied beside itself (a fill-in without consent), and a sheet the report made before, cleared for a rewrite. */
import ExcelJS from "exceljs";

/** A new sheet holding a copy of another's cells, styles, merges, widths and page setup (not its tables). */
export function copySheet(wb: ExcelJS.Workbook, from: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  // A deep copy: styles must not be shared with the original's cells, or styling the copy would restyle the original.
  const m = structuredClone(from.model) as ExcelJS.WorksheetModel & { merges: string[]; mergeCells?: string[]; tables?: unknown[] };
  const views = (m.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  ws.model = { ...m, id: ws.id, name, mergeCells: m.merges, tables: [], views } as unknown as ExcelJS.WorksheetModel;
  return ws;
}

export function clearSheet(ws: ExcelJS.Worksheet): void {
  for (const key of Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges)) ws.unMergeCells(key);
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
    row.height = undefined as unknown as number;
  });
}
