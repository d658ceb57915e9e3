/**
 * The form as printed must pass the checks a reviewer runs on paper or on a Word copy: a rate beside 万元 amounts is
 * their ratio as printed (else the amounts print to 4 decimals); and the form names the project its workbook's 自评表 names.
 */
import { Big } from "../../src/core/decimal";
import { checkWorkbook } from "../../src/core/check";
import { planReport } from "../../src/core/report";
import { moneyDecimals } from "../../src/core/report/format";
import { sheet, workbook } from "../helpers/workbook";
import { sheetPlan, write } from "./core-helpers";

const line = (annual: number, executed: number) => ({
  annual: new Big(annual),
  executed: new Big(executed),
  rate: new Big(executed).div(annual).times(100),
});

test("万元 to 2 decimals where the printed amounts give the printed rate, to 4 where they would not", () => {
  // 1,126.85 / 1,065.55 万元: 94.56 % either way.
  expect(moneyDecimals([line(11268530.96, 10655546.85)], "万元")).toBe(2);
  // 21.55 / 25.00 万元 read as 86.20 %; the 元 amounts give 86.18 %.
  expect(moneyDecimals([line(250000, 215457.6)], "万元")).toBe(4);
  // One line is enough to need 4.
  expect(moneyDecimals([line(11268530.96, 10655546.85), line(250000, 215457.6)], "万元")).toBe(4);
  // 元 prints to the 分: always exact.
  expect(moneyDecimals([line(250000, 215457.6)], "元")).toBe(2);
});

function budget(annual: number, executed: number) {
  return sheet("预算", [
    ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
    ["资金总额", annual, annual, executed],
  ]);
}

test("the form's money cells print to 4 decimals when 2 would contradict its rate, and checking the cells as printed finds no rate slip", () => {
  const plan = planReport(workbook(budget(250000, 215457.6)));
  const form = sheetPlan(plan, "绩效自评表");
  const money = form.writes.filter((w) => typeof w.value === "number" && w.numberFormat?.startsWith("#,##0"));
  expect(money.length).toBeGreaterThan(0);
  for (const w of money) expect(w.numberFormat).toBe("#,##0.0000");
  const total = ["C", "D", "E"].map((c) => write(plan, "绩效自评表", `${c}5`)!.value);
  expect(total).toEqual([25, 25, 21.5458]);
  // The form as a reader sees it on paper: each amount at its printed digits.
  const rows = [["单位：万元"], ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["资金总额", "25.0000", "25.0000", "21.5458", "86.18%"]];
  expect(checkWorkbook(workbook(sheet("预算", rows))).findings.filter((f) => f.rule === "rate-mismatch")).toEqual([]);
  // At 2 decimals the same rate would be a slip: the check the form must pass can fail.
  const two = rows.map((r) => r.map((c) => (/^\d+\.\d{4}$/.test(c) ? new Big(c).toFixed(2) : c)));
  expect(checkWorkbook(workbook(sheet("预算", two))).findings.filter((f) => f.rule === "rate-mismatch")).toHaveLength(1);
});

test("the form names the project its workbook's own 自评表 names when no project-information block does", () => {
  const own = sheet("自评表", [
    ["项目支出绩效自评表（2023年度）"],
    ["项目名称", "乡村学校维修经费"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 200, 200, 184, 10, 0.92, 9.2],
  ]);
  const plan = planReport(workbook(own));
  const form = plan.sheets.find((s) => s.writes.some((w) => w.value === "项目名称"))!;
  expect(form.writes.find((w) => w.address === "B2")?.value).toBe("乡村学校维修经费");
});

test("several rows of one source are each a line of the form under their own label; a 资金总额 left at 0 is their sum", () => {
  const budget = sheet("预算", [
    ["单位：万元"],
    ["资金来源", "全年预算数", "全年执行数"],
    ["年度资金总额", 0, 0],
    ["其中：中央财政资金", 102, 0],
    ["地方资金", 46, 46],
  ]);
  const plan = planReport(workbook(budget));
  const form = sheetPlan(plan, "绩效自评表");
  const label = (r: number) => form.writes.find((w) => w.address === `B${r}`)?.value;
  const cells = (r: number) => ["D", "E"].map((c) => form.writes.find((w) => w.address === `${c}${r}`)?.value);
  expect([label(5), label(6), label(7)]).toEqual(["年度资金总额", "其中：中央财政资金", "地方资金"]);
  expect([cells(5), cells(6), cells(7)]).toEqual([
    [148, 46],
    [102, 0],
    [46, 46],
  ]);
  // The narrative names each row as the workbook does.
  const text = plan.document.paragraphs.map((p) => p.text).join("\n");
  expect(text).toContain("中央财政资金全年执行数0.00元");
  expect(text).toContain("地方资金全年执行数460,000.00元");
});

test("spending above the budget is said as 超支, with its reason to give, never as a negative 结余", () => {
  const plan = planReport(workbook(budget(1000000, 1085400)));
  const text = plan.document.paragraphs.map((p) => p.text);
  expect(text).toContain("超支85,400.00元（全年执行数超出全年预算数的部分）。【待填写：超支原因及资金来源】");
  expect(text.join("\n")).not.toContain("结余-");
});
