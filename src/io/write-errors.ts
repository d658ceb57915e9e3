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

/** The system's reason in the user's words where its code has some (the message would name our temporary file). */
function causeText(err: Error, lang: Lang): string {
  const c = err.cause;
  // By shape, not instanceof: errors of Node's own fs may come from another realm (a test runner's sandbox).
  const code = typeof c === "object" && c !== null ? (c as NodeJS.ErrnoException).code : undefined;
  if (typeof code === "string") return strings(lang).fsReasons[code] ?? code;
  if (c instanceof Error) return c.message;
  return c === undefined ? "" : String(c);
}

/** A message for the user about an output that could not be written; the words are in src/core/i18n (writeErrors). */
export function describeWriteError(err: ReportWriteError, lang: Lang): string {
  const out = lang === "zh-CN" ? `“${err.output}”` : `"${err.output}"`;
  return strings(lang).writeErrors[err.kind]({ out, why: causeText(err, lang), detail: err.detail ?? "" });
}
