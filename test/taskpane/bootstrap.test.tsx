/** @jest-environment jsdom */
/** The entry's logic with a fake Office: the pane in Excel (language, theme, ?autorun=1, ribbon commands), a notice elsewhere; mount(). */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ReportPlan } from "../../src/core/report/plan";
import { strings } from "../../src/core/i18n";
import { sendCommand } from "../../src/commands/signal";
import { type OfficeLike, settingsFrom, start } from "../../src/taskpane/bootstrap";
import { mount, type MountedPane } from "../../src/taskpane/mount";
import { fakeActions, useDomStubs } from "./fixtures";

useDomStubs();

const zh = strings("zh-CN").pane;
const en = strings("en").pane;

function fakeOffice(host: string | null, context?: OfficeLike["context"]): OfficeLike {
  return { onReady: async () => ({ host }), context: context ?? { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
}

let element: HTMLElement;
let mounted: MountedPane | null = null;
beforeEach(() => {
  element = document.createElement("div");
  document.body.appendChild(element);
});
afterEach(() => {
  act(() => mounted?.unmount());
  mounted = null;
  element.remove();
});

describe("settingsFrom", () => {
  test("language and theme from Office.context, actions from the query", () => {
    const office = fakeOffice("Excel", { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626" } });
    expect(settingsFrom(office, "?autorun=1")).toEqual({ lang: "en", theme: "dark", autoRun: true });
    expect(settingsFrom(fakeOffice("Excel"), "")).toEqual({ lang: "zh-CN", theme: "light", autoRun: false });
    expect(settingsFrom(fakeOffice("Excel"), "?action=check").autoRun).toBe(true);
    expect(settingsFrom(fakeOffice("Excel"), "?action=report")).toEqual({ lang: "zh-CN", theme: "light", autoRun: false, command: { kind: "report", seq: 1 } });
  });

  test("no officeTheme (some platforms) or a context that throws: defaults", () => {
    expect(settingsFrom(fakeOffice("Excel", { displayLanguage: "zh-TW", officeTheme: null }), "").theme).toBe("light");
    const throwing = {
      onReady: async () => ({ host: "Excel" }),
      get context(): OfficeLike["context"] {
        throw new Error("Office.context is not available");
      },
    };
    expect(settingsFrom(throwing, "")).toEqual({ lang: "en", theme: "light", autoRun: false });
  });
});

describe("start", () => {
  test("in Excel: the pane, in Office's language; ?autorun=1 checks once (StrictMode included) with no click", async () => {
    const actions = fakeActions();
    const createActions = jest.fn(() => actions);
    const office = fakeOffice("Excel", { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
    await act(async () => {
      mounted = await start({ office, element, search: "?autorun=1", createActions });
    });
    expect(mounted).not.toBeNull();
    expect(createActions).toHaveBeenCalledTimes(1);
    expect(await screen.findAllByRole("listitem")).toHaveLength(6);
    expect(actions.readWorkbook).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: en.recheck })).toBeTruthy();
    expect(element.querySelector(".fui-FluentProvider")?.getAttribute("lang")).toBe("en");
  });

  test("a ribbon command in the same runtime checks again", async () => {
    const actions = fakeActions();
    await act(async () => {
      mounted = await start({ office: fakeOffice("Excel"), element, search: "", createActions: () => actions, win: window });
    });
    expect(screen.getByText(zh.intro)).toBeTruthy();
    expect(actions.readWorkbook).not.toHaveBeenCalled();
    act(() => sendCommand("check", window));
    expect(await screen.findAllByRole("listitem")).toHaveLength(6);
    act(() => sendCommand("check", window));
    await waitFor(() => expect(actions.readWorkbook).toHaveBeenCalledTimes(2));
  });

  test("?action=report opens the report panel; 生成 runs the given report", async () => {
    const onGenerateReport = jest.fn(async () => undefined);
    await act(async () => {
      mounted = await start({ office: fakeOffice("Excel"), element, search: "?action=report", createActions: () => fakeActions(), onGenerateReport });
    });
    const panel = await screen.findByRole("region", { name: zh.report.label });
    fireEvent.click(within(panel).getByRole("button", { name: zh.report.generate }));
    await waitFor(() => expect(onGenerateReport).toHaveBeenCalledTimes(1));
    expect(await within(panel).findByRole("status", { name: zh.report.done })).toBeTruthy();
  });

  test("with no report given, the pane's own: the workbook read, planned in Office's language and written through the host", async () => {
    const actions = fakeActions();
    actions.applyPlan.mockImplementation(async (plan: ReportPlan) => ({ written: plan.sheets.map((x) => x.name), skipped: [] }));
    const office = fakeOffice("Excel", { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
    await act(async () => {
      mounted = await start({ office, element, search: "", createActions: () => actions });
    });
    fireEvent.click(screen.getByRole("button", { name: en.generateReport }));
    const panel = await screen.findByRole("region", { name: en.report.label });
    fireEvent.click(within(panel).getByRole("button", { name: en.report.generate }));
    const status = await within(panel).findByRole("status", { name: en.report.done });
    const plan = actions.applyPlan.mock.calls[0]![0] as ReportPlan;
    const sheets = strings("en").report.sheets;
    expect(plan.sheets.map((x) => x.name)).toEqual([sheets.form, sheets.narrative]);
    expect(status.textContent).toContain(en.report.created({ sheets: `${sheets.form}, ${sheets.narrative}` }));
    // Then the findings refresh: a second read, after the write, and a check of what it read.
    await waitFor(() => expect(actions.readWorkbook).toHaveBeenCalledTimes(2));
    expect(actions.readWorkbook.mock.invocationCallOrder[1]).toBeGreaterThan(actions.applyPlan.mock.invocationCallOrder[0]!);
    expect(await screen.findAllByRole("listitem")).not.toHaveLength(0);
  });

  test.each([null, "Word"])("host %s: a short notice in both languages, no host actions", async (host) => {
    const createActions = jest.fn(() => fakeActions());
    await act(async () => {
      mounted = await start({ office: fakeOffice(host), element, search: "?autorun=1", createActions });
    });
    expect(mounted).toBeNull();
    expect(createActions).not.toHaveBeenCalled();
    expect(element.textContent).toContain(zh.notInExcel);
    expect(element.textContent).toContain(en.notInExcel);
  });
});

describe("mount (the demo's entry)", () => {
  test("renders the pane, re-renders with new props, unmounts", async () => {
    const actions = fakeActions();
    act(() => {
      mounted = mount(element, { actions, lang: "zh-CN", theme: "light" });
    });
    expect(screen.getByRole("button", { name: zh.check })).toBeTruthy();
    act(() => mounted!.update({ actions, lang: "en", theme: "dark" }));
    expect(screen.getByRole("button", { name: en.check })).toBeTruthy();
    act(() => mounted!.unmount());
    mounted = null;
    expect(element.childElementCount).toBe(0);
  });
});
