/**
 * The host's size limits shared by reads and highlights: Excel on the web refuses a request or response over 5 MB
 * (decimal: 5,000,000 bytes is the safe reading of "5 MB"), and a sync packed by estimate keeps a share of it free.
 */
import { errorCode } from "./env";

export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Share of the limit a packed sync may use by estimate; the rest is headroom for misestimates. */
export const PAYLOAD_SHARE = 0.7;

/** Codes Excel gives a request or response over its limit (docs: "Resource limits and performance optimization"). */
const SIZE_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge", "RequestEntityTooLarge"]);

/**
 * Whether a failed sync may have been refused for its size, so that a smaller one may pass. Decided by code, never by
 * message (messages are localised): the size codes, HTTP 413, and GeneralException, which older Excel on the web builds
 * give an oversize request. GeneralException is also the catch-all, so callers retry it only while they can still split.
 */
export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  if (SIZE_CODES.has(code) || code === "GeneralException") return true;
  if (typeof e !== "object" || e === null) return false;
  const r = e as { httpStatusCode?: unknown; innerError?: unknown; debugInfo?: { code?: unknown; innerError?: unknown } };
  if (r.httpStatusCode === 413) return true;
  for (const inner of [r.innerError, r.debugInfo?.innerError]) if (inner && inner !== e && isPayloadError(inner)) return true;
  return typeof r.debugInfo?.code === "string" && SIZE_CODES.has(r.debugInfo.code);
}

/** Splits work into consecutive groups whose estimated cost stays within the budget (an item over it goes alone). */
export function packByBudget<T>(items: readonly T[], cost: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length > 0 && used + c > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
