/**
 * The grafted sheets' formats in the input's styles part: each cell format (and differential format) they use is found
 * among the input's, or appended with the fonts, fills, borders and number formats it needs. What the input had keeps
 * its index, so its own sheets' s="…" stay right.
 */
import { inPrefix } from "../cell-edit";
import { escapeXml } from "../xml-text";
import { attributes } from "./rels";

// CT_Stylesheet's children in schema order: a section the input lacks goes before the first later one it has.
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const ITEM: Record<string, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" };
const FIRST_CUSTOM_FORMAT = 164;

interface Section {
  items: string[];
  added: string[];
}

function sectionXml(xml: string, name: string): string | undefined {
  const m = new RegExp(`<((?:[\\w.-]+:)?)${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1${name}>)`).exec(xml);
  return m ? (m[2] ?? "") : undefined;
}

function items(body: string, item: string): string[] {
  return [...body.matchAll(new RegExp(`<((?:[\\w.-]+:)?)${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${item}>)`, "g"))].map((m) => m[0]);
}

function setAttr(el: string, name: string, value: string | number): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  return re.test(el) ? el.replace(re, `$1"${value}"`) : el.replace(/^<([\w.:-]+)/, `<$1 ${name}="${value}"`);
}

/** Where the scratch package's format indices stand in the output's styles part. */
export interface StyleMap {
  xf(i: number): number;
  dxf(i: number): number;
}

export class StyleMerge implements StyleMap {
  private readonly prefix: string;
  private readonly sections = new Map<string, Section>();
  private readonly scratch: Map<string, string[]>;
  private readonly scratchFormats = new Map<number, string>();
  private readonly memo = new Map<string, number>();

  /** `original`: the input's styles part; `scratch`: the styles part of the package the sheets were composed in. */
  constructor(
    private readonly original: string,
    scratch: string
  ) {
    this.prefix = /<([\w.-]+:)?styleSheet\b/.exec(original)?.[1] ?? "";
    for (const name of Object.keys(ITEM)) this.sections.set(name, { items: items(sectionXml(original, name) ?? "", ITEM[name]!), added: [] });
    this.scratch = new Map(Object.keys(ITEM).map((name) => [name, items(sectionXml(scratch, name) ?? "", ITEM[name]!)]));
    for (const f of this.scratch.get("numFmts")!) {
      const a = attributes(f);
      this.scratchFormats.set(Number(a.numFmtId), a.formatCode ?? "");
    }
  }

  /** The index in the merged part of the scratch package's cell format `i`. */
  xf(i: number): number {
    // Both parts start with the workbook's default format (the scratch one is ExcelJS's copy of the input's).
    if (i === 0) return 0;
    return this.cached(`xf${i}`, () => {
      let xf = this.scratch.get("cellXfs")![i];
      if (xf === undefined) return 0;
      const a = attributes(/^<[^>]*>/.exec(xf)![0]);
      xf = setAttr(xf, "numFmtId", this.numFmt(Number(a.numFmtId ?? 0)));
      xf = setAttr(xf, "fontId", this.item("fonts", Number(a.fontId ?? 0)));
      xf = setAttr(xf, "fillId", this.item("fills", Number(a.fillId ?? 0)));
      xf = setAttr(xf, "borderId", this.item("borders", Number(a.borderId ?? 0)));
      // Named cell styles are the input's: the grafted cells build on its Normal style.
      xf = setAttr(xf, "xfId", 0);
      return this.place("cellXfs", xf);
    });
  }

  /** The index in the merged part of the scratch package's differential format `i` (conditional formats). */
  dxf(i: number): number {
    return this.cached(`dxf${i}`, () => this.place("dxfs", this.scratch.get("dxfs")![i] ?? "<dxf/>"));
  }

  /** Whether anything was appended: otherwise the input's part is kept as it is. */
  changed(): boolean {
    return [...this.sections.values()].some((s) => s.added.length > 0);
  }

  /** The input's styles part with the appended items and their counts; every other byte as it was. */
  xml(): string {
    let xml = this.original;
    for (const name of ORDER) {
      const s = this.sections.get(name);
      if (!s?.added.length) continue;
      const p = this.prefix;
      const open = new RegExp(`<(${p.replace(/\./g, "\\.")})${name}\\b([^>]*?)(/?)>`).exec(xml);
      const count = s.items.length;
      if (!open) {
        const el = `<${p}${name} count="${count}">${s.added.join("")}</${p}${name}>`;
        const later = ORDER.slice(ORDER.indexOf(name) + 1)
          .map((n) => new RegExp(`<${p.replace(/\./g, "\\.")}${n}\\b`).exec(xml)?.index)
          .find((at) => at !== undefined);
        const at = later ?? xml.lastIndexOf(`</${p}styleSheet>`);
        xml = xml.slice(0, at) + el + xml.slice(at);
        continue;
      }
      const tag = setAttr(`<${p}${name}${open[2]}>`, "count", count);
      if (open[3]) {
        xml = xml.slice(0, open.index) + tag + s.added.join("") + `</${p}${name}>` + xml.slice(open.index + open[0].length);
      } else {
        const close = xml.indexOf(`</${p}${name}>`, open.index);
        xml = xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length, close) + s.added.join("") + xml.slice(close);
      }
    }
    return xml;
  }

  private cached(key: string, make: () => number): number {
    let v = this.memo.get(key);
    if (v === undefined) {
      v = make();
      this.memo.set(key, v);
    }
    return v;
  }

  private item(section: string, i: number): number {
    return this.cached(`${section}${i}`, () => {
      const el = this.scratch.get(section)![i];
      return el === undefined ? 0 : this.place(section, el);
    });
  }

  /** A built-in format keeps its id; a custom one takes the input's id for the same code, or the next free id. */
  private numFmt(id: number): number {
    const code = this.scratchFormats.get(id);
    if (id < FIRST_CUSTOM_FORMAT || code === undefined) return id;
    return this.cached(`numFmt${id}`, () => {
      const s = this.sections.get("numFmts")!;
      const all = [...s.items].map((f) => attributes(f));
      const same = all.find((a) => a.formatCode === code);
      if (same) return Number(same.numFmtId);
      const next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...all.map((a) => Number(a.numFmtId) || 0)) + 1;
      const el = `<${this.prefix}numFmt numFmtId="${next}" formatCode="${escapeXml(code)}"/>`;
      s.items.push(el);
      s.added.push(el);
      return next;
    });
  }

  /** The index of an identical item of the input's, or of the item appended. */
  private place(section: string, el: string): number {
    const s = this.sections.get(section)!;
    const mine = inPrefix(el, this.prefix);
    const at = s.items.indexOf(mine);
    if (at >= 0) return at;
    s.items.push(mine);
    s.added.push(mine);
    return s.items.length - 1;
  }
}
