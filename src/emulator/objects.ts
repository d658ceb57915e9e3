/** The Excel API classes the add-in uses (Workbook, Worksheet(s), Range, formats, RangeAreas, settings, charts), as proxies over the model. */
import { type Rect, formatAddress, intersects, isEntireColumn, isEntireRow, rectCells, rectCols, rectRows } from "./address";
import { Code, fail } from "./errors";
import { type DocModel, type SheetModel, structuredCloneJson, usedRect } from "./model";
import {
  type AreasT,
  type ChartT,
  type RangeT,
  type SeriesT,
  H_ALIGN,
  activate,
  addChart,
  addWorksheet,
  alive,
  areasAddress,
  assertWritable,
  checkedRect,
  clearRange,
  colorInput,
  columnWidthOf,
  deleteWorksheet,
  findSheet,
  FILL_PATTERNS,
  formatCells,
  merge,
  mergedAreas,
  moveSheet,
  positionCell,
  rangeOnSheet,
  readGrid,
  seriesAddress,
  seriesFromSource,
  setColumnWidth,
  setVisibility,
  uniform,
  unformatCells,
  unmerge,
  validateSheetName,
  writeCells,
  writeNumberFormat,
} from "./ops";
import { DocumentProperties } from "./doc-properties";
import { PageBreakCollection, PageLayout } from "./page-layout";
import { type AnyClientObject, ClientCollection, ClientObject, ClientResult, type PropTable, RequestContext, type Tx, resultOf } from "./proxy";
import { displayText, numberFormatOf, officeFormula, officeValue, valueType } from "./values";

function preset<C extends AnyClientObject, U>(obj: C, target: U): C {
  obj._tgt = target;
  obj._isNull = false;
  return obj;
}

/** The target of a proxy passed as an argument (a Range given to charts.add, setValues…). */
function argTarget<U>(arg: unknown, label: string): U {
  if (!(arg instanceof ClientObject)) fail(Code.invalidArgument, label);
  const t = (arg as ClientObject<U>)._target();
  if (t === null) fail(Code.invalidArgument, label);
  return t;
}

function sub(r: RangeT, rect: Rect, label: string): RangeT {
  return { sheet: alive(r.sheet, label), rect: checkedRect(rect, label) };
}

function live(r: RangeT, label: string): RangeT {
  alive(r.sheet, label);
  return r;
}

const zh = (tx: Tx): boolean => tx.engine.displayLanguage.toLowerCase().startsWith("zh");

// ---------------------------------------------------------------- Workbook, Application

export class Application extends ClientObject<DocModel> {
  static readonly PROPS: PropTable<DocModel> = {
    calculationMode: {
      get: () => "Automatic",
      set: (_t, v) => {
        if (v !== "Automatic" && v !== "AutomaticExceptTables" && v !== "Manual") fail(Code.invalidArgument, "Application.calculationMode");
      },
    },
  };
  constructor(ctx: RequestContext, doc: DocModel) {
    super(ctx, "Application");
    preset(this, doc);
    Object.preventExtensions(this);
  }
  _props(): PropTable<DocModel> {
    return Application.PROPS;
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(v: string) {
    this._set("calculationMode", v);
  }
  /** Calculation is not emulated beyond formulas written through the API, so this only has to be accepted. */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", "1.6", [], () => {});
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", "1.9", [], () => {});
  }
  calculate(calculationType?: string): void {
    this._call("calculate", "1.1", [calculationType], () => {});
  }
}

export class Workbook extends ClientObject<DocModel> {
  static readonly PROPS: PropTable<DocModel> = {
    name: { get: (_d, tx) => (zh(tx) ? "工作簿1.xlsx" : "Book1.xlsx"), api: "1.7" },
  };
  constructor(ctx: RequestContext, doc: DocModel) {
    super(ctx, "Workbook");
    preset(this, doc);
    Object.preventExtensions(this);
  }
  _props(): PropTable<DocModel> {
    return Workbook.PROPS;
  }
  override _navNames(): string[] {
    return ["worksheets", "settings", "application", "protection", "properties"];
  }
  override _nav(name: string): AnyClientObject | null {
    if (name === "worksheets") return this.worksheets as AnyClientObject;
    if (name === "protection") return this.protection as AnyClientObject;
    if (name === "properties") return this.properties as AnyClientObject;
    if (name === "settings") return this.settings as AnyClientObject;
    if (name === "application") return this.application as AnyClientObject;
    return null;
  }
  get name(): string {
    return this._get("name");
  }
  get worksheets(): WorksheetCollection {
    return this._child("worksheets", () => new WorksheetCollection(this.context, this));
  }
  get settings(): SettingCollection {
    return this._child("settings", () => new SettingCollection(this.context, this));
  }
  get properties(): DocumentProperties {
    return this._child("properties", () => new DocumentProperties(this.context, this as AnyClientObject));
  }
  get protection(): WorkbookProtection {
    return this._child("protection", () => new WorkbookProtection(this.context, this));
  }
  get application(): Application {
    return this.context.application as Application;
  }
  getSelectedRange(): Range {
    return this._make(new Range(this.context), "getSelectedRange", "1.1", [], (doc) => ({ sheet: doc.active, rect: { ...doc.active.selection } }));
  }
  getActiveCell(): Range {
    return this._make(new Range(this.context), "getActiveCell", "1.7", [], (doc) => {
      const s = doc.active.selection;
      return { sheet: doc.active, rect: { top: s.top, left: s.left, bottom: s.top, right: s.left } };
    });
  }
}

// ---------------------------------------------------------------- Worksheets

export class WorksheetCollection extends ClientCollection<DocModel, Worksheet> {
  static readonly PROPS: PropTable<DocModel> = {};
  constructor(ctx: RequestContext, parent: Workbook) {
    super(ctx, "WorksheetCollection", parent as AnyClientObject, (d) => d as DocModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<DocModel> {
    return WorksheetCollection.PROPS;
  }
  _list(doc: DocModel): Worksheet[] {
    return doc.sheets.map((s) => preset(new Worksheet(this.context), s));
  }
  add(name?: string): Worksheet {
    return this._make(new Worksheet(this.context), "add", "1.1", [name], (doc, tx) => {
      tx.contentChanged = true;
      return addWorksheet(doc, name, "WorksheetCollection.add");
    });
  }
  getItem(key: string): Worksheet {
    return this._make(
      new Worksheet(this.context),
      "getItem",
      "1.1",
      [key],
      (doc) => findSheet(doc, key) ?? fail(Code.itemNotFound, "WorksheetCollection.getItem", `The worksheet '${key}' doesn't exist.`)
    );
  }
  getItemOrNullObject(key: string): Worksheet {
    return this._make(new Worksheet(this.context), "getItemOrNullObject", "1.4", [key], (doc) => findSheet(doc, key) ?? null);
  }
  getActiveWorksheet(): Worksheet {
    return this._make(new Worksheet(this.context), "getActiveWorksheet", "1.1", [], (doc) => doc.active);
  }
  getFirst(visibleOnly?: boolean): Worksheet {
    return this._make(
      new Worksheet(this.context),
      "getFirst",
      "1.5",
      [visibleOnly],
      (doc) => doc.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? fail(Code.itemNotFound, "WorksheetCollection.getFirst")
    );
  }
  getLast(visibleOnly?: boolean): Worksheet {
    return this._make(
      new Worksheet(this.context),
      "getLast",
      "1.5",
      [visibleOnly],
      (doc) => [...doc.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ?? fail(Code.itemNotFound, "WorksheetCollection.getLast")
    );
  }
  getCount(visibleOnly?: boolean): ClientResult<number> {
    const result = new ClientResult<number>();
    this._call("getCount", "1.4", [visibleOnly], (doc, tx) =>
      resultOf(tx, result, doc.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length)
    );
    return result;
  }
}

function nextSheet(doc: DocModel, s: SheetModel, visibleOnly?: boolean): SheetModel | undefined {
  const live = doc.sheets.filter((x) => !x.deleted);
  return live.slice(live.indexOf(alive(s, "Worksheet.getNext")) + 1).find((x) => !visibleOnly || x.visibility === "Visible");
}

export class Worksheet extends ClientObject<SheetModel> {
  static readonly PROPS: PropTable<SheetModel> = {
    name: {
      get: (s) => alive(s, "Worksheet.name").name,
      set: (s, v, tx) => {
        s.name = validateSheetName(tx.engine.doc, v, "Worksheet.name", alive(s, "Worksheet.name"));
      },
    },
    id: { get: (s) => alive(s, "Worksheet.id").id },
    position: {
      get: (s, tx) => tx.engine.doc.sheets.indexOf(alive(s, "Worksheet.position")),
      set: (s, v, tx) => moveSheet(tx.engine.doc, s, v, "Worksheet.position"),
    },
    visibility: {
      get: (s) => alive(s, "Worksheet.visibility").visibility,
      set: (s, v, tx) => setVisibility(tx.engine.doc, s, v, "Worksheet.visibility"),
    },
    standardWidth: { get: () => 8.43 },
    standardHeight: { get: () => 15 },
  };
  constructor(ctx: RequestContext, parent: AnyClientObject | null = null, derive: ((t: unknown) => SheetModel | null) | null = null) {
    super(ctx, "Worksheet", parent, derive);
    Object.preventExtensions(this);
  }
  _props(): PropTable<SheetModel> {
    return Worksheet.PROPS;
  }
  override _navNames(): string[] {
    return ["protection", "charts", "pageLayout", "horizontalPageBreaks"];
  }
  override _nav(name: string): AnyClientObject | null {
    if (name === "protection") return this.protection as AnyClientObject;
    if (name === "pageLayout") return this.pageLayout as AnyClientObject;
    if (name === "horizontalPageBreaks") return this.horizontalPageBreaks as AnyClientObject;
    if (name === "charts") return this.charts as AnyClientObject;
    return null;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v);
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }
  get pageLayout(): PageLayout {
    return this._child("pageLayout", () => new PageLayout(this.context, this as AnyClientObject));
  }
  get horizontalPageBreaks(): PageBreakCollection {
    return this._child("horizontalPageBreaks", () => new PageBreakCollection(this.context, this as AnyClientObject));
  }
  get protection(): WorksheetProtection {
    return this._child("protection", () => new WorksheetProtection(this.context, this));
  }
  get charts(): ChartCollection {
    return this._child("charts", () => new ChartCollection(this.context, this));
  }
  /** The next sheet in tab order (ExcelApi 1.5); past the last one a null object (…OrNullObject) or ItemNotFound. */
  getNextOrNullObject(visibleOnly?: boolean): Worksheet {
    return this._make(new Worksheet(this.context), "getNextOrNullObject", "1.5", [visibleOnly], (s, tx) => nextSheet(tx.engine.doc, s, visibleOnly) ?? null);
  }
  getNext(visibleOnly?: boolean): Worksheet {
    return this._make(
      new Worksheet(this.context),
      "getNext",
      "1.5",
      [visibleOnly],
      (s, tx) => nextSheet(tx.engine.doc, s, visibleOnly) ?? fail(Code.itemNotFound, "Worksheet.getNext")
    );
  }
  activate(): void {
    this._call("activate", "1.1", [], (s, tx) => {
      activate(tx.engine.doc, s, "Worksheet.activate");
      tx.selectionChanged = true;
    });
  }
  delete(): void {
    this._call("delete", "1.1", [], (s, tx) => {
      deleteWorksheet(tx.engine, s, "Worksheet.delete");
      tx.contentChanged = true;
    });
  }
  calculate(markAllDirty?: boolean): void {
    this._call("calculate", "1.6", [markAllDirty], (s) => void alive(s, "Worksheet.calculate"));
  }
  getRange(address?: string): Range {
    return this._make(new Range(this.context), "getRange", "1.1", [address], (s) =>
      rangeOnSheet(alive(s, "Worksheet.getRange"), address, "Worksheet.getRange")
    );
  }
  getCell(row: number, column: number): Range {
    return this._make(new Range(this.context), "getCell", "1.1", [row, column], (s) => ({
      sheet: alive(s, "Worksheet.getCell"),
      rect: checkedRect({ top: row, left: column, bottom: row, right: column }, "Worksheet.getCell"),
    }));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._make(new Range(this.context), "getRangeByIndexes", "1.7", [startRow, startColumn, rowCount, columnCount], (s) => ({
      sheet: alive(s, "Worksheet.getRangeByIndexes"),
      rect: checkedRect(
        { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
        "Worksheet.getRangeByIndexes"
      ),
    }));
  }
  /** Several areas of the sheet ("B2, D4:E5"), ExcelApi 1.9; RangeAreas.select is 1.18. */
  getRanges(address: string): RangeAreas {
    return this._make(new RangeAreas(this.context), "getRanges", "1.9", [address], (s) => {
      const sheet = alive(s, "Worksheet.getRanges");
      if (typeof address !== "string" || address.trim() === "") fail(Code.invalidArgument, "Worksheet.getRanges");
      return { sheet, rects: address.split(",").map((part) => rangeOnSheet(sheet, part.trim(), "Worksheet.getRanges").rect) };
    });
  }
  /** The used range; a blank sheet gives A1 (it does not throw). */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._make(new Range(this.context), "getUsedRange", valuesOnly === undefined ? "1.1" : "1.2", [valuesOnly], (s) => ({
      sheet: alive(s, "Worksheet.getUsedRange"),
      rect: usedRect(s, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._make(new Range(this.context), "getUsedRangeOrNullObject", "1.4", [valuesOnly], (s) => {
      const rect = usedRect(alive(s, "Worksheet.getUsedRangeOrNullObject"), valuesOnly === true);
      return rect ? { sheet: s, rect } : null;
    });
  }
}

const PROTECTION_DEFAULTS = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
};

/** workbook.protection (ExcelApi 1.7): structure protection, set on open (EmulatorOptions.workbookProtected). */
export class WorkbookProtection extends ClientObject<DocModel> {
  static readonly PROPS: PropTable<DocModel> = {
    protected: { get: (d) => d.structureProtected, api: "1.7" },
  };
  constructor(ctx: RequestContext, parent: Workbook) {
    super(ctx, "WorkbookProtection", parent as AnyClientObject, (d) => d as DocModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<DocModel> {
    return WorkbookProtection.PROPS;
  }
  get protected(): boolean {
    return this._get("protected");
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  static readonly PROPS: PropTable<SheetModel> = {
    protected: { get: (s) => alive(s, "WorksheetProtection.protected").protected, api: "1.2" },
    // Only allowFormatCells is emulated among the options; the rest read as Excel's defaults for a protected sheet.
    options: { get: (s) => ({ ...PROTECTION_DEFAULTS, allowFormatCells: alive(s, "WorksheetProtection.options").allowFormatCells }), api: "1.2" },
  };
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, "WorksheetProtection", parent as AnyClientObject, (s) => s as SheetModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<SheetModel> {
    return WorksheetProtection.PROPS;
  }
  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, boolean> {
    return this._get("options");
  }
  /** Passwords are not emulated: protect/unprotect always succeed. */
  protect(options?: unknown, password?: string): void {
    this._call("protect", "1.2", [options, password], (s, tx) => {
      const sheet = alive(s, "WorksheetProtection.protect");
      sheet.protected = true;
      sheet.allowFormatCells = typeof options === "object" && options !== null && (options as { allowFormatCells?: unknown }).allowFormatCells === true;
      tx.contentChanged = true;
    });
  }
  unprotect(password?: string): void {
    this._call("unprotect", "1.7", [password], (s, tx) => {
      alive(s, "WorksheetProtection.unprotect").protected = false;
      s.allowFormatCells = false;
      tx.contentChanged = true;
    });
  }
}

// ---------------------------------------------------------------- Range

const cellCount = (r: RangeT): number => rectCells(r.rect);

export class Range extends ClientObject<RangeT> {
  static readonly PROPS: PropTable<RangeT> = {
    address: { get: (r) => formatAddress(alive(r.sheet, "Range.address").name, r.rect) },
    addressLocal: { get: (r) => formatAddress(alive(r.sheet, "Range.addressLocal").name, r.rect) },
    cellCount: { get: (r) => cellCount(r) },
    rowCount: { get: (r) => rectRows(r.rect) },
    columnCount: { get: (r) => rectCols(r.rect) },
    rowIndex: { get: (r) => r.rect.top },
    columnIndex: { get: (r) => r.rect.left },
    isEntireColumn: { get: (r) => isEntireColumn(r.rect), api: "1.7" },
    isEntireRow: { get: (r) => isEntireRow(r.rect), api: "1.7" },
    values: {
      cells: true,
      get: (r) => readGrid(live(r, "Range.values"), officeValue),
      set: (r, v, tx) => writeCells(tx.engine, r, v, "Range.values"),
    },
    formulas: {
      cells: true,
      get: (r) => readGrid(live(r, "Range.formulas"), officeFormula),
      set: (r, v, tx) => writeCells(tx.engine, r, v, "Range.formulas"),
    },
    formulasLocal: {
      cells: true,
      get: (r) => readGrid(live(r, "Range.formulasLocal"), officeFormula),
      set: (r, v, tx) => writeCells(tx.engine, r, v, "Range.formulasLocal"),
    },
    numberFormat: {
      cells: true,
      get: (r) => readGrid(live(r, "Range.numberFormat"), numberFormatOf),
      set: (r, v, tx) => writeNumberFormat(tx.engine, r, v, "Range.numberFormat"),
    },
    numberFormatLocal: {
      cells: true,
      api: "1.7",
      get: (r) => readGrid(live(r, "Range.numberFormatLocal"), numberFormatOf),
      set: (r, v, tx) => writeNumberFormat(tx.engine, r, v, "Range.numberFormatLocal"),
    },
    text: { cells: true, get: (r) => readGrid(live(r, "Range.text"), displayText) },
    valueTypes: { cells: true, get: (r) => readGrid(live(r, "Range.valueTypes"), valueType) },
  };
  constructor(ctx: RequestContext) {
    super(ctx, "Range");
    Object.preventExtensions(this);
  }
  _props(): PropTable<RangeT> {
    return Range.PROPS;
  }
  override _cellCount(r: RangeT): number {
    return cellCount(r);
  }
  override _navNames(): string[] {
    return ["format", "worksheet"];
  }
  override _nav(name: string): AnyClientObject | null {
    if (name === "format") return this.format as AnyClientObject;
    if (name === "worksheet") return this.worksheet as AnyClientObject;
    return null;
  }
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v);
  }
  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this._set("formulasLocal", v);
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v);
  }
  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: unknown[][]) {
    this._set("numberFormatLocal", v);
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get format(): RangeFormat {
    return this._child("format", () => new RangeFormat(this.context, this));
  }
  get worksheet(): Worksheet {
    // Derived from the range, like a navigation property: no call of its own to resolve.
    return this._child("worksheet", () => new Worksheet(this.context, this as AnyClientObject, (r) => (r as RangeT).sheet));
  }

  private rel(name: string, api: string, args: unknown[], f: (r: RangeT) => Rect): Range {
    return this._make(new Range(this.context), name, api, args, (r) => sub(r, f(r), `Range.${name}`));
  }
  getCell(row: number, column: number): Range {
    return this.rel("getCell", "1.1", [row, column], ({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      bottom: rect.top + row,
      right: rect.left + column,
    }));
  }
  getRow(row: number): Range {
    return this.rel("getRow", "1.1", [row], ({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }
  getColumn(column: number): Range {
    return this.rel("getColumn", "1.1", [column], ({ rect }) => ({ ...rect, left: rect.left + column, right: rect.left + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.rel("getOffsetRange", "1.1", [rowOffset, columnOffset], ({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.rel("getResizedRange", "1.2", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }
  getLastCell(): Range {
    return this.rel("getLastCell", "1.1", [], ({ rect }) => ({ top: rect.bottom, bottom: rect.bottom, left: rect.right, right: rect.right }));
  }
  getLastRow(): Range {
    return this.rel("getLastRow", "1.1", [], ({ rect }) => ({ ...rect, top: rect.bottom }));
  }
  getLastColumn(): Range {
    return this.rel("getLastColumn", "1.1", [], ({ rect }) => ({ ...rect, left: rect.right }));
  }
  getEntireRow(): Range {
    return this.rel("getEntireRow", "1.1", [], ({ rect }) => ({ top: rect.top, bottom: rect.bottom, left: 0, right: 16_383 }));
  }
  getEntireColumn(): Range {
    return this.rel("getEntireColumn", "1.1", [], ({ rect }) => ({ top: 0, bottom: 1_048_575, left: rect.left, right: rect.right }));
  }
  private intersect(name: string, api: string, other: Range | string, orNull: boolean): Range {
    return this._make(new Range(this.context), name, api, [other], (r) => {
      const label = `Range.${name}`;
      const o = typeof other === "string" ? rangeOnSheet(r.sheet, other, label) : argTarget<RangeT>(other, label);
      if (o.sheet !== r.sheet || !intersects(o.rect, r.rect)) return orNull ? null : fail(Code.itemNotFound, label);
      return {
        sheet: r.sheet,
        rect: {
          top: Math.max(o.rect.top, r.rect.top),
          left: Math.max(o.rect.left, r.rect.left),
          bottom: Math.min(o.rect.bottom, r.rect.bottom),
          right: Math.min(o.rect.right, r.rect.right),
        },
      };
    });
  }
  /** The smallest range holding both (office.js itself uses it to cut large values writes into row chunks). */
  getBoundingRect(anotherRange: Range | string): Range {
    return this._make(new Range(this.context), "getBoundingRect", "1.1", [anotherRange], (r) => {
      const label = "Range.getBoundingRect";
      const o = typeof anotherRange === "string" ? rangeOnSheet(r.sheet, anotherRange, label) : argTarget<RangeT>(anotherRange, label);
      if (o.sheet !== r.sheet) fail(Code.invalidArgument, label);
      return {
        sheet: r.sheet,
        rect: {
          top: Math.min(o.rect.top, r.rect.top),
          left: Math.min(o.rect.left, r.rect.left),
          bottom: Math.max(o.rect.bottom, r.rect.bottom),
          right: Math.max(o.rect.right, r.rect.right),
        },
      };
    });
  }
  getIntersection(anotherRange: Range | string): Range {
    return this.intersect("getIntersection", "1.1", anotherRange, false);
  }
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this.intersect("getIntersectionOrNullObject", "1.4", anotherRange, true);
  }
  private used(name: string, api: string, valuesOnly: boolean | undefined, orNull: boolean): Range {
    return this._make(new Range(this.context), name, api, [valuesOnly], (r) => {
      const u = usedRect(alive(r.sheet, `Range.${name}`), valuesOnly === true);
      if (!u || !intersects(u, r.rect)) return orNull ? null : fail(Code.itemNotFound, `Range.${name}`);
      return {
        sheet: r.sheet,
        rect: {
          top: Math.max(u.top, r.rect.top),
          left: Math.max(u.left, r.rect.left),
          bottom: Math.min(u.bottom, r.rect.bottom),
          right: Math.min(u.right, r.rect.right),
        },
      };
    });
  }
  /** The used part of this range; ItemNotFound when none of it is used. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this.used("getUsedRange", valuesOnly === undefined ? "1.1" : "1.2", valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.used("getUsedRangeOrNullObject", "1.4", valuesOnly, true);
  }
  getMergedAreasOrNullObject(): RangeAreas {
    return this._make(new RangeAreas(this.context), "getMergedAreasOrNullObject", "1.13", [], (r) => mergedAreas(r, "Range.getMergedAreasOrNullObject"));
  }
  merge(across?: boolean): void {
    this._call("merge", "1.2", [across], (r, tx) => {
      merge(r, across === true, "Range.merge");
      tx.contentChanged = true;
    });
  }
  unmerge(): void {
    this._call("unmerge", "1.2", [], (r, tx) => {
      unmerge(r, "Range.unmerge");
      tx.contentChanged = true;
    });
  }
  /** Selects the range, activating its sheet. */
  select(): void {
    this._call("select", "1.1", [], (r, tx) => {
      activate(tx.engine.doc, r.sheet, "Range.select");
      r.sheet.selection = { ...r.rect };
      tx.selectionChanged = true;
    });
  }
  clear(applyTo?: string): void {
    this._call("clear", "1.1", [applyTo], (r, tx) => {
      clearRange(tx.engine, r, applyTo ?? "All", "Range.clear");
      tx.contentChanged = true;
    });
  }
}

// ---------------------------------------------------------------- formats

export class RangeFormat extends ClientObject<RangeT> {
  static readonly PROPS: PropTable<RangeT> = {
    columnWidth: { api: "1.2", get: (r) => columnWidthOf(r), set: (r, v) => setColumnWidth(r, v, "RangeFormat.columnWidth") },
    wrapText: {
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.wrap ?? false),
      set: (r, v, tx) => {
        if (typeof v !== "boolean") fail(Code.invalidArgument, "RangeFormat.wrapText");
        formatCells(tx.engine, r, "RangeFormat.wrapText", (c) => {
          if (v) c.wrap = true;
          else delete c.wrap;
        });
      },
    },
    horizontalAlignment: {
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.hAlign ?? "General"),
      set: (r, v, tx) => {
        if (typeof v !== "string" || !H_ALIGN.includes(v)) fail(Code.invalidArgument, "RangeFormat.horizontalAlignment");
        formatCells(tx.engine, r, "RangeFormat.horizontalAlignment", (c) => {
          if (v === "General") delete c.hAlign;
          else c.hAlign = v;
        });
      },
    },
  };
  constructor(ctx: RequestContext, parent: Range) {
    super(ctx, "RangeFormat", parent as AnyClientObject, (r) => r as RangeT);
    Object.preventExtensions(this);
  }
  _props(): PropTable<RangeT> {
    return RangeFormat.PROPS;
  }
  override _navNames(): string[] {
    return ["fill", "font"];
  }
  override _nav(name: string): AnyClientObject | null {
    if (name === "fill") return this.fill as AnyClientObject;
    if (name === "font") return this.font as AnyClientObject;
    return null;
  }
  get fill(): RangeFill {
    return this._child("fill", () => new RangeFill(this.context, this));
  }
  get font(): RangeFont {
    return this._child("font", () => new RangeFont(this.context, this));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v);
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v);
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v);
  }
  /** Column widths are not measured from content: autofit only checks that formatting is allowed. */
  autofitColumns(): void {
    this._call("autofitColumns", "1.2", [], (r) => assertWritable(r.sheet, "RangeFormat.autofitColumns"));
  }
  autofitRows(): void {
    this._call("autofitRows", "1.2", [], (r) => assertWritable(r.sheet, "RangeFormat.autofitRows"));
  }
}

export class RangeFill extends ClientObject<RangeT> {
  static readonly PROPS: PropTable<RangeT> = {
    // Office.js reports "#FFFFFF" for a cell with no fill (OfficeDev/office-js#6218).
    color: {
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.fill ?? "#FFFFFF"),
      set: (r, v, tx) => {
        const color = colorInput(v, "RangeFill.color");
        // A colour replaces the fill's tint (Excel: an RGB colour has no theme tint).
        formatCells(tx.engine, r, "RangeFill.color", (c) => {
          c.fill = color;
          delete c.fillTint;
        });
      },
    },
    // No fill reads tintAndShade null, a fill a number — the way to tell them apart (OfficeDev/office-js#4900).
    tintAndShade: {
      api: "1.9",
      get: (r) => uniform(r.sheet, r.rect, (c) => (c?.fill ? (c.fillTint ?? 0) : null)),
      set: (r, v, tx) => {
        if (typeof v !== "number" || !(v >= -1 && v <= 1)) fail(Code.invalidArgument, "RangeFill.tintAndShade");
        formatCells(tx.engine, r, "RangeFill.tintAndShade", (c) => {
          c.fill ??= "#FFFFFF";
          if (v === 0) delete c.fillTint;
          else c.fillTint = v;
        });
      },
    },
    // Reported null both for no fill and for a solid fill (OfficeDev/office-js#4900); other patterns by name.
    pattern: {
      api: "1.9",
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.fillPattern ?? null),
      set: (r, v, tx) => {
        if (typeof v !== "string" || !FILL_PATTERNS.includes(v)) fail(Code.invalidArgument, "RangeFill.pattern");
        formatCells(tx.engine, r, "RangeFill.pattern", (c) => {
          if (v === "None") {
            delete c.fill;
            delete c.fillTint;
            delete c.fillPattern;
            delete c.fillPatternColor;
          } else if (v === "Solid") delete c.fillPattern;
          else c.fillPattern = v;
        });
      },
    },
    patternColor: {
      api: "1.9",
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.fillPatternColor ?? null),
      set: (r, v, tx) => {
        const color = colorInput(v, "RangeFill.patternColor");
        formatCells(tx.engine, r, "RangeFill.patternColor", (c) => {
          c.fillPatternColor = color;
        });
      },
    },
  };
  constructor(ctx: RequestContext, parent: RangeFormat) {
    super(ctx, "RangeFill", parent as AnyClientObject, (r) => r as RangeT);
    Object.preventExtensions(this);
  }
  _props(): PropTable<RangeT> {
    return RangeFill.PROPS;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get tintAndShade(): number {
    return this._get("tintAndShade");
  }
  set tintAndShade(v: number) {
    this._set("tintAndShade", v);
  }
  get pattern(): string {
    return this._get("pattern");
  }
  set pattern(v: string) {
    this._set("pattern", v);
  }
  get patternColor(): string {
    return this._get("patternColor");
  }
  set patternColor(v: string) {
    this._set("patternColor", v);
  }
  /** Removes the fill (back to "no fill"). */
  clear(): void {
    this._call("clear", "1.1", [], (r, tx) => {
      unformatCells(r, "RangeFill.clear", (c) => {
        delete c.fill;
        delete c.fillTint;
        delete c.fillPattern;
        delete c.fillPatternColor;
      });
      tx.contentChanged = true;
    });
  }
}

export class RangeFont extends ClientObject<RangeT> {
  static readonly PROPS: PropTable<RangeT> = {
    color: {
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.fontColor ?? "#000000"),
      set: (r, v, tx) => {
        const color = colorInput(v, "RangeFont.color");
        formatCells(tx.engine, r, "RangeFont.color", (c) => {
          if (color === "#000000") delete c.fontColor;
          else c.fontColor = color;
        });
      },
    },
    bold: {
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.bold ?? false),
      set: (r, v, tx) => {
        if (typeof v !== "boolean") fail(Code.invalidArgument, "RangeFont.bold");
        formatCells(tx.engine, r, "RangeFont.bold", (c) => {
          if (v) c.bold = true;
          else delete c.bold;
        });
      },
    },
    italic: {
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.italic ?? false),
      set: (r, v, tx) => {
        if (typeof v !== "boolean") fail(Code.invalidArgument, "RangeFont.italic");
        formatCells(tx.engine, r, "RangeFont.italic", (c) => {
          if (v) c.italic = true;
          else delete c.italic;
        });
      },
    },
    // The default font of the display language's Excel; font names are not kept per cell.
    name: { get: (_r, tx) => (zh(tx) ? "等线" : "Calibri") },
    size: {
      get: (r) => uniform(r.sheet, r.rect, (c) => c?.fontSize ?? 11),
      set: (r, v, tx) => {
        if (typeof v !== "number" || !(v >= 1 && v <= 409)) fail(Code.invalidArgument, "RangeFont.size");
        formatCells(tx.engine, r, "RangeFont.size", (c) => {
          if (v === 11) delete c.fontSize;
          else c.fontSize = v;
        });
      },
    },
  };
  constructor(ctx: RequestContext, parent: RangeFormat) {
    super(ctx, "RangeFont", parent as AnyClientObject, (r) => r as RangeT);
    Object.preventExtensions(this);
  }
  _props(): PropTable<RangeT> {
    return RangeFont.PROPS;
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._set("size", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v);
  }
  get name(): string {
    return this._get("name");
  }
}

// ---------------------------------------------------------------- RangeAreas

export class RangeAreas extends ClientObject<AreasT> {
  static readonly PROPS: PropTable<AreasT> = {
    address: { api: "1.9", get: (a) => areasAddress(a) },
    addressLocal: { api: "1.9", get: (a) => areasAddress(a) },
    areaCount: { api: "1.9", get: (a) => a.rects.length },
    cellCount: { api: "1.9", get: (a) => a.rects.reduce((n, r) => n + rectCells(r), 0) },
  };
  constructor(ctx: RequestContext) {
    super(ctx, "RangeAreas");
    Object.preventExtensions(this);
  }
  _props(): PropTable<AreasT> {
    return RangeAreas.PROPS;
  }
  override _navNames(): string[] {
    return ["areas"];
  }
  override _nav(name: string): AnyClientObject | null {
    return name === "areas" ? (this.areas as AnyClientObject) : null;
  }
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get areas(): RangeCollection {
    return this._child("areas", () => new RangeCollection(this.context, this));
  }
  /** Selects every area, the first one's top-left cell active (ExcelApi 1.18). */
  select(): void {
    this._call("select", "1.18", [], (a, tx) => {
      activate(tx.engine.doc, a.sheet, "RangeAreas.select");
      a.sheet.selection = { ...a.rects[0]! };
      tx.selectionChanged = true;
    });
  }
}

export class RangeCollection extends ClientCollection<AreasT, Range> {
  static readonly PROPS: PropTable<AreasT> = {};
  constructor(ctx: RequestContext, parent: RangeAreas) {
    super(ctx, "RangeCollection", parent as AnyClientObject, (a) => a as AreasT);
    Object.preventExtensions(this);
  }
  _props(): PropTable<AreasT> {
    return RangeCollection.PROPS;
  }
  _list(a: AreasT): Range[] {
    return a.rects.map((rect) => preset(new Range(this.context), { sheet: a.sheet, rect }));
  }
}

// ---------------------------------------------------------------- settings

interface SettingT {
  key: string;
}

function settingValue(doc: DocModel, s: SettingT, label: string): unknown {
  if (!doc.settings.has(s.key)) fail(Code.itemNotFound, label, `The setting '${s.key}' doesn't exist.`);
  return structuredCloneJson(doc.settings.get(s.key));
}

function checkSettingValue(value: unknown, label: string): unknown {
  if (value === undefined || typeof value === "function") fail(Code.invalidArgument, label);
  return structuredCloneJson(value);
}

export class SettingCollection extends ClientCollection<DocModel, Setting> {
  static readonly PROPS: PropTable<DocModel> = {};
  constructor(ctx: RequestContext, parent: Workbook) {
    super(ctx, "SettingCollection", parent as AnyClientObject, (d) => d as DocModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<DocModel> {
    return SettingCollection.PROPS;
  }
  _list(doc: DocModel): Setting[] {
    return [...doc.settings.keys()].map((key) => preset(new Setting(this.context), { key }));
  }
  /** Adds or replaces a setting; it is saved with the workbook. */
  add(key: string, value: unknown): Setting {
    const stored = value === undefined ? undefined : value;
    return this._make(new Setting(this.context), "add", "1.4", [key, stored], (doc, tx) => {
      if (typeof key !== "string" || key === "") fail(Code.invalidArgument, "SettingCollection.add");
      doc.settings.set(key, checkSettingValue(stored, "SettingCollection.add"));
      tx.contentChanged = true;
      return { key };
    });
  }
  getItem(key: string): Setting {
    return this._make(new Setting(this.context), "getItem", "1.4", [key], (doc) =>
      doc.settings.has(key) ? { key } : fail(Code.itemNotFound, "SettingCollection.getItem", `The setting '${key}' doesn't exist.`)
    );
  }
  getItemOrNullObject(key: string): Setting {
    return this._make(new Setting(this.context), "getItemOrNullObject", "1.4", [key], (doc) => (doc.settings.has(key) ? { key } : null));
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._call("getCount", "1.4", [], (doc, tx) => resultOf(tx, result, doc.settings.size));
    return result;
  }
}

export class Setting extends ClientObject<SettingT> {
  static readonly PROPS: PropTable<SettingT> = {
    key: { api: "1.4", get: (s) => s.key },
    value: {
      api: "1.4",
      get: (s, tx) => settingValue(tx.engine.doc, s, "Setting.value"),
      set: (s, v, tx) => {
        settingValue(tx.engine.doc, s, "Setting.value");
        tx.engine.doc.settings.set(s.key, checkSettingValue(v, "Setting.value"));
      },
    },
  };
  constructor(ctx: RequestContext) {
    super(ctx, "Setting");
    Object.preventExtensions(this);
  }
  _props(): PropTable<SettingT> {
    return Setting.PROPS;
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v);
  }
  delete(): void {
    this._call("delete", "1.4", [], (s, tx) => {
      tx.engine.doc.settings.delete(s.key);
      tx.contentChanged = true;
    });
  }
}

// ---------------------------------------------------------------- charts

function chartAlive<C extends ChartT>(c: C, label: string): C {
  alive(c.sheet, label);
  if (!c.sheet.charts.includes(c.chart)) fail(Code.itemNotFound, label, "The chart has been deleted.");
  return c;
}

export class ChartCollection extends ClientCollection<SheetModel, Chart> {
  static readonly PROPS: PropTable<SheetModel> = {
    count: { get: (s) => alive(s, "ChartCollection.count").charts.length },
  };
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, "ChartCollection", parent as AnyClientObject, (s) => s as SheetModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<SheetModel> {
    return ChartCollection.PROPS;
  }
  _list(s: SheetModel): Chart[] {
    return alive(s, "ChartCollection.items").charts.map((chart) => preset(new Chart(this.context), { sheet: s, chart }));
  }
  get count(): number {
    return this._get("count");
  }
  /** Adds a chart of the source data; series come from its columns or rows (a text header row/column names them). */
  add(type: string, sourceData: Range, seriesBy?: string): Chart {
    return this._make(new Chart(this.context), "add", "1.1", [type, sourceData, seriesBy], (s, tx) => {
      const source = argTarget<RangeT>(sourceData, "ChartCollection.add");
      tx.contentChanged = true;
      return addChart(tx.engine, alive(s, "ChartCollection.add"), type, source, seriesBy, "ChartCollection.add");
    });
  }
  getItem(name: string): Chart {
    return this._make(new Chart(this.context), "getItem", "1.1", [name], (s) => {
      const chart = s.charts.find((c) => c.name === name) ?? fail(Code.itemNotFound, "ChartCollection.getItem");
      return { sheet: s, chart };
    });
  }
  getItemOrNullObject(name: string): Chart {
    return this._make(new Chart(this.context), "getItemOrNullObject", "1.4", [name], (s) => {
      const chart = s.charts.find((c) => c.name === name);
      return chart ? { sheet: s, chart } : null;
    });
  }
  getItemAt(index: number): Chart {
    return this._make(new Chart(this.context), "getItemAt", "1.1", [index], (s) => {
      const chart = s.charts[index] ?? fail(Code.itemNotFound, "ChartCollection.getItemAt");
      return { sheet: s, chart };
    });
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._call("getCount", "1.4", [], (s, tx) => resultOf(tx, result, s.charts.length));
    return result;
  }
}

export class Chart extends ClientObject<ChartT> {
  static readonly PROPS: PropTable<ChartT> = {
    name: {
      get: (c) => chartAlive(c, "Chart.name").chart.name,
      set: (c, v) => {
        assertWritable(chartAlive(c, "Chart.name").sheet, "Chart.name");
        if (typeof v !== "string" || v === "") fail(Code.invalidArgument, "Chart.name");
        c.chart.name = v;
      },
    },
    id: { api: "1.7", get: (c) => chartAlive(c, "Chart.id").chart.id },
    chartType: {
      api: "1.7",
      get: (c) => chartAlive(c, "Chart.chartType").chart.type,
      set: (c, v) => {
        assertWritable(chartAlive(c, "Chart.chartType").sheet, "Chart.chartType");
        if (typeof v !== "string" || v === "" || v === "Invalid") fail(Code.invalidArgument, "Chart.chartType");
        c.chart.type = v;
      },
    },
  };
  constructor(ctx: RequestContext) {
    super(ctx, "Chart");
    Object.preventExtensions(this);
  }
  _props(): PropTable<ChartT> {
    return Chart.PROPS;
  }
  override _navNames(): string[] {
    return ["title", "series", "axes"];
  }
  override _nav(name: string): AnyClientObject | null {
    if (name === "title") return this.title as AnyClientObject;
    if (name === "axes") return this.axes as AnyClientObject;
    if (name === "series") return this.series as AnyClientObject;
    return null;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get id(): string {
    return this._get("id");
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v);
  }
  get title(): ChartTitle {
    return this._child("title", () => new ChartTitle(this.context, this));
  }
  get series(): ChartSeriesCollection {
    return this._child("series", () => new ChartSeriesCollection(this.context, this));
  }
  get axes(): ChartAxes {
    return this._child("axes", () => new ChartAxes(this.context, this as AnyClientObject));
  }
  /** Places the chart over the cells from startCell to endCell (a Range or an address on the chart's sheet). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call("setPosition", "1.1", [startCell, endCell], (c, tx) => {
      const label = "Chart.setPosition";
      assertWritable(chartAlive(c, label).sheet, label);
      const cell = (x: Range | string): string => positionCell(c.sheet, typeof x === "string" ? x : argTarget<RangeT>(x, label), label);
      c.chart.from = cell(startCell);
      c.chart.to = endCell === undefined ? null : cell(endCell);
      tx.contentChanged = true;
    });
  }
  setData(sourceData: Range, seriesBy?: string): void {
    this._call("setData", "1.1", [sourceData, seriesBy], (c, tx) => {
      const label = "Chart.setData";
      assertWritable(chartAlive(c, label).sheet, label);
      const source = argTarget<RangeT>(sourceData, label);
      const { by, series } = seriesFromSource(source, seriesBy ?? "Auto", zh(tx));
      c.chart.source = formatAddress(source.sheet.name, source.rect);
      c.chart.seriesBy = by;
      c.chart.series = series;
      tx.contentChanged = true;
    });
  }
  delete(): void {
    this._call("delete", "1.1", [], (c, tx) => {
      assertWritable(chartAlive(c, "Chart.delete").sheet, "Chart.delete");
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c.chart);
      tx.contentChanged = true;
    });
  }
}

/** Chart.axes (ExcelApi 1.7): only the category and value axes' titles are emulated. */
export class ChartAxes extends ClientObject<ChartT> {
  static readonly PROPS: PropTable<ChartT> = {};
  constructor(ctx: RequestContext, parent: AnyClientObject) {
    super(ctx, "ChartAxes", parent, (c) => c as ChartT);
    Object.preventExtensions(this);
  }
  _props(): PropTable<ChartT> {
    return ChartAxes.PROPS;
  }
  override _navNames(): string[] {
    return ["categoryAxis", "valueAxis"];
  }
  override _nav(name: string): AnyClientObject | null {
    if (name === "categoryAxis") return this.categoryAxis as AnyClientObject;
    if (name === "valueAxis") return this.valueAxis as AnyClientObject;
    return null;
  }
  get categoryAxis(): ChartAxis {
    return this._child("categoryAxis", () => new ChartAxis(this.context, this as AnyClientObject, "categoryAxisTitle"));
  }
  get valueAxis(): ChartAxis {
    return this._child("valueAxis", () => new ChartAxis(this.context, this as AnyClientObject, "valueAxisTitle"));
  }
}

type AxisKey = "categoryAxisTitle" | "valueAxisTitle";

export class ChartAxis extends ClientObject<ChartT> {
  static readonly PROPS: PropTable<ChartT> = {};
  private readonly key: AxisKey;
  constructor(ctx: RequestContext, parent: AnyClientObject, key: AxisKey) {
    super(ctx, "ChartAxis", parent, (c) => c as ChartT);
    this.key = key;
    Object.preventExtensions(this);
  }
  _props(): PropTable<ChartT> {
    return ChartAxis.PROPS;
  }
  override _navNames(): string[] {
    return ["title"];
  }
  override _nav(name: string): AnyClientObject | null {
    return name === "title" ? (this.title as AnyClientObject) : null;
  }
  get title(): ChartAxisTitle {
    return this._child("title", () => new ChartAxisTitle(this.context, this as AnyClientObject, this.key));
  }
}

export class ChartAxisTitle extends ClientObject<ChartT> {
  private readonly table: PropTable<ChartT>;
  constructor(ctx: RequestContext, parent: AnyClientObject, key: AxisKey) {
    super(ctx, "ChartAxisTitle", parent, (c) => c as ChartT);
    this.table = {
      text: {
        api: "1.7",
        get: (c) => chartAlive(c, "ChartAxisTitle.text").chart[key] ?? "",
        set: (c, v) => {
          assertWritable(chartAlive(c, "ChartAxisTitle.text").sheet, "ChartAxisTitle.text");
          if (typeof v !== "string") fail(Code.invalidArgument, "ChartAxisTitle.text");
          c.chart[key] = v;
        },
      },
    };
    Object.preventExtensions(this);
  }
  _props(): PropTable<ChartT> {
    return this.table;
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v);
  }
}

export class ChartTitle extends ClientObject<ChartT> {
  static readonly PROPS: PropTable<ChartT> = {
    text: {
      get: (c) => chartAlive(c, "ChartTitle.text").chart.title,
      set: (c, v) => {
        assertWritable(chartAlive(c, "ChartTitle.text").sheet, "ChartTitle.text");
        if (typeof v !== "string") fail(Code.invalidArgument, "ChartTitle.text");
        c.chart.title = v;
      },
    },
  };
  constructor(ctx: RequestContext, parent: Chart) {
    super(ctx, "ChartTitle", parent as AnyClientObject, (c) => c as ChartT);
    Object.preventExtensions(this);
  }
  _props(): PropTable<ChartT> {
    return ChartTitle.PROPS;
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v);
  }
}

export class ChartSeriesCollection extends ClientCollection<ChartT, ChartSeries> {
  static readonly PROPS: PropTable<ChartT> = {
    count: { get: (c) => chartAlive(c, "ChartSeriesCollection.count").chart.series.length },
  };
  constructor(ctx: RequestContext, parent: Chart) {
    super(ctx, "ChartSeriesCollection", parent as AnyClientObject, (c) => c as ChartT);
    Object.preventExtensions(this);
  }
  _props(): PropTable<ChartT> {
    return ChartSeriesCollection.PROPS;
  }
  _list(c: ChartT): ChartSeries[] {
    return chartAlive(c, "ChartSeriesCollection.items").chart.series.map((series) => preset(new ChartSeries(this.context), { ...c, series }));
  }
  get count(): number {
    return this._get("count");
  }
  getItemAt(index: number): ChartSeries {
    return this._make(new ChartSeries(this.context), "getItemAt", "1.1", [index], (c) => {
      const series = chartAlive(c, "ChartSeriesCollection.getItemAt").chart.series[index] ?? fail(Code.itemNotFound, "ChartSeriesCollection.getItemAt");
      return { ...c, series };
    });
  }
  /** Adds an empty series (values set with setValues). */
  add(name?: string, index?: number): ChartSeries {
    return this._make(new ChartSeries(this.context), "add", "1.7", [name, index], (c, tx) => {
      const label = "ChartSeriesCollection.add";
      assertWritable(chartAlive(c, label).sheet, label);
      const list = c.chart.series;
      const series = { name: name ?? (zh(tx) ? `系列${list.length + 1}` : `Series${list.length + 1}`), values: null, xValues: null };
      if (index === undefined) list.push(series);
      else if (Number.isInteger(index) && index >= 0 && index <= list.length) list.splice(index, 0, series);
      else fail(Code.invalidArgument, label);
      tx.contentChanged = true;
      return { ...c, series };
    });
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._call("getCount", "1.4", [], (c, tx) => resultOf(tx, result, chartAlive(c, "ChartSeriesCollection.getCount").chart.series.length));
    return result;
  }
}

export class ChartSeries extends ClientObject<SeriesT> {
  static readonly PROPS: PropTable<SeriesT> = {
    name: {
      get: (s) => chartAlive(s, "ChartSeries.name").series.name,
      set: (s, v) => {
        assertWritable(chartAlive(s, "ChartSeries.name").sheet, "ChartSeries.name");
        if (typeof v !== "string") fail(Code.invalidArgument, "ChartSeries.name");
        s.series.name = v;
      },
    },
  };
  constructor(ctx: RequestContext) {
    super(ctx, "ChartSeries");
    Object.preventExtensions(this);
  }
  _props(): PropTable<SeriesT> {
    return ChartSeries.PROPS;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  private source(name: string, sourceData: Range, put: (s: SeriesT, address: string) => void): void {
    this._call(name, "1.7", [sourceData], (s, tx) => {
      const label = `ChartSeries.${name}`;
      assertWritable(chartAlive(s, label).sheet, label);
      const r = argTarget<RangeT>(sourceData, label);
      if (rectRows(r.rect) > 1 && rectCols(r.rect) > 1) fail(Code.invalidArgument, label, "A series takes one row or one column of values.");
      put(s, seriesAddress(r));
      tx.contentChanged = true;
    });
  }
  setValues(sourceData: Range): void {
    this.source("setValues", sourceData, (s, a) => {
      s.series.values = a;
    });
  }
  setXAxisValues(sourceData: Range): void {
    this.source("setXAxisValues", sourceData, (s, a) => {
      s.series.xValues = a;
    });
  }
  delete(): void {
    this._call("delete", "1.7", [], (s, tx) => {
      assertWritable(chartAlive(s, "ChartSeries.delete").sheet, "ChartSeries.delete");
      s.chart.series = s.chart.series.filter((x) => x !== s.series);
      tx.contentChanged = true;
    });
  }
}

/** Excel.RequestContext with its workbook and application. */
export function makeContext(ctx: RequestContext, doc: DocModel): RequestContext {
  ctx.application = new Application(ctx, doc);
  ctx.workbook = new Workbook(ctx, doc);
  return ctx;
}
