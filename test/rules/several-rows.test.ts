/**
 * Figures the text gives for one of several rows of a fund source (其中：中央财政资金 / 地方资金, both 财政资金), for a
 * rate's target, and for the end of a range in an indicator's name: each is read as what it states.
 */
import { briefs } from "../helpers/findings";
import { narrative } from "../helpers/haikou";
import { num, sheet, workbook } from "../helpers/workbook";
import { checkWorkbook } from "../../src/core/check";

/** A transfer-payment budget in 万元: 中央 102 of which 0 spent, 地方 46 of which 46 spent; 148 and 46 in all. */
function transfer() {
  return sheet("预算", [
    ["单位：万元"],
    ["资金来源", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额", 148, 46, num(0.3108, "0.00%")],
    ["其中：中央财政资金", 102, 0, num(0, "0.00%")],
    ["地方资金", 46, 46, num(1, "0.00%")],
  ]);
}

const errors = (wb: ReturnType<typeof workbook>) => checkWorkbook(wb).findings.filter((f) => f.severity === "error");

describe("several rows of one fund source", () => {
  test("each row's own figures agree: 中央财政资金 102万元 at 0.00 %, 地方资金 46万元 at 100.00 %", () => {
    const wb = workbook(transfer(), narrative("中央财政资金全年预算数102万元，执行率0.00%。", "地方资金全年预算数46万元，地方资金执行率100.00%。"));
    expect(errors(wb)).toEqual([]);
  });

  test("a figure that is none of the rows' is still wrong, against the first: 地方资金全年预算数50万元, 执行率90.00%", () => {
    const wb = workbook(transfer(), narrative("地方资金全年预算数50万元，地方资金执行率90.00%。"));
    expect(
      errors(wb)
        .map((f) => f.rule)
        .sort()
    ).toEqual(["rate-mismatch", "text-mismatch"]);
  });

  test("地方资金 in the text names 财政资金 as the table's row does: 地方资金全年预算数 is not read as the total's 148万元", () => {
    const wb = workbook(transfer(), narrative("地方资金全年预算数46万元。"));
    expect(briefs(wb, "text-mismatch")).toEqual([]);
  });
});

describe("a rate word labelling a target, not a rate", () => {
  test("“预算执行率”：年度指标值100% states the indicator's target; 预算执行率100% states the rate", () => {
    const budget = sheet("预算", [
      ["资金来源", "全年预算数", "全年执行数"],
      ["资金总额", 1500000, 1252500],
    ]);
    expect(briefs(workbook(budget, narrative("“预算执行率”：年度指标值100%。")), "rate-mismatch")).toEqual([]);
    expect(briefs(workbook(budget, narrative('"预算执行率": target 100%.')), "rate-mismatch")).toEqual([]);
    expect(briefs(workbook(budget, narrative("预算执行率100%。")), "rate-mismatch").map((f) => f.expected?.value)).toEqual(["83.50"]);
  });
});
