/**
 * The written report as LibreOffice prints it: `selfeval report` on the Haikou sample, converted to PDF headless. The
 * 自评表 takes one A4 portrait page of its own at a readable size (no text under 9 pt), the narrative fits the page's
 * width, the figures and the Chinese text come out as text, and the 支出进度 chart is drawn on its own page (both
 * series' colours inside the chart's area, axis titles). The 自评表's page is rendered to PNG; UPDATE_DOCS=1 copies it
 * to docs/report-page1.png.
 *
 * Needs soffice (libreoffice-calc), pdftotext and pdftoppm (poppler-utils) and a CJK font (fonts-wqy-microhei).
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { planReport } from "../../src/core/report";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { writeReport } from "../../src/io/xlsx-writer";
import { reportDocx } from "../../src/io/docx/report-docx";
import { fileState, ROOT, SAMPLE, removeTemp, tempDir } from "./writer-fixtures";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const SOFFICE = ["soffice", "libreoffice"].find(has);
const TOOLS = SOFFICE !== undefined && has("pdftotext") && has("pdftoppm");
// Without LibreOffice and poppler the PDF check cannot run: fail and say what to install rather than pass quietly.
const maybe = describe;
beforeAll(() => {
  if (!TOOLS) throw new Error("needs soffice (apt-get install -y libreoffice-calc fonts-wqy-microhei) and pdftotext/pdftoppm (poppler-utils)");
});

const DPI = 110;

/** The narrative's lines as Calc prints them from the workbook, for the Word report's comparison. */
const calcNarrativeLines: string[] = [];

/** The PDF LibreOffice makes of `file` in `dir`, with a profile of its own: parallel runs (and a desktop LibreOffice) do not clash over the default one. */
function convert(file: string, dir: string): string {
  const profile = join(dir, "lo-profile");
  const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, file], {
    encoding: "utf8",
    timeout: 170_000,
  });
  const pdf = file.replace(/\.[^.]+$/, ".pdf");
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF (status ${r.status}): ${r.stderr}${r.stdout}`);
  return pdf;
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
}
const PNG_DPI = 130;

/** A binary PPM (P6) as pdftoppm writes it. */
function readPpm(file: string): { width: number; height: number; rgb: Buffer } {
  const buf = readFileSync(file);
  const header: string[] = [];
  let pos = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    let tok = "";
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) tok += String.fromCharCode(buf[pos++]!);
    header.push(tok);
  }
  pos++;
  const [magic, w, h] = header;
  if (magic !== "P6") throw new Error(`not a P6 PPM: ${magic}`);
  return { width: Number(w), height: Number(h), rgb: buf.subarray(pos) };
}

/** Font sizes (points) used on one page, as pdftohtml reports them after the page's scaling. */
function fontSizes(pdf: string, page: number): number[] {
  const xml = execFileSync("pdftohtml", ["-xml", "-zoom", "1", "-i", "-q", "-f", String(page), "-l", String(page), "-stdout", pdf], { encoding: "utf8" });
  return [...xml.matchAll(/<fontspec [^>]*size="([\d.]+)"/g)].map((m) => Number(m[1]));
}

/** Page size in points. */
function pageSize(pdf: string, page: number): { width: number; height: number } {
  const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const m = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Characters that may not start a line in Chinese text (行首禁则). */
const NO_LINE_START = /^[）)」』】〕〉》”’。，、；：！？,.;:!?%…·]/;

/** Word boxes from `pdftotext -bbox` (points, origin top-left) on one page. */
function wordBoxes(pdf: string, page: number): Array<{ word: string; xMin: number; yMin: number; xMax: number; yMax: number }> {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    word: m[5]!,
  }));
}

maybe("the report printed by LibreOffice", () => {
  const dir = tempDir("selfeval-pdf-");
  const out = join(dir, "haikou-2023-report.xlsx");
  const pdf = join(dir, "haikou-2023-report.pdf");
  let pages: string[] = [];
  let formPage = 0;
  let narrativePage = 0;
  let chartPage = 0;
  let png = "";
  const timings: Record<string, number> = {};
  afterAll(() => removeTemp(dir));

  beforeAll(async () => {
    const input = fileState(SAMPLE);
    let t = Date.now();
    const snapshot = await readWorkbook(SAMPLE);
    await writeReport(SAMPLE, planReport(snapshot), out, { snapshot });
    timings.write = Date.now() - t;
    expect(fileState(SAMPLE)).toEqual(input);

    t = Date.now();
    expect(convert(out, dir)).toBe(pdf);
    timings.convert = Date.now() - t;

    pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 }).split("\f");
    formPage = pages.findIndex((p) => p.includes("项目支出绩效自评表（2023年度）")) + 1;
    narrativePage = pages.findIndex((p, i) => i >= formPage && p.includes("项目支出绩效自评报告")) + 1;
    chartPage = pages.findIndex((p) => p.includes("累计支出（万元）") && p.includes("月份")) + 1;
    for (let page = narrativePage; page > 0 && page < chartPage; page++)
      calcNarrativeLines.push(...execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).split("\n"));
    t = Date.now();
    if (formPage > 0) {
      const page = ["-f", String(formPage), "-l", String(formPage)];
      // The PNG: the whole A4 page as it prints, margins included.
      execFileSync("pdftoppm", [...page, "-r", String(PNG_DPI), "-png", "-singlefile", pdf, join(dir, "page")]);
      png = join(dir, "page.png");
    }
    timings.render = Date.now() - t;
    console.log(`pdf-report timings (ms): ${JSON.stringify(timings)}; form on page ${formPage} of ${pages.length - 1}`);
    if (process.env.UPDATE_DOCS === "1" && png) {
      mkdirSync(join(ROOT, "docs"), { recursive: true });
      copyFileSync(png, join(ROOT, "docs/report-page1.png"));
    }
  }, 200_000);

  test("the 自评表 is printed, with its title in Chinese", () => {
    expect(formPage).toBeGreaterThan(0);
    const text = pages[formPage - 1]!;
    expect(text).toContain("项目支出绩效自评表（2023年度）");
    for (const label of ["项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分", "总分", "自评等级"]) expect(text).toContain(label);
  });

  test("the figures are readable: 94.56%, 9.46, 1,065.55", () => {
    const text = pages[formPage - 1]!;
    expect(text).toContain("94.56%");
    expect(text).toMatch(/(^|\s)9\.46(\s|$)/m);
    expect(text).toMatch(/1,?065\.55/);
    expect(text).toContain("海口市政务服务中心服务外包项目");
  });

  test("the 自评表 prints on one A4 portrait page of its own, nothing under 9 pt, no line starting with ）。，、", () => {
    // A4 portrait is 595 × 842 pt.
    const size = pageSize(pdf, formPage);
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);
    // The next page is the narrative's: the form took exactly one page.
    expect(narrativePage - formPage).toBe(1);
    const sizes = fontSizes(pdf, formPage);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    // The title is set larger than the table.
    expect(Math.max(...sizes)).toBeGreaterThan(Math.min(...sizes) + 2);
    const lines = execFileSync("pdftotext", ["-f", String(formPage), "-l", String(formPage), pdf, "-"], { encoding: "utf8" }).split("\n");
    expect(lines.filter((l) => NO_LINE_START.test(l.trim()))).toEqual([]);
  });

  test("the narrative fits the page's width at a readable size: no text under 9 pt, none beyond the right margin", () => {
    for (let page = narrativePage; page < chartPage; page++) {
      expect(Math.min(...fontSizes(pdf, page))).toBeGreaterThanOrEqual(9);
      const right = Math.max(...wordBoxes(pdf, page).map((b) => b.xMax));
      expect(right).toBeLessThanOrEqual(pageSize(pdf, page).width - 0.4 * 72);
    }
  });

  test("no tool note is printed", () => {
    expect(pages.join("\n")).not.toMatch(/本表由|绩效自评助手/);
  });

  test("the chart is drawn on a page of its own: its title and axis titles as text, both series' colours inside its area", () => {
    expect(chartPage).toBeGreaterThan(narrativePage);
    expect(pages[chartPage - 1]).not.toContain("项目支出绩效自评表");
    const boxes = wordBoxes(pdf, chartPage);
    const title = boxes.find((b) => b.word === "支出进度");
    expect(title).toBeDefined();
    // The legend names the series, in the chart's own text.
    expect(boxes.some((b) => b.word.startsWith("累计支出"))).toBe(true);
    expect(pages[chartPage - 1]).toContain("金额（万元）");

    execFileSync("pdftoppm", ["-f", String(chartPage), "-l", String(chartPage), "-r", String(DPI), "-singlefile", pdf, join(dir, "chart")]);
    const img = readPpm(join(dir, "chart.ppm"));
    const k = DPI / 72;
    // The plot stands under the title: a band below it, as wide as a chart.
    const x0 = Math.max(0, Math.floor((title!.xMin - 250) * k));
    const x1 = Math.min(img.width, Math.ceil((title!.xMax + 250) * k));
    const y0 = Math.ceil(title!.yMax * k);
    const y1 = Math.min(img.height, Math.ceil((title!.yMax + 250) * k));
    const near = (r: number, g: number, b: number, c: [number, number, number]) => Math.abs(r - c[0]) + Math.abs(g - c[1]) + Math.abs(b - c[2]) < 90;
    // Columns of pixels where each series' colour shows: a drawn line runs across the plot, a legend key alone is short.
    const blue = new Set<number>();
    const orange = new Set<number>();
    let ink = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * img.width + x) * 3;
        const [r, g, b] = [img.rgb[i]!, img.rgb[i + 1]!, img.rgb[i + 2]!];
        if (r < 250 || g < 250 || b < 250) ink++;
        if (near(r, g, b, [0x44, 0x72, 0xc4])) blue.add(x);
        if (near(r, g, b, [0xed, 0x7d, 0x31])) orange.add(x);
      }
    }
    const titleWidth = (title!.xMax - title!.xMin) * k;
    expect(ink).toBeGreaterThan(2000);
    expect(blue.size).toBeGreaterThan(4 * titleWidth);
    // The budget line is dashed: fewer columns, still across the plot.
    expect(orange.size).toBeGreaterThan(2 * titleWidth);
  });

  test("the narrative sheet is printed too, with the corrected figures", () => {
    const all = pages.join("\n");
    expect(all).toContain("项目支出绩效自评报告");
    expect(all).toMatch(/1065\.55万元/);
  });

  test("a PNG of the page is written (docs/report-page1.png with UPDATE_DOCS=1)", () => {
    expect(readdirSync(dir)).toContain("page.png");
    expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
  });

  describe("the Word 自评报告 printed by LibreOffice Writer", () => {
    const dir = tempDir("selfeval-pdf-docx-");
    let pdf = "";
    let pages: string[] = [];
    let lines: string[][] = [];
    afterAll(() => removeTemp(dir));

    beforeAll(async () => {
      const snapshot = await readWorkbook(SAMPLE);
      const docx = join(dir, "haikou-2023-report.docx");
      writeFileSync(docx, await reportDocx(planReport(snapshot)));
      pdf = convert(docx, dir);
      pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, pageCount(pdf));
      lines = pages.map((_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).split("\n"));
      // The first page and the appendix as they print; UPDATE_DOCS=1 puts them in docs/ for the README.
      for (const [page, name] of [
        [1, "word-page1"],
        [pages.length, "word-appendix"],
      ] as const) {
        execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "60", "-png", "-singlefile", pdf, join(dir, name)]);
        if (process.env.UPDATE_DOCS === "1") copyFileSync(join(dir, `${name}.png`), join(ROOT, "docs", `${name}.png`));
      }
    }, 200_000);

    test("every page is A4 portrait, numbered — n — at its foot", () => {
      expect(pages.length).toBeGreaterThan(2);
      pages.forEach((text, i) => {
        const size = pageSize(pdf, i + 1);
        expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
        expect(text).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`));
      });
    });

    test("the narrative in 三号 (16 pt) body text, the title larger, nothing under 9 pt", () => {
      const first = fontSizes(pdf, 1);
      expect(Math.max(...first)).toBeGreaterThanOrEqual(20);
      expect(first).toContain(16);
      for (let p = 1; p <= pages.length; p++) expect(Math.min(...fontSizes(pdf, p))).toBeGreaterThanOrEqual(9);
    });

    test("the 自评表 is the appendix: the last page, one page of its own, starting with 附件, its figures in full", () => {
      // Writer sets a little space between CJK and digits: "（2023 年度）".
      const at = pages.findIndex((p) => /项目支出绩效自评表（\s*2023\s*年度）/.test(p));
      expect(at).toBe(pages.length - 1);
      expect(lines[at]!.find((l) => l.trim() !== "")!.trim()).toBe("附件");
      for (const figure of ["1,126.55", "1,065.55", "94.56%", "99.46", "优"]) expect(pages[at]).toContain(figure);
      // The table's text at 五号 (10.5 pt; pdftohtml gives whole points).
      expect(fontSizes(pdf, at + 1).some((x) => x >= 10 && x <= 11)).toBe(true);
    });

    test("no line starts with a character that may not start one, where Calc's print of the same text has some", () => {
      const starts = (ls: string[]) => ls.map((l) => l.trim()).filter((l) => NO_LINE_START.test(l));
      expect(lines.flatMap((ls) => starts(ls))).toEqual([]);
      // The check is not idle: Calc, which applies no forbidden rules to a cell, starts lines with them in the same narrative.
      expect(calcNarrativeLines.length).toBeGreaterThan(0);
      expect(starts(calcNarrativeLines).length).toBeGreaterThan(0);
      // The corrected figures, as the sheet has them.
      expect(pages.join("\n")).toMatch(/1065\.55\s*万元/);
      expect(pages.join("\n")).not.toMatch(/本表由|绩效自评助手/);
    });
  });
});

maybe("the report in English and in 元, printed by LibreOffice", () => {
  const dir = tempDir("selfeval-pdf-en-");
  const out = join(dir, "haikou-2023-en.xlsx");
  const pdf = join(dir, "haikou-2023-en.pdf");
  let pages: string[] = [];
  afterAll(() => removeTemp(dir));

  beforeAll(async () => {
    const snapshot = await readWorkbook(SAMPLE);
    await writeReport(SAMPLE, planReport(snapshot, { lang: "en", unit: "元" }), out, { snapshot });
    expect(convert(out, dir)).toBe(pdf);
    pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 }).split("\f");
  }, 200_000);

  test("the form in 元 (wider money columns) still takes one A4 page at ≥ 9 pt, 11,268,530.96 in full", () => {
    const form = pages.findIndex((p) => p.includes("Project expenditure performance self-evaluation form (2023)")) + 1;
    const next = pages.findIndex((p, i) => i >= form && /performance self-evaluation report|项目支出绩效自评报告/.test(p)) + 1;
    expect(form).toBeGreaterThan(0);
    expect(next - form).toBe(1);
    expect(Math.round(pageSize(pdf, form).width)).toBe(595);
    expect(Math.min(...fontSizes(pdf, form))).toBeGreaterThanOrEqual(9);
    expect(pages[form - 1]).toContain("11,268,530.96");
    expect(pages[form - 1]).not.toContain("###");
  });

  test("the chart's axis titles are English, with the unit", () => {
    expect(pages.some((p) => p.includes("Month") && /Amount \(\S/.test(p))).toBe(true);
  });
});
