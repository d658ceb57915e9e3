/**
 * The byte scanner (src/io/sheet-scanner.ts) against the SAX reader it replaced (./sax-reference.ts): the same shared
 * strings and the same sheets (cells, formulas, formats, merges), or the same error, for every workbook here: the
 * samples, every corpus report and its corrected twin written as .xlsx, the hostile inputs of docs/RELIABILITY.md, the
 * hand-made parts below and random sheets; each part also cut into chunks at every size from 1 byte, so that tags,
 * entities and UTF-8 characters fall across chunk ends. EQUIV_DIRS=dir1:dir2 adds folders of workbooks.
 */
import fc from "fast-check";
import fs from "fs";
import os from "os";
import path from "path";
import { writeWorkbookDef } from "../../samples/build-samples";
import { isDateFormat } from "../../src/io/number-formats";
import { readCellFormats, type PartChunks, type SheetContext } from "../../src/io/ooxml-parts";
import { LIMITS } from "../../src/io/limits";
import { WorkbookReadError } from "../../src/io/read-error";
import type { StringTable } from "../../src/core/grid";
import { scanSharedStrings, scanSheetPart } from "../../src/io/sheet-scanner";
import { locateParts } from "../../src/io/xlsx-reader";
import { ZipArchive } from "../../src/io/zip-archive";
import { loadCorpus, twinOf } from "../corpus/score";
import { CASES } from "../reliability/cases";
import { readSharedStrings, readSheetPart } from "./sax-reference";
import { workbookParts, zipParts } from "./zip-fixture";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "scanner-equiv-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What a reader gave: its result, or its error as the reader reports it (kind, detail, ceiling). */
type Outcome = { ok: unknown } | { error: string };

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: await run() };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { error: [e.kind, e.detail, e.limit].join("/") };
    // xlsx-reader.ts turns saxes's "line:column: problem" into corrupt/bad-xml.
    if (e instanceof Error && /^\d+:\d+: /.test(e.message)) return { error: "corrupt/bad-xml/" };
    throw e;
  }
}

async function bytesOf(chunks: PartChunks): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const c of chunks) all.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(all);
}

async function* cut(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

// Chunk sizes for a part: every small size on small parts, a few odd ones on large parts.
function sizes(n: number): number[] {
  if (n <= 4_000) return [1, 2, 3, 4, 5, 7, 11, 64, n + 1];
  if (n <= 200_000) return [3, 13, 1021, n + 1];
  return [4093, 65_543];
}

/** A cell reference as writers write it, and in the forms hand-made files have: lower case, with $, with leading zeros. */
function refText([col, row, form]: [number, number, string]): string {
  const letter = String.fromCharCode(65 + col);
  if (form === "lower") return letter.toLowerCase() + row;
  if (form === "absolute") return `$${letter}$${row}`;
  return form === "padded" ? `${letter}000${row}` : `${letter}${row}`;
}

/** Strings given as an array, as a table: what the reference reader's sheets read. */
function stringTable(list: readonly string[]): StringTable {
  const get = (i: number): string | undefined => (Number.isInteger(i) && i >= 0 ? list[i] : undefined);
  return { count: list.length, get, isEmpty: (i) => get(i) === "" };
}

let compared = 0;
let partsCompared = 0;

/** Compares the two readers on every shared-strings and sheet part of a workbook, each at several chunk sizes. */
async function expectSame(input: Buffer, label: string): Promise<void> {
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(input);
  } catch (e) {
    if (e instanceof WorkbookReadError) return; // not a zip: neither reader is reached
    throw e;
  }
  try {
    const located = await outcome(() => locateParts(zip));
    if (!("ok" in located)) return;
    const parts = located.ok as Awaited<ReturnType<typeof locateParts>>;
    const sstBytes = parts.sharedStrings ? await outcome(() => bytesOf(zip.read(parts.sharedStrings!))) : { ok: undefined };
    let strings: string[] = [];
    // The scanner's sheets read its own string table, the reference's the reference's strings.
    let table = stringTable([]);
    if ("ok" in sstBytes && sstBytes.ok) {
      const bytes = sstBytes.ok as Buffer;
      const ref = await outcome(() => readSharedStrings(cut(bytes, 65_536)));
      for (const size of sizes(bytes.length)) {
        const got = await outcome(async () => (await scanSharedStrings(cut(bytes, size))).toArray());
        expect([label, "sharedStrings", size, got]).toEqual([label, "sharedStrings", size, ref]);
      }
      partsCompared++;
      if ("ok" in ref) {
        strings = ref.ok as string[];
        table = await scanSharedStrings(cut(bytes, 65_536));
      } else return;
    }
    const formats = parts.styles ? await readCellFormats(zip.read(parts.styles)) : [];
    const date1904 = parts.workbook.date1904;
    const adjust = (v: number, fmt: string): number => (date1904 && isDateFormat(fmt) ? v + 1462 : v);
    for (const { entry, part } of parts.sheets) {
      if (!part) continue;
      const raw = await outcome(() => bytesOf(zip.read(part)));
      if (!("ok" in raw)) continue;
      const bytes = raw.ok as Buffer;
      const ctx = (t: StringTable): SheetContext => ({ strings: t, formats, adjust, read: { cells: 0, limits: LIMITS } });
      const ref = await outcome(() => readSheetPart(cut(bytes, 65_536), ctx(stringTable(strings))));
      for (const size of sizes(bytes.length)) {
        // The scanner's grid compared as the rows it stands for.
        const got = await outcome(async () => {
          const { rows, merges } = await scanSheetPart(cut(bytes, size), ctx(table));
          return { rows: Array.isArray(rows) ? rows : rows.toJSON(), merges };
        });
        expect([label, entry.name, size, got]).toEqual([label, entry.name, size, ref]);
      }
      partsCompared++;
    }
    compared++;
  } finally {
    await zip.close();
  }
}

const sheetBook = (body: string, sharedStrings?: string) =>
  zipParts(workbookParts({ sheets: [{ name: "S", body }], sharedStrings, xfs: [0, 14, 10, 164], numFmts: { 164: '0.00"万元"' } }));

// Hand-made sheets for what writers vary and what the SAX reader handled: each is compared as a workbook.
const HAND_MADE: Array<[string, string]> = [
  [
    "prefixed SpreadsheetML",
    '<x:sheetData xmlns:x="urn:x"><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData>',
  ],
  [
    "attributes in any order and quote style",
    "<sheetData><row r='1'><c s='2' t=\"n\" r='B1'><v>0.5</v></c><c t = 's'  r = \"C1\" ><v>1</v></c></row></sheetData>",
  ],
  [
    "cells and rows without r",
    '<sheetData><row><c><v>1</v></c><c t="s"><v>0</v></c></row><row><c/><c><v>3</v></c></row><row r="7"><c><v>4</v></c></row><row><c><v>5</v></c></row></sheetData>',
  ],
  ["a cell whose r names another row", '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B3"><v>2</v></c><c><v>3</v></c></row></sheetData>'],
  [
    "entities and character references",
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&amp;b&lt;c&gt;d&quot;e&apos;f&#20013;&#x6587;&#x1F600;</t></is></c><c r="B1" t="str"><f>"&lt;"&amp;"&#62;"</f><v>&lt;&gt;</v></c><c r="C1"><v>&#49;&#50;</v></c><c r="D1" t="&#115;"><v>1</v></c><c r="&#69;1"><v>9</v></c></row></sheetData>',
  ],
  [
    "CDATA, comments and processing instructions",
    '<!-- head --><sheetData><!-- a --><row r="1"><c r="A1"><v>1<!-- x -->2</v></c><c r="B1" t="inlineStr"><is><t>甲<![CDATA[<b>]]>乙</t></is></c><?pi data?><c r="C1"><v><![CDATA[7]]></v></c></row></sheetData>',
  ],
  [
    "whitespace in values, line ends, _x000D_",
    '<sheetData><row r="1"><c r="A1"><v> 12 </v></c><c r="B1"><v>   </v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">  两\r\n行\r末  </t></is></c><c r="D1" t="str"><v>a_x000D_b</v></c><c r="E1" t="s"><v> 1 </v></c><c r="F1" t="s"><v></v></c><c r="G1"><v/></c></row></sheetData>',
  ],
  [
    "numbers of every shape",
    '<sheetData><row r="1">' +
      [
        "0",
        "-0",
        "+1",
        ".5",
        "5.",
        "1e-7",
        "1E+3",
        "123456789012345678",
        "0.1234567890123456789",
        "1e400",
        "-1E+999",
        "0x10",
        "Infinity",
        "1e",
        "--1",
        "1.2.3",
        "00012.50",
        "9007199254740993",
        "4.35",
        "1e22",
        "1e23",
        "1e-22",
        "1e-23",
      ]
        .map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`)
        .join("") +
      "</row></sheetData>",
  ],
  [
    "every cell type, with and without formulas",
    '<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>false</v></c><c r="C1" t="e"><v>#DIV/0!</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="d"><v>2023-08-04T00:00:00</v></c><c r="F1" t="d"><v>not a date</v></c><c r="G1" t="s"><f>A1</f><v>99</v></c><c r="H1" t="s"><v>99</v></c><c r="I1"><f>SUM(A1:B1)</f></c><c r="J1" t="str"><f>_xlfn.CONCAT("a")</f><v>a</v></c><c r="K1" t="x"><v>7</v></c><c r="L1" t="inlineStr"/><c r="M1" t="n"><v>3</v></c></row></sheetData>',
  ],
  [
    "shared and array formulas",
    '<sheetData><row r="2"><c r="E2"><f t="shared" ref="E2:F4" si="0">IFERROR(D2/C2,0)+SUM($B2:B$3)</f><v>1</v></c><c r="F2"><f t="shared" si="0"/><v>2</v></c><c r="G2"><f t="array" ref="G2:G3">A2:A3*2</f><v>4</v></c></row><row r="4"><c r="E4"><f t="shared" si="0"></f><v>3</v></c><c r="F4"><f si="0" t="shared"/><v>5</v></c><c r="H4"><f t="shared" si="9"/><v>6</v></c></row></sheetData>',
  ],
  [
    "rich and phonetic inline text",
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>海口</t></r><r><t xml:space="preserve"> 政务</t></r><rPh sb="0" eb="2"><t>ハイコウ</t></rPh></is></c></row></sheetData>',
  ],
  [
    "formats and dates",
    '<sheetData><row r="1"><c r="A1" s="1"><v>45142</v></c><c r="B1" s="2"><v>0.9456</v></c><c r="C1" s="3"><v>1065.55</v></c><c r="D1" s="99"><v>1</v></c><c r="E1" s="x"><v>1</v></c></row></sheetData>',
  ],
  [
    "merged cells",
    '<sheetData/><mergeCells count="4"><mergeCell ref="A1:D1"/><mergeCell ref="$C$5:$D$6"/><mergeCell ref="B2"/><mergeCell ref="bad"/></mergeCells>',
  ],
  [
    "unknown nested elements and extensions",
    '<sheetPr><tabColor rgb="FF0000"/></sheetPr><sheetData><row r="1"><c r="A1"><extLst><ext uri="x"><v>5</v></ext></extLst><v>1</v></c></row></sheetData><extLst><ext><x:c xmlns:x="y">9</x:c></ext></extLst>',
  ],
  [
    "tabs and line ends in attributes",
    '<sheetData><row r="1"><c r="A1"\n\tt="s"\r\n><v>0</v></c><c r="B1"><f t="shared" ref="B1:B2" si="a\tb">A1</f><v>1</v></c></row><row r="2"><c r="B2"><f t="shared" si="a b"/><v>1</v></c></row></sheetData>',
  ],
  [
    "runs of plain cells broken by every other shape",
    '<sheetData><row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="C1"><f>B1</f><v>1</v></c><c r="D1"\nt="s"><v>0</v></c><c r="E1" t="s"><v>1</v></c><c r="F1" s="x"><v>2</v></c><c r="G1" t="&#98;"><v>1</v></c><c r="H1" xml:space="preserve" t="inlineStr"><is><t> a </t></is></c><c r="I1"><v>3</v></c></row >' +
      '<row r="2">\n  <c r="A2"><v>4</v></c>\n</row><row r="3"><c r="A3"><v>5</v> </c><c r="B3" ><v >6</v></c><c  r="C3"><v>7</v></c></row><row r="4"/><row r="5"><c r="A5"><v>8</v></c></row></sheetData>',
  ],
  ["a prefixed row closed without its prefix", '<sheetData><x:row xmlns:x="u" r="1"><c r="A1"><v>1</v></c></row></sheetData>'],
  ["a prefixed cell closed without its prefix", '<sheetData><row r="1"><x:c xmlns:x="u" r="A1"><v>1</v></c></row></sheetData>'],
  // Malformed or past a ceiling: the same error.
  ["mismatched end tag", '<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>'],
  ["unclosed element", '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'],
  ["unquoted attribute", '<sheetData><row r=1><c r="A1"><v>1</v></c></row></sheetData>'],
  ["undefined entity", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData>'],
  ["bare ampersand", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a & b</t></is></c></row></sheetData>'],
  ["'<' in an attribute value", '<sheetData><row r="1"><c r="A1<"><v>1</v></c></row></sheetData>'],
  ["row past the grid", '<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>'],
  ["column past the grid", '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'],
  ["deep nesting", `<sheetData>${"<x>".repeat(150)}${"</x>".repeat(150)}</sheetData>`],
  ["nesting at the ceiling", `<sheetData>${"<x>".repeat(LIMITS.depth - 2)}${"</x>".repeat(LIMITS.depth - 2)}</sheetData>`],
  ["a text just over the ceiling", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"a".repeat(LIMITS.stringChars + 1)}</t></is></c></row></sheetData>`],
  [
    "a text at the ceiling, in entities",
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"&amp;".repeat(LIMITS.stringChars)}</t></is></c></row></sheetData>`,
  ],
  [
    "a CJK text just over the ceiling",
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"长".repeat(LIMITS.stringChars + 1)}</t></is></c></row></sheetData>`,
  ],
  ["line ends at the ceiling", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"\r\n".repeat(LIMITS.stringChars)}</t></is></c></row></sheetData>`],
  ["a CJK text at the ceiling", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"长".repeat(LIMITS.stringChars)}</t></is></c></row></sheetData>`],
];

describe("the byte scanner reads what the SAX reader read", () => {
  it("the samples", async () => {
    for (const f of ["haikou-2023.xlsx", "haikou-2023-corrected.xlsx"]) await expectSame(fs.readFileSync(path.join(ROOT, "samples", f)), f);
  });

  it("every corpus report and its twin, written as .xlsx", async () => {
    const reports = loadCorpus();
    expect(reports.length).toBeGreaterThan(50);
    for (const r of reports) {
      for (const [name, def] of [
        [r.id, r.workbook],
        [`${r.id} (twin)`, twinOf(r)],
      ] as const) {
        const file = path.join(dir, "corpus.xlsx");
        await writeWorkbookDef(def, file);
        await expectSame(fs.readFileSync(file), name);
      }
    }
  }, 300_000);

  it("the hostile inputs of docs/RELIABILITY.md", async () => {
    for (const c of CASES) {
      if (c.tried.includes("FIFO")) continue;
      await expectSame(fs.readFileSync(c.make(dir)), c.tried);
    }
  }, 120_000);

  it.each(HAND_MADE)(
    "hand-made: %s",
    async (label, body) => {
      const sst =
        '<si><t>预算</t><rPh sb="0" eb="2"><t>よさん</t></rPh></si><si><r><t>执行</t></r><r><t xml:space="preserve">率 </t></r></si><si><t>a&amp;b&#x4E2D;</t></si>';
      await expectSame(sheetBook(body, sst), label);
    },
    60_000
  );

  it("parts that start with a byte-order mark", async () => {
    const parts = workbookParts({
      sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
      sharedStrings: ["甲"],
    });
    for (const name of ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]) parts[name] = "\ufeff" + parts[name]!;
    await expectSame(zipParts(parts), "byte-order mark");
  });

  it("shared strings of every shape", async () => {
    const sst = [
      "<si><t/></si>",
      "<si></si>",
      '<si><t xml:space="preserve">  </t></si>',
      "<si><t>_x000D__x0041_</t></si>",
      "<si><r><t>甲</t></r><r><rPr><b/></rPr><t>乙</t></r><rPh><t>x</t></rPh><phoneticPr/></si>",
      "<si><t>a\r\nb</t></si>",
      "<x:si xmlns:x='u'><x:t>p</x:t></x:si>",
    ].join("");
    await expectSame(sheetBook('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>', sst), "shared strings");
  });

  it("shared strings of random bytes: valid UTF-8 of every length, overlong forms, surrogates, cut sequences", async () => {
    const piece = fc.constantFrom(
      ...[
        [0x61],
        [0x5f],
        [0xc3, 0xa9],
        [0xe9, 0x95, 0xbf],
        [0xf0, 0x9f, 0x98, 0x80],
        [0xc0, 0xaf],
        [0xc1, 0xbf],
        [0xe0, 0x80, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xed, 0x9f, 0xbf],
        [0xf0, 0x8f, 0xbf, 0xbf],
        [0xf4, 0x90, 0x80, 0x80],
        [0xf4, 0x8f, 0xbf, 0xbf],
        [0xf5, 0x80, 0x80, 0x80],
        [0xe9, 0x95],
        [0x80],
        [0xff],
      ].map((a) => Buffer.from(a))
    );
    const strings = fc.array(
      fc.array(piece, { maxLength: 6 }).map((p) => Buffer.concat(p)),
      { minLength: 1, maxLength: 8 }
    );
    await fc.assert(
      fc.asyncProperty(strings, fc.integer({ min: 1, max: 40 }), async (list, size) => {
        const bytes = Buffer.concat([
          Buffer.from("<sst>"),
          ...list.flatMap((b) => [Buffer.from("<si><t>"), b, Buffer.from("</t></si>")]),
          Buffer.from("</sst>"),
        ]);
        const ref = await outcome(() => readSharedStrings(cut(bytes, 65_536)));
        const got = await outcome(async () => (await scanSharedStrings(cut(bytes, size))).toArray());
        const whole = await outcome(async () => (await scanSharedStrings(cut(bytes, bytes.length))).toArray());
        expect(got).toEqual(ref);
        expect(whole).toEqual(ref);
        // The characters counted for the sharedStringChars ceiling are those of the strings as decoded.
        const table = await scanSharedStrings(cut(bytes, size));
        expect(table.chars).toBe(table.toArray().join("").length);
      }),
      { numRuns: 300 }
    );
  });

  it("random sheets, cut into random chunks", async () => {
    const text = fc.stringOf(fc.constantFrom("a", "长", "&amp;", "&#x1F600;", " ", "\r\n", "_x000D_", "<![CDATA[z]]>", "<!--c-->", "1", "."), { maxLength: 8 });
    const num = fc.oneof(fc.double({ noNaN: true }).map(String), fc.integer().map(String), fc.constantFrom("", " 1", "1e400", "0.10", "-0"));
    const cellXml = fc.record({
      ref: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom("plain", "lower", "absolute", "padded")), {
        nil: undefined,
      }),
      t: fc.option(fc.constantFrom("s", "str", "inlineStr", "b", "e", "d", "n"), { nil: undefined }),
      s: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      f: fc.option(fc.constantFrom("A1+1", "SUM($A$1:B2)", "shared-master", "shared"), { nil: undefined }),
      // Shared-string indexes: two strings, an empty one, and one past the table's end.
      v: fc.option(fc.oneof(num, text, fc.constantFrom("0", "1", "2", "3", "01")), { nil: undefined }),
      inline: fc.option(text, { nil: undefined }),
      q: fc.constantFrom('"', "'"),
      prefix: fc.constantFrom("", "x:"),
      // Writers put r first (the scanner's fastest path takes only that), then s and t in either order.
      order: fc.constantFrom([0, 2, 1], [0, 1, 2], [2, 0, 1], [1, 0, 2]),
    });
    const sheetXml = fc
      .array(fc.record({ r: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }), cells: fc.array(cellXml, { maxLength: 6 }) }), { maxLength: 8 })
      .map((rows) => {
        const body = rows
          .map((row) => {
            const cells = row.cells
              .map((c) => {
                const p = c.prefix;
                const named = [
                  c.ref ? `r=${c.q}${refText(c.ref)}${c.q}` : "",
                  c.t ? `t=${c.q}${c.t}${c.q}` : "",
                  c.s !== undefined ? `s=${c.q}${c.s}${c.q}` : "",
                ];
                const attrs = c.order
                  .map((k) => named[k])
                  .filter(Boolean)
                  .join(" ");
                const f =
                  c.f === "shared-master"
                    ? `<${p}f t="shared" ref="A1:C9" si="0">B1*2</${p}f>`
                    : c.f === "shared"
                      ? `<${p}f t="shared" si="0"/>`
                      : c.f
                        ? `<${p}f>${c.f}</${p}f>`
                        : "";
                const v = c.v !== undefined ? `<${p}v>${c.v}</${p}v>` : "";
                const is = c.inline !== undefined ? `<${p}is><${p}t>${c.inline}</${p}t></${p}is>` : "";
                return `<${p}c ${attrs}>${f}${v}${is}</${p}c>`;
              })
              .join("");
            return `<row${row.r ? ` r="${row.r}"` : ""}>${cells}</row>`;
          })
          .join("");
        return `<sheetData>${body}</sheetData>`;
      });
    await fc.assert(
      fc.asyncProperty(sheetXml, async (body) => {
        await expectSame(sheetBook(body, "<si><t>s0</t></si><si><t>s1</t></si><si><t></t></si>"), body);
      }),
      { numRuns: 300 }
    );
  }, 120_000);

  it("random sheets in the form writers use, r first and double quotes, near the edges of the scanner's fast path", async () => {
    const value = fc.oneof(
      fc.constantFrom("0", "1", "2", "3", "01", "", "1e5", "-0", ".5", "1.", "12345678901234567", "0.1234567890123456789", "1&#48;", "2 "),
      fc.double({ noNaN: true }).map(String),
      fc.integer().map(String)
    );
    const cellXml = fc
      .record({
        col: fc.integer({ min: 0, max: 28 }),
        row: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined, freq: 2 }),
        s: fc.option(fc.constantFrom("0", "1", "2", "3", "9", "1234567", "01"), { nil: undefined }),
        t: fc.option(fc.constantFrom("s", "n", "str", "b"), { nil: undefined }),
        sFirst: fc.boolean(),
        v: fc.option(value, { nil: undefined }),
        f: fc.boolean(),
      })
      .map((c) => {
        const letters = c.col < 26 ? String.fromCharCode(65 + c.col) : "A" + String.fromCharCode(65 + c.col - 26);
        const st = [c.s !== undefined ? ` s="${c.s}"` : "", c.t ? ` t="${c.t}"` : ""];
        const attrs = `r="${letters}${c.row ?? ""}"${c.sFirst ? st.join("") : st.reverse().join("")}`;
        if (c.v === undefined && !c.f) return `<c ${attrs}/>`;
        return `<c ${attrs}>${c.f ? "<f>1+1</f>" : ""}${c.v !== undefined ? `<v>${c.v}</v>` : ""}</c>`;
      });
    const sheetXml = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.array(cellXml, { maxLength: 6 })), { maxLength: 10 })
      .map((rows) => `<sheetData>${rows.map(([r, cells]) => `<row r="${r}" spans="1:6" x14ac:dyDescent="0.25">${cells.join("")}</row>`).join("")}</sheetData>`);
    await fc.assert(
      fc.asyncProperty(sheetXml, async (body) => {
        await expectSame(sheetBook(body, "<si><t>s0</t></si><si><t>s1</t></si><si><t></t></si>"), body);
      }),
      { numRuns: 300 }
    );
  }, 120_000);

  it("workbooks in EQUIV_DIRS and the bench's ledgers, when present", async () => {
    const dirs = (process.env.EQUIV_DIRS ?? "").split(":").filter(Boolean);
    const files = dirs.flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => /\.xlsx$/i.test(f))
        .map((f) => path.join(d, f))
    );
    const ledger = path.join(ROOT, "bench/out/ledger-100000.xlsx");
    if (fs.existsSync(ledger)) files.push(ledger);
    for (const f of files) await expectSame(fs.readFileSync(f), f);
  }, 600_000);

  afterAll(() => {
    process.stdout.write(`scanner equivalence: ${compared} workbooks, ${partsCompared} parts compared\n`);
  });
});

describe("where the scanner is laxer than saxes", () => {
  // Malformations that change nothing the reader reads: saxes refuses them, the scanner reads past them.
  it.each([
    ["a duplicate attribute", '<sheetData><row r="1"><c r="A1" r="A1"><v>1</v></c></row></sheetData>'],
    ["']]>' in text", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>]]></t></is></c></row></sheetData>'],
    ["an XML declaration inside the document", '<?xml version="1.0"?><sheetData/>'],
  ])("%s", async (_label, body) => {
    const zip = await ZipArchive.open(sheetBook(body));
    const parts = await locateParts(zip);
    const ctx = (): SheetContext => ({ strings: stringTable([]), formats: [], adjust: (v) => v });
    await expect(readSheetPart(zip.read(parts.sheets[0]!.part!), ctx())).rejects.toThrow(/^\d+:\d+: /);
    await expect(scanSheetPart(zip.read(parts.sheets[0]!.part!), ctx())).resolves.toBeDefined();
    await zip.close();
  });
});
