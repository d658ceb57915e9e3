/**
 * The written report as LibreOffice prints it: `selfeval report` on the Haikou sample, converted to PDF headless; the
 * figures and the Chinese text must come out as text, and the 支出进度 chart must be drawn (both series' colours inside
 * the chart's area). The page with the 自评表 is rendered to PNG; UPDATE_DOCS=1 copies it to docs/report-page1.png.
 *
 * Needs soffice (libreoffice-calc), pdftotext and pdftoppm (poppler-utils) and a CJK font (fonts-wqy-microhei).
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { planReport } from "../../src/core/report";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { writeReport } from "../../src/io/xlsx-writer";
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
const PNG_DPI = 200;

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

/** The smallest box holding every pixel that is not white. */
function inkBox(img: { width: number; height: number; rgb: Buffer }): { x0: number; y0: number; x1: number; y1: number } {
  let [x0, y0, x1, y1] = [img.width, img.height, 0, 0];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      if (img.rgb[i]! < 245 || img.rgb[i + 1]! < 245 || img.rgb[i + 2]! < 245) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x + 1);
        y1 = Math.max(y1, y + 1);
      }
    }
  }
  return x1 > x0 ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: img.width, y1: img.height };
}

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
  let png = "";
  let ppm = "";
  const timings: Record<string, number> = {};
  afterAll(() => removeTemp(dir));

  beforeAll(async () => {
    const input = fileState(SAMPLE);
    let t = Date.now();
    const snapshot = await readWorkbook(SAMPLE);
    await writeReport(SAMPLE, planReport(snapshot), out, { snapshot });
    timings.write = Date.now() - t;
    expect(fileState(SAMPLE)).toEqual(input);

    // A profile of its own: parallel runs (and a desktop LibreOffice) do not clash over the default one.
    t = Date.now();
    const profile = join(dir, "lo-profile");
    const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, out], {
      encoding: "utf8",
      timeout: 170_000,
    });
    timings.convert = Date.now() - t;
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF (status ${r.status}): ${r.stderr}${r.stdout}`);

    pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 }).split("\f");
    formPage = pages.findIndex((p) => p.includes("项目支出绩效自评表")) + 1;
    t = Date.now();
    if (formPage > 0) {
      const page = ["-f", String(formPage), "-l", String(formPage)];
      execFileSync("pdftoppm", [...page, "-r", String(DPI), "-singlefile", pdf, join(dir, "page")]);
      ppm = join(dir, "page.ppm");
      // The PNG: the printed part of the page (the page's margins and empty half cut off), sharper.
      const box = inkBox(readPpm(ppm));
      const k = PNG_DPI / DPI;
      const pad = 12;
      const crop = [box.x0 - pad, box.y0 - pad, box.x1 - box.x0 + 2 * pad, box.y1 - box.y0 + 2 * pad].map((v) => String(Math.max(0, Math.round(v * k))));
      execFileSync("pdftoppm", [
        ...page,
        "-r",
        String(PNG_DPI),
        "-x",
        crop[0]!,
        "-y",
        crop[1]!,
        "-W",
        crop[2]!,
        "-H",
        crop[3]!,
        "-png",
        "-singlefile",
        pdf,
        join(dir, "page"),
      ]);
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

  test("the chart is drawn: its title as text, and both series' colours inside its area", () => {
    const boxes = wordBoxes(pdf, formPage);
    const title = boxes.find((b) => b.word === "支出进度");
    expect(title).toBeDefined();
    // The legend names the series, in the chart's own text.
    expect(boxes.some((b) => b.word.startsWith("累计支出"))).toBe(true);

    const img = readPpm(ppm);
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
});
