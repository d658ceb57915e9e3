/** @jest-environment jsdom */
/**
 * 生成报告 in the pane over fake host actions and the real planner: the unit, the consent question for a sheet the add-in
 * did not create, the result, progress, failures. (reportAction over the real adapter: report-action.test.ts.)
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { strings } from "../../src/core/i18n";
import type { CellWrite, ReportPlan } from "../../src/core/report/plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { ApplySummary } from "../../src/excel/api";
import { App } from "../../src/taskpane/App";
import { reportAction, type ReportStep, wordReportAction } from "../../src/taskpane/report";
import { cellString } from "../../src/core/cells";
import { readDocx } from "../../src/io/docx-reader";
import { haikouBudget } from "../helpers/haikou";
import { sheet, workbook } from "../helpers/workbook";
import { deferred, fakeActions, type FakeActions, slipsWorkbook, userForm, useDomStubs } from "./fixtures";

useDomStubs();

const zh = strings("zh-CN").pane;
const en = strings("en").pane;
const r = zh.report;

/**
 * Fake host actions whose applyPlan acts as the adapter decides (src/excel/apply-plan.ts): source sheets never, a sheet
 * needing consent only on a yes asked through the pane's callback; it records the plan and what it asked.
 */
function reportActions(snapshot: WorkbookSnapshot): FakeActions & { plans: ReportPlan[]; asked: string[] } {
  const plans: ReportPlan[] = [];
  const asked: string[] = [];
  const actions = fakeActions(snapshot);
  actions.applyPlan.mockImplementation(async (plan: ReportPlan, consent: (sheet: string) => Promise<boolean>): Promise<ApplySummary> => {
    plans.push(plan);
    const written: string[] = [];
    const skipped: ApplySummary["skipped"] = [];
    for (const sp of plan.sheets) {
      if (plan.sources.includes(sp.name)) skipped.push({ sheet: sp.name, reason: "source" });
      else if (sp.needsConsent && (asked.push(sp.name), !(await consent(sp.name)))) skipped.push({ sheet: sp.name, reason: "refused" });
      else written.push(sp.name);
    }
    return { written, skipped };
  });
  return Object.assign(actions, { plans, asked });
}

function cellOf(plan: ReportPlan, sheetName: string, address: string): CellWrite | undefined {
  return plan.sheets.find((s) => s.name === sheetName)?.writes.find((w) => w.address === address);
}

function renderPane(actions: FakeActions, lang: "zh-CN" | "en" = "zh-CN") {
  return render(<App actions={actions} lang={lang} theme="light" onGenerateReport={reportAction(actions, lang)} />);
}

/** 生成报告 → the panel. */
async function openPanel(p = zh): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: p.generateReport }));
  return screen.findByRole("region", { name: p.report.label });
}

/** The result shown in the panel once the run is done. */
function result(panel: HTMLElement, p = zh): Promise<HTMLElement> {
  return within(panel).findByRole("status", {}, { timeout: 5000 }).then((el) => {
    expect([p.report.done, p.report.nothing]).toContain(el.getAttribute("aria-label"));
    return el;
  });
}

describe("the unit", () => {
  test("default 万元: the form's 全年执行数 (10,655,546.85 元) is 1065.5547, shown to 2 decimals", async () => {
    const actions = reportActions(slipsWorkbook());
    renderPane(actions);
    const panel = await openPanel();
    expect((within(panel).getByRole("radio", { name: "万元" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    await result(panel);
    const [plan] = actions.plans;
    // 10,655,546.85 / 10,000 = 1065.554685, kept to the 元 (4 decimals).
    expect(cellOf(plan!, "绩效自评表", "E5")).toMatchObject({ value: 1065.5547, numberFormat: "#,##0.00" });
    expect(cellOf(plan!, "绩效自评表", "A4")?.value).toBe("项目资金\n（万元）");
  });

  test("元: the same cell holds 10655546.85 and the caption says 元; the rate and its score do not change", async () => {
    const actions = reportActions(slipsWorkbook());
    renderPane(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("radio", { name: "元" }));
    expect((within(panel).getByRole("radio", { name: "元" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    const status = await result(panel);
    const [plan] = actions.plans;
    expect(cellOf(plan!, "绩效自评表", "E5")).toMatchObject({ value: 10655546.85, numberFormat: "#,##0.00" });
    // 全年预算数 11,268,530.96 元 and 年初预算数 11,265,500 元 as they are.
    expect(cellOf(plan!, "绩效自评表", "D5")?.value).toBe(11268530.96);
    expect(cellOf(plan!, "绩效自评表", "C5")?.value).toBe(11265500);
    expect(cellOf(plan!, "绩效自评表", "A4")?.value).toBe("项目资金\n（元）");
    // 10,655,546.85 / 11,268,530.96 = 94.56%; 10 × 94.56% = 9.46.
    expect(cellOf(plan!, "绩效自评表", "G5")).toMatchObject({ value: 0.9456, numberFormat: "0.00%" });
    expect(cellOf(plan!, "绩效自评表", "H5")?.value).toBe(9.46);

    // Nothing needed consent; the result lists the sheets made and the ones left alone, and the prompts to fill in.
    expect(actions.asked).toEqual([]);
    expect(screen.queryByRole("dialog")).toBeNull();
    const lines = within(status).getAllByText(/./).map((x) => x.textContent);
    expect(lines).toEqual([
      r.done,
      "新建：绩效自评表、自评报告（生成）",
      `共有 ${promptCount(plan!, ["绩效自评表", "自评报告（生成）"])} 处【待填写】需要人工补充。`,
      "其余工作表未改动：预算、自评 报告",
    ]);
    expect(within(panel).getByRole("button", { name: r.close })).toBeTruthy();
  });
});

function promptCount(plan: ReportPlan, sheets: string[]): number {
  return plan.sheets.filter((s) => sheets.includes(s.name)).reduce((n, s) => n + s.writes.filter((w) => w.prompt).length, 0);
}

describe("consent for a sheet the add-in did not create", () => {
  const withForm = () => workbook(haikouBudget(), userForm());

  test("the question names the sheet, in a modal dialog; 不填写 skips it, and the result says so", async () => {
    const actions = reportActions(withForm());
    renderPane(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    const dialog = await screen.findByRole("dialog", {}, { timeout: 5000 });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(within(dialog).getByText(r.consentTitle)).toBeTruthy();
    expect(within(dialog).getByText("工作表“自评表”不是本加载项创建的。允许在其中填写吗？")).toBeTruthy();
    expect(actions.asked).toEqual(["自评表"]);
    // (Which answer has the focus needs a real browser: test/e2e/demo.test.ts.)

    fireEvent.click(within(dialog).getByRole("button", { name: r.refuse }));
    const status = await result(panel);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(status.textContent).toContain("新建：自评报告（生成）");
    expect(status.textContent).toContain("未写入：自评表（未允许填写）");
    expect(status.textContent).not.toContain("已填写");
    const plan = actions.plans[0]!;
    expect(status.textContent).toContain(`共有 ${promptCount(plan, ["自评报告（生成）"])} 处【待填写】`);
    expect(status.textContent).toContain("其余工作表未改动：预算");
  });

  test("允许填写 writes it: filled in place, in the form's own printed unit (万元) even when 元 is chosen", async () => {
    const actions = reportActions(withForm());
    renderPane(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("radio", { name: "元" }));
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    const dialog = await screen.findByRole("dialog", {}, { timeout: 5000 });
    fireEvent.click(within(dialog).getByRole("button", { name: r.allow }));
    const status = await result(panel);
    const plan = actions.plans[0]!;
    const form = plan.sheets.find((s) => s.name === "自评表")!;
    expect([form.create, form.needsConsent]).toEqual([false, true]);
    expect(cellOf(plan, "自评表", "E6")?.value).toBe(1065.5547);
    expect(status.textContent).toContain("新建：自评报告（生成）");
    expect(status.textContent).toContain("已填写：自评表");
    expect(status.textContent).not.toContain("未写入");
    expect(status.textContent).toContain(`共有 ${promptCount(plan, ["自评表", "自评报告（生成）"])} 处【待填写】`);
  });

  test("Escape is no; a {{…}} template; a host that reports nothing: the result comes from the plan and the answers", async () => {
    const snapshot = workbook(haikouBudget(), sheet("我的模板", [["全年执行数", "{{全年执行数}}"], ["执行率", "{{执行率}}"]]));
    const actions = fakeActions(snapshot);
    actions.applyPlan.mockImplementation(async (plan: ReportPlan, consent: (sheet: string) => Promise<boolean>) => {
      for (const sp of plan.sheets) if (sp.needsConsent) await consent(sp.name);
      return undefined;
    });
    renderPane(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    const dialog = await screen.findByRole("dialog", {}, { timeout: 5000 });
    expect(dialog.textContent).toContain("工作表“我的模板”不是本加载项创建的。允许在其中填写吗？");
    fireEvent.keyDown(dialog, { key: "Escape" });
    const status = await result(panel);
    // Only the template was planned: refused, nothing was written.
    expect(status.getAttribute("aria-label")).toBe(r.nothing);
    expect(status.textContent).toContain("未写入：我的模板（未允许填写）");
    expect(status.textContent).not.toContain("新建");
  });

  test("in English: the question and the answers", async () => {
    const actions = reportActions(withForm());
    renderPane(actions, "en");
    const panel = await openPanel(en);
    fireEvent.click(within(panel).getByRole("button", { name: en.report.generate }));
    const dialog = await screen.findByRole("dialog", {}, { timeout: 5000 });
    expect(dialog.textContent).toContain("The sheet “自评表” was not created by this add-in. May it be filled in?");
    fireEvent.click(within(dialog).getByRole("button", { name: en.report.allow }));
    const status = await result(panel, en);
    expect(status.textContent).toContain("Filled in: 自评表");
    expect(status.textContent).toContain(`Created: ${strings("en").report.sheets.narrative}`);
    for (const w of [r.generate, r.allow, r.refuse, r.done, r.consentTitle]) expect(document.body.textContent).not.toContain(w);
  });
});

describe("progress and failures", () => {
  test("progress text per step while running; the controls wait", async () => {
    const read = deferred<void>();
    const actions = reportActions(slipsWorkbook());
    const plain = actions.readWorkbook.getMockImplementation()!;
    actions.readWorkbook.mockImplementation(async (...args: unknown[]) => {
      await read.promise;
      return plain(...args);
    });
    renderPane(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    expect(await within(panel).findByText(r.steps.read)).toBeTruthy();
    expect(within(panel).getByRole("progressbar")).toBeTruthy();
    expect(within(panel).getByRole("radio", { name: "元" }).hasAttribute("disabled")).toBe(true);
    expect(within(panel).getByRole("button", { name: r.cancel }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: zh.generatingReport })).toBeTruthy();
    await act(async () => read.resolve());
    await result(panel);
    expect(within(panel).queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("button", { name: zh.generateReport })).toBeTruthy();
  });

  test("reportAction tells each step, in order", async () => {
    const steps: ReportStep[] = [];
    const actions = reportActions(slipsWorkbook());
    await reportAction(actions, "zh-CN")({ unit: "万元", ask: async () => true, onStep: (s) => steps.push(s) });
    expect(steps).toEqual(["read", "plan", "write"]);
  });

  test("a failing applyPlan: the pane's failure bar, in the user's language, with the Office error explained", async () => {
    const actions = reportActions(slipsWorkbook());
    actions.applyPlan.mockRejectedValue(Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" }));
    renderPane(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    expect(await screen.findByText(zh.failed.report, {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText(zh.officeErrors.AccessDenied!)).toBeTruthy();
    expect(within(panel).queryByRole("status")).toBeNull();
    // Try again: it works this time.
    actions.applyPlan.mockImplementation(async (plan: ReportPlan) => ({ written: plan.sheets.map((s) => s.name), skipped: [] }));
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    await result(panel);
    expect(screen.queryByText(zh.failed.report)).toBeNull();
  });

  test("a failing read in English", async () => {
    const actions = reportActions(slipsWorkbook());
    actions.readWorkbook.mockRejectedValue(new Error("boom"));
    renderPane(actions, "en");
    const panel = await openPanel(en);
    fireEvent.click(within(panel).getByRole("button", { name: en.report.generate }));
    expect(await screen.findByText(en.failed.report)).toBeTruthy();
    expect(await screen.findByText("boom")).toBeTruthy();
    expect(actions.applyPlan).not.toHaveBeenCalled();
  });

  test("取消 closes the panel and runs nothing", async () => {
    const actions = reportActions(slipsWorkbook());
    renderPane(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: r.cancel }));
    expect(screen.queryByRole("region", { name: r.label })).toBeNull();
    expect(actions.readWorkbook).not.toHaveBeenCalled();
    expect(actions.applyPlan).not.toHaveBeenCalled();
  });

  test("the pane going away mid-question answers no", async () => {
    const actions = reportActions(workbook(haikouBudget(), userForm()));
    const run = reportAction(actions, "zh-CN");
    let outcome: Promise<unknown> | null = null;
    const { unmount } = render(
      <App
        actions={actions}
        lang="zh-CN"
        theme="light"
        onGenerateReport={(o) => {
          outcome = run(o);
          return outcome as ReturnType<typeof run>;
        }}
      />,
    );
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: r.generate }));
    await screen.findByRole("dialog", {}, { timeout: 5000 });
    unmount();
    await expect(outcome).resolves.toMatchObject({ skipped: [{ sheet: "自评表", reason: "refused" }] });
  });
});

describe("下载Word版自评报告", () => {
  /** The pane with the Word action over the real planner and .docx writer; `saved` records what it was handed to save. */
  function renderWithWord(actions: FakeActions, lang: "zh-CN" | "en" = "zh-CN", fail = false) {
    const saved: Array<{ name: string; bytes: Uint8Array }> = [];
    const save = wordReportAction(actions, lang, (name, bytes) => {
      if (fail) throw new Error("no downloads here");
      saved.push({ name, bytes });
    });
    render(<App actions={actions} lang={lang} theme="light" onGenerateReport={reportAction(actions, lang)} onSaveWordReport={save} />);
    return saved;
  }

  test("saves the report as a .docx in the chosen unit, says where, and writes nothing into the workbook", async () => {
    const actions = reportActions(workbook(haikouBudget()));
    const saved = renderWithWord(actions);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("radio", { name: r.units.元 }));
    fireEvent.click(within(panel).getByRole("button", { name: r.word }));
    const status = await within(panel).findByRole("status", {}, { timeout: 10_000 });
    expect(saved).toHaveLength(1);
    expect(status.textContent).toBe(r.wordSaved({ file: saved[0]!.name }));
    expect(saved[0]!.name).toMatch(/\.docx$/);
    expect(actions.applyPlan).not.toHaveBeenCalled();
    // In 元: the appendix's form shows the 全年预算数 to the 分.
    const doc = await readDocx(Buffer.from(saved[0]!.bytes));
    const form = doc.sheets.find((s) => s.name === "表1")!.rows.flat().map((c) => cellString(c));
    expect(form).toContain("11268530.96");
  }, 30_000);

  test("a failed save shows the pane's failure and no success line", async () => {
    const actions = reportActions(workbook(haikouBudget()));
    renderWithWord(actions, "zh-CN", true);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: r.word }));
    await screen.findByText(zh.failed.report, {}, { timeout: 10_000 });
    expect(within(panel).queryByText(/已下载/)).toBeNull();
  });

  test("without the action there is no button", async () => {
    renderPane(reportActions(workbook(haikouBudget())));
    const panel = await openPanel();
    expect(within(panel).queryByRole("button", { name: r.word })).toBeNull();
  });
});
