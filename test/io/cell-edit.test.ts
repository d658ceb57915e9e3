/** editCells on hand-made packages: what a cell becomes, what is refused, and the zip around it kept as it was. */
import JSZip from "jszip";
import { editCells } from "../../src/io/cell-edit";
import { readWorkbook } from "../../src/io/xlsx-reader";
import { workbookParts, zipParts } from "./zip-fixture";
import { plainRows } from "../../src/core/snapshot";

const ref = (a1: string) => ({ sheet: "S", row: Number(a1.slice(1)) - 1, col: a1.charCodeAt(0) - 65 });

function pkg(rows: string, sharedStrings: string[] | string = [], order: string[] = [], deflate = true): Buffer {
  return zipParts(workbookParts({ sheets: [{ name: "S", body: `<sheetData>${rows}</sheetData>` }], sharedStrings }), order, deflate);
}

async function sheetXml(data: Buffer): Promise<string> {
  return (await JSZip.loadAsync(data)).file("xl/worksheets/sheet1.xml")!.async("string");
}

async function valueAt(data: Buffer, a1: string) {
  const r = ref(a1);
  return plainRows((await readWorkbook(data)).sheets[0]!)[r.row]?.[r.col]?.v;
}

describe("editCells", () => {
  test("a number goes into <v>, keeping the reference and style and nothing else of the cell", async () => {
    const input = pkg('<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="3" t="n" cm="1"><v>5</v></c></row>');
    const res = await editCells(input, [{ ref: ref("B2"), before: 5, after: 7.25 }]);
    expect(res.refused).toEqual([]);
    expect(await sheetXml(res.data)).toContain('<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="3"><v>7.25</v></c></row>');
  });

  test("text is written escaped as an inline string and reads back exactly", async () => {
    const text = 'a < b & "c" _x0041_ tab\there\r\nline\u0001';
    const input = pkg('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ["old"]);
    const res = await editCells(input, [{ ref: ref("A1"), before: "old", after: text }]);
    expect(res.applied).toHaveLength(1);
    expect(await sheetXml(res.data)).toContain(
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve">a &lt; b &amp; &quot;c&quot; _x005F_x0041_ tab\there_x000D_\nline_x0001_</t></is></c>'
    );
    expect(await valueAt(res.data, "A1")).toBe(text);
  });

  test("cells without references and prefixed elements are found where the reader puts them", async () => {
    const parts = workbookParts({ sheets: [{ name: "S", body: "" }], sharedStrings: ["甲", "乙"] });
    parts["xl/worksheets/sheet1.xml"] =
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const res = await editCells(zipParts(parts), [{ ref: ref("B1"), before: "乙", after: "丙" }]);
    expect(res.applied).toHaveLength(1);
    expect(await sheetXml(res.data)).toContain('<x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t xml:space="preserve">丙</x:t></x:is></x:c>');
    expect(await valueAt(res.data, "A1")).toBe("甲");
    expect(await valueAt(res.data, "B1")).toBe("丙");
  });

  test("refuses a formula, a missing or empty cell, a value that is not `before`, and a sheet that is not there; the package stays as it was", async () => {
    const input = pkg('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" s="2"/><c r="C1" t="s"><v>0</v></c></row>', ["现在"]);
    const edits = [
      { ref: ref("A1"), before: 2, after: 3 },
      { ref: ref("B1"), before: "x", after: "y" },
      { ref: ref("C1"), before: "以前", after: "y" },
      { ref: ref("D1"), before: "x", after: "y" },
      { ref: { sheet: "无此表", row: 0, col: 0 }, before: "x", after: "y" },
    ];
    const res = await editCells(input, edits);
    expect(res.applied).toEqual([]);
    expect(res.refused.map((r) => r.reason)).toEqual(["changed", "changed", "changed", "changed", "changed"]);
    expect(res.data).toBe(input);
  });

  test("rich text: an insertion at a run boundary joins the run before it; phonetic guides refuse the edit", async () => {
    const rich = '<si><r><rPr><b/></rPr><t>共</t></r><r><rPr><i/></rPr><t>5元</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>';
    const input = pkg('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', rich);
    const res = await editCells(input, [
      { ref: ref("A1"), before: "共5元", after: "共计5元" },
      { ref: ref("B1"), before: "東京", after: "大阪" },
    ]);
    expect(await sheetXml(res.data)).toContain(
      '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">共计</t></r><r><rPr><i/></rPr><t>5元</t></r></is></c>'
    );
    expect(res.refused.map((r) => [r.edit.after, r.reason])).toEqual([["大阪", "rich-text"]]);
  });

  test("the zip: stored parts stay stored, data descriptors are carried over, every other entry keeps its bytes", async () => {
    const stored = pkg('<row r="1"><c r="A1"><v>1</v></c></row>', [], [], false);
    const res = await editCells(stored, [{ ref: ref("A1"), before: 1, after: 2 }]);
    expect(await valueAt(res.data, "A1")).toBe(2);
    expect(res.data.includes(Buffer.from('<c r="A1"><v>2</v></c>'))).toBe(true);

    // JSZip's streamed files have their sizes in a data descriptor after the data, not in the local header.
    const zip = await JSZip.loadAsync(pkg('<row r="1"><c r="A1"><v>1</v></c></row>', ["x"]));
    const streamed = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles: true });
    const edited = await editCells(streamed, [{ ref: ref("A1"), before: 1, after: 2 }]);
    expect(await valueAt(edited.data, "A1")).toBe(2);
    const back = await JSZip.loadAsync(edited.data);
    for (const name of Object.keys(zip.files)) {
      if (name === "xl/worksheets/sheet1.xml") continue;
      expect([name, await back.file(name)!.async("string")]).toEqual([name, await zip.file(name)!.async("string")]);
    }
    const dataOf = async (buf: Buffer) => (await JSZip.loadAsync(buf)).file("xl/sharedStrings.xml")!.async("string");
    expect(await dataOf(edited.data)).toBe(await dataOf(streamed));
    // The bytes of the untouched entries (headers, data, descriptors) appear unchanged in the copy.
    const sheetAt = streamed.indexOf(Buffer.from("xl/worksheets/sheet1.xml"));
    expect(edited.data.includes(streamed.subarray(0, sheetAt - 30))).toBe(true);
  });
});
