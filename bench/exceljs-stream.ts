/** ExcelJS's streaming read (WorkbookReader) of a workbook, run as a child of the bench: every row of every sheet, cells counted. */
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2]!, {
    sharedStrings: "cache",
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) cells += row.cellCount;
  }
  process.stdout.write(`${cells}\n`);
}

void main();
