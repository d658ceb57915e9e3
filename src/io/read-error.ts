/** Typed errors for workbooks that cannot be read, with messages in zh-CN and en. */
import { strings } from "../core/i18n";

export type ReadErrorKind = "not-found" | "unreadable" | "not-xlsx" | "encrypted" | "corrupt" | "too-large";

/** What the file turned out to be, when we could tell; refines the message. */
export type ReadErrorDetail =
  | "directory"
  | "special"
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
  | "bad-xml"
  | "compression"
  | "missing-part"
  | "encoding"
  | "structure"
  | "no-sheets"
  // .docx
  | "doc"
  | "no-document";

/** What the file was given as: a workbook, or a Word report (its messages then speak of Word and .docx). */
export type ReadFormat = "xlsx" | "docx";

export type { Lang } from "../core/i18n/types";
import type { Lang } from "../core/i18n/types";
import { LIMITS, type LimitName } from "./limits";

export class WorkbookReadError extends Error {
  readonly kind: ReadErrorKind;
  readonly detail: ReadErrorDetail | undefined;
  /** The path as given, when the input was a path. */
  readonly file: string | undefined;
  /** For "too-large": the ceiling the workbook went over (limits.ts). */
  readonly limit: LimitName | undefined;
  readonly format: ReadFormat;

  constructor(kind: ReadErrorKind, opts: { detail?: ReadErrorDetail; file?: string; cause?: unknown; limit?: LimitName; format?: ReadFormat } = {}) {
    super("", opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "WorkbookReadError";
    this.kind = kind;
    this.detail = opts.detail;
    this.file = opts.file;
    this.limit = opts.limit;
    this.format = opts.format ?? "xlsx";
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

/** The message in a language; the words are in src/core/i18n (readErrors), like every other user-facing string. */
function describe(e: WorkbookReadError, lang: Lang): string {
  const r = strings(lang).readErrors;
  const name = e.file !== undefined ? (lang === "en" ? `"${e.file}"` : `“${e.file}”`) : r.thisFile;
  const detail = (table: Partial<Record<ReadErrorDetail, string>>) => (e.detail !== undefined ? (table[e.detail] ?? "") : "");
  if (e.format === "docx" || e.detail === "doc") {
    const message = describeDocx(e, name, lang);
    if (message) return message;
  }
  switch (e.kind) {
    case "not-found":
      return r.notFound({ name });
    case "unreadable":
      return r.unreadable({ name, why: causeText(e) });
    case "not-xlsx":
      if (e.detail === "docx") return strings(lang).docx.workbookOnly({ name });
      return e.detail === "directory" ? r.folder({ name }) : r.notXlsx({ name, what: detail(r.details) });
    case "encrypted":
      return r.encrypted({ name, which: detail(r.encryptedAs) });
    case "corrupt":
      return r.corrupt({ name, why: detail(r.corruptBy) || causeText(e) });
    case "too-large": {
      const limit = e.limit ?? "partBytes";
      return r.tooLarge({ name, what: r.limits[limit]({ n: LIMITS[limit].toLocaleString("en") }) });
    }
  }
}

/** A Word report's own messages: how to save it as .docx; undefined where the workbook's message says it as well. */
function describeDocx(e: WorkbookReadError, name: string, lang: Lang): string | undefined {
  const s = strings(lang);
  const d = s.docx;
  const of = (table: Partial<Record<ReadErrorDetail, string>>) => (e.detail !== undefined ? (table[e.detail] ?? "") : "");
  if (e.detail === "doc") return d.legacyDoc({ name });
  if (e.detail === "pdf") return d.pdf({ name });
  if (e.detail === "no-document") return d.noDocument({ name });
  switch (e.kind) {
    case "not-xlsx":
      return e.detail === "directory" ? undefined : d.notDocx({ name, what: of(s.readErrors.details) });
    case "encrypted":
      // An Excel 97-2003 .xls given as a report is no protected document: the workbook's words say what it is.
      return e.detail === "legacy-xls" ? undefined : d.encrypted({ name, which: "" });
    case "corrupt":
      return d.corrupt({ name, why: e.detail === "bad-xml" ? d.badXml : of(s.readErrors.corruptBy) || causeText(e) });
    case "too-large": {
      // The pane says the same of a picked document: a document, not a workbook, went over a ceiling.
      const limit = e.limit ?? "partBytes";
      return s.pane.docx.tooLarge({ name, what: s.readErrors.limits[limit]({ n: LIMITS[limit].toLocaleString("en") }) });
    }
    default:
      return undefined;
  }
}

/** A message for the user; any other error gets a generic line with its own message. */
export function describeReadError(err: unknown, lang: Lang): string {
  if (err instanceof WorkbookReadError) return describe(err, lang);
  const msg = err instanceof Error ? err.message : String(err);
  return strings(lang).readErrors.other({ message: msg });
}

/** A workbook over one of the reader's ceilings; `file` is filled in by the reader. */
export function overLimit(limit: LimitName): WorkbookReadError {
  return new WorkbookReadError("too-large", { limit });
}
