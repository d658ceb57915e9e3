/**
 * Patches to ExcelJS, applied once on import, so that a copy it writes keeps the input's cells exactly: date serials
 * and number formats as written.
 */
// Exact date serials through ExcelJS. ExcelJS turns a number with a date format into a JS Date rounded to the
// millisecond and back on writing, so 45142.123456789 would come back as 45142.12345679: a source cell changed. The
// Date it makes remembers the serial it came from, and writing an unchanged one gives that serial back.

const excelUtils = require("exceljs/lib/utils/utils") as {
  excelToDate: (v: number, date1904?: boolean) => Date;
  dateToExcel: (d: Date, date1904?: boolean) => number;
};

class SerialDate extends Date {
  constructor(
    ms: number,
    readonly serial: number,
    readonly date1904: boolean
  ) {
    super(ms);
  }
  readonly ms = this.getTime();
}

const PATCHED = Symbol.for("selfeval.exceljs-serial-dates");
if (!(excelUtils as unknown as Record<symbol, boolean>)[PATCHED]) {
  const toDate = excelUtils.excelToDate;
  const toSerial = excelUtils.dateToExcel;
  excelUtils.excelToDate = (v, date1904) => new SerialDate(toDate(v, date1904).getTime(), v, !!date1904);
  excelUtils.dateToExcel = (d, date1904) => (d instanceof SerialDate && d.getTime() === d.ms && d.date1904 === !!date1904 ? d.serial : toSerial(d, date1904));
  (excelUtils as unknown as Record<symbol, boolean>)[PATCHED] = true;
}

// Number formats as written. ExcelJS drops every backslash escape when it reads a format (yyyy\-mm\-dd → yyyy-mm-dd,
// and 0\% → 0%, which is no longer the same format); the copy must keep the input's formats exactly.

const NumFmtXform = require("exceljs/lib/xlsx/xform/style/numfmt-xform") as {
  prototype: { parseOpen(node: { name: string; attributes: Record<string, string> }): boolean; model: unknown };
};
if (!(NumFmtXform.prototype as unknown as Record<symbol, boolean>)[PATCHED]) {
  NumFmtXform.prototype.parseOpen = function (node) {
    if (node.name !== "numFmt") return false;
    this.model = { id: parseInt(node.attributes.numFmtId ?? "", 10), formatCode: node.attributes.formatCode ?? "" };
    return true;
  };
  (NumFmtXform.prototype as unknown as Record<symbol, boolean>)[PATCHED] = true;
}
