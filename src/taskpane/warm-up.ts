/**
 * After the pane's first paint, in idle time, the engine's chunk loads and checks a tiny workbook once, and the findings
 * view's chunk and the host's reading code load. A browser compiles a function on its first call: without this the user's first 检查 pays for
 * compiling the engine (about 100 ms of a 240 ms click in the demo bench). Nothing of the user's workbook is read.
 */
import type { WorkbookSnapshot } from "../core/snapshot";

const text = (v: string) => ({ v });
const num = (v: number) => ({ v, fmt: "#,##0.00" });

/** A budget table, a ledger and a sentence with figures: the paths every real check takes. */
export const TINY: WorkbookSnapshot = {
  sheets: [
    {
      name: "预算执行",
      hidden: false,
      merges: [],
      rows: [
        [text("资金来源"), text("年初预算数"), text("全年预算数"), text("全年执行数"), text("执行率")],
        [text("资金总额"), num(100), num(100), num(90), { v: 0.9, fmt: "0.00%" }],
        [text("财政资金"), num(100), num(100), num(90), { v: 0.9, fmt: "0.00%" }],
      ],
    },
    {
      name: "支付明细",
      hidden: false,
      merges: [],
      rows: [
        [text("支付日期"), text("收款单位"), text("摘要"), text("金额")],
        [{ v: 45000, fmt: "yyyy-mm-dd" }, text("某公司"), text("服务费"), num(90)],
      ],
    },
    { name: "自评报告", hidden: false, merges: [], rows: [[text("项目支出绩效自评报告")], [text("全年预算数100.00元，全年执行数90.00元，执行率90.00%。")]] },
  ],
};

type Idle = (run: () => void) => void;

function whenIdle(win: Window): Idle {
  const ric = (win as Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  return ric ? (run) => ric.call(win, run, { timeout: 2000 }) : (run) => win.setTimeout(run, 200);
}

/** Resolves when the warm-up is over; never rejects (a failure here only means the first check compiles as before). */
export function warmUp(win: Window, prepareHost?: () => Promise<void>): Promise<void> {
  return new Promise((done) =>
    whenIdle(win)(() => {
      Promise.all([
        import(/* webpackChunkName: "engine" */ "../core/check").then((m) => void m.checkWorkbook(TINY)),
        import(/* webpackChunkName: "findings" */ "./Findings"),
        prepareHost?.(),
      ]).then(
        () => done(),
        () => done()
      );
    })
  );
}
