/**
 * The 自评报告 as a Word document, for the sample and every corpus report: written by reportDocx, read back with our own
 * .docx reader. The document holds the plan's paragraphs in order and in their styles, its appendix table shows the
 * form cell for cell as the sheet displays it, prompts are highlighted, provenance is in the properties and not in the
 * text, and checked with its workbook the document shows no error of its own.
 */
import JSZip from "jszip";
import { format } from "numfmt";
import { parseA1 } from "../../src/core/address";
import { checkWorkbook } from "../../src/core/check";
import { cellString } from "../../src/core/cells";
import { planReport, type PlannedReport, type SheetPlan } from "../../src/core/report";
import { type Cell, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { Big } from "../../src/core/decimal";
import type { Finding } from "../../src/core/findings";
import { documentWithWorkbook } from "../../src/io/docx/combine";
import { reportDocx } from "../../src/io/docx/report-docx";
import { readDocx } from "../../src/io/docx-reader";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { loadCorpus } from "../corpus/score";
import { snapshotOf } from "../corpus/snapshot";
import { SAMPLE } from "./writer-fixtures";

interface Written {
  plan: PlannedReport;
  bytes: Uint8Array;
  doc: WorkbookSnapshot;
  xml: string;
  custom: string;
  core: string;
}

async function write(snapshot: WorkbookSnapshot, lang: "zh-CN" | "en" = "zh-CN"): Promise<Written> {
  const plan = planReport(snapshot, { lang });
  const bytes = await reportDocx(plan);
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  return {
    plan,
    bytes,
    doc: await readDocx(Buffer.from(bytes)),
    xml: await text("word/document.xml"),
    custom: await text("docProps/custom.xml"),
    core: await text("docProps/core.xml"),
  };
}

/** Body paragraphs of document.xml in order: their style id and text, the table's paragraphs left out. */
function bodyParagraphs(xml: string): Array<{ style: string; text: string; highlighted: boolean }> {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)]
    .map((m) => m[1] ?? m[2] ?? "")
    .map((p) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? "",
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
      highlighted: p.includes('<w:highlight w:val="yellow"/>'),
    }))
    .filter((p) => p.text !== "");
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The form's cells as the sheet shows them, by 0-based position. */
function shown(sheet: SheetPlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of sheet.writes) {
    const p = parseA1(w.address)!;
    const text = w.value === null ? "" : typeof w.value === "string" ? w.value : format(w.numberFormat ?? "General", w.value);
    out.set(`${p.row},${p.col}`, text);
  }
  return out;
}

/** A table cell read back shows `text`: the same words, or the same number (1,126.55 read as 1126.55, 94.56% as 0.9456). */
function same(cell: Cell | undefined, text: string): boolean {
  const t = text.replace(/\s+/g, "");
  if (cell?.text !== undefined && cell.text.replace(/\s+/g, "") === t) return true;
  const m = /^(-?[\d,]+(?:\.\d+)?)(%?)$/.exec(t);
  if (m && typeof cell?.v === "number") return new Big(m[1]!.replace(/,/g, "")).div(m[2] ? 100 : 1).eq(new Big(cell.v));
  return cellString(cell).replace(/\s+/g, "") === t;
}

const STYLE = { title: "Title", heading1: "Heading1", heading2: "Heading2", body: "" } as const;

/** Every property the document must have, for one workbook. */
async function expectFaithful(snapshot: WorkbookSnapshot, lang: "zh-CN" | "en" = "zh-CN"): Promise<Written> {
  const w = await write(snapshot, lang);
  const { plan } = w;

  // The narrative: every non-empty paragraph, in order, in its style, prompts highlighted.
  const wanted = plan.document.paragraphs.filter((p) => p.text.trim() !== "");
  const narrative = bodyParagraphs(w.xml).slice(0, wanted.length);
  expect(narrative.map((p) => unescape(p.text))).toEqual(wanted.map((p) => p.text.replace(/\n/g, "")));
  expect(narrative.map((p) => p.style)).toEqual(wanted.map((p) => STYLE[p.kind]));
  expect(narrative.map((p) => p.highlighted)).toEqual(wanted.map((p) => p.prompt));
  // Our reader reads the same paragraphs back.
  const body = w.doc.sheets.find((s) => s.name === "正文")!;
  const read = plainRows(body)
    .map((r) => cellString(r?.[0]).trim())
    .filter((t) => t !== "");
  expect(read.slice(0, wanted.length)).toEqual(wanted.map((p) => p.text.replace(/\n/g, "").trim()));

  // The appendix: the form as a table, cell for cell as the sheet shows it (merged cells read as Excel lays them out).
  const appendix = plan.document.appendix;
  const tables = w.doc.sheets.filter((s) => /^表\d+$/.test(s.name));
  if (appendix) {
    const form = plan.sheets.find((s) => s.name === appendix.sheet)!;
    expect(tables).toHaveLength(1);
    const cells = shown(form);
    const titleRows = Math.min(...[...cells.keys()].filter((k) => k.endsWith(",1")).map((k) => Number(k.split(",")[0])));
    const table = tables[0]!;
    let compared = 0;
    for (const [key, text] of cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      const tr = r - titleRows;
      if (tr < 0 || tr >= table.rows.length) continue;
      expect([key, text, same(plainRows(table)[tr]?.[c], text)]).toEqual([key, text, true]);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
    // The form's title and 附件 stand above the table as paragraphs.
    const rest = bodyParagraphs(w.xml)
      .slice(wanted.length)
      .map((p) => unescape(p.text));
    expect(rest[0]).toBe(appendix.heading);
    expect(rest[1]).toBe(cells.get("0,0"));
    // The appendix starts a page of its own.
    expect(w.xml).toMatch(/<w:sectPr>[\s\S]*?<\/w:sectPr>[\s\S]*<w:type w:val="nextPage"\/>/);
  } else {
    expect(tables).toHaveLength(0);
  }

  // Provenance in the properties, never in the text; the title in the core properties.
  expect(unescape(w.custom)).toContain(plan.provenance);
  expect(w.xml).not.toContain(plan.provenance.slice(0, 12));
  expect(unescape(/<dc:title>([^<]*)<\/dc:title>/.exec(w.core)?.[1] ?? "")).toBe(plan.document.title);

  // Checked with its workbook, the document adds no error of its own: any error in it is one the workbook already has
  // (a slip in the user's own text the report keeps as written), the same rule with the same figures.
  const both = checkWorkbook(documentWithWorkbook(w.doc, snapshot));
  const inDocument = new Set(w.doc.sheets.map((s) => s.name));
  const sheetOf = (ref: string) => ref.slice(0, ref.lastIndexOf("!")).replace(/^'(.*)'$/, "$1");
  const key = (f: Finding) => `${f.rule} ${f.expected?.value ?? ""}${f.expected?.unit ?? ""} ${f.actual?.value ?? ""}${f.actual?.unit ?? ""}`;
  const before = new Set(
    checkWorkbook(snapshot)
      .findings.filter((f) => f.severity === "error")
      .map(key)
  );
  const added = both.findings.filter((f) => f.severity === "error" && inDocument.has(sheetOf(f.cells[0]!)) && !before.has(key(f)));
  expect(added.map((f) => `${key(f)} at ${f.cells.join(" ")}`)).toEqual([]);
  return w;
}

describe("the sample's Word report", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readWorkbook(SAMPLE);
  });

  test("holds the narrative, its headings and the form, with the corrected figures", async () => {
    const w = await expectFaithful(snapshot);
    const text = bodyParagraphs(w.xml)
      .map((p) => unescape(p.text))
      .join("\n");
    // The sample's slips come out corrected: 10,655,546.85 where it said 1065.25元, no 94.56%元.
    expect(text).toContain("1065.55万元");
    expect(text).not.toContain("%元");
    const table = w.doc.sheets.find((s) => s.name === "表1")!;
    const all = plainRows(table).flat();
    for (const figure of ["1,126.55", "1,065.55", "94.56%", "9.46", "99.46", "优"]) expect([figure, all.some((c) => same(c, figure))]).toEqual([figure, true]);
    expect(w.plan.document.paragraphs.filter((p) => p.kind === "title").map((p) => p.text)).toEqual(["海口市政务服务中心", "项目支出绩效自评报告"]);
  });

  test("in English: the same structure, English headings and form", async () => {
    const w = await expectFaithful(snapshot, "en");
    const all = plainRows(w.doc.sheets.find((s) => s.name === "表1")!)
      .flat()
      .map((c) => cellString(c));
    expect(all).toContain("Excellent");
    expect(bodyParagraphs(w.xml).map((p) => unescape(p.text))).toContain("Appendix");
  });

  test("sets a filed document's page: A4 portrait, 仿宋 三号 body on 28 pt lines, page numbers", async () => {
    const w = await write(snapshot);
    const zip = await JSZip.loadAsync(w.bytes);
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(w.xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<w:sz w:val="32"\/>[\s\S]*<w:spacing w:line="560" w:lineRule="exact"\/>/);
    expect(styles).toMatch(/w:eastAsia="zh-CN"/);
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    expect(await zip.file(footers[0]!)!.async("string")).toContain("PAGE");
  });
});

describe("every corpus report as a Word report", () => {
  const reports = loadCorpus();
  test.each(reports.map((r) => [r.id, r] as const))("%s", async (_id, r) => {
    await expectFaithful(snapshotOf(r.workbook));
  });
});
