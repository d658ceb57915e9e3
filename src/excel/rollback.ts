/**
 * After a write that failed halfway: the part of it that ran is taken back, so the workbook is as it was before the
 * action, and the error says whether that worked (the pane tells the user which).
 */

/** Whether a failed action's changes were taken back: true (the workbook is as before), false (some may remain). */
export function rolledBack(e: unknown): boolean | undefined {
  return typeof e === "object" && e !== null ? (e as { rolledBack?: boolean }).rolledBack : undefined;
}

/** Runs `rollback` after `error`, records on the error whether it succeeded, and returns the error to rethrow. */
export async function afterFailure(error: unknown, rollback: () => Promise<void>): Promise<unknown> {
  let ok = true;
  try {
    await rollback();
  } catch {
    ok = false;
  }
  if (typeof error === "object" && error !== null) {
    try {
      (error as { rolledBack?: boolean }).rolledBack = ok;
    } catch {
      // A frozen error keeps its own word.
    }
  }
  return error;
}
