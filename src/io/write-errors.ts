/** Why a report could not be written: the refusals of the writer and their messages in the user's language. */
import { strings } from "../core/i18n";
import type { Lang } from "./read-error";

export type WriteErrorKind =
  "same-as-input" | "same-as-output" | "output-is-directory" | "output-not-file" | "output-unwritable" | "source-in-plan" | "changed-source";

export class ReportWriteError extends Error {
  readonly kind: WriteErrorKind;
  readonly output: string;
  /** Sheet or cell details (source-in-plan, changed-source). */
  readonly detail: string | undefined;

  constructor(kind: WriteErrorKind, output: string, opts: { detail?: string; cause?: unknown } = {}) {
    super("", opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "ReportWriteError";
    this.kind = kind;
    this.output = output;
    this.detail = opts.detail;
    this.message = describeWriteError(this, "en");
  }
}

function causeText(err: Error): string {
  const c = err.cause;
  if (c instanceof Error) {
    const code = (c as NodeJS.ErrnoException).code;
    return code ? `${code}: ${c.message}` : c.message;
  }
  return c === undefined ? "" : String(c);
}

/** A message for the user about an output that could not be written; the words are in src/core/i18n (writeErrors). */
export function describeWriteError(err: ReportWriteError, lang: Lang): string {
  const out = lang === "zh-CN" ? `“${err.output}”` : `"${err.output}"`;
  return strings(lang).writeErrors[err.kind]({ out, why: causeText(err), detail: err.detail ?? "" });
}
