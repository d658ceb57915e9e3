/** One headless Chromium for the tests of a file: opened before them, closed after. */
import { openSession, type Session } from "../../demo/chromium";

export function chromiumSession(): () => Session {
  jest.setTimeout(120_000);
  let s: Session | undefined;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s?.close();
  });
  return () => s!;
}
