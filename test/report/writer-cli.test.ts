/** `selfeval report IN -o OUT` end to end (in-process, on the planner's real plan): output, exit codes, the input untouched. */
import { existsSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { planReport } from "../../src/core/report";
import { type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { runCli } from "../helpers/run-cli";
import { checkFile } from "../../src/cli/report-json";
import type { ReportDocument } from "../../src/cli/report";
import { parseA1 } from "../../src/core/address";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { fileState, SAMPLE, removeTemp, tempDir } from "./writer-fixtures";

const dir = tempDir("selfeval-cli-");
afterAll(() => removeTemp(dir));

const run = runCli;

const sheetNamed = (wb: WorkbookSnapshot, name: string) => wb.sheets.find((s) => s.name === name);
const sheetOfCell = (ref: string) => {
  const s = ref.slice(0, ref.lastIndexOf("!"));
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
};

describe("on the Haikou sample", () => {
  const out = join(dir, "report.xlsx");
  let before: WorkbookSnapshot;
  let after: WorkbookSnapshot;
  let result: { code: number; out: string; err: string };
  let input: ReturnType<typeof fileState>;

  beforeAll(async () => {
    input = fileState(SAMPLE);
    before = await readWorkbook(SAMPLE);
    result = await run("report", SAMPLE, "-o", out);
    after = await readWorkbook(out);
  });

  test("exits 0 and says what it wrote, the score and the prompts, in Chinese", () => {
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toContain(`${SAMPLE} → ${out}`);
    expect(result.out).toContain("已写入：绩效自评表（新建）");
    expect(result.out).toContain("已写入：自评报告（生成）（新建，待填写 1 处）");
    expect(result.out).toContain("已写入：支出进度（新建，含图表）");
    expect(result.out).toContain("总分 99.46，等级 优");
    expect(result.out).toContain("待填写 1 处");
  });

  test("the input is unchanged: bytes and modification time", () => {
    expect(fileState(SAMPLE)).toEqual(input);
  });

  test("every cell of the plan reads back from the output", () => {
    const plan = planReport(before);
    expect(plan.sheets.length).toBeGreaterThan(0);
    for (const sp of plan.sheets) {
      const s = sheetNamed(after, sp.name)!;
      expect(s).toBeDefined();
      for (const w of sp.writes) {
        const p = parseA1(w.address)!;
        const c = plainRows(s)[p.row]?.[p.col];
        expect({ at: `${sp.name}!${w.address}`, v: c?.v ?? null, f: c?.f, fmt: c?.fmt }).toEqual({
          at: `${sp.name}!${w.address}`,
          v: w.value,
          f: w.formula,
          fmt: w.numberFormat,
        });
      }
    }
  });

  test("every source sheet reads back exactly as in the input", () => {
    const plan = planReport(before);
    expect(plan.sources.length).toBeGreaterThan(0);
    for (const name of plan.sources) expect(sheetNamed(after, name)).toEqual(sheetNamed(before, name));
  });

  test("selfeval check finds no error in the sheets the report wrote", () => {
    const written = new Set(planReport(before).sheets.map((s) => s.name));
    const errors = checkWorkbook(after).findings.filter((f) => f.severity === "error" && f.cells[0] && written.has(sheetOfCell(f.cells[0])));
    expect(errors).toEqual([]);
  });

  test("the 支出进度 chart is in the package", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync((await import("fs")).readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<a:t>支出进度</a:t>");
    expect(chart).toContain("<c:f>'支出进度'!$B$2:$B$13</c:f>");
    // Axis titles, the money one with its unit.
    expect(chart).toContain("<a:t>月份</a:t>");
    expect(chart).toContain("<a:t>金额（万元）</a:t>");
  });

  test("provenance is in the document properties and a comment on A1, not in any cell", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync((await import("fs")).readFileSync(out));
    const custom = await zip.file("docProps/custom.xml")!.async("string");
    expect(custom).toContain('name="绩效自评助手"><vt:lpwstr>由绩效自评助手根据工作簿数据生成；标有【待填写】的内容须人工补充。</vt:lpwstr>');
    const comments = Object.keys(zip.files).filter((n) => /^xl\/comments\d*\.xml$/.test(n));
    expect(comments.length).toBeGreaterThan(0);
    expect(await zip.file(comments[0]!)!.async("string")).toContain("由绩效自评助手根据工作簿数据生成");
    const written = new Set(planReport(before).sheets.map((s) => s.name));
    const texts = after.sheets
      .filter((s) => written.has(s.name))
      .flatMap((s) =>
        plainRows(s)
          .flat()
          .map((c) => String(c?.v ?? ""))
      );
    expect(texts.filter((t) => /本表|绩效自评助手/.test(t))).toEqual([]);
  });

  test("the form prints on A4 portrait, one page wide, its indicator header repeated", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync((await import("fs")).readFileSync(out));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">&apos;绩效自评表&apos;!\$11:\$11<\/definedName>/);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string"))
    );
    const form = sheets.find((x) => x.includes("<pageSetup") && x.includes('fitToWidth="1"') && x.includes("<legacyDrawing"))!;
    expect(form).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="portrait"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
  });
});

test("--json: one document with the sheets, score, prompts and no error", async () => {
  const out = join(dir, "report-json.xlsx");
  const r = await run("report", SAMPLE, "-o", out, "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as ReportDocument;
  expect(doc.tool).toBe("selfeval");
  // The score is the planner's, not read back out of cells.
  expect(doc.report).toMatchObject({
    input: SAMPLE,
    output: out,
    error: null,
    score: { total: "99.46", grade: "优", pending: [] },
    prompts: 1,
    skipped: [],
  });
  expect(doc.report.sheets.map((s) => [s.name, s.written, s.action, s.chart])).toEqual([
    ["绩效自评表", "绩效自评表", "created", false],
    ["自评报告（生成）", "自评报告（生成）", "created", false],
    ["支出进度", "支出进度", "created", true],
  ]);
});

test("--lang en --unit 元: English sheets and summary, the form in 元", async () => {
  const out = join(dir, "report-en.xlsx");
  const r = await run("report", SAMPLE, "-o", out, "--lang", "en", "--unit", "元");
  expect(r.code).toBe(0);
  expect(r.out).toContain("Written: Self-evaluation form (created)");
  expect(r.out).toContain("Written: Self-eval report (generated) (created, 1 to fill in)");
  expect(r.out).toContain("Written: Spending progress (created, with chart)");
  expect(r.out).toContain("Total score 99.46, grade Excellent");
  const after = await readWorkbook(out);
  // The names as planned, none cut.
  expect(after.sheets.slice(-3).map((s) => s.name)).toEqual(["Self-evaluation form", "Self-eval report (generated)", "Spending progress"]);
  const form = sheetNamed(after, "Self-evaluation form")!;
  // 年初预算数 of the 资金总额 row, in 元.
  expect(
    plainRows(form)
      .flat()
      .some((c) => c?.v === 11265500)
  ).toBe(true);
  // Every sheet name fits Excel's 31 characters.
  for (const s of after.sheets) expect([...s.name].length).toBeLessThanOrEqual(31);
});

test("a workbook holding only a payment ledger: no 总分 or 等级 out of nothing, and the reasons", async () => {
  const input = join(dir, "ledger-only.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("支付台账");
  ws.addRow(["支付日期", "收款单位", "摘要", "金额"]);
  for (let m = 0; m < 12; m++) {
    const row = ws.addRow([new Date(Date.UTC(2023, m, 15)), "某公司", "服务费", 796590.75]);
    row.getCell(1).numFmt = "yyyy-mm-dd";
  }
  await wb.xlsx.writeFile(input);
  const r = await run("report", input, "-o", join(dir, "ledger-only-out.xlsx"), "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as ReportDocument;
  expect(doc.report.score).toEqual({
    total: null,
    grade: null,
    pending: ["未读到绩效指标，指标得分无法计算", "未读到全年预算数和全年执行数，执行率得分无法计算", "各项分值合计10分，不是100分"],
  });
  const text = await run("report", input, "-o", join(dir, "ledger-only-out2.xlsx"));
  expect(text.out).toContain("总分、等级待填写：未读到绩效指标");
  expect(text.out).not.toMatch(/总分 \d/);
});

describe("a sheet the user made ({{…}} template): --yes", () => {
  const input = join(dir, "with-template.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.addWorksheet("我的模板");
    ws.getCell("A1").value = "{{项目名称}}（{{评价年度}}年度）";
    ws.getCell("A2").value = "全年执行数";
    ws.getCell("B2").value = "{{全年执行数}}";
    ws.getCell("A3").value = "执行率";
    ws.getCell("B3").value = "{{执行率}}";
    await wb.xlsx.writeFile(input);
  });

  test("without --yes the template is left alone and a filled copy is written beside it", async () => {
    const state = fileState(input);
    const out = join(dir, "template-no.xlsx");
    const r = await run("report", input, "-o", out, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as ReportDocument;
    expect(doc.report.skipped).toEqual([{ name: "我的模板", reason: "needs-consent", writtenTo: "我的模板（生成）" }]);
    const after = await readWorkbook(out);
    expect(sheetNamed(after, "我的模板")).toEqual(sheetNamed(await readWorkbook(input), "我的模板"));
    const copy = sheetNamed(after, "我的模板（生成）")!;
    expect(plainRows(copy)[0]![0]!.v).toBe("海口市政务服务中心服务外包项目（2023年度）");
    expect(plainRows(copy)[1]![0]!.v).toBe("全年执行数");
    expect(plainRows(copy)[1]![1]!.v).toBe(10655546.85);
    expect(fileState(input)).toEqual(state);

    const text = await run("report", input, "-o", join(dir, "template-no2.xlsx"));
    expect(text.out).toContain("未改动：我的模板");
    expect(text.out).toContain("加 --yes 可直接写入“我的模板”");
  });

  test("with --yes the template itself is filled in", async () => {
    const out = join(dir, "template-yes.xlsx");
    const r = await run("report", input, "-o", out, "--yes");
    expect(r.code).toBe(0);
    expect(r.out).toContain("已写入：我的模板（已写入原表（已确认）");
    const after = await readWorkbook(out);
    expect(plainRows(sheetNamed(after, "我的模板")!)[2]![1]).toMatchObject({ v: 0.9456, fmt: "0.00%" });
    expect(after.sheets.map((s) => s.name)).not.toContain("我的模板（生成）");
  });
});

describe("refusals exit 2 and write nothing", () => {
  test("the output is the input", async () => {
    const state = fileState(SAMPLE);
    const r = await run("report", SAMPLE, "-o", SAMPLE, "--json");
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as ReportDocument).report.error).toContain("拒绝覆盖原工作簿");
    expect(fileState(SAMPLE)).toEqual(state);
  });

  test("no -o", async () => {
    const r = await run("report", SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain("-o OUT.xlsx");
  });

  test("an unreadable input: the same message as check, in the chosen language", async () => {
    const missing = join(dir, "missing.xlsx");
    const out = join(dir, "never.xlsx");
    for (const lang of ["zh-CN", "en"] as const) {
      const r = await run("report", missing, "-o", out, "--json", "--lang", lang);
      expect(r.code).toBe(2);
      expect((JSON.parse(r.out) as ReportDocument).report.error).toBe((await checkFile(missing, lang)).error);
    }
    const text = await run("report", missing, "-o", out);
    expect(text.code).toBe(2);
    expect(text.err).toContain("找不到文件");
    expect(existsSync(out)).toBe(false);
  });

  test("a bad option value", async () => {
    const r = await run("report", SAMPLE, "-o", join(dir, "x.xlsx"), "--unit", "千元");
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
