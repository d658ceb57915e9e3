/** The Word report's file name: a report title made safe for Windows, macOS and the web. */
import { safeFileName } from "../../src/taskpane/download";

test("a title keeps its words; path and reserved characters become spaces; a long one is cut", () => {
  expect(safeFileName("海口市政务服务中心 项目支出绩效自评报告", "docx", "自评报告")).toBe("海口市政务服务中心 项目支出绩效自评报告.docx");
  expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', "docx", "x")).toBe("a b c d e f g h i j.docx");
  expect(safeFileName("  \u0001  ", "docx", "自评报告")).toBe("自评报告.docx");
  expect([...safeFileName("项".repeat(300), "docx", "x")].length).toBe(120 + ".docx".length);
});
