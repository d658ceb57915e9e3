/** The project-information block's values by label: 项目名称, 预算单位, 项目周期 … */
import { cellString } from "./cells";
import type { WorkbookModel } from "./model";
import { norm } from "./recognize/text";

/** The first non-empty value whose label matches `re` (labels normalised, a trailing colon dropped), or null. */
export function infoValue(model: WorkbookModel, re: RegExp): string | null {
  for (const info of model.info) {
    for (const e of info.entries) {
      if (re.test(norm(e.label).replace(/[:：]$/, ""))) {
        const v = cellString(e.value.cell);
        if (v) return v;
      }
    }
  }
  return null;
}
