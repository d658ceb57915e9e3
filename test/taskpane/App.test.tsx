/** @jest-environment jsdom */
/** The task pane over fake host actions and a real check: grouping, roles, keyboard, filters, highlights, languages, errors. */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { figureText, renderMessage, strings } from "../../src/core/i18n";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App, type AppProps } from "../../src/taskpane/App";
import { loadTheme } from "../../src/taskpane/environment";
import type { ReportRunOptions } from "../../src/taskpane/report";
import { cleanWorkbook, deferred, fakeActions, type FakeActions, slipsWorkbook, unrecognisedWorkbook, useDomStubs } from "./fixtures";

const { realStyle } = useDomStubs();

const zh = strings("zh-CN");
const en = strings("en");
const expected = checkWorkbook(slipsWorkbook());

function renderApp(props: Partial<AppProps> & { actions?: FakeActions } = {}) {
  const actions = props.actions ?? fakeActions();
  const utils = render(<App lang="zh-CN" theme="light" {...props} actions={actions} />);
  return { actions, ...utils };
}

async function checkNow(label = zh.pane.check) {
  fireEvent.click(screen.getByRole("button", { name: label }));
  return screen.findAllByRole("listitem");
}

/** The finding an item shows, by its message. */
function findingOf(item: HTMLElement): Finding {
  const f = expected.findings.find((x) => item.textContent?.includes(renderMessage(x, "zh-CN")));
  if (!f) throw new Error(`no finding for ${item.textContent}`);
  return f;
}

const findingsRegion = () => screen.getByRole("region", { name: zh.pane.findingsLabel });

describe("checking", () => {
  test("the fixture gives real findings of two severities on two sheets", () => {
    expect(expected.summary).toEqual({ error: 5, warning: 1, info: 0 });
    expect(new Set(expected.findings.map((f) => f.cells[0]!.split("!")[0]))).toEqual(new Set(["'自评 报告'", "预算"]));
  });

  test("before a check: the intro and a Check button, no list", () => {
    renderApp();
    expect(screen.getByText(zh.pane.intro)).toBeTruthy();
    expect(screen.queryAllByRole("list")).toHaveLength(0);
  });

  test("one click: a summary, then findings grouped by severity and, within each, by the sheet of the first cell", async () => {
    const { actions } = renderApp();
    const items = await checkNow();
    expect(actions.readWorkbook).toHaveBeenCalledTimes(1);
    expect(items).toHaveLength(6);

    const status = screen.getByRole("status");
    expect(status.textContent).toBe(zh.ui.summary({ error: "5", warning: "1", info: "0" }));

    // Severity sections in order, each headed with its count; sheets in workbook order, named with their role.
    const headings = within(findingsRegion())
      .getAllByRole("heading")
      .map((h) => h.textContent);
    // A sheet whose name already says its role is not followed by the role again ("预算", not "预算（预算执行）").
    expect(headings).toEqual(["错误（5）", "预算", "自评 报告", "警告（1）", "预算"]);

    const errors = screen.getByRole("region", { name: "错误（5）" });
    const [budgetList, reportList] = within(errors).getAllByRole("list");
    expect(
      within(budgetList!)
        .getAllByRole("listitem")
        .map((i) => findingOf(i).rule)
    ).toEqual(["undefined-rate"]);
    expect(
      within(reportList!)
        .getAllByRole("listitem")
        .map((i) => findingOf(i).rule)
    ).toEqual(["unit-slip", "text-mismatch", "rate-mismatch", "stray-unit"]);
    const warnings = screen.getByRole("region", { name: "警告（1）" });
    expect(
      within(warnings)
        .getAllByRole("listitem")
        .map((i) => findingOf(i).rule)
    ).toEqual(["unexplained-adjustment"]);
  });

  test("each finding shows its rule name, message, expected vs actual as the CLI prints them, and its cells", async () => {
    renderApp();
    const items = await checkNow();
    const unit = items.find((i) => findingOf(i).rule === "unit-slip")!;
    const f = findingOf(unit);
    const text = unit.textContent!;
    expect(text).toContain(zh.rules["unit-slip"]);
    expect(text).toContain(renderMessage(f, "zh-CN"));
    expect(text).toContain(`应为 ${figureText(f.expected!, zh)}`);
    expect(text).toContain("应为 10,655,546.85元");
    expect(text).toContain("实为 1,065.25元");
    // The first cell is the wrong one, the rest the basis: each chip says which.
    expect(within(unit).getByRole("button", { name: "转到有误单元格'自评 报告'!A2" }).textContent).toBe("有误'自评 报告'!A2");
    expect(within(unit).getByRole("button", { name: "转到依据单元格预算!D4" }).textContent).toBe("依据预算!D4");
  });

  test("a missing reason shows no expected/actual: its message says what is missing and where to write it", async () => {
    renderApp();
    const items = await checkNow();
    const item = items.find((i) => findingOf(i).rule === "unexplained-adjustment")!;
    expect(item.textContent).not.toMatch(/应为|实为/);
    expect(item.textContent).toContain("没有写明调整原因");
    expect(item.textContent).toContain("请在预算表该行的备注中");
    expect(within(item).getByRole("button", { name: "转到需说明单元格预算!C4" })).toBeTruthy();
    expect(within(item).getByRole("button", { name: "转到依据单元格预算!B4" })).toBeTruthy();
  });

  test("findings that name projects come under a heading per project", async () => {
    const base = checkWorkbook(slipsWorkbook());
    const findings = base.findings.map((f, k) => ({ ...f, project: k < 3 ? "政务服务中心运维" : "12345热线" }));
    renderApp({ actions: { ...fakeActions(), check: async () => ({ ...base, findings }) } });
    await checkNow();
    const headings = within(findingsRegion())
      .getAllByRole("heading")
      .map((h) => h.textContent);
    expect(headings).toEqual([
      "错误（5）",
      "项目：政务服务中心运维",
      "自评 报告",
      "项目：12345热线",
      "预算",
      "自评 报告",
      "警告（1）",
      "项目：12345热线",
      "预算",
    ]);
  });

  test("progress: a bar while reading (with sheets read), a spinner while checking, then the findings", async () => {
    const read = deferred<void>();
    const check = deferred<ReturnType<typeof checkWorkbook>>();
    const actions = fakeActions();
    let progress: ((done: number, total: number) => void) | undefined;
    actions.readWorkbook.mockImplementation(async (onProgress?: (d: number, t: number) => void) => {
      progress = onProgress;
      await read.promise;
      return { snapshot: slipsWorkbook(), syncs: 2 };
    });
    const checkFn = jest.fn(() => check.promise);
    renderApp({ actions: { ...actions, check: checkFn } });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));

    expect(screen.getByRole("progressbar", { name: zh.pane.readingWorkbook })).toBeTruthy();
    act(() => progress!(1, 3));
    expect(screen.getByRole("progressbar", { name: "正在读取工作表（1/3）…" }).getAttribute("aria-valuenow")).toBe(String(1 / 3));
    // The button stays focusable but does nothing while a check runs.
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));
    expect(actions.readWorkbook).toHaveBeenCalledTimes(1);

    await act(async () => read.resolve());
    expect(await screen.findByText(zh.pane.checking)).toBeTruthy();
    expect(screen.getAllByRole("progressbar")).toEqual([screen.getByRole("progressbar", { name: zh.pane.checking })]);
    await waitFor(() => expect(checkFn).toHaveBeenCalledTimes(1));

    await act(async () => check.resolve(checkWorkbook(slipsWorkbook())));
    expect(await screen.findAllByRole("listitem")).toHaveLength(6);
    expect(screen.queryByText(zh.pane.checking)).toBeNull();
    expect(screen.getByRole("button", { name: zh.pane.recheck })).toBeTruthy();
  });

  test("a workbook with nothing to find says so", async () => {
    renderApp({ actions: fakeActions(cleanWorkbook()) });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));
    expect(await screen.findByText(zh.ui.noFindings)).toBeTruthy();
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
  });

  test("a workbook with nothing recognisable says nothing was checked, not that nothing was found", async () => {
    renderApp({ actions: fakeActions(unrecognisedWorkbook()) });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));
    expect(await screen.findByText(zh.ui.nothingRecognised)).toBeTruthy();
    expect(screen.queryByText(zh.ui.noFindings)).toBeNull();
  });

  test("autoRun checks on mount with no click", async () => {
    const { actions } = renderApp({ autoRun: true });
    expect(await screen.findAllByRole("listitem")).toHaveLength(6);
    expect(actions.readWorkbook).toHaveBeenCalledTimes(1);
  });

  test("a check command from the ribbon (a new seq) checks again", async () => {
    const actions = fakeActions();
    const { rerender } = render(<App actions={actions} lang="zh-CN" theme="light" command={{ kind: "check", seq: 1 }} />);
    expect(await screen.findAllByRole("listitem")).toHaveLength(6);
    rerender(<App actions={actions} lang="zh-CN" theme="light" command={{ kind: "check", seq: 1 }} />);
    expect(actions.readWorkbook).toHaveBeenCalledTimes(1);
    rerender(<App actions={actions} lang="zh-CN" theme="light" command={{ kind: "check", seq: 2 }} />);
    await waitFor(() => expect(actions.readWorkbook).toHaveBeenCalledTimes(2));
  });

  test("a host-supplied check (e.g. in a worker) replaces the built-in one, and info findings get their own group", async () => {
    const base = checkWorkbook(slipsWorkbook());
    const info: Finding = { ...base.findings[0]!, severity: "info" };
    const check = jest.fn(async () => ({ ...base, findings: [...base.findings, info], summary: { ...base.summary, info: 1 } }));
    renderApp({ actions: { ...fakeActions(), check } });
    expect(await checkNow()).toHaveLength(7);
    expect(check).toHaveBeenCalledWith(slipsWorkbook());
    expect(screen.getByRole("region", { name: "提示（1）" })).toBeTruthy();
  });
});

describe("the list and the keyboard", () => {
  test("lists and list items; every finding focusable, one tab stop", async () => {
    renderApp();
    const items = await checkNow();
    expect(screen.getAllByRole("list")).toHaveLength(3);
    for (const i of items) expect(i.getAttribute("tabindex")).toMatch(/^(0|-1)$/);
    expect(items.filter((i) => i.tabIndex === 0)).toHaveLength(1);
    expect(items[0]!.tabIndex).toBe(0);
  });

  test("each cell chip opens its own cell, not the finding's first", async () => {
    const { actions } = renderApp();
    const items = await checkNow();
    const unit = items.find((i) => findingOf(i).rule === "unit-slip")!;
    fireEvent.click(within(unit).getByRole("button", { name: "转到依据单元格预算!D4" }));
    expect(actions.selectCells).toHaveBeenCalledTimes(1);
    expect(actions.selectCells).toHaveBeenLastCalledWith(["预算!D4"]);
    expect(unit.getAttribute("aria-current")).toBe("true");
    fireEvent.click(within(unit).getByRole("button", { name: "转到有误单元格'自评 报告'!A2" }));
    expect(actions.selectCells).toHaveBeenLastCalledWith(["'自评 报告'!A2"]);
    // A key on a chip is the chip's: Enter there does not also select the whole finding.
    fireEvent.keyDown(within(unit).getByRole("button", { name: "转到依据单元格预算!D4" }), { key: "Enter" });
    expect(actions.selectCells).toHaveBeenCalledTimes(2);
  });

  test("a click selects the finding's cells and marks it current", async () => {
    const { actions } = renderApp();
    const items = await checkNow();
    const item = items[2]!;
    fireEvent.click(item);
    expect(actions.selectCells).toHaveBeenCalledWith(findingOf(item).cells);
    expect(item.getAttribute("aria-current")).toBe("true");
    expect(items.filter((i) => i.getAttribute("aria-current") === "true")).toEqual([item]);
  });

  test("Enter and Space activate; arrow keys move focus in display order, and the tab stop follows", async () => {
    const { actions } = renderApp();
    const items = await checkNow();
    const [first, second, third] = items;

    act(() => first!.focus());
    fireEvent.keyDown(first!, { key: "Enter" });
    expect(actions.selectCells).toHaveBeenLastCalledWith(findingOf(first!).cells);
    expect(first!.getAttribute("aria-current")).toBe("true");

    fireEvent.keyDown(first!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(third);
    expect(third!.tabIndex).toBe(0);
    expect(first!.tabIndex).toBe(-1);

    fireEvent.keyDown(third!, { key: " " });
    expect(actions.selectCells).toHaveBeenLastCalledWith(findingOf(third!).cells);
    expect(third!.getAttribute("aria-current")).toBe("true");
    expect(first!.getAttribute("aria-current")).toBeNull();

    fireEvent.keyDown(third!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(second);
    // Moving focus alone selects nothing.
    expect(actions.selectCells).toHaveBeenCalledTimes(2);

    // Across groups: the last error then the warning; no wrap past the end.
    const last = items[items.length - 1]!;
    fireEvent.keyDown(second!, { key: "End" });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: "ArrowDown" });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: "Home" });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(first);
  });

  test("a failed selection (the sheet was deleted since) shows a message, not a crash", async () => {
    const actions = fakeActions();
    actions.selectCells.mockRejectedValue(Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }));
    renderApp({ actions });
    const items = await checkNow();
    fireEvent.click(items[0]!);
    expect(await screen.findByText(zh.pane.failed.select)).toBeTruthy();
    expect(await screen.findByText(zh.pane.officeErrors.ItemNotFound!)).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(6);
  });
});

describe("filters", () => {
  test("severity toggles show counts and hide or show their findings", async () => {
    renderApp();
    await checkNow();
    const errorsToggle = screen.getByRole("button", { name: "错误（5）" });
    const warningsToggle = screen.getByRole("button", { name: "警告（1）" });
    expect(screen.getByRole("button", { name: "提示（0）" })).toBeTruthy();
    expect(errorsToggle.getAttribute("aria-pressed")).toBe("true");

    expect(errorsToggle.textContent).toBe("✓ 错误（5）");
    expect(screen.getByRole("status").textContent).toBe("错误5项，警告1项，提示0项");

    fireEvent.click(errorsToggle);
    expect(errorsToggle.getAttribute("aria-pressed")).toBe("false");
    // Off is visibly off: no tick, struck through.
    expect(errorsToggle.textContent).toBe("错误（5）");
    expect(errorsToggle.className).toContain("se-filterOff");
    expect(screen.getAllByRole("listitem").map((i) => findingOf(i).severity)).toEqual(["warning"]);
    expect(screen.getByText("显示 1 / 6 项")).toBeTruthy();
    // The summary says what is shown, not 错误5项.
    expect(screen.getByRole("status").textContent).toBe("警告1项、提示0项；另有5项已被筛选隐藏");

    fireEvent.click(warningsToggle);
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
    expect(screen.getByText(zh.pane.noMatch)).toBeTruthy();

    fireEvent.click(errorsToggle);
    expect(screen.getAllByRole("listitem")).toHaveLength(5);
  });

  test("the rule-or-sheet dropdown lists each with its count and narrows the list", async () => {
    renderApp();
    await checkNow();
    const dropdown = screen.getByRole("combobox", { name: zh.pane.scopeFilter });
    expect(dropdown.textContent).toBe("全部规则和工作表（6）");

    fireEvent.click(dropdown);
    const listbox = await screen.findByRole("listbox");
    const labels = within(listbox)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(labels).toEqual([
      "全部规则和工作表（6）",
      "金额单位写错（1）",
      "文中数字与表不符（1）",
      "执行率算错（1）",
      "多写了单位（1）",
      "预算为0却填了执行率（1）",
      "缺少原因说明（1）",
      "预算（2）",
      "自评 报告（4）",
    ]);
    fireEvent.click(within(listbox).getByRole("option", { name: "自评 报告（4）" }));
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(4));
    expect(screen.getAllByRole("listitem").every((i) => findingOf(i).cells[0]!.startsWith("'自评 报告'!"))).toBe(true);
    expect(dropdown.textContent).toBe("自评 报告（4）");
    // The severity toggles count within the chosen sheet.
    expect(screen.getByRole("button", { name: "错误（4）" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "警告（0）" })).toBeTruthy();

    fireEvent.click(dropdown);
    fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: "缺少原因说明（1）" }));
    await waitFor(() => expect(screen.getAllByRole("listitem").map((i) => findingOf(i).rule)).toEqual(["unexplained-adjustment"]));

    fireEvent.click(dropdown);
    fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: "全部规则和工作表（6）" }));
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(6));
  });
});

describe("highlights", () => {
  test("highlight all passes the visible findings' wrong cells and basis cells apart, each once; clear calls clearHighlights", async () => {
    const { actions } = renderApp();
    await checkNow();
    // The legend: strong mark for the wrong cell, light for the basis.
    expect(screen.getByText(zh.pane.legendWrong)).toBeTruthy();
    expect(screen.getByText(zh.pane.legendBasis)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.pane.highlightAll }));
    await waitFor(() => expect(actions.highlightAll).toHaveBeenCalledTimes(1));
    const passed = actions.highlightAll.mock.calls[0]![0] as { wrong: string[]; basis: string[] };
    const wrong = [...new Set(expected.findings.map((f) => f.cells[0]!))];
    expect([...passed.wrong].sort()).toEqual([...wrong].sort());
    const basis = [...new Set(expected.findings.flatMap((f) => f.cells.slice(1)))].filter((c) => !wrong.includes(c));
    expect([...passed.basis].sort()).toEqual([...basis].sort());
    expect(passed.basis).toContain("预算!D4");
    // Without counts from the host, the pane counts what it asked for.
    expect(await screen.findByText(`已标记${wrong.length}个有误单元格、${basis.length}个依据单元格。`)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "错误（5）" }));
    actions.highlightAll.mockResolvedValueOnce({ highlighted: ["预算!C4", "预算!B4"], counts: { wrong: 1, basis: 1 }, skipped: [] });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.highlightAll }));
    await waitFor(() => expect(actions.highlightAll).toHaveBeenCalledTimes(2));
    expect(actions.highlightAll.mock.calls[1]![0]).toEqual({ wrong: ["预算!C4"], basis: ["预算!B4"] });
    expect(await screen.findByText("已标记1个有误单元格、1个依据单元格。")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: zh.pane.clearHighlights }));
    await waitFor(() => expect(actions.clearHighlights).toHaveBeenCalledTimes(1));
  });

  test("clearing is available before any check (highlights are saved with the workbook)", async () => {
    const { actions } = renderApp();
    expect(screen.queryByRole("button", { name: zh.pane.highlightAll })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: zh.pane.clearHighlights }));
    await waitFor(() => expect(actions.clearHighlights).toHaveBeenCalledTimes(1));
  });

  test("a failed highlight shows a message", async () => {
    const actions = fakeActions();
    actions.highlightAll.mockRejectedValue(Object.assign(new Error("Protected"), { code: "AccessDenied" }));
    renderApp({ actions });
    await checkNow();
    fireEvent.click(screen.getByRole("button", { name: zh.pane.highlightAll }));
    expect(await screen.findByText(zh.pane.failed.highlight)).toBeTruthy();
    expect(screen.getByText(zh.pane.officeErrors.AccessDenied!)).toBeTruthy();
  });
});

describe("languages", () => {
  test("English: buttons, headings, rule names, messages and figures in English", async () => {
    renderApp({ lang: "en" });
    expect(screen.getByText(en.pane.intro)).toBeTruthy();
    const items = await checkNow(en.pane.check);
    expect(screen.getByRole("status").textContent).toBe("5 errors, 1 warning, 0 notes");
    const headings = within(screen.getByRole("region", { name: en.pane.findingsLabel }))
      .getAllByRole("heading")
      .map((h) => h.textContent);
    expect(headings).toEqual(["error (5)", "预算 (budget)", "自评 报告 (self-evaluation report)", "warning (1)", "预算 (budget)"]);
    expect(within(items[0]!.parentElement!.parentElement!).queryByText(/（|）/)).toBeNull();
    const unit = items.find((i) => i.textContent!.includes(en.rules["unit-slip"]))!;
    const f = expected.findings.find((x) => x.rule === "unit-slip")!;
    expect(unit.textContent).toContain(renderMessage(f, "en"));
    expect(unit.textContent).toContain("expected 10,655,546.85 yuan");
    expect(unit.textContent).not.toMatch(/[应实]为/);
    expect(screen.getByRole("button", { name: en.pane.highlightAll })).toBeTruthy();
    expect(screen.getByRole("button", { name: "error (5)" })).toBeTruthy();
  });

  test("Chinese: no English UI strings", async () => {
    renderApp();
    await checkNow();
    const text = document.body.textContent!;
    for (const w of [en.pane.check, en.pane.highlightAll, en.pane.clearHighlights, "expected", "error ("]) expect(text).not.toContain(w);
  });
});

describe("errors", () => {
  test("readWorkbook rejecting with an OfficeExtension.Error: a MessageBar in Chinese with the code's explanation", async () => {
    const actions = fakeActions();
    actions.readWorkbook.mockRejectedValue(
      Object.assign(new Error("The operation isn't supported in cell edit mode."), { name: "RichApi.Error", code: "InvalidOperationInCellEditMode" })
    );
    renderApp({ actions });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));
    expect(await screen.findByText(zh.pane.failed.read)).toBeTruthy();
    expect(screen.getByText(zh.pane.officeErrors.InvalidOperationInCellEditMode!)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();

    // Dismissed, and the next check works.
    fireEvent.click(screen.getByRole("button", { name: zh.pane.dismiss }));
    expect(screen.queryByText(zh.pane.failed.read)).toBeNull();
    actions.readWorkbook.mockImplementation(fakeActions().readWorkbook);
    expect(await checkNow()).toHaveLength(6);
  });

  test("an unknown Office error code: the host's message with the code", async () => {
    const actions = fakeActions();
    actions.readWorkbook.mockRejectedValue(Object.assign(new Error("Something odd."), { code: "WeirdCode" }));
    renderApp({ actions });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));
    expect(await screen.findByText("Something odd. (错误代码：WeirdCode)")).toBeTruthy();
  });

  test("a generic Error in English", async () => {
    const actions = fakeActions();
    actions.readWorkbook.mockRejectedValue(new Error("boom"));
    renderApp({ actions, lang: "en" });
    fireEvent.click(screen.getByRole("button", { name: en.pane.check }));
    expect(await screen.findByText(en.pane.failed.read)).toBeTruthy();
    expect(screen.getByText("boom")).toBeTruthy();
  });

  test("the engine throwing: the check could not finish", async () => {
    const check = jest.fn(() => {
      throw new Error("engine bug");
    });
    renderApp({ actions: { ...fakeActions(), check } });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));
    expect(await screen.findByText(zh.pane.failed.check)).toBeTruthy();
    expect(screen.getByText("engine bug")).toBeTruthy();
  });

  test("a rejection that is not an Error at all still shows the title", async () => {
    const actions = fakeActions();
    actions.readWorkbook.mockRejectedValue(undefined);
    renderApp({ actions });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.check }));
    expect(await screen.findByText(zh.pane.failed.read)).toBeTruthy();
  });
});

describe("the report button", () => {
  test("hidden without onGenerateReport", () => {
    renderApp();
    expect(screen.queryByRole("button", { name: zh.pane.generateReport })).toBeNull();
  });

  test("opens the report panel; 生成 calls onGenerateReport with the unit and the consent callback; progress; a failure", async () => {
    const run = deferred<void>();
    const onGenerateReport = jest.fn((_options: ReportRunOptions) => run.promise);
    renderApp({ onGenerateReport });
    fireEvent.click(screen.getByRole("button", { name: zh.pane.generateReport }));
    const panel = await screen.findByRole("region", { name: zh.pane.report.label });
    expect(onGenerateReport).not.toHaveBeenCalled();
    fireEvent.click(within(panel).getByRole("button", { name: zh.pane.report.generate }));
    expect(onGenerateReport).toHaveBeenCalledTimes(1);
    expect(onGenerateReport.mock.calls[0]![0]).toMatchObject({ unit: "万元", ask: expect.any(Function) });
    expect(await screen.findByRole("button", { name: zh.pane.generatingReport })).toBeTruthy();
    expect(within(panel).getByText(zh.pane.generatingReport)).toBeTruthy();
    // Neither button starts a second run.
    fireEvent.click(screen.getByRole("button", { name: zh.pane.generatingReport }));
    fireEvent.click(within(panel).getByRole("button", { name: zh.pane.report.generate }));
    expect(onGenerateReport).toHaveBeenCalledTimes(1);
    await act(async () => run.reject(new Error("no budget sheet")));
    expect(await screen.findByText(zh.pane.failed.report)).toBeTruthy();
    expect(screen.getByText("no budget sheet")).toBeTruthy();
    expect(screen.getByRole("button", { name: zh.pane.generateReport })).toBeTruthy();
    // The panel stays, to try again or cancel.
    fireEvent.click(within(panel).getByRole("button", { name: zh.pane.report.cancel }));
    expect(screen.queryByRole("region", { name: zh.pane.report.label })).toBeNull();
  });

  test("a report command from the ribbon opens the panel", async () => {
    const onGenerateReport = jest.fn(async () => undefined);
    renderApp({ onGenerateReport, command: { kind: "report", seq: 1 } });
    expect(await screen.findByRole("region", { name: zh.pane.report.label })).toBeTruthy();
    expect(onGenerateReport).not.toHaveBeenCalled();
  });
});

describe("theme", () => {
  // The pane's entry loads the dark theme before rendering (bootstrap.start); App alone expects it loaded.
  beforeAll(() => loadTheme("dark"));

  /** The CSS variables FluentProvider set for the provider around `el`. */
  function themeVars(el: HTMLElement): string {
    const provider = el.closest<HTMLElement>(".fui-FluentProvider")!;
    const cls = [...provider.classList].find((c) => /^fui-FluentProviderr/.test(c))!;
    return [...document.styleSheets]
      .flatMap((sh) => [...sh.cssRules])
      .map((r) => r.cssText)
      .filter((t) => t.includes(`.${cls}`))
      .join("\n");
  }

  test.each([
    ["dark", webDarkTheme],
    ["light", webLightTheme],
  ] as const)("%s: the Fluent web theme's colours", (theme, fluent) => {
    renderApp({ theme });
    const vars = themeVars(screen.getByRole("button", { name: zh.pane.check }));
    expect(vars).toContain(`--colorNeutralBackground1: ${fluent.colorNeutralBackground1}`);
    expect(vars).toContain(`--colorNeutralForeground1: ${fluent.colorNeutralForeground1}`);
  });
});

describe("layout", () => {
  test("long messages and cell addresses may wrap anywhere; the root never scrolls sideways", async () => {
    renderApp();
    const items = await checkNow();
    const root = screen.getByRole("button", { name: zh.pane.recheck }).closest("div")!.parentElement!;
    expect(realStyle(root).overflowX).toBe("hidden");
    expect(realStyle(items[0]!).overflowWrap).toBe("anywhere");
  });
});
