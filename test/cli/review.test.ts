/**
 * `selfeval check FOLDER --review r.xlsx`: the review workbook of a batch, read back with ExcelJS (content, order, links,
 * formats) and opened by LibreOffice. The folder holds the sample, its corrected twin, a workbook of two projects and a
 * file that is not a workbook.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { writeWorkbookDef } from "../../samples/build-samples";
import { projectForm } from "../helpers/project-form";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");
const CORRECTED = join(ROOT, "samples/haikou-2023-corrected.xlsx");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cellText = (v: ExcelJS.CellValue): string =>
  v && typeof v === "object" && "text" in v ? String(v.text) : v === null || v === undefined ? "" : String(v);

describe("check --review", () => {
  const base = mkdtempSync(join(tmpdir(), "selfeval-review-"));
  const dir = join(base, "in");
  const out = join(base, "out", "review.xlsx");
  let wb: ExcelJS.Workbook;
  let json: { workbooks: Array<{ file: string; findings: unknown[] }> };
  let result: ReturnType<typeof run>;

  beforeAll(async () => {
    mkdirSync(dir);
    mkdirSync(join(base, "out"));
    copyFileSync(SAMPLE, join(dir, "haikou-2023.xlsx"));
    copyFileSync(CORRECTED, join(dir, "haikou-2023-corrected.xlsx"));
    writeFileSync(join(dir, "broken.xlsx"), "not a zip");
    await writeWorkbookDef(
      { sheets: [projectForm("乡村学校维修经费", "自评表1", 100, 95, 0.95), projectForm("农村公路建设项目", "自评表2", 120, 90, 0.9)] },
      join(dir, "two.xlsx")
    );
    result = run("check", dir, "--review", out);
    json = JSON.parse(run("check", dir, "--json").stdout);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  }, 60_000);

  it("writes the workbook, says so, and keeps the check's exit status (2: one file unreadable)", () => {
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`审核汇总表已写入：${out}`);
    expect(statSync(out).size).toBeGreaterThan(0);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题明细", "说明"]);
  });

  it("汇总: one row per file and per project, highest risk first, counts by kind", () => {
    const ws = wb.getWorksheet("汇总")!;
    const head = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    expect(head.slice(0, 10)).toEqual(["风险分", "文件", "单位", "项目", "年度", "全年预算数（元）", "全年执行数（元）", "执行率", "错误", "警告"]);
    expect(head).toContain("金额单位写错");
    expect(head).toContain("执行率算错");
    expect(head[head.length - 1]).toBe("状态");
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => (ws.getRow(i + 2).values as ExcelJS.CellValue[]).slice(1));
    const summary = rows.map((r) => [r[0], cellText(r[1]), cellText(r[3])]);
    expect(summary).toEqual([
      [100, "broken.xlsx", ""],
      [83, "haikou-2023.xlsx", "海口市政务服务中心服务外包项目"],
      [13, "two.xlsx", "农村公路建设项目"],
      [0, "haikou-2023-corrected.xlsx", "海口市政务服务中心服务外包项目"],
      [0, "two.xlsx", "乡村学校维修经费"],
    ]);
    expect(cellText(rows[0]![head.length - 1])).toMatch(/^无法读取/);
    const haikou = rows[1]!;
    expect(haikou.slice(2, 10)).toEqual(["海口市政务服务中心", "海口市政务服务中心服务外包项目", 2023, 11268530.96, 10655546.85, 0.9456, 8, 1]);
    expect(haikou[head.indexOf("金额单位写错")]).toBe(2);
    const road = rows[2]!;
    expect(road.slice(5, 8)).toEqual([1200000, 900000, 0.75]);
    expect(road[head.indexOf("执行率算错")]).toBe(1);
  });

  it("汇总 is a reviewer's sheet: filters, frozen header, number formats, coloured counts, a link to each file", () => {
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("F3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("H3").numFmt).toBe("0.00%");
    const link = ws.getCell("B3").value as ExcelJS.CellHyperlinkValue;
    expect(link.text).toBe("haikou-2023.xlsx");
    // Relative to the review workbook's folder, so the links survive moving both together.
    expect(link.hyperlink).toBe("../in/haikou-2023.xlsx");
    const refs = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> }).conditionalFormattings;
    expect(refs.map((c) => [c.ref, c.rules[0]!.type])).toEqual(
      expect.arrayContaining([
        ["I2:I6", "cellIs"],
        ["J2:J6", "cellIs"],
        ["A2:A6", "colorScale"],
      ])
    );
  });

  it("问题明细 lists every finding of the batch with its rule, severity, figures and cells", () => {
    const ws = wb.getWorksheet("问题明细")!;
    const total = json.workbooks.reduce((n, w) => n + w.findings.length, 0);
    expect(ws.rowCount - 1).toBe(total);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => (ws.getRow(i + 2).values as ExcelJS.CellValue[]).slice(1).map(cellText));
    const slip = rows.find((r) => r[2] === "数字写错")!;
    expect(slip[0]).toBe(join(dir, "haikou-2023.xlsx"));
    expect(slip[3]).toBe("错误");
    expect(slip[4]).toContain("1126140.7元");
    expect(slip[5]).toBe("11265140.70 元");
    expect(slip[6]).toBe("1126140.7 元");
    expect(slip[7]).toBe("自评报告!A57 合同!H2");
    expect(rows.some((r) => r[1] === "农村公路建设项目" && r[2] === "执行率算错")).toBe(true);
  });

  it("说明 says how the risk score is computed", () => {
    const text = (wb.getWorksheet("说明")!.getColumn(1).values as ExcelJS.CellValue[]).map(cellText).join("\n");
    expect(text).toContain("每个错误计10分");
    expect(text).toContain("每个警告计3分");
    expect(text).toContain("共检查4个文件");
  });

  it("opens in LibreOffice: the summary converts to CSV with the same rows", () => {
    const profile = join(base, "lo-profile");
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", base, out],
      { encoding: "utf8", timeout: 120_000 }
    );
    expect(r.status).toBe(0);
    const csv = readFileSync(join(base, "review.csv"), "utf8").split("\n");
    expect(csv[0]).toMatch(/^风险分,文件,单位,项目/);
    expect(csv[2]).toMatch(/^83,haikou-2023\.xlsx,海口市政务服务中心,/);
  }, 150_000);

  it("refuses to write the review over one of the inputs, before checking anything", () => {
    const input = join(dir, "haikou-2023.xlsx");
    const before = readFileSync(input);
    const r = run("check", dir, "--review", input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/输入|input/);
    expect(r.stdout).toBe("");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("in English: sheet names and headings", async () => {
    const en = join(base, "out", "review-en.xlsx");
    const r = run("check", dir, "--review", en, "--lang", "en", "--json");
    expect(JSON.parse(r.stdout).workbooks).toHaveLength(4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(en);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Summary", "Findings", "About"]);
    expect(cellText(book.getWorksheet("Summary")!.getCell("A1").value)).toBe("Risk");
  });
});
