/**
 * The engine's ceiling on report text: up to CHECK_LIMITS.narrativeChars characters are checked as always; past it the
 * workbook is refused with the ceiling named (in the command's entry and in the pane), before any figure is traced.
 */
import { CHECK_LIMITS, CheckLimitError, checkWorkbook } from "../../src/core/check";
import { strings } from "../../src/core/i18n";
import { errorDetail } from "../../src/taskpane/errors";
import { sheet, workbook } from "../helpers/workbook";

const TITLE = "项目支出绩效自评报告";
const SLIP = "资金总额执行率94.56%元。";

/** A report text of exactly `chars` characters (title included), its last paragraph holding a stray unit. */
function report(chars: number) {
  const filler = chars - TITLE.length - SLIP.length;
  const paragraphs = [];
  for (let left = filler; left > 0; left -= 50_000) paragraphs.push(["文".repeat(Math.min(50_000, left))]);
  return workbook(sheet("自评报告", [[TITLE], ...paragraphs, [SLIP]]));
}

test("report text at the ceiling is checked: its slip is found", () => {
  const r = checkWorkbook(report(CHECK_LIMITS.narrativeChars));
  expect(r.findings.map((f) => f.rule)).toContain("stray-unit");
});

test("one character past the ceiling: refused with the ceiling named", () => {
  let error: unknown;
  try {
    checkWorkbook(report(CHECK_LIMITS.narrativeChars + 1));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CheckLimitError);
  expect((error as CheckLimitError).limit).toBe("narrativeChars");
  expect(errorDetail(error, strings("zh-CN").pane)).toBe(strings("zh-CN").pane.tooMuchText({ n: "1,000,000" }));
  expect(errorDetail(error, strings("en").pane)).toContain("past 1,000,000 characters");
});
