/**
 * The seed's figures (海口市政务服务中心 2023) as sheets to build rule tests from; each call gives fresh rows to edit.
 *
 * 预算 (元): row 4 资金总额, 5 财政资金, 6 财政专户管理资金, 7 单位资金; columns B 年初预算数, C 全年预算数, D 全年执行数, E 执行率, F 备注.
 * 合同: row 2; D 合同金额（元）33,795,422.10, E 服务期限（年）3.
 */
import type { SheetSnapshot } from "../../src/core/snapshot";
import { type CellInput, num, report, sheet } from "./workbook";

export function budgetRows(): CellInput[][] {
  return [
    ["2023年度项目资金预算执行情况"],
    ["单位：元"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"],
    ["资金总额", 11265500, 11268530.96, 10655546.85, num(0.9456, "0.00%"), ""],
    ["财政资金", 11265500, 11268530.96, 10655546.85, num(0.9456, "0.00%"), ""],
    ["财政专户管理资金", 0, 0, 0, "—", ""],
    ["单位资金", 0, 0, 0, "—", ""],
  ];
}

export function haikouBudget(edit?: (rows: CellInput[][]) => void, name = "预算"): SheetSnapshot {
  const rows = budgetRows();
  edit?.(rows);
  return sheet(name, rows);
}

export function haikouContract(edit?: (rows: CellInput[][]) => void): SheetSnapshot {
  const rows: CellInput[][] = [
    ["合同编号", "合同名称", "供应商", "合同金额（元）", "服务期限（年）"],
    ["HK-2023-001", "政务大厅政务服务外包项目合同", "中国电信股份有限公司", 33795422.1, 3],
  ];
  edit?.(rows);
  return sheet("合同", rows);
}

/** The narrative: a title in 自评报告!A1, then paragraph i (from 0) in A(i+2). */
export function narrative(...paragraphs: string[]): SheetSnapshot {
  return report("自评报告", ["海口市政务服务中心项目支出绩效自评报告", ...paragraphs]);
}
