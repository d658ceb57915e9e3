/** The ranking of a batch for a reviewer (src/core/review.ts): lines per file or project, counts by kind, risk, order. */
import type { Overview } from "../../src/core/overview";
import { planReview, RISK, type ReviewEntry, type ReviewFinding } from "../../src/core/review";

const ov = (project: string | null, annual = "100.00"): Overview => ({ project, unit: "某局", year: 2023, annual, executed: "90.00", rate: "90.00" });
const err = (rule: ReviewFinding["rule"], project?: string): ReviewFinding => ({ rule, severity: "error", ...(project ? { project } : {}) });
const warn = (rule: ReviewFinding["rule"], project?: string): ReviewFinding => ({ rule, severity: "warning", ...(project ? { project } : {}) });

test("risk is 10 per error and 3 per warning, at most 100; an unreadable file scores 100 and comes first", () => {
  const entries: ReviewEntry[] = [
    { file: "b.xlsx", error: null, findings: [err("unit-slip"), err("digit-slip"), warn("unexplained-adjustment")], overview: [ov(null)] },
    { file: "a.xlsx", error: null, findings: [], overview: [ov(null)] },
    { file: "c.xlsx", error: null, findings: Array.from({ length: 12 }, () => err("sum-mismatch")), overview: [ov(null)] },
    { file: "bad.xlsx", error: "不是 .xlsx 文件", findings: [] },
  ];
  const plan = planReview(entries);
  expect(plan.lines.map((l) => [l.file, l.risk])).toEqual([
    ["bad.xlsx", RISK.cap],
    ["c.xlsx", 100],
    ["b.xlsx", 2 * RISK.error + RISK.warning],
    ["a.xlsx", 0],
  ]);
  expect(plan.lines[0]!.readError).toBe("不是 .xlsx 文件");
  // Ties by file name: bad.xlsx (unreadable, 100) before c.xlsx (100).
  expect(plan.lines.find((l) => l.file === "b.xlsx")!.byRule).toEqual({ "unit-slip": 1, "digit-slip": 1, "unexplained-adjustment": 1 });
  // The kinds that occur, in the engine's order.
  expect(plan.rules).toEqual(["unit-slip", "digit-slip", "sum-mismatch", "unexplained-adjustment"]);
});

test("a workbook of several projects gets a line per project, and one for its findings that belong to none", () => {
  const plan = planReview([
    {
      file: "unit.xlsx",
      error: null,
      findings: [err("rate-mismatch", "农村公路"), warn("unexplained-adjustment", "学校维修"), err("year-mismatch")],
      overview: [ov("学校维修"), ov("农村公路", "120.00")],
    },
  ]);
  expect(plan.lines.map((l) => [l.project, l.wholeWorkbook, l.errors, l.warnings, l.risk])).toEqual([
    ["农村公路", false, 1, 0, 10],
    [null, true, 1, 0, 10],
    ["学校维修", false, 0, 1, 3],
  ]);
  expect(plan.lines[0]!.overview?.annual).toBe("120.00");
});

test("a workbook of one project: one line with its overview, whatever its findings name", () => {
  const plan = planReview([{ file: "one.xlsx", error: null, findings: [err("unit-slip")], overview: [ov("项目甲")] }]);
  expect(plan.lines).toHaveLength(1);
  expect(plan.lines[0]).toMatchObject({ project: "项目甲", errors: 1, risk: 10, wholeWorkbook: false });
});
