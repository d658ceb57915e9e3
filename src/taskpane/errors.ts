/** Errors the host rejects with, told in the user's language: an OfficeExtension.Error by its code, anything else by its message. */
import type { PaneStrings } from "../core/i18n/types";
import { CHECK_LIMITS, CheckLimitError } from "../core/check-limits";
import { rolledBack } from "../excel/rollback";

/** The shape of OfficeExtension.Error that matters here (told apart by shape: OfficeExtension is not loaded in tests or the demo). */
interface CodedError {
  code: string;
  message?: unknown;
}

function isCoded(e: unknown): e is CodedError {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" && (e as { code: string }).code !== "";
}

function messageOf(e: unknown): string {
  if (typeof e === "string") return e;
  if (typeof e === "object" && e !== null) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === "string") return m;
  }
  return "";
}

/**
 * The detail line under a MessageBar title. An Office error with a known code gets its explanation in the pane's language;
 * an unknown code gets the host's own message (Office gives it in Office's display language, which the pane follows) and the code;
 * a generic Error its message; anything else nothing (the title alone says what failed).
 */
export function errorDetail(e: unknown, s: PaneStrings): string {
  // Whether a write that failed halfway was taken back (src/excel/rollback.ts): what the workbook is like now.
  const back = rolledBack(e);
  const state = back === true ? ` ${s.rolledBack}` : back === false ? ` ${s.notRolledBack}` : "";
  return what(e, s) + state;
}

function what(e: unknown, s: PaneStrings): string {
  if (e instanceof CheckLimitError) return s.tooMuchText({ n: CHECK_LIMITS[e.limit].toLocaleString("en") });
  if (isCoded(e)) {
    const known = s.officeErrors[e.code];
    if (known) return known;
    const m = messageOf(e);
    const code = s.errorCode({ code: e.code });
    return m ? `${m} (${code})` : code;
  }
  return messageOf(e);
}
