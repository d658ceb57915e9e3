/** docxSnapshot on WordprocessingML written by hand: paragraphs, headings, tables with merges, text boxes, notes, limits. */
import { docxSnapshot } from "../../src/io/docx/parse";
import { WorkbookReadError } from "../../src/io/read-error";
import { type SheetSnapshot, type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const p = (text: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${p(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;

function sheet(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${snap.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

const column = (s: SheetSnapshot) => plainRows(s).map((r) => r?.[0]?.v);

describe("the body", () => {
  test("non-empty paragraphs in order, one a row, so row n is the n-th paragraph a person counts", () => {
    const snap = docxSnapshot({
      document: doc(p("标题") + "<w:p/>" + p("   ") + p("第一段") + `<w:p><w:r><w:t>第</w:t></w:r><w:r><w:t>二段</w:t></w:r></w:p>`),
    });
    expect(snap.sheets.map((s) => s.name)).toEqual(["正文"]);
    expect(column(sheet(snap, "正文"))).toEqual(["标题", "第一段", "第二段"]);
    expect(sheet(snap, "正文").document).toEqual({ kind: "body" });
  });

  test("heading levels from the style (Heading N, a Chinese style id through styles.xml) or a direct outline level", () => {
    const styles =
      `<w:styles ${NS}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 2"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="mine"><w:name w:val="My heading"/><w:basedOn w:val="1"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style></w:styles>`;
    const body =
      p("一、项目概况", '<w:pStyle w:val="1"/>') +
      p("（一）基本情况", '<w:pStyle w:val="a5"/>') +
      p("正文") +
      p("（二）派生样式", '<w:pStyle w:val="mine"/>') +
      p("三级", '<w:pStyle w:val="Heading3"/>') +
      p("直接大纲级别", '<w:outlineLvl w:val="1"/>') +
      p("正文级别", '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>');
    const s = sheet(docxSnapshot({ document: doc(body), styles }), "正文");
    expect(s.outline).toEqual([1, 2, undefined, 1, 3, 2, undefined]);
    // Without styles.xml, an English style id still says it.
    expect(sheet(docxSnapshot({ document: doc(p("二、", '<w:pStyle w:val="Heading2"/>')) }), "正文").outline).toEqual([2]);
  });

  test("tabs and line breaks inside runs; tab stops, deleted text and old tracked properties are not text", () => {
    const body =
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>` +
      `<w:r><w:t>执行率</w:t><w:tab/><w:t>94.56%</w:t><w:br/><w:t>余61.3万元</w:t></w:r>` +
      `<w:del w:id="2"><w:r><w:delText>删去的1065.25元</w:delText></w:r></w:del><w:ins w:id="3"><w:r><w:t>。</w:t></w:r></w:ins></w:p>`;
    const s = sheet(docxSnapshot({ document: doc(body) }), "正文");
    expect(column(s)).toEqual(["执行率\t94.56%\n余61.3万元。"]);
    expect(s.outline).toEqual([undefined]);
  });

  test("paragraphs inside content controls and hyperlinks are read", () => {
    const body = `<w:sdt><w:sdtContent>${p("控件内")}</w:sdtContent></w:sdt><w:p><w:hyperlink><w:r><w:t>链接文字</w:t></w:r></w:hyperlink></w:p>`;
    expect(column(sheet(docxSnapshot({ document: doc(body) }), "正文"))).toEqual(["控件内", "链接文字"]);
  });
});

describe("tables", () => {
  test("gridSpan and vMerge become merges with the text in the top-left cell, as Excel lays them out", () => {
    // A 自评表 header: 项目资金 spans two rows, 年初预算数 … on the first, its two halves under 全年执行数.
    const t = tbl(
      tr(tc("项目资金（万元）", '<w:vMerge w:val="restart"/>'), tc("年初预算数", '<w:vMerge w:val="restart"/>'), tc("全年执行数", '<w:gridSpan w:val="2"/>')),
      tr(tc("", "<w:vMerge/>"), tc("", "<w:vMerge/>"), tc("上半年"), tc("下半年")),
      tr(tc("资金总额"), tc("1,126.55"), tc("500"), tc("565.55"))
    );
    const s = sheet(docxSnapshot({ document: doc(p("前言") + t) }), "表1");
    expect(s.document).toEqual({ kind: "table", table: 1 });
    expect(plainRows(s)[0]?.map((c) => c?.v)).toEqual(["项目资金（万元）", "年初预算数", "全年执行数"]);
    expect(plainRows(s)[1]?.map((c) => c?.v)).toEqual([undefined, undefined, "上半年", "下半年"]);
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 3 },
      ])
    );
    expect(s.merges).toHaveLength(3);
    expect(plainRows(s)[2]?.[1]).toEqual({ v: 1126.55, fmt: "#,##0.00", text: "1,126.55" });
  });

  test("a vertical merge over spanned columns keeps its width; w:gridBefore leaves the first cells empty", () => {
    const t = tbl(
      tr(tc("指标", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc("分值")),
      tr(tc("", '<w:gridSpan w:val="2"/><w:vMerge/>'), tc("10")),
      `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc("合计")}</w:tr>`
    );
    const s = sheet(docxSnapshot({ document: doc(t) }), "表1");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(plainRows(s)[1]?.[2]).toEqual({ v: 10, text: "10" });
    expect(plainRows(s)[2]?.[2]?.v).toBe("合计");
    expect(plainRows(s)[2]?.[0]).toBeUndefined();
  });

  test("a cell's paragraphs joined by line breaks; numbers and amounts read with the format they are shown in, codes and other quantities kept as text", () => {
    const cell = `<w:tc>${p("第一行")}<w:p/>${p("第二行")}</w:tc>`;
    const t = tbl(tr(cell, tc("94.56%"), tc("-3,030.96"), tc("007"), tc("6222021234567890123"), tc("1065.25万元"), tc("2023"), tc("32.1公里"), tc("2023年")));
    const row = plainRows(sheet(docxSnapshot({ document: doc(t) }), "表1"))[0]!;
    expect(row[0]).toEqual({ v: "第一行\n第二行" });
    expect(row[1]).toEqual({ v: 0.9456, fmt: "0.00%", text: "94.56%" });
    expect(row[2]).toEqual({ v: -3030.96, fmt: "#,##0.00", text: "-3,030.96" });
    expect(row[3]).toEqual({ v: "007" });
    expect(row[4]).toEqual({ v: "6222021234567890123" });
    // An amount with its money unit is what a workbook holds as a number formatted 0.00"万元".
    expect(row[5]).toEqual({ v: 1065.25, fmt: '0.00"万元"', text: "1065.25万元" });
    expect(row[6]).toEqual({ v: 2023, text: "2023" });
    expect(row[7]).toEqual({ v: "32.1公里" });
    expect(row[8]).toEqual({ v: "2023年" });
  });

  test("a nested table is a table of its own, numbered after the one that holds it; the outer cell keeps its own text", () => {
    const inner = tbl(tr(tc("内表"), tc("12")));
    const outer = tbl(tr(`<w:tc>${p("外表说明")}${inner}<w:p/></w:tc>`, tc("右")), tr(tc("下"), tc("右下")));
    const after = tbl(tr(tc("第三张")));
    const snap = docxSnapshot({ document: doc(outer + p("间隔") + after) });
    expect(snap.sheets.map((s) => s.name)).toEqual(["正文", "表1", "表2", "表3"]);
    expect(plainRows(sheet(snap, "表1")).map((r) => r?.map((c) => c?.v))).toEqual([
      ["外表说明", "右"],
      ["下", "右下"],
    ]);
    expect(plainRows(sheet(snap, "表2"))[0]?.map((c) => c?.v)).toEqual(["内表", 12]);
    expect(sheet(snap, "表3").document).toEqual({ kind: "table", table: 3 });
    expect(column(sheet(snap, "正文"))).toEqual(["间隔"]);
  });
});

describe("text boxes and notes", () => {
  const box = (text: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

  test("a text box's paragraphs are read once (one branch of mc:AlternateContent); the paragraph holding it goes on", () => {
    const body = `<w:p><w:r><w:t>前文</w:t></w:r>${box("框内执行率94.56%")}<w:r><w:t>后文</w:t></w:r></w:p>`;
    const vmlOnly = `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p("旧式文本框")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    const snap = docxSnapshot({ document: doc(body + vmlOnly) });
    expect(column(sheet(snap, "正文"))).toEqual(["前文后文"]);
    expect(column(sheet(snap, "文本框"))).toEqual(["框内执行率94.56%", "旧式文本框"]);
    expect(sheet(snap, "文本框").document).toEqual({ kind: "textboxes" });
  });

  test("footnotes numbered as Word numbers them (by reference order), separators left out; endnotes too", () => {
    const ref = (kind: string, id: number) => `<w:r><w:${kind}Reference w:id="${id}"/></w:r>`;
    const body = `<w:p><w:r><w:t>甲</w:t></w:r>${ref("footnote", 5)}${ref("endnote", 2)}</w:p><w:p><w:r><w:t>乙</w:t></w:r>${ref("footnote", 3)}</w:p>`;
    const note = (kind: string, id: number, text: string, type = "") =>
      `<w:${kind}${type ? ` w:type="${type}"` : ""} w:id="${id}"><w:p><w:r><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:${kind}>`;
    const footnotes =
      `<w:footnotes ${NS}>${note("footnote", -1, "—", "separator")}${note("footnote", 0, "—", "continuationSeparator")}` +
      `${note("footnote", 3, "第二个：余61.3万元")}${note("footnote", 5, "第一个：单位为元")}</w:footnotes>`;
    const endnotes = `<w:endnotes ${NS}>${note("endnote", 2, "尾注一千二百元")}</w:endnotes>`;
    const snap = docxSnapshot({ document: doc(body), footnotes, endnotes });
    expect(column(sheet(snap, "脚注"))).toEqual(["第一个：单位为元", "第二个：余61.3万元"]);
    expect(sheet(snap, "脚注").document).toEqual({ kind: "notes", notes: "footnotes" });
    expect(column(sheet(snap, "尾注"))).toEqual(["尾注一千二百元"]);
  });
});

describe("what cannot be read", () => {
  const fails = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as WorkbookReadError;
    }
    throw new Error("did not throw");
  };

  test("malformed XML and a main part that is not a w:document are corrupt", () => {
    expect(fails(() => docxSnapshot({ document: "<w:document><w:body><w:p>" }))).toMatchObject({ kind: "corrupt", detail: "bad-xml" });
    expect(fails(() => docxSnapshot({ document: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>` }))).toMatchObject({
      kind: "corrupt",
      detail: "bad-xml",
    });
  });

  test("the ceilings hold while reading: depth, a text's length, cells, rows", () => {
    const deep = doc(`${"<w:sdt><w:sdtContent>".repeat(60)}${p("x")}${"</w:sdtContent></w:sdt>".repeat(60)}`);
    expect(fails(() => docxSnapshot({ document: deep }))).toMatchObject({ kind: "too-large", limit: "depth" });
    expect(fails(() => docxSnapshot({ document: doc(p("长".repeat(200))) }, { stringChars: 100 }))).toMatchObject({ limit: "stringChars" });
    const many = doc(tbl(...Array.from({ length: 10 }, (_x, i) => tr(tc(`行${i}`), tc(String(i))))));
    expect(fails(() => docxSnapshot({ document: many }, { cellsPerSheet: 15 }))).toMatchObject({ limit: "cellsPerSheet" });
    expect(fails(() => docxSnapshot({ document: many }, { cells: 15 }))).toMatchObject({ limit: "cells" });
    expect(fails(() => docxSnapshot({ document: doc(p("一") + p("二") + p("三")) }, { rows: 2 }))).toMatchObject({ limit: "rows" });
    expect(fails(() => docxSnapshot({ document: doc(tbl(tr(tc("宽", '<w:gridSpan w:val="40"/>')))) }, { columns: 20 }))).toMatchObject({ limit: "columns" });
  });
});
