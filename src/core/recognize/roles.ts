/** Sheet roles read from content: header rows of known tables, project-info labels, narrative paragraphs, form titles. */
import { cellString } from "../cells";
import type { SheetRole } from "../model";
import { type SheetSnapshot, rowAt } from "../snapshot";
import type { HeaderHit } from "./headers";
import { norm } from "./text";

const INFO_LABEL =
  /^(项目名称|预算单位|主管部门|实施单位|主管单位|项目单位|项目负责人|负责人|联系电话|评价年度|预算年度|年度|项目类型|项目周期|项目期限|项目总预算|总预算|年度预算|立项依据|projectname|budgetunit|supervisingdepartment|implementingunit|evaluationyear|year|projectbudget|totalbudget|annualbudget|projectperiod)/;

function topText(sheet: SheetSnapshot, rows: number): string {
  let s = "";
  for (let r = 0; r < Math.min(rows, sheet.rows.length); r++) {
    for (const c of rowAt(sheet, r) ?? []) s += cellString(c) + " ";
  }
  return norm(s);
}

/** Label cells in the first columns that name project facts. */
export function infoLabelCount(sheet: SheetSnapshot): number {
  let n = 0;
  for (let r = 0; r < Math.min(60, sheet.rows.length); r++) {
    const row = rowAt(sheet, r);
    for (let c = 0; c < Math.min(4, row?.length ?? 0); c++) {
      const t = norm(cellString(row?.[c])).replace(/[:：]$/, "");
      if (t && t.length <= 20 && INFO_LABEL.test(t)) n++;
    }
  }
  return n;
}

/** Long text cells, the paragraphs of a narrative. */
export function paragraphCount(sheet: SheetSnapshot, minLength = 40): number {
  let n = 0;
  for (let r = 0; r < Math.min(2000, sheet.rows.length); r++) {
    for (const c of rowAt(sheet, r) ?? []) {
      if (c && typeof c.v === "string" && c.v.trim().length >= minLength) n++;
    }
  }
  return n;
}

export function sheetRole(sheet: SheetSnapshot, hits: HeaderHit[]): SheetRole {
  // A Word document's paragraphs, text boxes and notes are prose however short, and a title such as "…自评表" above a
  // table belongs to the table; the document's tables are judged by their content like any sheet.
  if (sheet.document && sheet.document.kind !== "table") return "report-text";
  const kinds = new Set(hits.map((h) => h.kind));
  const title = topText(sheet, 4);
  if ((kinds.has("budget") && kinds.has("indicators")) || /自评表|self-evaluationform/.test(title)) return "evaluation-form";
  const first = hits[0];
  if (first) {
    switch (first.kind) {
      case "budget":
        return "budget";
      case "payments":
        return "payments";
      case "contracts":
        return "contracts";
      case "indicators":
        return "indicators";
    }
  }
  const paragraphs = paragraphCount(sheet);
  const labels = infoLabelCount(sheet);
  if (labels >= 3 && labels >= paragraphs) return "project-info";
  // Under a report title, sentences typed one to a row count too.
  if (paragraphs >= 3 || (/自评报告|评价报告|selfevaluationreport/.test(title) && paragraphCount(sheet, 12) >= 1)) return "report-text";
  return "unknown";
}
