/**
 * The adapter writing a planned report, over the Excel emulation: a protected workbook structure is said so in the
 * user's language before any sheet is added, and a write that fails leaves no half-made sheet behind.
 */
import { planReport } from "../../src/core/report";
import type { ReportPlan } from "../../src/core/report/plan";
import { applyPlan, WorkbookProtectedError } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read";
import { emulate, sampleSnapshot } from "../excel/helpers";

const yes = async (): Promise<boolean> => true;

async function planned(lang: "zh-CN" | "en", protectedBook: boolean) {
  const { emu, env } = emulate(await sampleSnapshot(), { workbookProtected: protectedBook });
  const { snapshot } = await readWorkbook(undefined, { env });
  return { emu, env, plan: planReport(snapshot, { lang }) };
}

describe("a protected workbook structure", () => {
  test.each([
    ["zh-CN", /工作簿结构受保护，无法新建工作表。.*取消保护/],
    ["en", /The workbook's structure is protected, so no sheet can be added\. Unprotect it/],
  ] as const)("%s: refused before any add, with a message in that language; nothing written", async (lang, message) => {
    const { emu, env, plan } = await planned(lang, true);
    const before = emu.sheetNames();
    const run = applyPlan(plan, yes, { env });
    await expect(run).rejects.toBeInstanceOf(WorkbookProtectedError);
    await expect(run).rejects.toThrow(message);
    expect(emu.sheetNames()).toEqual(before);
  });

  test("unprotected, the same plan writes all three sheets", async () => {
    const { emu, env, plan } = await planned("en", false);
    const res = await applyPlan(plan, yes, { env });
    expect(res.written).toEqual(["Self-evaluation form", "Self-eval report (generated)", "Spending progress"]);
    expect(emu.sheetNames().slice(-3)).toEqual(res.written);
  });
});

describe("a write that fails", () => {
  test("takes back the sheets it added: no empty sheet stays, and a retry gets the same names", async () => {
    const { emu, env, plan } = await planned("zh-CN", false);
    const before = emu.sheetNames();
    // A cell write Excel refuses, on the last sheet of the plan: the batch fails after the adds ran.
    const last = plan.sheets[plan.sheets.length - 1]!;
    const broken: ReportPlan = { ...plan, sheets: [...plan.sheets.slice(0, -1), { ...last, writes: [...last.writes, { address: "A1048577", value: 1 }] }] };
    await expect(applyPlan(broken, yes, { env })).rejects.toThrow();
    expect(emu.sheetNames()).toEqual(before);

    const res = await applyPlan(plan, yes, { env });
    expect(res.written).toEqual(["绩效自评表", "自评报告（生成）", "支出进度"]);
    expect(emu.sheetNames()).toEqual([...before, ...res.written]);
  });
});
