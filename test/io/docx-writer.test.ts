/**
 * The test helper that writes .docx reports (test/helpers/docx-writer.ts) writes files Word's readers open: the package
 * is well formed (every part parses as XML, the relationships point at parts that are there, `unzip -t` passes), and
 * LibreOffice Writer opens the Haikou sample written as a .docx and prints its paragraphs, table cells (as Excel shows
 * them), text box and footnote. Needs soffice with Writer (libreoffice-writer), pdftotext and unzip.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { haikou2023 } from "../../samples/haikou-2023.def";
import type { WorkbookDef } from "../../samples/workbook-def";
import { displayed, docxFromWorkbook, headingLevel, isNarrative } from "../helpers/docx-writer";
import { bombDocx, docxWithoutDocument, pdfAsDocx, renamedDoc, truncatedDocx } from "../helpers/bad-docx";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
beforeAll(() => {
  if (!has("soffice") || !has("pdftotext") || !has("unzip") || !has("xmllint")) {
    throw new Error("needs soffice with Writer (apt-get install -y libreoffice-writer), pdftotext (poppler-utils), unzip and xmllint");
  }
});

const TITLE = "海口市政务服务中心2023年度项目支出绩效自评报告";
const BOX = "文本框：全年执行数10,655,546.85元";
const NOTE = "脚注：单位为元，保留两位小数。";

let dir: string;
let file: string;
let pdfText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "selfeval-docx-"));
  file = join(dir, "haikou-2023.docx");
  writeFileSync(
    file,
    await docxFromWorkbook(haikou2023, { title: TITLE, textBoxes: [{ at: "自评报告!A9", paragraphs: [BOX] }], footnotes: [{ at: "预算执行!A3", text: NOTE }] })
  );
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    encoding: "utf8",
    timeout: 150_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  // pdftotext keeps a table's cells apart by spaces; the checks below look for each cell's text, not for the layout.
  pdfText = spawnSync("pdftotext", [join(dir, "haikou-2023.pdf"), "-"], { encoding: "utf8" }).stdout.replace(/[ \u00a0]+/g, "");
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the package", () => {
  it("passes unzip -t, and every part is well-formed XML", async () => {
    expect(spawnSync("unzip", ["-t", "-q", file], { encoding: "utf8" }).status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/footnotes.xml", "word/styles.xml"]);
    for (const name of names) {
      const r = spawnSync("xmllint", ["--noout", "-"], { input: await zip.file(name)!.async("nodebuffer"), encoding: "utf8" });
      expect({ name, status: r.status, err: r.stderr }).toEqual({ name, status: 0, err: "" });
    }
  });

  it("relates every part it holds and declares its content type", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    for (const part of ["document", "styles", "footnotes"]) expect(types).toContain(`PartName="/word/${part}.xml"`);
    for (const part of ["styles", "footnotes"]) expect(rels).toContain(`Target="${part}.xml"`);
    expect(await zip.file("_rels/.rels")!.async("string")).toContain('Target="word/document.xml"');
  });

  it("lays the budget sheet out as a table with its merges, and headings with Heading styles", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const doc = await zip.file("word/document.xml")!.async("string");
    // 预算执行: A1:F1 and A2:F2 merged across 6 columns.
    expect(doc).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>){6}<\/w:tblGrid>/);
    expect(doc).toContain('<w:gridSpan w:val="6"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">一、项目概况');
    expect(doc).toContain("<w:txbxContent>");
    expect(doc).toContain("<mc:Fallback><w:pict>");
  });
});

describe("opened in LibreOffice Writer", () => {
  const squash = (s: string) => s.replace(/[ \u00a0]+/g, "");

  it("prints the title, the headings and the narrative's paragraphs", () => {
    expect(pdfText).toContain(squash(TITLE));
    expect(pdfText).toContain("一、项目概况");
    // Long paragraphs wrap: look for a sentence of each, joined across lines.
    const joined = pdfText.replace(/\n/g, "");
    expect(joined).toContain("2023年政府采购支出1065.25元");
    expect(joined).toContain("一年1126140.7元");
    expect(joined).toContain("执行率94.56%元");
  });

  it("prints the table cells as Excel displays them", () => {
    // A narrow column wraps a cell's text; pdftotext keeps a cell's lines together.
    const joined = pdfText.replace(/\n/g, "");
    for (const cell of [
      "资金来源",
      "全年执行数",
      "11,268,530.96",
      "10,655,546.85",
      "94.56%",
      "0.00%",
      "33,795,422.10",
      "11,265,140.70",
      "2023-07-31",
      "数量指标",
    ]) {
      expect(joined).toContain(cell);
    }
  });

  it("prints the text box and the footnote", () => {
    const joined = pdfText.replace(/\n/g, "");
    expect(joined).toContain(squash(BOX));
    expect(joined).toContain(squash(NOTE));
  });
});

describe("choices", () => {
  it("takes text in column A as paragraphs, anything else as a table", () => {
    const sheets = Object.fromEntries(haikou2023.sheets.map((s) => [s.name, isNarrative(s)]));
    expect(sheets).toEqual({ 项目信息: false, 预算执行: false, 支付台账: false, 合同: false, 绩效指标: false, 自评报告: true });
  });

  it("recognises the section headings", () => {
    expect(["一、项目概况", "（二）项目资金", "(三)其他", "1.项目主要内容", "二是加强"].map(headingLevel)).toEqual([1, 2, 2, 0, 0]);
  });

  it("formats figures by their number formats, General when there is none", () => {
    expect(displayed({ v: 10655546.85, fmt: "#,##0.00" })).toBe("10,655,546.85");
    expect(displayed({ v: 0.945627, fmt: "0.00%" })).toBe("94.56%");
    expect(displayed({ f: "G2/F2", v: 33795422.1 / 3, fmt: "#,##0.00" })).toBe("11,265,140.70");
    expect(displayed(33795422.1 / 3)).toBe("11265140.7");
    expect(displayed({ date: "2023-08-04" })).toBe("2023-08-04");
    expect(displayed(null)).toBe("");
  });

  it("writes vertical merges as vMerge restart and continue", async () => {
    const def: WorkbookDef = {
      sheets: [
        {
          name: "表",
          merges: ["A1:A3", "B1:C1"],
          rows: [
            ["一级指标", "二级指标"],
            [null, "数量", "质量"],
            [null, 1, 2],
          ],
        },
      ],
    };
    const doc = await (await JSZip.loadAsync(await docxFromWorkbook(def))).file("word/document.xml")!.async("string");
    const rows = doc.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows[1]!.match(/<w:vMerge\/>/g)).toHaveLength(1);
    expect(rows[2]!.match(/<w:tc>/g)).toHaveLength(3);
  });

  it("refuses an anchor that is not in the document", async () => {
    await expect(docxFromWorkbook(haikou2023, { footnotes: [{ at: "自评报告!A999", text: "x" }] })).rejects.toThrow(/anchors outside the document/);
  });
});

describe("the bad files", () => {
  it("are what they claim to be", async () => {
    expect(Object.keys((await JSZip.loadAsync(await docxWithoutDocument())).files)).not.toContain("word/document.xml");
    expect(renamedDoc().subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
    expect(pdfAsDocx().subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect(JSZip.loadAsync(await truncatedDocx())).rejects.toThrow();
    const bomb = await bombDocx(50_000_000);
    expect(bomb.length).toBeLessThan(200_000);
  });
});
