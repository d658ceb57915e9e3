/** The pane's warm-up: a check of a tiny consistent workbook that takes the paths a real check takes, and never bothers the host. */
import { checkWorkbook } from "../../src/core/check";
import { TINY, warmUp } from "../../src/taskpane/warm-up";

test("the warm-up workbook is recognised as budget, ledger and narrative, and is consistent", () => {
  const r = checkWorkbook(TINY);
  expect(Object.fromEntries(r.sheets.map((s) => [s.name, s.role]))).toEqual({ 预算执行: "budget", 支付明细: "payments", 自评报告: "report-text" });
  expect(r.findings).toEqual([]);
});

test("without requestIdleCallback the warm-up runs on a timer, prepares the host once, and resolves", async () => {
  const timers: Array<() => void> = [];
  const win = { setTimeout: (run: () => void) => timers.push(run) } as unknown as Window;
  const prepare = jest.fn(() => Promise.resolve());
  const done = warmUp(win, prepare);
  expect(prepare).not.toHaveBeenCalled();
  expect(timers).toHaveLength(1);
  timers[0]!();
  await expect(done).resolves.toBeUndefined();
  expect(prepare).toHaveBeenCalledTimes(1);
});

test("a host that fails to prepare leaves the pane as it was: the warm-up still resolves", async () => {
  const win = { requestIdleCallback: (run: () => void) => run() } as unknown as Window;
  await expect(warmUp(win, () => Promise.reject(new Error("offline")))).resolves.toBeUndefined();
});
