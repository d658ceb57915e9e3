/** Findings listed at most per cell and per workbook (FINDING_LIMITS): the surplus summed up in one finding each. */
import { checkWorkbook, FINDING_LIMITS } from "../../src/core/check";
import { renderMessage } from "../../src/core/i18n";
import { sheet, workbook } from "../helpers/workbook";

const report = (paragraphs: string[]) => sheet("自评报告", [["项目支出绩效自评报告"], ...paragraphs.map((p) => [p])]);

describe("finding limits", () => {
  it("a cell holding 1,000 slips lists the first ones and sums up the rest", () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `第${i + 1}项执行率${(i / 100).toFixed(2)}%元`).join("，");
    const r = checkWorkbook(workbook(report([text])));
    const own = r.findings.filter((f) => f.cells[0] === "自评报告!A2");
    expect(own).toHaveLength(FINDING_LIMITS.perCell + 1);
    const summary = own.find((f) => f.message.key === "limit.cell")!;
    expect(summary).toMatchObject({ rule: "stray-unit", severity: "error", cells: ["自评报告!A2"] });
    expect(renderMessage(summary, "zh-CN")).toContain(`此单元格另有 ${1_000 - FINDING_LIMITS.perCell} 项同类问题未逐条列出`);
    // The counts are of every finding.
    expect(r.summary.error).toBe(1_000);
  });

  it("a workbook with more findings than the limit lists that many, the last summing up the rest", () => {
    const paragraphs = Array.from({ length: FINDING_LIMITS.perWorkbook + 500 }, (_, i) => `第${i + 1}项执行率${(50 + (i % 40)).toFixed(2)}%元。`);
    const r = checkWorkbook(workbook(report(paragraphs)));
    expect(r.findings).toHaveLength(FINDING_LIMITS.perWorkbook);
    const last = r.findings[r.findings.length - 1]!;
    expect(last.message.key).toBe("limit.workbook");
    expect(renderMessage(last, "en")).toContain("501 more findings are not listed");
    expect(r.summary.error).toBe(FINDING_LIMITS.perWorkbook + 500);
  });
});

test("two different slips in one cell are two findings; the same slip written twice is one", () => {
  const r = checkWorkbook(workbook(report(["资金总额执行率94.56%元，财政资金执行率80.00%元；资金总额执行率94.56%元。"])));
  const stray = r.findings.filter((f) => f.rule === "stray-unit").map((f) => f.actual?.value);
  expect(stray.sort()).toEqual(["80.00", "94.56"]);
});
