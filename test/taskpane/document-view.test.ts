/** The pane's view of a Word report checked with the workbook: one scope, places as in Word, the workbook's cells apart. */
import { strings } from "../../src/core/i18n";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { combineScopes, placeOf, workbookCells } from "../../src/taskpane/document-view";
import { loadStrings } from "../../src/taskpane/strings";
import { report, sheet, workbook } from "../helpers/workbook";

beforeAll(() => loadStrings("zh-CN"));

const doc = (name: string, document: SheetSnapshot["document"]): SheetSnapshot => ({ ...sheet(name, [["x"]]), document });

test("the document's sheets follow the workbook's; one whose name the workbook uses is renamed", () => {
  const wb = workbook(sheet("预算", [["资金来源"]]), report("正文", ["用户自己的工作表"]));
  const { snapshot, scope } = combineScopes(wb, { sheets: [doc("正文", { kind: "body" }), doc("表1", { kind: "table", table: 1 })] }, "r.docx");
  expect(snapshot.sheets.map((x) => x.name)).toEqual(["预算", "正文", "正文（Word）", "表1"]);
  expect([...scope.parts.keys()]).toEqual(["正文（Word）", "表1"]);
  expect(scope.file).toBe("r.docx");

  const s = strings("zh-CN");
  expect(placeOf("'正文（Word）'!A12", scope, s)).toBe("第12段");
  expect(placeOf("表1!C5", scope, s)).toBe("表1 第5行第3列");
  expect(placeOf("正文!A12", scope, s)).toBeUndefined();
  expect(placeOf("预算!D4", null, s)).toBeUndefined();
  expect(workbookCells(["表1!C5", "预算!D4", "正文!A2"], scope)).toEqual(["预算!D4", "正文!A2"]);
});

test("footnotes, endnotes and text boxes are named as Word names them", () => {
  const { scope } = combineScopes(
    workbook(),
    { sheets: [doc("脚注", { kind: "notes", notes: "footnotes" }), doc("尾注", { kind: "notes", notes: "endnotes" }), doc("文本框", { kind: "textboxes" })] },
    "r.docx"
  );
  const s = strings("zh-CN");
  expect(["脚注!A2", "尾注!A1", "文本框!A3"].map((c) => placeOf(c, scope, s))).toEqual(["脚注2", "尾注1", "文本框第3段"]);
});
