/**
 * The two things the adapter needs from the host: Excel.run and the requirement-set check. By default they come from the
 * globals office.js installs; tests (and the emulation) may pass their own.
 */

export interface ExcelEnv {
  /** Excel.run; `options` (e.g. mergeUndoGroup) goes to the host as Excel.run(options, batch). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T>;
  /** Office.context.requirements.isSetSupported, e.g. ("ExcelApi", "1.13"). */
  isSetSupported(name: string, version: string): boolean;
}

/** Excel.run and Office.context.requirements from the globals office.js defines. */
export function globalEnv(): ExcelEnv {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> =>
      options ? Excel.run(options, batch) : Excel.run(batch),
    isSetSupported: (name: string, version: string): boolean => {
      if (typeof Office === "undefined") return false;
      const requirements = Office.context?.requirements;
      return requirements ? requirements.isSetSupported(name, version) : false;
    },
  };
}

/** context.sync() with a counter, so that callers can report (and tests can check) how many round trips a step took. */
export class SyncCounter {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

/** The error code of an OfficeExtension.Error (or anything with a code), else "". */
export function errorCode(e: unknown): string {
  if (typeof e === "object" && e !== null && "code" in e) {
    const code = (e as { code: unknown }).code;
    return typeof code === "string" ? code : "";
  }
  return "";
}
