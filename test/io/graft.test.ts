/** The pieces that graft composed sheets into a user's package, each on small hand-written parts. */
import { dropSheets } from "../../src/io/graft/calc-chain";
import { spliceCells } from "../../src/io/graft/cell-splice";
import { PackageEdit } from "../../src/io/graft/package-edit";
import { exchangeElements } from "../../src/io/graft/sheet-xml";
import { StyleMerge } from "../../src/io/graft/styles";
import { inlineSharedStrings } from "../../src/io/graft/strings";
import { addCustomProperty } from "../../src/io/package-io";
import { ZipArchive } from "../../src/io/zip-archive";
import { makeZip } from "./zip-fixture";

describe("styles", () => {
  const original =
    '<x:styleSheet xmlns:x="urn:main"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
    '<x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>';
  const scratch =
    '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>' +
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>';

  test("formats the input has keep their index; new ones are appended with their font and number format, in the input's prefix", () => {
    const m = new StyleMerge(original, scratch);
    expect(m.xf(0)).toBe(0);
    expect(m.xf(1)).toBe(1);
    expect(m.xf(2)).toBe(2);
    expect(m.xf(3)).toBe(3);
    expect(m.xf(2)).toBe(2);
    expect(m.dxf(0)).toBe(0);
    const xml = m.xml();
    // The sections the input lacked go where the schema puts them: numFmts first, dxfs after cellXfs.
    expect(xml).toBe(
      '<x:styleSheet xmlns:x="urn:main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/></x:numFmts>' +
        '<x:fonts count="2"><x:font><x:sz val="11"/></x:font><x:font><x:b/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
        '<x:borders count="1"><x:border/></x:borders><x:cellXfs count="4"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<x:xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><x:xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></x:cellXfs>' +
        '<x:dxfs count="1"><x:dxf><x:font><x:b/></x:font></x:dxf></x:dxfs></x:styleSheet>'
    );
  });

  test("a custom number format takes the input's id for the same code, or the next free one", () => {
    const withFormats = original.replace(
      "<x:fonts",
      '<x:numFmts count="2"><x:numFmt numFmtId="170" formatCode="0.0"/><x:numFmt numFmtId="171" formatCode="0.00&quot;万元&quot;"/></x:numFmts><x:fonts'
    );
    expect(new StyleMerge(withFormats, scratch).xml()).toBe(withFormats);
    const m = new StyleMerge(withFormats, scratch);
    m.xf(2);
    expect(m.xml()).toContain('<x:xf numFmtId="171" fontId="1"');
    const other = new StyleMerge(withFormats, scratch.replace("0.00&quot;万元&quot;", "#,##0"));
    other.xf(2);
    expect(other.xml()).toContain(
      '<x:numFmts count="3"><x:numFmt numFmtId="170" formatCode="0.0"/><x:numFmt numFmtId="171" formatCode="0.00&quot;万元&quot;"/><x:numFmt numFmtId="172" formatCode="#,##0"/></x:numFmts>'
    );
  });
});

test("shared strings become inline strings, rich runs kept; other cells untouched", () => {
  const sheet = '<sheetData><row r="1"><c r="A1" s="2" t="s"><v>1</v></c><c r="B1"><v>3</v></c><c r="C1" t="s"/></row></sheetData>';
  expect(inlineSharedStrings(sheet, ["<t>甲</t>", "<r><rPr><b/></rPr><t>乙</t></r>"])).toBe(
    '<sheetData><row r="1"><c r="A1" s="2" t="inlineStr"><is><r><rPr><b/></rPr><t>乙</t></r></is></c><c r="B1"><v>3</v></c><c r="C1" t="s"/></row></sheetData>'
  );
});

test("the calculation chain loses the entries of rewritten sheets; an entry without i keeps its sheet", () => {
  const chain = '<calcChain><c r="A1" i="1"/><c r="A2"/><c r="B1" i="2"/><c r="B2"/><c r="C1" i="3"/></calcChain>';
  expect(dropSheets(chain, new Set([2]))).toBe('<calcChain><c r="A1" i="1"/><c r="A2" i="1"/><c r="C1" i="3"/></calcChain>');
  expect(dropSheets(chain, new Set([9]))).toBe(chain);
  expect(dropSheets(chain, new Set([1, 2, 3]))).toBeNull();
});

describe("a user's sheet written into", () => {
  const target =
    '<worksheet xmlns="urn:main"><sheetData><row r="1" spans="1:1" ht="20" customHeight="1"><c r="A1" s="1"><v>1</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>留</t></is></c><c r="B3"><v>7</v></c></row></sheetData><pageMargins left="1"/></worksheet>';
  const composed =
    '<worksheet xmlns="urn:main"><sheetData><row r="1" spans="1:2"><c r="A1" s="5"><v>1</v></c><c r="B1" s="6"><v>2</v></c></row>' +
    '<row r="2" ht="40" customHeight="1"><c r="A2"><v>3</v></c></row><row r="3"><c r="A3"/><c r="B3" s="6"/></row></sheetData>' +
    '<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells><pageMargins left="0.5"/></worksheet>';

  test("only the owned cells come from the composed sheet; other cells and rows keep their bytes, new rows go in order", () => {
    expect(spliceCells(target, composed, new Set(["0,1", "1,0", "2,1"]))).toBe(
      '<worksheet xmlns="urn:main"><sheetData><row r="1" ht="20" customHeight="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="6"><v>2</v></c></row>' +
        '<row r="2" ht="40" customHeight="1"><c r="A2"><v>3</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>留</t></is></c><c r="B3" s="6"/></row></sheetData><pageMargins left="1"/></worksheet>'
    );
  });

  test("owned elements are exchanged, inserted in schema order, or removed; the others stay", () => {
    const xml = exchangeElements(target, composed, new Set(["mergeCells", "dimension"]));
    expect(xml).toContain('</sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells><pageMargins left="1"/>');
    expect(exchangeElements(xml, target, new Set(["mergeCells"]))).toBe(target);
  });
});

describe("the package", () => {
  const zip = () =>
    makeZip([
      { name: "a.xml", data: "<a/>", deflate: true },
      { name: "b.xml", data: "<b/>" },
      { name: "_rels/.rels", data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>', deflate: true },
      {
        name: "[Content_Types].xml",
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      },
    ]);

  test("parts added, removed and replaced; the rest as stored", async () => {
    const edit = await PackageEdit.open(zip());
    edit.remove("b.xml");
    edit.set("新/c.xml", "<c>丙</c>");
    expect(edit.freeName("新", "c", ".xml")).toBe("新/c1.xml");
    const out = await edit.build();
    await edit.close();
    const z = await ZipArchive.open(out);
    expect([...z.names()]).toEqual(["a.xml", "_rels/.rels", "[Content_Types].xml", "新/c.xml"]);
    const chunks: Buffer[] = [];
    for await (const c of z.read("新/c.xml")) chunks.push(c);
    expect(Buffer.concat(chunks).toString("utf8")).toBe("<c>丙</c>");
    await z.close();
    // a.xml, the first entry, is the same bytes (local header and deflated data) where it stood.
    const firstEntry = zip().indexOf("b.xml") - 30;
    expect(out.subarray(0, firstEntry).equals(zip().subarray(0, firstEntry))).toBe(true);
  });

  test("the provenance property: added with its part, then replaced in place by a later run, the user's properties kept", async () => {
    const edit = await PackageEdit.open(zip());
    await addCustomProperty(edit, "来源", "一");
    const first = await edit.build();
    await edit.close();
    const again = await PackageEdit.open(first);
    await addCustomProperty(again, "来源", "二");
    const custom = (await again.text("docProps/custom.xml"))!;
    expect(custom.match(/<property /g)).toHaveLength(1);
    expect(custom).toContain('pid="2" name="来源"><vt:lpwstr>二</vt:lpwstr>');
    expect(await again.text("[Content_Types].xml")).toContain('<Override PartName="/docProps/custom.xml"');
    expect(await again.text("_rels/.rels")).toContain('Target="docProps/custom.xml"');
    await again.close();
  });
});
