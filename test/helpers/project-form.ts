/** A national-layout 自评表 in 万元 for one project, as a sheet definition for writeWorkbookDef (samples/build-samples.ts). */
import type { SheetDef } from "../../samples/workbook-def";

/** `rate` is the printed 执行率 of the total row (a fraction, shown as a percentage). */
export function projectForm(name: string, sheetName: string, annual: number, executed: number, rate: number): SheetDef {
  return {
    name: sheetName,
    rows: [
      ["项目支出绩效自评表（2023年度）"],
      ["项目名称", name],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", annual, annual, executed, 10, { v: rate, fmt: "0.00%" }, null],
      [null, "其中：当年财政拨款", annual, annual, executed],
    ],
  };
}
