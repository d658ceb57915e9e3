/**
 * A .docx written by another program: LibreOffice Writer saves an HTML report (headings, a table with rowspan/colspan)
 * as "MS Word 2007 XML", and the reader finds its merges, headings and slips. Needs LibreOffice Writer (libreoffice-writer);
 * skipped where only Calc is installed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { readDocx } from "../../src/io/docx-reader";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const SOFFICE = ["soffice", "libreoffice"].find(has);
// Writer's own library beside soffice: Calc alone cannot write a .docx.
const WRITER = SOFFICE !== undefined && spawnSync("sh", ["-c", "ls /usr/lib/libreoffice/program/libswlo.so"]).status === 0;

const HTML = `<html><head><meta charset="utf-8"></head><body>
<h1>一、项目概况</h1>
<p>2023年政府采购支出1065.25元，均为政务大厅外包项目。</p>
<p></p>
<h2>（一）资金情况</h2>
<table border="1">
<tr><td rowspan="2">项目资金（元）</td><td rowspan="2">资金来源</td><td colspan="3">预算及执行</td></tr>
<tr><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td></tr>
<tr><td></td><td>资金总额</td><td>11,265,500.00</td><td>11,268,530.96</td><td>10,655,546.85</td></tr>
</table>
<p>执行率94.56%元。</p>
</body></html>`;

(WRITER ? describe : describe.skip)("a report saved as .docx by LibreOffice Writer", () => {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-lo-docx-"));
  let file = "";
  beforeAll(() => {
    writeFileSync(join(dir, "report.html"), HTML);
    const r = spawnSync(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        dir,
        join(dir, "report.html"),
      ],
      { encoding: "utf8", timeout: 170_000 }
    );
    file = join(dir, "report.docx");
    if (!existsSync(file)) throw new Error(`LibreOffice wrote nothing (status ${r.status}): ${r.stderr}${r.stdout}`);
  }, 180_000);

  test("paragraphs with their heading levels, the table with its merges and figures", async () => {
    const snap = await readDocx(file);
    const body = snap.sheets[0]!;
    expect(body.rows.map((r) => r?.[0]?.v)).toEqual([
      "一、项目概况",
      "2023年政府采购支出1065.25元，均为政务大厅外包项目。",
      "（一）资金情况",
      "执行率94.56%元。",
    ]);
    expect(body.outline).toEqual([1, undefined, 2, undefined]);
    const table = snap.sheets[1]!;
    expect(table.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 4 },
    ]);
    expect(table.rows[1]?.slice(2).map((c) => c?.v)).toEqual(["年初预算数", "全年预算数", "全年执行数"]);
    expect(table.rows[2]?.[4]?.v).toBe(10655546.85);
  });

  test("the slips are found and placed", async () => {
    const r = checkWorkbook(await readDocx(file));
    expect(r.findings.map((f) => `${f.rule} ${f.cells[0]}`)).toEqual(expect.arrayContaining(["unit-slip 正文!A2", "stray-unit 正文!A4"]));
  });
});
