import type { ReportPlan, SheetPlan } from "../../src/core/report/plan";
import { planReport } from "../../src/core/report";
import { applyPlan, CHART_NAME, PROMPT_FILL, widthToPoints } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read";
import { emulate, sampleSnapshot } from "./helpers";
import { sheet, workbook } from "../helpers/workbook";

const yes = async (): Promise<boolean> => true;

function formPlan(extra: Partial<SheetPlan> = {}): SheetPlan {
  const months = Array.from({ length: 12 }, (_, i) => ({ address: `J${i + 2}`, value: `${i + 1}月` }));
  const spent = Array.from({ length: 12 }, (_, i) => ({ address: `K${i + 2}`, value: 88 * (i + 1), numberFormat: "#,##0.00" }));
  const budget = Array.from({ length: 12 }, (_, i) => ({ address: `L${i + 2}`, value: 1126.85, numberFormat: "#,##0.00" }));
  return {
    name: "绩效自评表",
    create: true,
    needsConsent: false,
    writes: [
      { address: "A1", value: "项目支出绩效自评表（2023年度）", bold: true, align: "center" },
      { address: "A2", value: "全年预算数", bold: true },
      { address: "B2", value: 1126.85, numberFormat: "#,##0.00", align: "right" },
      { address: "C2", value: 1065.55, numberFormat: "#,##0.00" },
      { address: "D2", value: 0.9456, formula: "C2/B2", numberFormat: "0.00%" },
      { address: "A3", value: "合同金额（文本）" },
      { address: "B3", value: "1,000.10" },
      { address: "B4", value: "8月4日" },
      { address: "A5", value: "偏差原因", bold: true },
      { address: "B5", value: "待填写", prompt: true, wrap: true },
      { address: "C5", value: null },
      ...months,
      ...spent,
      ...budget,
    ],
    merges: ["A1:H1", "B5:H5"],
    widths: { A: 14, B: 18, H: 36 },
    chart: {
      title: "支出进度",
      from: "J15",
      to: "Q33",
      categories: "J2:J13",
      series: [
        { name: "累计支出（万元）", values: "K2:K13" },
        { name: "全年预算数（万元）", values: "L2:L13" },
      ],
    },
    ...extra,
  };
}

const userBook = () =>
  workbook(
    sheet(
      "预算执行",
      [
        ["资金来源", "全年预算数"],
        ["资金总额", 11268530.96],
      ],
      { merges: ["A1:B1"] }
    ),
    sheet("自评报告", [["用户自己写的报告"]]),
    sheet("锁定表", [["x"]])
  );

describe("applyPlan", () => {
  it("asks the host for one undo group where ExcelApi 1.20 allows it, and not below", async () => {
    for (const [apiVersion, expected] of [
      ["1.20", [{ mergeUndoGroup: true }]],
      ["1.17", [undefined]],
    ] as const) {
      const { env } = emulate(userBook(), { apiVersion });
      const seen: Array<Excel.RunOptions | undefined> = [];
      const recording = {
        ...env,
        run: <T>(batch: (c: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => (seen.push(options), env.run(batch)),
      };
      await applyPlan({ sheets: [formPlan()], sources: ["预算执行"] }, yes, { env: recording });
      expect(seen).toEqual(expected);
    }
  });

  it("creates the sheet and writes values, formats, merges, widths, prompts and the chart", async () => {
    const { emu, env } = emulate(userBook());
    const plan: ReportPlan = { sheets: [formPlan()], sources: ["预算执行"] };
    const res = await applyPlan(plan, yes, { env });
    expect(res).toMatchObject({ written: ["绩效自评表"], skipped: [], chartSeriesSet: true, syncs: 2 });
    expect(emu.sheetNames()).toEqual(["预算执行", "自评报告", "锁定表", "绩效自评表"]);
    expect(emu.activeSheet()).toBe("绩效自评表");

    const cell = (a: string) => emu.cell("绩效自评表", a);
    expect(cell("A1")).toMatchObject({ value: "项目支出绩效自评表（2023年度）", bold: true });
    expect(cell("B2")).toMatchObject({ value: 1126.85, numberFormat: "#,##0.00", text: "1,126.85" });
    expect(cell("D2").formula).toBe("=C2/B2");
    expect(cell("D2").value as number).toBeCloseTo(1065.55 / 1126.85, 10);
    expect(cell("D2").numberFormat).toBe("0.00%");
    // Text stays text: neither a number nor a date.
    expect(cell("B3")).toMatchObject({ value: "1,000.10", numberFormat: "General" });
    expect(cell("B4")).toMatchObject({ value: "8月4日" });
    expect(cell("B5")).toMatchObject({ value: "待填写", fill: PROMPT_FILL });
    expect(cell("A5").fill).toBeNull();

    const snap = emu.snapshot().sheets.find((s) => s.name === "绩效自评表")!;
    expect(snap.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 4, left: 1, bottom: 4, right: 7 },
    ]);
    expect(emu.columnWidth("绩效自评表", "A")).toBe(widthToPoints(14));
    expect(emu.columnWidth("绩效自评表", "H")).toBe(widthToPoints(36));

    const charts = emu.charts("绩效自评表");
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ name: CHART_NAME, type: "Line", title: "支出进度", from: "J15", to: "Q33" });
    expect(charts[0]!.series).toEqual([
      { name: "累计支出（万元）", values: "绩效自评表!K2:K13", xValues: "绩效自评表!J2:J13" },
      { name: "全年预算数（万元）", values: "绩效自评表!L2:L13", xValues: "绩效自评表!J2:J13" },
    ]);
  });

  it("never writes a source sheet, even when the plan names one", async () => {
    const { emu, env } = emulate(userBook());
    const before = JSON.stringify(emu.snapshot().sheets[0]);
    const plan: ReportPlan = { sheets: [formPlan({ name: "预算执行", create: false })], sources: ["预算执行"] };
    const res = await applyPlan(plan, yes, { env });
    expect(res).toMatchObject({ written: [], skipped: [{ sheet: "预算执行", reason: "source" }], syncs: 0 });
    expect(JSON.stringify(emu.snapshot().sheets[0])).toBe(before);
  });

  it("asks before writing a user's sheet and skips it when refused", async () => {
    const asked: string[] = [];
    const ask = (answer: boolean) => async (sheetName: string) => {
      asked.push(sheetName);
      return answer;
    };
    const report: SheetPlan = {
      name: "自评报告",
      create: false,
      needsConsent: true,
      writes: [{ address: "A2", value: "生成的段落", wrap: true }],
      merges: [],
      widths: {},
      chart: null,
    };

    const refused = emulate(userBook());
    const r1 = await applyPlan({ sheets: [formPlan(), report], sources: [] }, ask(false), { env: refused.env });
    expect(asked).toEqual(["自评报告"]);
    expect(r1.written).toEqual(["绩效自评表"]);
    expect(r1.skipped).toEqual([{ sheet: "自评报告", reason: "refused" }]);
    expect(refused.emu.cell("自评报告", "A2").value).toBe("");

    const agreed = emulate(userBook());
    const r2 = await applyPlan({ sheets: [report], sources: [] }, ask(true), { env: agreed.env });
    expect(r2.written).toEqual(["自评报告"]);
    expect(agreed.emu.cell("自评报告", "A1").value).toBe("用户自己写的报告");
    expect(agreed.emu.cell("自评报告", "A2").value).toBe("生成的段落");
  });

  it("skips protected sheets instead of failing the whole write", async () => {
    const { emu, env } = emulate(userBook(), { protectedSheets: ["锁定表"] });
    const locked: SheetPlan = {
      name: "锁定表",
      create: false,
      needsConsent: true,
      writes: [{ address: "A1", value: "y" }],
      merges: [],
      widths: {},
      chart: null,
    };
    const res = await applyPlan({ sheets: [locked, formPlan()], sources: [] }, yes, { env });
    expect(res.written).toEqual(["绩效自评表"]);
    expect(res.skipped).toEqual([{ sheet: "锁定表", reason: "protected" }]);
    expect(emu.cell("锁定表", "A1").value).toBe("x");
  });

  it("reuses the add-in's own sheet: cleared, rewritten, one chart (3 syncs)", async () => {
    const { emu, env } = emulate(userBook());
    await applyPlan({ sheets: [formPlan()], sources: [] }, yes, { env });
    const second = formPlan({ writes: formPlan().writes.filter((w) => w.address !== "B3") });
    const res = await applyPlan({ sheets: [second], sources: [] }, yes, { env });
    expect(res.syncs).toBe(3);
    expect(emu.sheetNames().filter((n) => n === "绩效自评表")).toHaveLength(1);
    expect(emu.cell("绩效自评表", "B3").value).toBe(""); // cleared, not left from the first run
    expect(emu.charts("绩效自评表")).toHaveLength(1);
    expect(emu.cell("绩效自评表", "B5").fill).toBe(PROMPT_FILL);
  });

  it("before ExcelApi 1.7 builds the chart from one source range (no series setValues)", async () => {
    const { emu, env } = emulate(userBook(), { apiVersion: "1.6" });
    const res = await applyPlan({ sheets: [formPlan()], sources: [] }, yes, { env });
    expect(res.chartSeriesSet).toBe(false);
    const [chart] = emu.charts("绩效自评表");
    expect(chart?.source).toBe("绩效自评表!J2:L13");
    expect(chart?.series.map((s) => s.values)).toEqual(["绩效自评表!K2:K13", "绩效自评表!L2:L13"]);
    expect(chart?.series.every((s) => s.xValues === "绩效自评表!J2:J13")).toBe(true);
  });

  it("writes the core's own plan for the sample, leaving every source sheet as it was", async () => {
    const xlsx = await sampleSnapshot();
    const { emu, env } = emulate(xlsx);
    const { snapshot } = await readWorkbook(undefined, { env });
    const plan = planReport(snapshot);
    const before = emu.snapshot();
    const res = await applyPlan(plan, yes, { env });
    expect(res.written).toEqual(plan.sheets.map((s) => s.name));
    const after = emu.snapshot();
    for (const name of plan.sources) {
      expect(JSON.stringify(after.sheets.find((s) => s.name === name))).toBe(JSON.stringify(before.sheets.find((s) => s.name === name)));
    }
    for (const sp of plan.sheets) {
      for (const w of sp.writes) {
        const got = emu.cell(sp.name, w.address);
        if (w.formula !== undefined) expect(got.formula).toBe(`=${w.formula.replace(/^=/, "")}`);
        else if (typeof w.value === "number") expect(got.value).toBeCloseTo(w.value, 9);
        else expect(got.value).toBe(w.value ?? "");
      }
    }
    const form = plan.sheets.find((s) => s.chart);
    if (form) expect(emu.charts(form.name)).toHaveLength(1);

    // A second run finds its own sheets (create: true) and rewrites them in place.
    const again = planReport((await readWorkbook(undefined, { env })).snapshot);
    expect(again.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    await applyPlan(again, yes, { env });
    expect(emu.sheetNames().length).toBe(after.sheets.length);
    if (form) expect(emu.charts(form.name)).toHaveLength(1);
  });
});
