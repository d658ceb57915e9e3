/**
 * `selfeval check` on Word reports, as a reviewer runs it: a .docx alone, a .docx with its workbook as one scope, folders
 * mixing .docx and .xlsx (with --review), and files given as Word reports that cannot be read.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { writeWorkbookDef } from "../../samples/build-samples";
import { haikou2023 } from "../../samples/haikou-2023.def";
import type { WorkbookDef } from "../../samples/workbook-def";
import { docxWithoutDocument, emptyDocx, pdfAsDocx, renamedDoc, truncatedDocx, zipNotDocx } from "../helpers/bad-docx";
import { docxFromWorkbook } from "../helpers/docx-writer";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");
const CORRECTED = join(ROOT, "samples/haikou-2023-corrected.xlsx");

interface Entry {
  file: string;
  workbook?: string;
  error: string | null;
  sheets: Array<{ name: string; role: string; document?: { kind: string; table?: number } }>;
  findings: Array<{ rule: string; severity: string; cells: string[]; expected: { value: string } | null; actual: { value: string } | null }>;
  summary: Record<string, number>;
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json(...args: string[]): { code: number | null; entries: Entry[] } {
  const r = run("check", ...args, "--json");
  return { code: r.code, entries: (JSON.parse(r.out) as { workbooks: Entry[] }).workbooks };
}

const dir = mkdtempSync(join(tmpdir(), "selfeval-docx-"));
const at = (name: string) => join(dir, name);
const REPORT_ONLY: WorkbookDef = { sheets: haikou2023.sheets.filter((s) => s.name === "自评报告") };
const TABLES_ONLY: WorkbookDef = { sheets: haikou2023.sheets.filter((s) => s.name !== "自评报告") };

beforeAll(async () => {
  writeFileSync(at("seed.docx"), await docxFromWorkbook(haikou2023));
  writeFileSync(at("report.docx"), await docxFromWorkbook(REPORT_ONLY));
  await writeWorkbookDef(TABLES_ONLY, at("tables.xlsx"));
  // A workbook that already has sheets named as the document's: the document's are renamed, refs stay unambiguous.
  await writeWorkbookDef({ sheets: [...TABLES_ONLY.sheets, { name: "正文", rows: [["备注"]] }] }, at("clash.xlsx"));
}, 60_000);

describe("check report.docx", () => {
  test("runs every rule on the document alone: the seed's slips, exit 1", () => {
    const { code, entries } = json(at("seed.docx"));
    expect(code).toBe(1);
    const e = entries[0]!;
    expect(e.file).toBe(at("seed.docx"));
    expect(e.workbook).toBeUndefined();
    expect(e.sheets.slice(0, 3)).toEqual([
      { name: "正文", role: "report-text", document: { kind: "body" } },
      { name: "表1", role: "project-info", document: { kind: "table", table: 1 } },
      { name: "表2", role: "budget", document: { kind: "table", table: 2 } },
    ]);
    const slips = e.findings.map((f) => `${f.rule} ${f.cells.join(" ")}`);
    expect(slips).toEqual(
      expect.arrayContaining(["unit-slip 正文!A37 表2!D4", "unit-slip 正文!A41 表2!D4", "digit-slip 正文!A35 表4!H2", "stray-unit 正文!A26"])
    );
    expect(e.summary).toEqual({ error: 8, warning: 1, info: 0 });
  });

  test("the text names places as a person finds them in Word, in Chinese and in English", () => {
    const zh = run("check", at("seed.docx"));
    expect(zh.code).toBe(1);
    expect(zh.out).toContain("有误：第37段；依据：表2 第4行第4列");
    expect(zh.out).toContain("有误：表2 第6行第5列；依据：表2 第6行第4列、表2 第6行第3列");
    expect(zh.out).not.toMatch(/正文!A|表2!D/);
    const en = run("check", at("seed.docx"), "--lang", "en");
    expect(en.out).toContain("wrong: paragraph 37; basis: table 2, row 4, column 4");
    expect(en.out).toContain("needs a reason: table 2, row 4, column 3; basis: table 2, row 4, column 2");
  });

  test("a .docx named .xlsx and an .xlsx named .docx are read by their content", () => {
    copyFileSync(at("seed.docx"), at("seed-as.xlsx"));
    copyFileSync(SAMPLE, at("sample-as.docx"));
    // One at a time: a .docx and an .xlsx named together are one scope.
    const asXlsx = json(at("seed-as.xlsx")).entries[0];
    const asDocx = json(at("sample-as.docx")).entries[0];
    expect(asXlsx!.sheets[0]).toEqual({ name: "正文", role: "report-text", document: { kind: "body" } });
    expect(asXlsx!.summary).toEqual({ error: 8, warning: 1, info: 0 });
    expect(asDocx!.sheets.map((s) => s.name)).toEqual(["项目信息", "预算执行", "支付台账", "合同", "绩效指标", "自评报告"]);
    expect(asDocx!.summary).toEqual({ error: 8, warning: 1, info: 0 });
  });
});

describe("check report.docx workbook.xlsx", () => {
  test("one scope: one entry for the .docx naming the workbook, the text traced to the workbook's tables", () => {
    const { code, entries } = json(at("report.docx"), at("tables.xlsx"));
    expect(code).toBe(1);
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(e.file).toBe(at("report.docx"));
    expect(e.workbook).toBe(at("tables.xlsx"));
    expect(e.findings.map((f) => `${f.rule} ${f.cells.join(" ")}`)).toEqual(
      expect.arrayContaining(["unit-slip 正文!A37 预算执行!D4", "digit-slip 正文!A35 合同!H2", "stray-unit 正文!A26"])
    );
    // The same findings as the sample workbook, which holds the report as a sheet.
    const sample = json(SAMPLE).entries[0]!;
    expect(e.summary).toEqual(sample.summary);
    expect(e.findings.map((f) => `${f.rule} ${f.expected?.value} ${f.actual?.value}`).sort()).toEqual(
      sample.findings.map((f) => `${f.rule} ${f.expected?.value} ${f.actual?.value}`).sort()
    );
  });

  test("either order; the text says which workbook and names both kinds of place", () => {
    const r = run("check", at("tables.xlsx"), at("report.docx"));
    expect(r.code).toBe(1);
    expect(r.out.split("\n").slice(0, 2)).toEqual([at("report.docx"), `  与工作簿一并检查：${at("tables.xlsx")}`]);
    expect(r.out).toContain("有误：第37段；依据：预算执行!D4");
  });

  test("a sheet name the two share is given to the workbook; the document's is renamed", () => {
    const e = json(at("report.docx"), at("clash.xlsx")).entries[0]!;
    expect(e.sheets.map((s) => s.name)).toContain("正文（Word）");
    expect(e.findings.map((f) => f.cells[0])).toContain("正文（Word）!A37");
    expect(run("check", at("report.docx"), at("clash.xlsx")).out).toContain("有误：第37段；依据：预算执行!D4");
  });
});

describe("folders mixing .docx and .xlsx", () => {
  const folder = at("batch");
  beforeAll(() => {
    mkdirSync(folder);
    copyFileSync(at("seed.docx"), join(folder, "a-seed.docx"));
    copyFileSync(CORRECTED, join(folder, "b-corrected.xlsx"));
    writeFileSync(join(folder, "c-old.doc"), renamedDoc());
    writeFileSync(join(folder, "d-scan.pdf"), pdfAsDocx());
  });

  test("each .docx and .xlsx is an entry, in name order; legacy .doc files are counted, not checked", () => {
    const { code, entries } = json(folder);
    expect(code).toBe(1);
    expect(entries.map((e) => [e.file, e.summary.error])).toEqual([
      [join(folder, "a-seed.docx"), 8],
      [join(folder, "b-corrected.xlsx"), 0],
    ]);
    const text = run("check", folder);
    expect(text.out).toContain("合计：2个文件，错误8项，警告1项，无法读取0个。");
    expect(text.out).toContain("另有1个旧版 Word .doc 文件未检查");
  });

  test("the review workbook lists the .docx with its findings", async () => {
    const out = at("review.xlsx");
    expect(run("check", folder, "--review", out).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: string[] = [];
    wb.getWorksheet("汇总")!.eachRow((row) => rows.push(JSON.stringify(row.values)));
    expect(rows.some((r) => r.includes("a-seed.docx"))).toBe(true);
    const details: string[] = [];
    wb.getWorksheet("问题明细")!.eachRow((row) => details.push(JSON.stringify(row.values)));
    expect(details.filter((r) => r.includes("a-seed.docx"))).toHaveLength(9);
    // Its cells as a person finds them in Word.
    expect(details.some((r) => r.includes("a-seed.docx") && r.includes('"第37段、表2 第4行第4列"'))).toBe(true);
  });
});

describe("fix and report change workbooks only", () => {
  test("a Word report given to them is refused by its content, with a word on check; nothing is written", () => {
    for (const args of [
      ["fix", at("seed.docx"), "--dry-run"],
      ["report", at("seed.docx"), "-o", at("never.xlsx")],
      ["fix", at("seed-named.xlsx"), "-o", at("never.xlsx")],
    ]) {
      copyFileSync(at("seed.docx"), at("seed-named.xlsx"));
      const r = run(...args);
      expect([args[0], r.code]).toEqual([args[0], 2]);
      expect(r.out + r.err).toContain("是 Word 文档：自动修正和生成报告只对 .xlsx 工作簿进行。Word 报告请用 selfeval check 检查");
      expect(existsSync(at("never.xlsx"))).toBe(false);
    }
    const en = run("fix", at("seed.docx"), "--dry-run", "--lang", "en");
    expect(en.out + en.err).toContain("is a Word document: fixes and reports are written into .xlsx workbooks only");
  });
});

describe("files given as Word reports that cannot be read: a clear message, exit 2, no stack trace", () => {
  const cases: Array<[string, () => Buffer | Promise<Buffer>, RegExp, RegExp]> = [
    ["old.doc", renamedDoc, /旧版 Word 97-2003 文档（\.doc）.*另存为.*Word 文档\(\*\.docx\)/, /legacy Word 97-2003 document.*Word Document \(\*\.docx\)/],
    ["renamed-doc.docx", renamedDoc, /旧版 Word 97-2003 文档/, /legacy Word 97-2003 document/],
    ["scan.pdf", pdfAsDocx, /是 PDF 文件.*另存为“Word 文档\(\*\.docx\)”/, /is a PDF.*"Word Document \(\*\.docx\)"/],
    ["pdf-renamed.docx", pdfAsDocx, /是 PDF 文件/, /is a PDF/],
    ["no-document.docx", docxWithoutDocument, /没有正文部件（word\/document\.xml）/, /no main document part \(word\/document\.xml\)/],
    ["zip.docx", zipNotDocx, /不是 Word 文档（\.docx）（这是一个普通压缩包/, /is not a Word document \(\.docx\)/],
    ["truncated.docx", () => truncatedDocx(), /已损坏.*文件不完整.*Word 中打开修复/, /damaged.*Word repair it/],
    [
      "empty.docx",
      emptyDocx,
      /不是 Word 文档（\.docx）（文件为空）/,
      /is not a Word document \(\.docx\) \(the file is empty\)|is not a Word document \(\.docx\)/,
    ],
  ];

  // A compound file whose directory names a stream (UTF-16LE, as CFB stores names).
  const compound = (stream: string) => {
    const buf = Buffer.alloc(4096);
    renamedDoc().copy(buf, 0, 0, 512);
    Buffer.from(stream, "utf16le").copy(buf, 1024);
    return buf;
  };
  cases.push(
    ["word-named.xlsx", () => compound("WordDocument"), /旧版 Word 97-2003 文档/, /legacy Word 97-2003 document/],
    ["locked.docx", () => compound("EncryptedPackage"), /设有打开密码.*Word 中取消打开密码/, /password-protected.*Remove the password/]
  );

  test.each(cases)("%s", async (name, make, zh, en) => {
    writeFileSync(at(name), await make());
    const r = run("check", at(name));
    expect(r.code).toBe(2);
    expect(r.out + r.err).toMatch(zh);
    expect(r.out + r.err).not.toMatch(/\n\s+at |Error:/);
    const e = run("check", at(name), "--lang", "en");
    expect(e.code).toBe(2);
    expect(e.out + e.err).toMatch(en);
    const j = json(at(name));
    expect(j.code).toBe(2);
    expect(j.entries[0]!.error).toMatch(zh);
  });
});
