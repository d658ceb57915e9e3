/**
 * ../shared/ beside the repository (the real seed report, the manifest schemas): where CI puts it, and absent in a clone on
 * its own. Tests that need it run when it is there and are skipped when it is not, except where SELFEVAL_REQUIRE_SHARED=1
 * (.ci/run sets it): there a missing file fails the test, so CI cannot pass by skipping.
 *
 * SELFEVAL_SHARED_DIR points elsewhere (e.g. at a missing folder, to try the suite as a lone clone runs it).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED_DIR = process.env.SELFEVAL_SHARED_DIR ? resolve(process.env.SELFEVAL_SHARED_DIR) : resolve(__dirname, "../../../shared");

export const SHARED_REQUIRED = process.env.SELFEVAL_REQUIRE_SHARED === "1";

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

function missing(parts: string[]): string {
  return `${sharedPath(...parts)} is missing, and SELFEVAL_REQUIRE_SHARED=1 requires it`;
}

/** A describe block over a file in shared/: run, skipped, or (required and missing) one failing test that says what is missing. */
export function describeShared(parts: string[], name: string, fn: () => void): void {
  if (hasShared(...parts)) describe(name, fn);
  else if (SHARED_REQUIRED)
    describe(name, () =>
      test("has what it needs from shared/", () => {
        throw new Error(missing(parts));
      })
    );
  else describe.skip(name, fn);
}

/** One test over a file in shared/, in the same three ways. */
export function testShared(parts: string[], name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (hasShared(...parts)) test(name, fn, timeout);
  else if (SHARED_REQUIRED)
    test(name, () => {
      throw new Error(missing(parts));
    });
  else test.skip(name, fn);
}
