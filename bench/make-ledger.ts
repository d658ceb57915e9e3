/** Writes a benchmark workbook: a budget sheet and a payment ledger of N rows whose sum the budget states, streamed with ExcelJS. */
import ExcelJS from "exceljs";

export async function writeLedgerWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  // Amounts in 分 cycle through a fixed pattern so the total is known exactly without floats.
  let totalFen = 0n;
  const fenOf = (i: number) => 100000 + ((i * 7919) % 900000);
  for (let i = 0; i < rows; i++) totalFen += BigInt(fenOf(i));
  const yuan = (fen: bigint) => Number(fen / 100n) + Number(fen % 100n) / 100;

  const budget = wb.addWorksheet("预算执行");
  budget.addRow(["2023年度项目资金预算及执行情况"]).commit();
  budget.addRow(["单位：元"]).commit();
  budget.addRow(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"]).commit();
  const annual = totalFen + 50000000n;
  budget.addRow(["资金总额", yuan(annual), yuan(annual), yuan(totalFen), Number(totalFen) / Number(annual)]).commit();
  budget.addRow(["财政资金", yuan(annual), yuan(annual), yuan(totalFen), Number(totalFen) / Number(annual)]).commit();
  await budget.commit();

  const ledger = wb.addWorksheet("支付台账");
  ledger.addRow(["序号", "支付日期", "收款单位", "摘要", "金额（元）", "凭证号"]).commit();
  const payees = ["海南某物业服务有限公司", "中国电信股份有限公司海南分公司", "海口某信息技术有限公司", "海南某人力资源服务有限公司"];
  for (let i = 0; i < rows; i++) {
    const d = new Date(Date.UTC(2023, i % 12, 1 + (i % 28)));
    const row = ledger.addRow([i + 1, d, payees[i % payees.length], "服务费", fenOf(i) / 100, `记-${String(i + 1).padStart(7, "0")}`]);
    row.getCell(2).numFmt = "yyyy-mm-dd";
    row.getCell(5).numFmt = "#,##0.00";
    row.commit();
  }
  await ledger.commit();
  await wb.commit();
}
