/** The seed report end to end, the figures in it that agree, and precision cases, across the rules of this suite. */
import type { RuleId } from "../../src/core/findings";
import { buildModel } from "../../src/core/recognize/build";
import { haikouBudget, haikouContract, narrative } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { report, workbook } from "../helpers/workbook";
import { reportText } from "../helpers/seed";

const RULES: RuleId[] = [
  "unit-slip",
  "digit-slip",
  "text-mismatch",
  "sum-mismatch",
  "rate-mismatch",
  "balance-mismatch",
  "multi-year-mismatch",
  "stray-unit",
  "undefined-rate",
  "unexplained-adjustment",
  "number-as-text",
  "duplicate-payment",
  "payment-out-of-period",
  "over-budget",
];

const ours = (wb: ReturnType<typeof workbook>) => briefs(wb).filter((f) => RULES.includes(f.rule));

const SEED = reportText()
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "");

/** The A1 cell of the seed line that contains `s` (one line per row in column A). */
function line(s: string, nth = 0): string {
  const rows = SEED.map((l, i) => (l.includes(s) ? i : -1)).filter((i) => i >= 0);
  const r = rows[nth];
  if (r === undefined) throw new Error(`no seed line with ${s}`);
  return `自评报告!A${r + 1}`;
}

describe("the seed report against its own tables", () => {
  test("exactly the slips the domain notes list, each once, most specific rule, in severity order", () => {
    const wb = workbook(haikouBudget(), haikouContract(), report("自评报告", SEED));
    expect(ours(wb)).toEqual([
      {
        rule: "unit-slip",
        severity: "error",
        cells: [line("2023年政府采购支出1065.25元", 0), "预算!D4"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "1065.25", unit: "元" },
      },
      {
        rule: "unit-slip",
        severity: "error",
        cells: [line("2023年政府采购支出1065.25元", 1), "预算!D4"],
        expected: { value: "10655546.85", unit: "元" },
        actual: { value: "1065.25", unit: "元" },
      },
      {
        rule: "digit-slip",
        severity: "error",
        cells: [line("一年1126140.7元"), "合同!D2", "合同!E2"],
        expected: { value: "11265140.70", unit: "元" },
        actual: { value: "1126140.7", unit: "元" },
      },
      {
        rule: "stray-unit",
        severity: "error",
        cells: [line("执行率94.56%元")],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "94.56", unit: "%元" },
      },
      {
        rule: "undefined-rate",
        severity: "error",
        cells: [line("专户-执行率0"), "预算!D6", "预算!C6"],
        expected: { value: "—", unit: "" },
        actual: { value: "0", unit: "" },
      },
      {
        rule: "undefined-rate",
        severity: "error",
        cells: [line("单位全年执行率0.00%"), "预算!D7", "预算!C7"],
        expected: { value: "—", unit: "" },
        actual: { value: "0.00", unit: "%" },
      },
      {
        rule: "unexplained-adjustment",
        severity: "warning",
        cells: ["预算!C4", "预算!B4"],
        expected: { value: "11265500.00", unit: "元" },
        actual: { value: "11268530.96", unit: "元" },
      },
    ]);
  });

  test("the seed's figures that agree give nothing: 94.56%, 余61.3万元, 1126.55万元, 1065.55万元, ￥33796500.00元/三年 and ￥11265500.00元/年", () => {
    const wb = workbook(
      haikouBudget(),
      haikouContract(),
      narrative(
        "海口市政务服务中心服务外包项目总预算：￥33796500.00元/三年；￥11265500.00元/年。",
        "海口市政务服务中心服务外包项目预算，涉及工作人员128人人员成本、其他费用及服务费，共计1126.55万元。",
        "当年年度目标完成情况：涉及工作人员128人，人员成本、其他费用及服务费，共计1065.55万元。",
        "资金总额-全年执行数10655546.85元，资金总额-执行率94.56%",
        "财政资金-全年执行数10655546.85元，财政资金-执行率94.56%",
        "项目绩效目标基本完成，2023年政府采购支出1065.55万元，均为政务大厅外包项目，余61.3万元未支付。完成预算94.56%。",
        "全年预算数较年初预算数调增3030.96元，原因是下半年社保缴费基数调整。"
      )
    );
    expect(ours(wb)).toEqual([]);
  });
});

describe("precision", () => {
  test("a rate printed to one place that rounds right (94.6%) is no finding", () => {
    const wb = workbook(haikouBudget(), narrative("资金总额-执行率94.6%，完成预算94.6%。"));
    expect(briefs(wb, "rate-mismatch")).toEqual([]);
  });

  test("a rate printed to one place that does not (94.8%) is", () => {
    const wb = workbook(haikouBudget(), narrative("完成预算94.8%。"));
    expect(briefs(wb, "rate-mismatch").map((f) => [f.cells, f.expected, f.actual])).toEqual([
      [["自评报告!A2", "预算!D4", "预算!C4"], { value: "94.56", unit: "%" }, { value: "94.8", unit: "%" }],
    ]);
  });

  test("an amount one off in its last printed digit does not round right at its precision: a slip both ways", () => {
    // 612,984.11 元 = 61.298411 万元; 61.30 rounds right, 61.31 is one off in the last digit; 1065.5546885 万元 is not 1065.56.
    const wb = workbook(haikouBudget(), narrative("余61.31万元未支付。", "共计1065.56万元。"));
    const found = ours(wb).filter((f) => f.rule !== "unexplained-adjustment");
    expect(found.map((f) => f.cells[0]).sort()).toEqual(["自评报告!A2", "自评报告!A3"]);
  });

  test("an unrelated amount (补助标准每人500元) is no finding, even beside a budget of 500 万元", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[3] = ["资金总额", 5000000, 5000000, 4800000, "", ""];
        r[4] = ["财政资金", 5000000, 5000000, 4800000, "", ""];
      }),
      narrative("本项目补助标准每人500元，全年共培训9600人次。")
    );
    // The figure is read (so the silence is the rule's), and 500 元 is 500 万元 / 10⁴.
    const read = buildModel(wb).narratives.flatMap((n) => n.paragraphs.flatMap((p) => p.figures.map((f) => f.raw)));
    expect(read).toContain("500元");
    expect(ours(wb)).toEqual([]);
  });
});
