/** The text output's layout: project headings when findings name projects, cells as 有误/依据, sheet names said once. */
import type { WorkbookEntry } from "../../src/cli/report-json";
import { formatEntry, formatTotal } from "../../src/cli/text-output";

const finding = (cell: string, project?: string) => ({
  rule: "unit-slip" as const,
  severity: "error" as const,
  cells: [cell, "预算!D4"],
  message: `“1065.25元”的单位写错了（${cell}）`,
  expected: { value: "10655546.85", unit: "元" },
  actual: { value: "1065.25", unit: "元" },
  ...(project ? { project } : {}),
});

function entry(findings: ReturnType<typeof finding>[]): WorkbookEntry {
  return {
    file: "单位汇总.xlsx",
    error: null,
    sheets: [
      { name: "预算", role: "budget" },
      { name: "Sheet2", role: "report-text", hidden: true },
    ],
    findings,
    summary: { error: findings.length, warning: 0, info: 0 },
  };
}

test("findings of several projects come under a heading per project, in the order they first appear", () => {
  const text = formatEntry(entry([finding("报告!A2", "政务服务外包"), finding("报告!A9", "12345热线"), finding("报告!A3", "政务服务外包")]), "zh-CN");
  const lines = text.split("\n");
  const heads = lines.filter((l) => l.startsWith("  项目："));
  expect(heads).toEqual(["  项目：政务服务外包", "  项目：12345热线"]);
  const first = text.indexOf("项目：政务服务外包");
  const second = text.indexOf("项目：12345热线");
  expect(text.indexOf("报告!A3")).toBeGreaterThan(first);
  expect(text.indexOf("报告!A3")).toBeLessThan(second);
  expect(text.indexOf("报告!A9")).toBeGreaterThan(second);
  expect(formatEntry(entry([finding("报告!A2", "A")]), "en")).toContain("\n  Project: A\n");
});

test("no project, no heading; sheets named once with their role only where the name does not say it", () => {
  const text = formatEntry(entry([finding("报告!A2")]), "zh-CN");
  expect(text).not.toContain("项目：");
  expect(text).toContain("  工作表：预算、Sheet2（自评报告，隐藏）\n");
  expect(text).toContain("    有误：报告!A2；依据：预算!D4");
  expect(text).toContain("    应为 10,655,546.85元；实为 1,065.25元");
});

test("the total counts findings by severity across files, and unreadable files", () => {
  const bad: WorkbookEntry = { ...entry([]), error: "找不到文件", summary: { error: 0, warning: 0, info: 0 } };
  const one = entry([finding("报告!A2")]);
  expect(formatTotal([one, one, bad], "zh-CN")).toBe("合计：3个文件，错误2项，警告0项，无法读取1个。");
  expect(formatTotal([one], "en", 2)).toBe(
    "Total: 1 file, 1 error, 0 warnings, 0 unreadable.\n2 legacy .xls files not checked: save them as .xlsx in Excel first."
  );
});

test("no findings: said so when something was checked, and that nothing was checked when no sheet was recognised", () => {
  const clean = formatEntry(entry([]), "zh-CN");
  expect(clean).toContain("未发现问题。");
  const unknown: WorkbookEntry = { ...entry([]), sheets: [{ name: "Sheet1", role: "unknown" }] };
  expect(formatEntry(unknown, "zh-CN")).toContain("未识别出可核对的内容");
  expect(formatEntry(unknown, "zh-CN")).not.toContain("未发现问题");
  expect(formatEntry(unknown, "en")).toContain("Nothing checkable was recognised");
});
