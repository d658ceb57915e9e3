/**
 * For the task pane tests: a workbook with real slips, fake host actions over it, and the few browser APIs jsdom lacks
 * that Fluent UI touches (installed per test file by `useDomStubs()`, removed after it).
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import type { PaneActions } from "../../src/taskpane/App";
import type { WorkbookSnapshot, SheetSnapshot } from "../../src/core/snapshot";
import { budgetRows } from "../helpers/haikou";
import { num, report, sheet, workbook } from "../helpers/workbook";
import { loadStrings } from "../../src/taskpane/strings";

/**
 * 预算 (the seed's budget in 元, with 财政专户管理资金's rate written as 0.00% over a zero budget) and a narrative on a sheet
 * whose name needs quotes ('自评 报告'!A2). checkWorkbook finds, in this order:
 *   error   unit-slip        '自评 报告'!A2 预算!D4          2023年政府采购支出1065.25元 (10,655,546.85 元)
 *   error   text-mismatch    '自评 报告'!A3 预算!D4          全年执行数10600000.00元
 *   error   rate-mismatch    '自评 报告'!A4 预算!D4 预算!C4  完成预算94.8%
 *   error   stray-unit       '自评 报告'!A2                  94.56%元
 *   error   undefined-rate   预算!E6 预算!D6 预算!C6         0.00% over a zero budget
 *   warning unexplained-adj. 预算!C4 预算!B4                 调增 3,030.96 元 without a reason
 */
export function slipsWorkbook(): WorkbookSnapshot {
  const rows = budgetRows();
  rows[5] = ["财政专户管理资金", 0, 0, 0, "0.00%", ""];
  return workbook(
    sheet("预算", rows),
    report("自评 报告", [
      "海口市政务服务中心项目支出绩效自评报告",
      "2023年政府采购支出1065.25元，执行率94.56%元。",
      "资金总额-全年执行数10600000.00元。",
      "完成预算94.8%。",
    ])
  );
}

/** A workbook with nothing to find. */
export function cleanWorkbook(): WorkbookSnapshot {
  const rows = budgetRows().slice(0, 4);
  rows[3] = ["资金总额", 11268530.96, 11268530.96, 10655546.85, num(0.9456, "0.00%"), ""];
  return workbook(sheet("预算", rows), report("自评报告", ["自评报告", "资金总额-全年执行数10655546.85元。"]));
}

/** A workbook of sheets that are none of the forms: a shopping list and a blank sheet. */
export function unrecognisedWorkbook(): WorkbookSnapshot {
  return workbook(
    sheet("Sheet1", [
      ["品名", "数量"],
      ["订书机", 2],
    ]),
    sheet("Sheet2", [])
  );
}

/**
 * The national 自评表 as a county prints it, left blank, on a sheet the user made (项目资金（万元）, one indicator slot):
 * the report fills it in place, only with the user's consent.
 */
export function userForm(name = "自评表"): SheetSnapshot {
  return sheet(
    name,
    [
      ["项目支出绩效自评表"],
      ["（    年度）"],
      ["项目名称", "", "", "", "", "", "", ""],
      ["主管部门", "", "", "", "实施单位", "", "", ""],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", null, null, null, 10, null, null],
      ["", "其中：当年财政拨款", null, null, null, "—", null, "—"],
      ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", ""],
      ["", "", "", "", "", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标（50分）", "数量指标", "", "", "", "", "", ""],
      ["总分", "", "", "", "", 100, "", ""],
    ],
    { merges: ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:A7", "A8:A9", "B8:E8", "F8:H8", "B9:E9", "F9:H9", "A12:E12"] }
  );
}

export type FakeActions = PaneActions & {
  readWorkbook: jest.Mock;
  selectCells: jest.Mock;
  highlightAll: jest.Mock;
  clearHighlights: jest.Mock;
  applyPlan: jest.Mock;
};

/** Host actions over a snapshot: reading reports progress per sheet; the other effects only record their calls. */
export function fakeActions(snapshot: WorkbookSnapshot = slipsWorkbook()): FakeActions {
  return {
    readWorkbook: jest.fn(async (onProgress?: (done: number, total: number) => void) => {
      const n = snapshot.sheets.length;
      for (let i = 1; i <= n; i++) onProgress?.(i, n);
      return { snapshot, syncs: 2 };
    }),
    selectCells: jest.fn(async () => undefined),
    highlightAll: jest.fn(async () => undefined),
    clearHighlights: jest.fn(async () => undefined),
    applyPlan: jest.fn(async () => undefined),
  };
}

export function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/**
 * matchMedia, ResizeObserver and scrollIntoView, which Fluent's motion, positioning and listbox use; jsdom has none of them.
 * Also a fast getComputedStyle (inline styles only): jsdom's copies every declaration of every matching rule, including the
 * ~600 theme variables FluentProvider puts on its root, ~20 ms a call, and Fluent's positioning calls it ~100 times to open
 * a dropdown. `realStyle(el)` is jsdom's own, for tests of the stylesheet.
 */
export function useDomStubs(): { realStyle(el: Element): CSSStyleDeclaration } {
  const saved: Array<() => void> = [];
  const real = window.getComputedStyle.bind(window);
  // The pane's entry loads its language pack before rendering; tests render App directly.
  beforeAll(() => Promise.all([loadStrings("zh-CN"), loadStrings("en")]));
  beforeAll(() => {
    const setOn = (target: object, key: string, value: unknown) => {
      const had = Object.prototype.hasOwnProperty.call(target, key);
      const old = (target as Record<string, unknown>)[key];
      Object.defineProperty(target, key, { value, configurable: true, writable: true });
      saved.push(() => {
        if (had) Object.defineProperty(target, key, { value: old, configurable: true, writable: true });
        else delete (target as Record<string, unknown>)[key];
      });
    };
    // jsdom has no TextEncoder or TextDecoder, which every browser has (the .docx writer and reader use them).
    if (typeof globalThis.TextEncoder === "undefined") setOn(globalThis, "TextEncoder", NodeTextEncoder);
    if (typeof globalThis.TextDecoder === "undefined") setOn(globalThis, "TextDecoder", NodeTextDecoder);
    if (!window.matchMedia) {
      setOn(window, "matchMedia", (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }));
    }
    if (!("ResizeObserver" in window)) {
      setOn(
        window,
        "ResizeObserver",
        class {
          observe() {}
          unobserve() {}
          disconnect() {}
        }
      );
    }
    if (!Element.prototype.scrollIntoView) setOn(Element.prototype, "scrollIntoView", () => undefined);
    setOn(window, "getComputedStyle", (el: Element) => {
      const style = document.createElement("div").style;
      style.cssText = el instanceof HTMLElement ? el.style.cssText : "";
      return style;
    });
  });
  afterAll(() => {
    while (saved.length) saved.pop()!();
  });
  return { realStyle: (el) => real(el) };
}
