/**
 * LibreOffice both ways: an input saved by LibreOffice (its styles, shared strings and escaped number formats, as
 * office suites write them) gets a report whose source sheets are exact; and LibreOffice reads our output back —
 * saving it again, it re-emits the 支出进度 chart as its own line chart over the same ranges, so it understood it.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { planReport } from "../../src/core/report";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { writeReport } from "../../src/io/xlsx-writer";
import { fileState, SAMPLE, removeTemp, tempDir } from "./writer-fixtures";
import { plainRows } from "../../src/core/snapshot";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const SOFFICE = ["soffice", "libreoffice"].find(has);
// Without LibreOffice the round trip cannot run: fail and say what to install rather than pass quietly.
const maybe = describe;
beforeAll(() => {
  if (!SOFFICE) throw new Error("needs soffice: apt-get install -y libreoffice-calc");
});

/** Converts with LibreOffice headless (a profile of its own) into outDir; returns the file written. */
function convert(file: string, to: string, outDir: string, profile: string): string {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir, file], {
    encoding: "utf8",
    timeout: 170_000,
  });
  const base = file.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  const out = join(outDir, `${base}.${to.split(":")[0]}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${to} (status ${r.status}): ${r.stderr}${r.stdout}`);
  return out;
}

maybe("LibreOffice round trip", () => {
  const dir = tempDir("selfeval-lo-");
  const profile = join(dir, "lo-profile");
  let loInput = "";
  let out = "";
  afterAll(() => removeTemp(dir));

  beforeAll(() => {
    const src = join(dir, "haikou.xlsx");
    copyFileSync(SAMPLE, src);
    const t = Date.now();
    loInput = convert(src, "xlsx:Calc MS Excel 2007 XML", join(dir, "lo"), profile);
    console.log(`LibreOffice re-save: ${Date.now() - t} ms`);
  }, 180_000);

  test("an input LibreOffice saved: the report is written and every source sheet reads back exactly", async () => {
    const state = fileState(loInput);
    const before = await readWorkbook(loInput);
    const plan = planReport(before);
    out = join(dir, "report.xlsx");
    const result = await writeReport(loInput, plan, out, { snapshot: before });
    expect(result.sheets.map((s) => s.action)).toEqual(plan.sheets.map(() => "created"));
    const after = await readWorkbook(out);
    for (const name of plan.sources) expect(after.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
    expect(fileState(loInput)).toEqual(state);
  });

  test("LibreOffice opens the report and keeps our chart: a line chart over the same ranges", async () => {
    expect(out).not.toBe("");
    const t = Date.now();
    const again = convert(out, "xlsx:Calc MS Excel 2007 XML", join(dir, "again"), profile);
    console.log(`LibreOffice open + save of the report: ${Date.now() - t} ms`);
    const zip = await JSZip.loadAsync(readFileSync(again));
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0]!)!.async("string");
    expect(xml).toContain("<c:lineChart>");
    expect(xml).toMatch(/支出进度/);
    // LibreOffice writes the sheet name unquoted (as Excel does for a CJK name); we write it quoted: both are valid.
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/^'(.*)'!/, "$1!"));
    expect(refs).toEqual(expect.arrayContaining(["支出进度!$A$2:$A$13", "支出进度!$B$2:$B$13", "支出进度!$C$2:$C$13"]));
    // And the cells LibreOffice saved are the ones we wrote.
    const form = (await readWorkbook(again)).sheets.find((s) => s.name === "绩效自评表")!;
    expect(plainRows(form)[0]![0]!.v).toBe("项目支出绩效自评表（2023年度）");
  }, 180_000);
});
