/**
 * The 自评报告 as a Word .docx (the `docx` library composes the package): the narrative in the layout of a filed
 * government document (GB/T 9704: A4, 仿宋 三号 body, 黑体 and 楷体 headings, page numbers "— 1 —"), 【待填写】
 * prompts highlighted, and the 自评表 the report made set as a Word table under 附件 on a page of its own. Word and
 * LibreOffice Writer apply the East Asian line-breaking rules to it, which a spreadsheet cell does not get in
 * LibreOffice Calc. Provenance goes to the document properties, never into the text. No Node imports: the pane uses it too.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  type ISectionOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { columnLetters, parseA1 } from "../../core/address";
import { displayText } from "../../core/display";
import { parseMerge } from "../ooxml-parts";
import type { DocParagraph, DocumentPlan } from "../../core/report/document";
import { type CellWrite, PROVENANCE_PROPERTY, type PlannedReport, type SheetPlan } from "../../core/report/plan";

/** A4 portrait and the 公文 margins (37 / 35 / 28 / 26 mm), in twentieths of a point: a 156 mm text width. */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Latin text in English, CJK text in Chinese whatever the report's language: Word picks the line-breaking rules by it. */
const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" };

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 小二 18 pt, 五号 10.5 pt; English at 16/14/12/10.5 pt. */
const SIZES = {
  "zh-CN": { title: 44, heading: 32, body: 32, formTitle: 36, table: 21 },
  // English labels are longer words than the sheet's columns hold at 五号: the table at 9 pt.
  en: { title: 32, heading: 28, body: 24, formTitle: 28, table: 18 },
} as const;

/** Fonts as a filed Chinese document uses them; Word and Writer substitute where one is missing. */
const FONTS = {
  "zh-CN": { body: "仿宋", title: "宋体", heading1: "黑体", heading2: "楷体", table: "宋体", latin: "Times New Roman" },
  en: {
    body: "Times New Roman",
    title: "Times New Roman",
    heading1: "Times New Roman",
    heading2: "Times New Roman",
    table: "Times New Roman",
    latin: "Times New Roman",
  },
} as const;

function font(lang: DocumentPlan["lang"], eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  const latin = FONTS[lang].latin;
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}

/** Runs of a text, one line each ("\n" in a cell is a line break), highlighted where it is a prompt. */
function runs(text: string, opts: { bold?: boolean; prompt?: boolean } = {}): ParagraphChild[] {
  return text.split("\n").map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        ...(opts.bold ? { bold: true } : {}),
        ...(opts.prompt ? { highlight: "yellow" as const } : {}),
      })
  );
}

const HEADINGS = { title: HeadingLevel.TITLE, heading1: HeadingLevel.HEADING_1, heading2: HeadingLevel.HEADING_2 } as const;

/** A paragraph of the narrative; the title's lines stand together, with the space after the last. */
function narrativeParagraph(p: DocParagraph, i: number, all: DocParagraph[]): Paragraph {
  const base = { children: runs(p.text, { prompt: p.prompt }) };
  if (p.kind === "body") return new Paragraph(base);
  const inTitle = p.kind === "title" && all[i + 1]?.kind === "title";
  return new Paragraph({ ...base, heading: HEADINGS[p.kind], ...(inTitle ? { spacing: { after: 0 } } : {}) });
}

// ---------- the form as a Word table ----------

interface Span {
  rows: number;
  cols: number;
}

/** A sheet plan laid out as a grid: writes and merges by 0-based position. */
interface Grid {
  rows: number;
  cols: number;
  cell(r: number, c: number): CellWrite | undefined;
  /** The merge a cell starts, or 1 × 1. */
  span(r: number, c: number): Span;
  /** Inside a merge, not its first cell. */
  covered(r: number, c: number): boolean;
}

function layOut(sheet: SheetPlan): Grid {
  const writes = new Map<string, CellWrite>();
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  let rows = 0;
  let cols = 0;
  const at = (ref: string) => parseA1(ref) ?? { row: 0, col: 0 };
  for (const w of sheet.writes) {
    const { row, col } = at(w.address);
    writes.set(`${row},${col}`, w);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  for (const ref of sheet.merges) {
    const m = parseMerge(ref);
    if (!m) continue;
    spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return {
    rows,
    cols,
    cell: (r, c) => writes.get(`${r},${c}`),
    span: (r, c) => spans.get(`${r},${c}`) ?? { rows: 1, cols: 1 },
    covered: (r, c) => covered.has(`${r},${c}`),
  };
}

/** The text a cell shows: a number in its format, as the sheet displays it. */
function cellText(w: CellWrite | undefined): string {
  return w ? displayText({ v: w.value, ...(w.numberFormat ? { fmt: w.numberFormat } : {}) }) : "";
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Rows above the table (merged across every column, such as the form's title) and below it (its notes). */
function bands(g: Grid): { top: number; bottom: number } {
  const fullWidth = (r: number) => g.span(r, 0).cols === g.cols && g.span(r, 0).rows === 1;
  let top = 0;
  while (top < g.rows && fullWidth(top)) top++;
  let bottom = g.rows;
  while (bottom > top && fullWidth(bottom - 1)) bottom--;
  return { top, bottom };
}

/** Cell margins, left and right, in twentieths of a point: narrower than Word's default, as printed forms have them. */
const CELL_MARGIN = 57;
/** Rows at least 7 mm high, as a form to write in by hand has them. */
const ROW_HEIGHT = 397;

/** The narrowest a cell's text can be set without breaking a figure or a two-character label: in ems. */
function minimumEms(text: string): number {
  let widest = 0;
  for (const token of text.split(/\s+/)) {
    // A word or a figure with its unit (Executed, 1,126.55, ≥3000人次) is kept on one line; Latin and digits are
    // about 0.55 em wide (bold), CJK characters 1 em.
    for (const m of token.matchAll(/([\x21-\x7e≥≤％]+)([\u3400-\u9fff]{0,2})/g)) widest = Math.max(widest, m[1]!.length * 0.55 + m[2]!.length);
  }
  // CJK text breaks between characters; a column under two characters wide stacks its labels one character a line.
  if (/[\u3400-\u9fff]/.test(text)) widest = Math.max(widest, 2);
  return widest;
}

/** Column widths for the text width: in the sheet's proportions, widened where a figure or label would break, the others narrowed to make room. */
function columnWidths(sheet: SheetPlan, g: Grid, top: number, bottom: number, em: number): number[] {
  const chars = Array.from({ length: g.cols }, (_, c) => sheet.widths[columnLetters(c)] ?? 8.43);
  const total = chars.reduce((a, b) => a + b, 0);
  const widths = chars.map((w) => (TEXT_WIDTH * w) / total);
  const need = Array.from({ length: g.cols }, () => 0);
  for (let r = top; r < bottom; r++)
    for (let c = 0; c < g.cols; c++) {
      if (g.covered(r, c) || g.span(r, c).cols > 1) continue;
      need[c] = Math.max(need[c]!, minimumEms(cellText(g.cell(r, c))) * em + 2 * CELL_MARGIN);
    }
  const short = widths.map((w, c) => Math.max(0, need[c]! - w));
  const extra = short.reduce((a, b) => a + b, 0);
  const spare = widths.map((w, c) => (short[c]! > 0 ? 0 : Math.max(0, w - need[c]!)));
  const room = spare.reduce((a, b) => a + b, 0);
  if (extra === 0 || room === 0) return widths.map(Math.floor);
  // Where the others cannot give all the room, each short column gets its share of what they can give.
  const give = Math.min(extra, room);
  return widths.map((w, c) => Math.floor(short[c]! > 0 ? w + (short[c]! * give) / extra : w - (give * spare[c]!) / room));
}

function formTable(sheet: SheetPlan, g: Grid, top: number, bottom: number, lang: DocumentPlan["lang"]): Table {
  // The table's em in twentieths of a point (size is in half-points).
  const widths = columnWidths(sheet, g, top, bottom, SIZES[lang].table * 10);
  const rows: TableRow[] = [];
  for (let r = top; r < bottom; r++) {
    const cells: TableCell[] = [];
    for (let c = 0; c < g.cols; c++) {
      if (g.covered(r, c)) continue;
      const w = g.cell(r, c);
      const span = g.span(r, c);
      const width = widths.slice(c, c + span.cols).reduce((a, b) => a + b, 0);
      cells.push(
        new TableCell({
          children: [
            new Paragraph({
              children: runs(cellText(w), { ...(w?.bold ? { bold: true } : {}), ...(w?.prompt ? { prompt: true } : {}) }),
              alignment: ALIGN[w?.align ?? (typeof w?.value === "number" ? "right" : "left")],
              style: "FormCell",
            }),
          ],
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          ...(span.cols > 1 ? { columnSpan: span.cols } : {}),
          ...(span.rows > 1 ? { rowSpan: span.rows } : {}),
        })
      );
    }
    rows.push(new TableRow({ children: cells, cantSplit: true, height: { value: ROW_HEIGHT, rule: HeightRule.ATLEAST } }));
  }
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
  });
}

function appendix(plan: DocumentPlan, sheet: SheetPlan, heading: string): Array<Paragraph | Table> {
  const g = layOut(sheet);
  const { top, bottom } = bands(g);
  const line = (r: number) => g.cell(r, 0);
  const out: Array<Paragraph | Table> = [new Paragraph({ children: runs(heading), style: "AppendixLabel" })];
  for (let r = 0; r < top; r++) {
    const w = line(r);
    if (w && cellText(w)) out.push(new Paragraph({ children: runs(cellText(w), { bold: true }), style: "FormTitle" }));
  }
  out.push(formTable(sheet, g, top, bottom, plan.lang));
  for (let r = bottom; r < g.rows; r++) {
    const w = line(r);
    if (w && cellText(w)) out.push(new Paragraph({ children: runs(cellText(w), { ...(w.prompt ? { prompt: true } : {}) }), style: "FormNote" }));
  }
  return out;
}

// ---------- the document ----------

function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 28 })] })],
  });
}

function build(report: PlannedReport): Document {
  const plan = report.document;
  const lang = plan.lang;
  const f = FONTS[lang];
  const size = SIZES[lang];
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
  };
  // 28 pt lines for the 三号 body, as a filed document sets them; English at 1.15 lines.
  const bodySpacing = lang === "en" ? { line: 276, lineRule: LineRuleType.AUTO, after: 120 } : { line: 560, lineRule: LineRuleType.EXACT };
  const sheet = plan.appendix ? report.sheets.find((s) => s.name === plan.appendix!.sheet) : undefined;
  const sections: ISectionOptions[] = [
    {
      properties: { page },
      footers: { default: pageNumberFooter() },
      children: plan.paragraphs.map(narrativeParagraph),
    },
  ];
  if (plan.appendix && sheet) {
    sections.push({
      properties: { page, type: SectionType.NEXT_PAGE },
      footers: { default: pageNumberFooter() },
      children: appendix(plan, sheet, plan.appendix.heading),
    });
  }
  return new Document({
    title: plan.title,
    creator: "",
    lastModifiedBy: "",
    customProperties: [{ name: PROVENANCE_PROPERTY, value: report.provenance }],
    styles: {
      default: {
        document: {
          run: { font: font(lang, f.body), size: size.body, language: LANGUAGE },
          // Every paragraph indented two characters, headings too, as a filed document sets them.
          paragraph: { spacing: bodySpacing, indent: lang === "en" ? {} : { firstLineChars: 200, firstLine: 2 * 10 * size.body } },
        },
        title: {
          run: { font: font(lang, f.title), size: size.title, bold: true, color: "000000" },
          paragraph: {
            alignment: AlignmentType.CENTER,
            indent: { firstLineChars: 0, firstLine: 0 },
            spacing: { before: 0, after: 560, line: 240, lineRule: LineRuleType.AUTO },
          },
        },
        heading1: {
          run: { font: font(lang, f.heading1), size: size.heading, bold: lang === "en", color: "000000" },
          paragraph: { keepNext: true, spacing: { ...bodySpacing, before: 0 } },
        },
        heading2: {
          run: { font: font(lang, f.heading2), size: size.heading, bold: lang === "en", color: "000000", italics: false },
          paragraph: { keepNext: true, spacing: { ...bodySpacing, before: 0 } },
        },
      },
      paragraphStyles: [
        {
          id: "AppendixLabel",
          name: "Appendix label",
          basedOn: "Normal",
          run: { font: font(lang, f.heading1), size: size.body },
          paragraph: { indent: { firstLineChars: 0, firstLine: 0 }, spacing: { after: 240 } },
        },
        {
          id: "FormTitle",
          name: "Form title",
          basedOn: "Normal",
          run: { font: font(lang, f.title), size: size.formTitle, bold: true },
          paragraph: {
            alignment: AlignmentType.CENTER,
            indent: { firstLineChars: 0, firstLine: 0 },
            spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: "FormCell",
          name: "Form cell",
          basedOn: "Normal",
          run: { font: font(lang, f.table), size: size.table },
          paragraph: { indent: { firstLineChars: 0, firstLine: 0 }, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: "FormNote",
          name: "Form note",
          basedOn: "Normal",
          run: { font: font(lang, f.table), size: size.table },
          paragraph: { indent: { firstLineChars: 0, firstLine: 0 }, spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections,
  });
}

/** The .docx package of the report's 自评报告, with the form as its appendix where the report made one. */
export async function reportDocx(report: PlannedReport): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(build(report)));
}
