/**
 * Reading a Word report in the pane: the file's bytes, unzipped and parsed in the browser under the reader's ceilings
 * (nothing is sent anywhere), and why a file cannot be read, in the pane's language. Its own chunk, loaded on first use.
 */
import { type Lang, strings } from "../core/i18n";
import type { WorkbookSnapshot } from "../core/snapshot";
import { docxSnapshot } from "../io/docx/parse";
import { unzipDocx } from "../io/docx/unzip-browser";
import { LIMITS } from "../io/limits";
import { describeReadError, WorkbookReadError } from "../io/read-error";

export async function readDocxInBrowser(bytes: ArrayBuffer): Promise<WorkbookSnapshot> {
  return docxSnapshot(await unzipDocx(bytes, LIMITS), LIMITS);
}

/** What to tell the user about a file that could not be read as a Word report; `file` is its bare name. */
export function docxProblemText(err: unknown, file: string, lang: Lang): string {
  if (!(err instanceof WorkbookReadError)) return describeReadError(err, lang);
  if (err.kind === "too-large") {
    // The workbook's wording would speak of a workbook.
    const s = strings(lang);
    const limit = err.limit ?? "partBytes";
    const name = lang === "en" ? `"${file}"` : `“${file}”`;
    return s.pane.docx.tooLarge({ name, what: s.readErrors.limits[limit]({ n: LIMITS[limit].toLocaleString("en") }) });
  }
  const named = new WorkbookReadError(err.kind, { detail: err.detail, limit: err.limit, cause: err.cause, file, format: "docx" });
  return describeReadError(named, lang);
}
