/**
 * The corpus as Word reports: each report's definition written as a .docx (test/helpers/docx-writer.ts: narrative sheets
 * as paragraphs, the others as tables with gridSpan/vMerge), read back, and checked. The document must give the findings
 * the workbook gives: the same rules, severities, expected and found figures, at the same places mapped between the
 * layouts (自评报告!A12 → 正文!A<its paragraph>, the k-th table sheet's C5 → 表k!C5).
 */
import { checkWorkbook } from "../../src/core/check";
import { readDocx } from "../../src/io/docx-reader";
import { loadCorpus } from "../corpus/score";
import { snapshotOf } from "../corpus/snapshot";
import { comparable, docxRefs } from "../helpers/docx-refs";
import { docxFromWorkbook, isNarrative } from "../helpers/docx-writer";

const reports = loadCorpus();

test("the corpus holds enough reports with findings to compare", () => {
  const withFindings = reports.filter((r) => checkWorkbook(snapshotOf(r.workbook)).findings.length > 0);
  expect(reports.length).toBeGreaterThanOrEqual(10);
  expect(withFindings.length).toBeGreaterThanOrEqual(10);
});

test.each(reports.map((r) => [r.id, r] as const))("%s: the .docx gives the workbook's roles and findings", async (_id, r) => {
  const fromBook = checkWorkbook(snapshotOf(r.workbook));
  const fromDocx = checkWorkbook(await readDocx(await docxFromWorkbook(r.workbook)));
  // Each table is recognised as its sheet was (a 自评表 with merged headers as evaluation-form); the paragraphs as narrative.
  const visible = r.workbook.sheets.filter((s) => !s.hidden);
  const tables = visible.filter((s) => !isNarrative(s)).map((s) => fromBook.sheets.find((x) => x.name === s.name)!.role);
  expect(fromDocx.sheets.filter((s) => s.name !== "正文").map((s) => s.role)).toEqual(tables);
  if (visible.some(isNarrative)) expect(fromDocx.sheets[0]?.role).toBe("report-text");
  expect(comparable(fromDocx.findings)).toEqual(comparable(fromBook.findings, docxRefs(r.workbook)));
});
