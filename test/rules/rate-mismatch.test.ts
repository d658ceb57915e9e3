/** rate-mismatch: a printed 执行率 ≠ 全年执行数 / 全年预算数 at its printed precision. */
import { haikouBudget, narrative } from "../helpers/haikou";
import { briefs, findingsOf } from "../helpers/findings";
import { num, workbook } from "../helpers/workbook";
import { Big } from "../../src/core/decimal";
import { printsAs } from "../../src/core/precision";

// 10,655,546.85 / 11,268,530.96 = 94.5602…%; against 年初预算数 11,265,500 it would be 94.5857…% → 94.59%.

describe("rate-mismatch", () => {
  test("a table rate worked out on 年初预算数: 94.59% for 94.56%", () => {
    const wb = workbook(haikouBudget((r) => (r[3]![4] = num(0.9459, "0.00%"))));
    expect(briefs(wb, "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["预算!E4", "预算!D4", "预算!C4"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "94.59", unit: "%" },
      },
    ]);
    const f = findingsOf(wb, "rate-mismatch")[0]!;
    expect(f.message.key).toBe("rate-mismatch.initial-denominator");
    // The message quotes the rate as the cell shows it.
    expect(f.message.params.raw).toBe("94.59%");
  });

  test("cells on a sheet whose name needs quotes are quoted the way Excel does", () => {
    const wb = workbook(haikouBudget((r) => (r[3]![4] = num(0.9459, "0.00%")), "Budget 2023"));
    expect(briefs(wb, "rate-mismatch").map((f) => f.cells)).toEqual([["'Budget 2023'!E4", "'Budget 2023'!D4", "'Budget 2023'!C4"]]);
  });

  test("a narrative rate: 完成预算95.56%", () => {
    const wb = workbook(haikouBudget(), narrative("余61.3万元未支付。完成预算95.56%。"));
    expect(briefs(wb, "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!D4", "预算!C4"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "95.56", unit: "%" },
      },
    ]);
  });

  test("a report of text alone: 全年预算数 in one paragraph, 全年执行数 and a wrong 执行率 in another", () => {
    const wb = workbook(
      narrative("资金总额-年初预算数11265500元，资金总额-全年预算数11268530.96元。", "资金总额-全年执行数10655546.85元，资金总额-执行率95.56%")
    );
    expect(briefs(wb, "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["自评报告!A3", "自评报告!A2"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "95.56", unit: "%" },
      },
    ]);
    // Twin: the right rate.
    const right = workbook(
      narrative("资金总额-年初预算数11265500元，资金总额-全年预算数11268530.96元。", "资金总额-全年执行数10655546.85元，资金总额-执行率94.56%")
    );
    expect(briefs(right, "rate-mismatch")).toEqual([]);
  });

  describe("paid and unpaid in one sentence, no budget: the rate is paid ÷ (paid + unpaid)", () => {
    const rate = (text: string) => briefs(workbook(narrative(text)), "rate-mismatch");

    test("18501.096 ÷ (18501.096 + 703) = 96.34 %, printed 95% → error, with the figure to put right", () => {
      const text = "全年资金支付18501.096万元，未支703万元，支付率95%。";
      expect(rate(text)).toEqual([
        { rule: "rate-mismatch", severity: "error", cells: ["自评报告!A2"], expected: { value: "96.34", unit: "%" }, actual: { value: "95", unit: "%" } },
      ]);
      const [f] = findingsOf(workbook(narrative(text)), "rate-mismatch");
      expect(f!.message.key).toBe("rate-mismatch.paid-unpaid");
    });

    test.each([
      ["twin: 96% rounds 96.34 %", "全年资金支付18501.096万元，未支703万元，支付率96%。"],
      ["the figures in 元, 结余 for unpaid: 80 ÷ (80 + 20) = 80.00 %", "已支出800000元，结余200000元，执行率80.00%。"],
      ["a remainder that holds carried-over money (含上年结转)", "已支出800000元，结余200000元（含上年结转50000元），执行率84%。"],
      ["paid and unpaid in different sentences", "已支出800000元。结余200000元，执行率84%。"],
    ])("%s → nothing", (_, text) => {
      expect(rate(text)).toEqual([]);
    });

    test("a rate the budget table checks is checked once, against the table", () => {
      const wb = workbook(haikouBudget(), narrative("资金总额-全年执行数10655546.85元，未支付612984.11元，执行率95.56%。"));
      expect(findingsOf(wb, "rate-mismatch").map((x) => [x.message.key, x.cells])).toEqual([["rate-mismatch.value", ["自评报告!A2", "预算!D4", "预算!C4"]]]);
    });

    test("a budget in the sentence: its own check speaks, once (800000 ÷ 1000000 = 80.00 %, printed 81%)", () => {
      const f = findingsOf(workbook(narrative("预算1000000元，已支出800000元，结余200000元，执行率81%。")), "rate-mismatch");
      expect(f.map((x) => [x.message.key, x.expected?.value])).toEqual([["rate-mismatch.value", "80.00"]]);
    });
  });

  test("a bare ratio in a rate cell read as a percentage: 0.9656 for 94.56%", () => {
    const wb = workbook(haikouBudget((r) => (r[4]![4] = 0.9656)));
    expect(briefs(wb, "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["预算!E5", "预算!D5", "预算!C5"],
        expected: { value: "94.56", unit: "%" },
        actual: { value: "96.56", unit: "%" },
      },
    ]);
  });

  test("twin: 94.56% in the table and the text, 0.9456 bare, and 94.6% to one place are all right", () => {
    const wb = workbook(
      haikouBudget((r) => (r[4]![4] = 0.9456)),
      narrative("资金总额-执行率94.56%，财政资金-执行率94.56%。", "完成预算94.6%。", "预算执行率94.56%。")
    );
    expect(briefs(wb, "rate-mismatch")).toEqual([]);
  });

  test("a rate cut rather than rounded does not print right at its precision: 945,678 / 1,000,000 = 94.5678% printed 94.56%", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[3] = ["资金总额", 1000000, 1000000, 945678, num(0.9456, "0.00%"), ""];
        r[4] = ["财政资金", 1000000, 1000000, 945678, num(0.9457, "0.00%"), ""];
      })
    );
    expect(briefs(wb, "rate-mismatch").map((f) => [f.cells[0], f.actual?.value, f.expected?.value])).toEqual([["预算!E4", "94.56", "94.57"]]);
  });

  test("a rate off by 0.01 at 2 dp from amounts printed to the 分 is a slip (94.5602% printed 94.55%)", () => {
    const wb = workbook(haikouBudget((r) => (r[3]![4] = num(0.9455, "0.00%"))));
    expect(briefs(wb, "rate-mismatch").map((f) => f.cells[0])).toEqual(["预算!E4"]);
  });

  test("the amounts as printed are the document's figures: 37.24 / 43.20 万元 = 86.2037 % prints 86.20 %, so 86.19 % is a slip", () => {
    const wb = workbook(
      haikouBudget((r) => {
        r[1] = ["单位：万元"];
        r[3] = ["资金总额", 43.2, 43.2, 37.24, num(0.8619, "0.00%"), ""];
        r[4] = ["财政资金", 43.2, 43.2, 37.24, num(0.862, "0.00%"), ""];
        r[5] = ["财政专户管理资金", 0, 0, 0, "—", ""];
        r[6] = ["单位资金", 0, 0, 0, "—", ""];
      })
    );
    expect(briefs(wb, "rate-mismatch").map((f) => [f.cells[0], f.expected?.value])).toEqual([["预算!E4", "86.20"]]);
  });

  test("a formula's stored ratio is compared as the cell shows it (0.945602… under 0.00% is 94.56%)", () => {
    const wb = workbook(haikouBudget((r) => (r[3]![4] = num(10655546.85 / 11268530.96, "0.00%"))));
    expect(briefs(wb, "rate-mismatch")).toEqual([]);
  });
});

// Issue 7: printed precision. A rate must round half up to what it prints; cutting digits off is a slip.
describe("rate-mismatch: printed precision (issue 7)", () => {
  /** The budget's 资金总额 and 财政资金 rows at 945,678 of 1,000,000 元 (94.5678 %), with `rate` in both rate cells. */
  const budget = (rate: Parameters<typeof num>[0] | ReturnType<typeof num>) =>
    haikouBudget((r) => {
      r[3] = ["资金总额", 1000000, 1000000, 945678, typeof rate === "number" ? num(rate, "0.00%") : rate, ""];
      r[4] = ["财政资金", 1000000, 1000000, 945678, typeof rate === "number" ? num(rate, "0.00%") : rate, ""];
    });

  test("printsAs: 94.5678 prints 94.57 half up, not 94.56; 94.565 prints 94.57", () => {
    expect(printsAs(new Big("94.5678"), new Big("94.57"), 2)).toBe(true);
    expect(printsAs(new Big("94.5678"), new Big("94.56"), 2)).toBe(false);
    expect(printsAs(new Big("94.565"), new Big("94.57"), 2)).toBe(true);
  });

  test("the text's 94.56 % is 94.5678 cut → error, expected 94.57", () => {
    expect(briefs(workbook(budget(0.945678), narrative("项目预算执行率为94.56%。")), "rate-mismatch")).toEqual([
      {
        rule: "rate-mismatch",
        severity: "error",
        cells: ["自评报告!A2", "预算!D4", "预算!C4"],
        expected: { value: "94.57", unit: "%" },
        actual: { value: "94.56", unit: "%" },
      },
    ]);
  });

  test("twin: 94.57 % → nothing", () => {
    expect(findingsOf(workbook(budget(0.945678), narrative("项目预算执行率为94.57%。")), "rate-mismatch")).toEqual([]);
  });

  test("a rate cell typed 0.9456 under 0.00% (cut) → error on the cell", () => {
    expect(briefs(workbook(budget(0.9456)), "rate-mismatch").map((f) => [f.cells[0], f.expected, f.actual])).toEqual([
      ["预算!E4", { value: "94.57", unit: "%" }, { value: "94.56", unit: "%" }],
      ["预算!E5", { value: "94.57", unit: "%" }, { value: "94.56", unit: "%" }],
    ]);
  });

  test("a formula cell storing 0.945602… under 0.00% agrees with the text's 94.56 (the seed's amounts)", () => {
    const formula = { v: 10655546.85 / 11268530.96, fmt: "0.00%", f: "=D4/C4" };
    const wb = workbook(
      haikouBudget((r) => ((r[3]![4] = formula), (r[4]![4] = { ...formula, f: "=D5/C5" }))),
      narrative("项目预算执行率为94.56%。")
    );
    expect(findingsOf(wb, "rate-mismatch")).toEqual([]);
  });

  test("…and the same formula beside a text of 94.57 → error, expected 94.56", () => {
    const formula = { v: 10655546.85 / 11268530.96, fmt: "0.00%", f: "=D4/C4" };
    const wb = workbook(
      haikouBudget((r) => ((r[3]![4] = formula), (r[4]![4] = { ...formula, f: "=D5/C5" }))),
      narrative("项目预算执行率为94.57%。")
    );
    expect(briefs(wb, "rate-mismatch").map((f) => [f.cells, f.expected?.value, f.actual?.value])).toEqual([
      [["自评报告!A2", "预算!D4", "预算!C4"], "94.56", "94.57"],
    ]);
  });
});
