/** over-budget: 全年执行数 above 全年预算数, or payments to a contract's vendor above the contract amount. */
import { haikouBudget } from "../helpers/haikou";
import { briefs } from "../helpers/findings";
import { type CellInput, date, sheet, workbook } from "../helpers/workbook";

const contract = (amount: number) =>
  sheet("合同", [
    ["合同编号", "合同名称", "供应商", "合同金额（元）", "服务期限（年）"],
    ["HK-2023-002", "大厅保洁服务合同", "海口某物业公司", amount, 1],
  ]);

const ledger = (...rows: CellInput[][]) => sheet("支付台账", [["支付日期", "收款单位", "摘要", "金额"], ...rows]);

describe("over-budget", () => {
  test("资金总额 and 财政资金 全年执行数 11,268,531.96 above 全年预算数 11,268,530.96 by 1 元", () => {
    const wb = workbook(haikouBudget((r) => ((r[3]![3] = 11268531.96), (r[4]![3] = 11268531.96))));
    expect(briefs(wb, "over-budget")).toEqual([
      {
        rule: "over-budget",
        severity: "error",
        cells: ["预算!D4", "预算!C4"],
        expected: { value: "11268530.96", unit: "元" },
        actual: { value: "11268531.96", unit: "元" },
      },
      {
        rule: "over-budget",
        severity: "error",
        cells: ["预算!D5", "预算!C5"],
        expected: { value: "11268530.96", unit: "元" },
        actual: { value: "11268531.96", unit: "元" },
      },
    ]);
  });

  test("twin: spending equal to the budget is not over it", () => {
    const wb = workbook(haikouBudget((r) => ((r[3]![3] = 11268530.96), (r[4]![3] = 11268530.96))));
    expect(briefs(wb, "over-budget")).toEqual([]);
  });

  test("payments to the vendor: 150,000.00 + 150,000.01 = 300,000.01 above a contract of 300,000", () => {
    const wb = workbook(
      contract(300000),
      ledger(
        [date(2023, 6, 30), "海口某物业公司", "上半年保洁费", 150000],
        [date(2023, 9, 30), "中国电信股份有限公司", "服务费", 500000],
        [date(2023, 12, 31), "海口某物业公司", "下半年保洁费", 150000.01]
      )
    );
    expect(briefs(wb, "over-budget")).toEqual([
      {
        rule: "over-budget",
        severity: "error",
        cells: ["合同!D2", "支付台账!D2", "支付台账!D4"],
        expected: { value: "300000.00", unit: "元" },
        actual: { value: "300000.01", unit: "元" },
      },
    ]);
  });

  test("twin: the vendor's payments come to the contract amount exactly", () => {
    const wb = workbook(
      contract(300000),
      ledger([date(2023, 6, 30), "海口某物业公司", "上半年保洁费", 150000], [date(2023, 12, 31), "海口某物业公司", "下半年保洁费", 150000])
    );
    expect(briefs(wb, "over-budget")).toEqual([]);
  });
});

// Issue 7: an overspend the report explains is a warning; unexplained, an error.
describe("over-budget: explained or not (issue 7)", () => {
  // 全年执行数 11,268,531.96 above 全年预算数 11,268,530.96 by 1 元, in 资金总额 and 财政资金.
  const over = () =>
    haikouBudget((r) => {
      for (const i of [3, 4]) {
        r[i]![3] = 11268531.96;
        r[i]![4] = { v: 11268531.96 / 11268530.96, fmt: "0.00%" };
      }
    });
  const text = (p: string) => sheet("自评报告", [["海口市政务服务中心项目支出绩效自评报告"], [p]]);
  const severities = (...sheets: ReturnType<typeof sheet>[]) => briefs(workbook(...sheets), "over-budget").map((f) => [f.severity, f.cells]);

  test("no sentence explains it → error on both rows", () => {
    expect(severities(over(), text("全年窗口服务正常运转。"))).toEqual([
      ["error", ["预算!D4", "预算!C4"]],
      ["error", ["预算!D5", "预算!C5"]],
    ]);
  });

  test("“…，故全年执行数高于年初预算数” explains it → warning on both rows", () => {
    expect(severities(over(), text("因年中追加保洁服务，故全年执行数高于年初预算数。"))).toEqual([
      ["warning", ["预算!D4", "预算!C4"]],
      ["warning", ["预算!D5", "预算!C5"]],
    ]);
  });
});
