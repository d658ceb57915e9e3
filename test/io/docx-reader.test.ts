/** readDocx on real .docx packages (written by test/helpers/docx-writer.ts) and the engine on what it reads. */
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { readDocx } from "../../src/io/docx-reader";
import { describeReadError, WorkbookReadError } from "../../src/io/read-error";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { haikou2023 } from "../../samples/haikou-2023.def";
import { MONEY, type WorkbookDef } from "../../samples/workbook-def";
import { report as jinzhai } from "../corpus/reports/anhui-luan-2023-jinzhai-village-unit";
import { snapshotOf } from "../corpus/snapshot";
import { bombDocx, docxWithoutDocument, smallDocx, truncatedDocx, zipNotDocx } from "../helpers/bad-docx";
import { docxFromWorkbook } from "../helpers/docx-writer";
import { comparable, docxRefs } from "../helpers/docx-refs";
import { range } from "../helpers/workbook";
import { plainRows } from "../../src/core/snapshot";

const SAMPLE = path.join(__dirname, "../../samples/haikou-2023.xlsx");

describe("the seed report as a .docx", () => {
  let docx: ReturnType<typeof checkWorkbook>;
  let xlsx: ReturnType<typeof checkWorkbook>;
  beforeAll(async () => {
    docx = checkWorkbook(await readDocx(await docxFromWorkbook(haikou2023)));
    xlsx = checkWorkbook(await readWorkbook(SAMPLE));
  });

  test("its paragraphs are the narrative and its tables the sheets they were, recognised by content", () => {
    expect(docx.sheets.map((s) => `${s.name} ${s.role}`)).toEqual([
      "正文 report-text",
      "表1 project-info",
      "表2 budget",
      "表3 payments",
      "表4 contracts",
      "表5 indicators",
    ]);
  });

  test("finds the seed's slips: 政府采购支出1065.25元 (twice), 一年1126140.7元, 执行率94.56%元", () => {
    const slips = docx.findings.map((f) => `${f.rule} ${f.actual?.value}${f.actual?.unit} at ${f.cells[0]}`);
    expect(slips).toEqual(
      expect.arrayContaining([
        "unit-slip 1065.25元 at 正文!A37",
        "unit-slip 1065.25元 at 正文!A41",
        "digit-slip 1126140.7元 at 正文!A35",
        "stray-unit 94.56%元 at 正文!A26",
      ])
    );
    const line = (n: number) => haikou2023.sheets[5]!.rows.filter((r) => typeof r[0] === "string" && r[0].trim())[n - 1]![0];
    // 正文!A37 is the 37th non-empty paragraph: the report's 37th non-empty line.
    expect(line(37)).toContain("2023年政府采购支出1065.25元");
    expect(line(35)).toContain("一年1126140.7元");
    expect(line(26)).toContain("执行率94.56%元");
  });

  test("gives the sample workbook's findings, rule for rule, with the same figures, at the same places", () => {
    expect(comparable(docx.findings)).toEqual(comparable(xlsx.findings, docxRefs(haikou2023)));
    expect(docx.summary).toEqual(xlsx.summary);
  });
});

describe("a 自评表 filed as a Word table with merged header cells", () => {
  const def = jinzhai.workbook;

  test("is laid out as the workbook is: merges (gridSpan, vMerge) where they were, figures in their cells", async () => {
    const snap = await readDocx(await docxFromWorkbook(def));
    const form = snap.sheets.find((s) => s.name === "表1")!;
    const sort = (ms: Array<{ top: number; left: number }>) => [...ms].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(sort(form.merges)).toEqual(sort(def.sheets[0]!.merges!.map(range)));
    const want = snapshotOf(def).sheets[0]!;
    for (const [r, c] of [
      [3, 0],
      [3, 4],
      [4, 1],
      [4, 4],
      [4, 6],
      [10, 0],
      [11, 5],
      [13, 5],
    ] as const) {
      expect([r, c, plainRows(form)[r]?.[c]?.v]).toEqual([r, c, plainRows(want)[r]?.[c]?.v]);
    }
  });

  test("is recognised as the 自评表 and checked as the workbook is", async () => {
    const fromDocx = checkWorkbook(await readDocx(await docxFromWorkbook(def)));
    expect(fromDocx.sheets.find((s) => s.name === "表1")?.role).toBe("evaluation-form");
    const fromBook = checkWorkbook(snapshotOf(def));
    expect(fromBook.findings.length).toBeGreaterThan(0);
    expect(comparable(fromDocx.findings)).toEqual(comparable(fromBook.findings, docxRefs(def)));
    expect(fromDocx.findings.map((f) => `${f.rule} ${f.cells[0]}`)).toContain("over-budget 表1!E5");
  });
});

describe("figures written in Chinese numerals", () => {
  const def: WorkbookDef = {
    sheets: [
      {
        name: "预算",
        rows: [
          ["单位：元"],
          ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
          ["资金总额", { v: 11265500, fmt: MONEY }, { v: 11265500, fmt: MONEY }, { v: 10655546.85, fmt: MONEY }],
        ],
      },
      {
        name: "自评报告",
        rows: [
          ["一、项目资金情况"],
          ["本项目全年预算数壹仟壹佰贰拾陆万伍仟伍佰元整，全年执行数为一千零六十五万五千五百四十六点八五元，资金按合同支付。"],
          ["二、资金使用情况：全年执行数壹仟零陆拾伍万伍仟伍佰肆拾陆元伍角捌分，均为服务外包费用。"],
        ],
      },
    ],
  };

  test("a 大写 amount in a paragraph is read as its figure and traced to the table: 伍角捌分 for 8角5分 is a digit slip", async () => {
    const r = checkWorkbook(await readDocx(await docxFromWorkbook(def)));
    expect(r.findings.map((f) => `${f.rule} ${f.cells.join(" ")} ${f.expected?.value} ${f.actual?.value}`)).toEqual([
      "digit-slip 正文!A3 表1!D3 10655546.85 10655546.58",
    ]);
  });

  test("the same amounts written right give nothing", async () => {
    const right = structuredClone(def);
    right.sheets[1]!.rows[2] = ["二、资金使用情况：全年执行数壹仟零陆拾伍万伍仟伍佰肆拾陆元捌角伍分，均为服务外包费用。"];
    expect(checkWorkbook(await readDocx(await docxFromWorkbook(right))).findings).toEqual([]);
  });
  test("an everyday numeral with 点 is read as well: 点五八 for 点八五 is a digit slip", async () => {
    const slip = structuredClone(def);
    slip.sheets[1]!.rows[1] = ["本项目全年预算数壹仟壹佰贰拾陆万伍仟伍佰元整，全年执行数为一千零六十五万五千五百四十六点五八元，资金按合同支付。"];
    slip.sheets[1]!.rows[2] = ["二、资金使用情况：全年执行数一千零六十五点五五万元，均为服务外包费用。"];
    const r = checkWorkbook(await readDocx(await docxFromWorkbook(slip)));
    expect(r.findings.map((f) => `${f.rule} ${f.cells.join(" ")} ${f.expected?.value} ${f.actual?.value}`)).toEqual([
      "digit-slip 正文!A2 表1!D3 10655546.85 10655546.58",
    ]);
  });
});

describe("text boxes and footnotes are checked with the narrative", () => {
  test("a slip in a text box or a footnote is found there", async () => {
    const buf = await docxFromWorkbook(haikou2023, {
      title: "海口市政务服务中心2023年度项目支出绩效自评报告",
      textBoxes: [{ at: "自评报告!A9", paragraphs: ["资金总额全年执行数10655546.85元，执行率94.56%元"] }],
      footnotes: [{ at: "自评报告!A12", text: "合同金额三年33795422.10元，一年1126140.7元。" }],
    });
    const snap = await readDocx(buf);
    expect(snap.sheets.map((s) => s.name)).toEqual(["正文", "表1", "表2", "表3", "表4", "表5", "文本框", "脚注"]);
    const r = checkWorkbook(snap);
    const at = (sheet: string) => r.findings.filter((f) => f.cells[0]?.startsWith(`${sheet}!`)).map((f) => `${f.rule} ${f.cells[0]}`);
    expect(at("文本框")).toEqual(["stray-unit 文本框!A1"]);
    expect(at("脚注")).toEqual(["digit-slip 脚注!A1"]);
    // The title is paragraph 1: the body's slips move down by one.
    expect(r.findings.map((f) => f.cells[0])).toContain("正文!A38");
  });
});

describe("files that are not readable Word documents", () => {
  async function failure(input: Buffer | Promise<Buffer>, limits = {}): Promise<WorkbookReadError> {
    try {
      await readDocx(await input, { limits });
    } catch (e) {
      if (e instanceof WorkbookReadError) return e;
      throw e;
    }
    throw new Error("read without an error");
  }

  test("a package without word/document.xml, a cut-off download, a zip of something else", async () => {
    expect(await failure(docxWithoutDocument())).toMatchObject({ kind: "not-xlsx", detail: "no-document", format: "docx" });
    expect(await failure(truncatedDocx())).toMatchObject({ kind: "corrupt", detail: "truncated", format: "docx" });
    expect(await failure(zipNotDocx())).toMatchObject({ detail: "no-document", format: "docx" });
    expect((await failure(docxWithoutDocument())).message).toContain("word/document.xml");
  });

  test("a bomb is refused by its declared size, before it is inflated", async () => {
    const e = await failure(bombDocx(5_000_000), { partBytes: 1_000_000 });
    expect(e).toMatchObject({ kind: "too-large", limit: "partBytes" });
    // A document, not a workbook, went over the ceiling: the message says so, in both languages.
    expect(describeReadError(e, "zh-CN")).toMatch(/超出了本工具读取文档的上限：其中一个部件解压后超过 1,000,000,000 字节/);
    expect(describeReadError(e, "en")).not.toMatch(/workbook/i);
  });

  test("a small real one reads", async () => {
    const snap = await readDocx(await smallDocx());
    expect(snap.sheets[0]!.rows.map((r) => r?.[0]?.v)).toEqual(["一、项目概况", expect.stringContaining("执行率94.56%")]);
    expect(snap.sheets[0]!.outline).toEqual([1, undefined]);
  });
});
