/** Print setup of a sheet (Worksheet.pageLayout, horizontalPageBreaks; ExcelApi 1.9), kept in the model and saved. */
import { parseRef } from "./address";
import { Code, fail } from "./errors";
import type { SheetModel } from "./model";
import { alive, assertWritable } from "./ops";
import { type AnyClientObject, ClientObject, type PropTable, type RequestContext } from "./proxy";

const PAPER = ["Letter", "A3", "A4", "A5", "Legal", "B4", "B5", "Executive", "Statement", "Tabloid", "Ledger", "Folio", "Quatro"];
const ORIENTATION = ["Portrait", "Landscape"];

function setting<K extends "paperSize" | "orientation">(key: K, allowed: string[]) {
  return {
    api: "1.9",
    get: (s: SheetModel) => alive(s, `PageLayout.${key}`).pageLayout[key] ?? (key === "paperSize" ? "Letter" : "Portrait"),
    set: (s: SheetModel, v: unknown) => {
      assertWritable(alive(s, `PageLayout.${key}`), `PageLayout.${key}`);
      if (typeof v !== "string" || !allowed.includes(v)) fail(Code.invalidArgument, `PageLayout.${key}`);
      s.pageLayout[key] = v;
    },
  };
}

export class PageLayout extends ClientObject<SheetModel> {
  static readonly PROPS: PropTable<SheetModel> = {
    paperSize: setting("paperSize", PAPER),
    orientation: setting("orientation", ORIENTATION),
    zoom: {
      api: "1.9",
      get: (s) => ({ ...(alive(s, "PageLayout.zoom").pageLayout.zoom ?? { scale: 100 }) }),
      set: (s, v) => {
        assertWritable(alive(s, "PageLayout.zoom"), "PageLayout.zoom");
        if (typeof v !== "object" || v === null) fail(Code.invalidArgument, "PageLayout.zoom");
        s.pageLayout.zoom = { ...(v as Record<string, number>) };
      },
    },
  };
  constructor(ctx: RequestContext, parent: AnyClientObject) {
    super(ctx, "PageLayout", parent, (s) => s as SheetModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<SheetModel> {
    return PageLayout.PROPS;
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v);
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v);
  }
  get zoom(): Record<string, number> {
    return this._get("zoom");
  }
  set zoom(v: Record<string, number>) {
    this._set("zoom", v);
  }
  /** Rows repeated at the top of every printed page ("$1:$3"). */
  setPrintTitleRows(address: string): void {
    this._call("setPrintTitleRows", "1.9", [address], (s) => {
      assertWritable(alive(s, "PageLayout.setPrintTitleRows"), "PageLayout.setPrintTitleRows");
      if (typeof address !== "string" || !/^\$?\d+:\$?\d+$/.test(address)) fail(Code.invalidArgument, "PageLayout.setPrintTitleRows");
      s.pageLayout.printTitleRows = address;
    });
  }
}

export class PageBreakCollection extends ClientObject<SheetModel> {
  static readonly PROPS: PropTable<SheetModel> = {};
  constructor(ctx: RequestContext, parent: AnyClientObject) {
    super(ctx, "PageBreakCollection", parent, (s) => s as SheetModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<SheetModel> {
    return PageBreakCollection.PROPS;
  }
  /** A break above the row of the given cell. */
  add(pageBreakRange: string): PageBreak {
    return this._make(new PageBreak(this.context), "add", "1.9", [pageBreakRange], (s) => {
      assertWritable(alive(s, "PageBreakCollection.add"), "PageBreakCollection.add");
      const r = typeof pageBreakRange === "string" ? parseRef(pageBreakRange) : null;
      if (!r || r.top === 0) fail(Code.invalidArgument, "PageBreakCollection.add");
      if (!s.pageBreaks.includes(r.top)) s.pageBreaks.push(r.top);
      s.pageBreaks.sort((a, b) => a - b);
      return { sheet: s, row: r.top };
    });
  }
}

/** One break (what add returns); its row only. */
export class PageBreak extends ClientObject<{ sheet: SheetModel; row: number }> {
  static readonly PROPS: PropTable<{ sheet: SheetModel; row: number }> = { rowIndex: { api: "1.9", get: (b) => b.row } };
  constructor(ctx: RequestContext) {
    super(ctx, "PageBreak");
    Object.preventExtensions(this);
  }
  _props(): PropTable<{ sheet: SheetModel; row: number }> {
    return PageBreak.PROPS;
  }
}
