/** Typed errors for workbooks that cannot be read, with messages in zh-CN and en. */

export type ReadErrorKind = "not-found" | "unreadable" | "not-xlsx" | "encrypted" | "corrupt";

/** What the file turned out to be, when we could tell; refines the message. */
export type ReadErrorDetail =
  | "directory"
  | "empty"
  | "text"
  | "html"
  | "xml"
  | "pdf"
  | "xlsb"
  | "ods"
  | "docx"
  | "pptx"
  | "zip"
  | "legacy-xls"
  | "encrypted-ooxml"
  | "zip-encrypted"
  | "truncated"
  | "bad-zip"
  | "bad-xml";

export type Lang = "zh-CN" | "en";

export class WorkbookReadError extends Error {
  readonly kind: ReadErrorKind;
  readonly detail: ReadErrorDetail | undefined;
  /** The path as given, when the input was a path. */
  readonly file: string | undefined;

  constructor(kind: ReadErrorKind, opts: { detail?: ReadErrorDetail; file?: string; cause?: unknown } = {}) {
    super("", opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "WorkbookReadError";
    this.kind = kind;
    this.detail = opts.detail;
    this.file = opts.file;
    // English by default so logs and stack traces read without a lang argument.
    this.message = describeReadError(this, "en");
  }
}

function causeText(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code}: ${cause.message}` : cause.message;
  }
  return cause === undefined ? "" : String(cause);
}

const NOT_XLSX_ZH: Partial<Record<ReadErrorDetail, string>> = {
  directory: "这是一个文件夹",
  empty: "文件为空",
  text: "这是一个文本文件",
  html: "这是网页（HTML）文件，常见于业务系统导出的“伪 .xls”",
  xml: "这是 XML 文件（可能是 Excel 2003 XML 表格）",
  pdf: "这是 PDF 文件",
  xlsb: "这是二进制工作簿 .xlsb",
  ods: "这是 OpenDocument 表格 .ods",
  docx: "这是 Word 文档",
  pptx: "这是 PowerPoint 演示文稿",
  zip: "这是一个普通压缩包，不含工作簿",
};

const NOT_XLSX_EN: Partial<Record<ReadErrorDetail, string>> = {
  directory: "it is a folder",
  empty: "the file is empty",
  text: "it is a text file",
  html: "it is a web page (HTML), as some systems export under a .xls name",
  xml: "it is an XML file (perhaps an Excel 2003 XML spreadsheet)",
  pdf: "it is a PDF file",
  xlsb: "it is a binary workbook (.xlsb)",
  ods: "it is an OpenDocument spreadsheet (.ods)",
  docx: "it is a Word document",
  pptx: "it is a PowerPoint presentation",
  zip: "it is a zip archive with no workbook in it",
};

function describeZh(e: WorkbookReadError): string {
  const name = e.file !== undefined ? `“${e.file}”` : "该文件";
  switch (e.kind) {
    case "not-found":
      return `找不到文件${name}，请检查路径是否正确。`;
    case "unreadable": {
      const why = causeText(e);
      return `无法打开文件${name}${why ? `（${why}）` : ""}，请检查文件权限或是否被其他程序占用。`;
    }
    case "not-xlsx": {
      const what = e.detail !== undefined ? NOT_XLSX_ZH[e.detail] : undefined;
      if (e.detail === "directory") return `${name}是一个文件夹，不是 .xlsx 工作簿。`;
      return `${name}不是 .xlsx 工作簿${what ? `（${what}）` : ""}。请在 Excel 中打开后另存为“Excel 工作簿(*.xlsx)”再试。`;
    }
    case "encrypted": {
      const which =
        e.detail === "encrypted-ooxml"
          ? "（看起来是设有打开密码的 .xlsx）"
          : e.detail === "legacy-xls"
            ? "（看起来是旧版 Excel 97-2003 .xls 文件）"
            : e.detail === "zip-encrypted"
              ? "（压缩包内的文件经过加密）"
              : "";
      return `${name}已加密或为旧版 .xls 格式${which}，无法读取。请在 Excel 中取消打开密码，或另存为“Excel 工作簿(*.xlsx)”后再试。`;
    }
    case "corrupt": {
      const why =
        e.detail === "truncated"
          ? "文件不完整，可能下载或复制时被截断"
          : e.detail === "bad-zip"
            ? "压缩结构损坏"
            : e.detail === "bad-xml"
              ? "工作簿内部数据损坏"
              : causeText(e);
      return `${name}已损坏，无法读取${why ? `（${why}）` : ""}。请从原始来源重新获取，或在 Excel 中打开修复后另存再试。`;
    }
  }
}

function describeEn(e: WorkbookReadError): string {
  const name = e.file !== undefined ? `"${e.file}"` : "The file";
  switch (e.kind) {
    case "not-found":
      return `${name} was not found; check the path.`;
    case "unreadable": {
      const why = causeText(e);
      return `${name} could not be opened${why ? ` (${why})` : ""}; check its permissions or whether another program holds it.`;
    }
    case "not-xlsx": {
      const what = e.detail !== undefined ? NOT_XLSX_EN[e.detail] : undefined;
      if (e.detail === "directory") return `${name} is a folder, not an .xlsx workbook.`;
      return `${name} is not an .xlsx workbook${what ? ` (${what})` : ""}. Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.`;
    }
    case "encrypted": {
      const which =
        e.detail === "encrypted-ooxml"
          ? " (it looks like a password-protected .xlsx)"
          : e.detail === "legacy-xls"
            ? " (it looks like an Excel 97-2003 .xls file)"
            : e.detail === "zip-encrypted"
              ? " (the parts inside the archive are encrypted)"
              : "";
      return `${name} is encrypted or a legacy .xls${which} and cannot be read. Remove the password in Excel, or save it as "Excel Workbook (*.xlsx)", then try again.`;
    }
    case "corrupt": {
      const why =
        e.detail === "truncated"
          ? "the file is incomplete, perhaps cut short while downloading or copying"
          : e.detail === "bad-zip"
            ? "its zip structure is damaged"
            : e.detail === "bad-xml"
              ? "the data inside the workbook is damaged"
              : causeText(e);
      return `${name} is damaged and cannot be read${why ? ` (${why})` : ""}. Get it again from its source, or open and repair it in Excel and save a copy.`;
    }
  }
}

/** A message for the user; any other error gets a generic line with its own message. */
export function describeReadError(err: unknown, lang: Lang): string {
  if (err instanceof WorkbookReadError) return lang === "zh-CN" ? describeZh(err) : describeEn(err);
  const msg = err instanceof Error ? err.message : String(err);
  return lang === "zh-CN" ? `读取工作簿失败：${msg}` : `Could not read the workbook: ${msg}`;
}
