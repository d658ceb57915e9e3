/** The pane's view of findings: the sheet of an address, grouping, filtering, the cells to highlight, error text. */
import { checkWorkbook } from "../../src/core/check";
import { strings } from "../../src/core/i18n";
import { errorDetail } from "../../src/taskpane/errors";
import {
  ALL,
  cellsOf,
  displayOrder,
  groupItems,
  parseScope,
  scopeOptions,
  scopeValue,
  severityCounts,
  sheetOf,
  toItems,
  visibleItems,
} from "../../src/taskpane/findings-view";
import { slipsWorkbook } from "./fixtures";

describe("sheetOf", () => {
  test.each([
    ["预算!D4", "预算"],
    ["'自评 报告'!A2", "自评 报告"],
    ["'My Sheet'!B2", "My Sheet"],
    ["'It''s'!A1", "It's"],
    ["'A!B'!C3", "A!B"],
    ["'2023'!A1", "2023"],
    ["Sheet1!A1:B2", "Sheet1"],
    ["A1", ""],
  ])("%s → %s", (address, sheet) => {
    expect(sheetOf(address)).toBe(sheet);
  });
});

describe("grouping and filters on a real check", () => {
  const result = checkWorkbook(slipsWorkbook());
  const items = toItems(result.findings);
  const order = result.sheets.map((s) => s.name);
  const every = new Set(["error", "warning", "info"] as const);

  test("severity, then sheets in workbook order, findings in the engine's order", () => {
    const groups = groupItems(items, order);
    expect(groups.map((g) => [g.severity, g.count, g.sheets.map((s) => [s.sheet, s.items.map((i) => i.finding.rule)])])).toEqual([
      [
        "error",
        5,
        [
          ["预算", ["undefined-rate"]],
          ["自评 报告", ["unit-slip", "text-mismatch", "rate-mismatch", "stray-unit"]],
        ],
      ],
      ["warning", 1, [["预算", ["unexplained-adjustment"]]]],
    ]);
    expect(displayOrder(groups).map((i) => i.finding.rule)).toEqual([
      "undefined-rate",
      "unit-slip",
      "text-mismatch",
      "rate-mismatch",
      "stray-unit",
      "unexplained-adjustment",
    ]);
  });

  test("filters by severity and by rule or sheet; counts are faceted", () => {
    expect(visibleItems(items, new Set(["warning"]), ALL).map((i) => i.finding.rule)).toEqual(["unexplained-adjustment"]);
    expect(visibleItems(items, every, { kind: "sheet", sheet: "预算" })).toHaveLength(2);
    expect(visibleItems(items, every, { kind: "rule", rule: "stray-unit" })).toHaveLength(1);
    expect(severityCounts(items, { kind: "sheet", sheet: "自评 报告" })).toEqual({ error: 4, warning: 0, info: 0 });
    const opts = scopeOptions(items, new Set(["error"]), order);
    expect(opts.sheets.map((o) => [scopeValue(o.scope), o.count])).toEqual([
      ["sheet:预算", 1],
      ["sheet:自评 报告", 4],
    ]);
    expect(opts.rules.find((o) => scopeValue(o.scope) === "rule:unexplained-adjustment")?.count).toBe(0);
  });

  test("scope values round-trip", () => {
    for (const s of [ALL, { kind: "rule", rule: "unit-slip" } as const, { kind: "sheet", sheet: "a:b 预算" } as const]) {
      expect(parseScope(scopeValue(s))).toEqual(s);
    }
  });

  test("cellsOf: every cell once, in order", () => {
    expect(cellsOf(items)).toEqual(["'自评 报告'!A2", "预算!D4", "'自评 报告'!A3", "'自评 报告'!A4", "预算!C4", "预算!E6", "预算!D6", "预算!C6", "预算!B4"]);
    expect(new Set(cellsOf(items))).toEqual(new Set(result.findings.flatMap((f) => f.cells)));
  });
});

describe("errorDetail", () => {
  const zh = strings("zh-CN").pane;
  const en = strings("en").pane;
  test("a known Office code is explained in the pane's language", () => {
    const e = Object.assign(new Error("The operation isn't supported in cell edit mode."), { code: "InvalidOperationInCellEditMode" });
    expect(errorDetail(e, zh)).toBe(zh.officeErrors.InvalidOperationInCellEditMode);
    expect(errorDetail(e, en)).toBe(en.officeErrors.InvalidOperationInCellEditMode);
  });
  test("an unknown code: the host's message and the code", () => {
    expect(errorDetail({ code: "Odd", message: "Odd thing" }, en)).toBe("Odd thing (Error code: Odd)");
    expect(errorDetail({ code: "Odd" }, zh)).toBe("错误代码：Odd");
  });
  test("other rejections", () => {
    expect(errorDetail(new Error("boom"), en)).toBe("boom");
    expect(errorDetail("plain", en)).toBe("plain");
    expect(errorDetail(undefined, en)).toBe("");
    expect(errorDetail({}, en)).toBe("");
  });
  test("both languages explain the same codes", () => {
    expect(Object.keys(zh.officeErrors).sort()).toEqual(Object.keys(en.officeErrors).sort());
  });
});
