/** Places in a Word report as the text output names them: paragraph, table cell, text box, note; workbook cells as they are. */
import { strings } from "../../src/core/i18n";
import { placeName } from "../../src/core/places";
import { cellsLine } from "../../src/cli/text-output";

const sheets = [
  { name: "正文", document: { kind: "body" as const } },
  { name: "表2", document: { kind: "table" as const, table: 2 } },
  // Renamed where the workbook had a sheet 表3 of its own: the place keeps the table's number.
  { name: "表3（Word）", document: { kind: "table" as const, table: 3 } },
  { name: "文本框", document: { kind: "textboxes" as const } },
  { name: "脚注", document: { kind: "notes" as const, notes: "footnotes" as const } },
  { name: "尾注", document: { kind: "notes" as const, notes: "endnotes" as const } },
  { name: "行", document: { kind: "lines" as const } },
  { name: "预算执行" },
  { name: "表3" },
];

test.each([
  ["正文!A12", "第12段", "paragraph 12"],
  ["表2!C5", "表2 第5行第3列", "table 2, row 5, column 3"],
  ["'表3（Word）'!B1", "表3 第1行第2列", "table 3, row 1, column 2"],
  ["表3!B1", "表3!B1", "表3!B1"],
  ["文本框!A2", "文本框第2段", "text box paragraph 2"],
  ["脚注!A1", "脚注1", "footnote 1"],
  ["尾注!A3", "尾注3", "endnote 3"],
  ["行!A61", "第61行", "line 61"],
  ["预算执行!D4", "预算执行!D4", "预算执行!D4"],
  ["未知!A1", "未知!A1", "未知!A1"],
])("%s → %s / %s", (ref, zh, en) => {
  expect(placeName(ref, sheets, strings("zh-CN"))).toBe(zh);
  expect(placeName(ref, sheets, strings("en"))).toBe(en);
});

test("the cells line separates document places so English commas stay readable; a workbook's line is as before", () => {
  const f = { rule: "unit-slip" as const, cells: ["正文!A37", "表2!D4", "预算执行!D4"] };
  expect(cellsLine(f, strings("zh-CN"), sheets)).toBe("有误：第37段；依据：表2 第4行第4列、预算执行!D4");
  expect(cellsLine(f, strings("en"), sheets)).toBe("wrong: paragraph 37; basis: table 2, row 4, column 4; 预算执行!D4");
  expect(cellsLine({ rule: "unit-slip", cells: ["自评报告!A61", "预算执行!D4", "合同!H2"] }, strings("zh-CN"))).toBe(
    "有误：自评报告!A61；依据：预算执行!D4、合同!H2"
  );
});
