/** A Word report and the workbook it was written from, as one snapshot to check as one scope; no Node imports, for the pane too. */
import type { WorkbookSnapshot } from "../../core/snapshot";

/**
 * The workbook's sheets, then the document's. A document sheet whose name the workbook already uses (a workbook may
 * well hold a sheet 表1) is renamed "表1（Word）", so every reference names one place; the text output names document
 * places by their part (`document`), not by these names.
 */
export function documentWithWorkbook(document: WorkbookSnapshot, workbook: WorkbookSnapshot): WorkbookSnapshot {
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  const renamed = document.sheets.map((s) => {
    let name = s.name;
    for (let n = 1; taken.has(name.toLowerCase()); n++) name = n === 1 ? `${s.name}（Word）` : `${s.name}（Word ${n}）`;
    taken.add(name.toLowerCase());
    return name === s.name ? s : { ...s, name };
  });
  return { sheets: [...workbook.sheets, ...renamed] };
}
