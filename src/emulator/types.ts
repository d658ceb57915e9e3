/** Public types of the Excel emulation: options, the emulator handle, and the saved-document format. */
import type { Cell, PlainWorkbook, WorkbookSnapshot } from "../core/snapshot";
import type { excelEnums } from "./enums";
import type { OfficeExtensionError } from "./errors";

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export interface EmulatorOptions {
  /**
   * Request and response payload limit of one request, in bytes of the JSON that travels (Excel on the web: 5 MB).
   * Enforced by the host behind Microsoft's client library (richapi.ts), which sees the real request.
   */
  payloadLimitBytes?: number;
  /** Cells a range may hold when its cell data is loaded (Excel: 5,000,000). */
  cellLimit?: number;
  /** Highest ExcelApi requirement set supported, e.g. "1.17". */
  apiVersion?: string;
  /** Office.context.displayLanguage. */
  displayLanguage?: string;
  theme?: OfficeThemeColors;
  /** Sheets protected (without password) on open; overrides what a saved document says. */
  protectedSheets?: string[];
  /** Of those, the ones whose protection allows formatting cells (WorksheetProtectionOptions.allowFormatCells). */
  formatAllowedSheets?: string[];
  /** Workbook structure protected: worksheets.add fails with AccessDenied. */
  workbookProtected?: boolean;
  /** The code a request or response over the payload limit fails with (older Excel on the web builds: "GeneralException"). */
  oversizeErrorCode?: string;
}

export type SheetVisibilityName = "Visible" | "Hidden" | "VeryHidden";

/** A cell of a saved document: the snapshot cell plus the formats the emulator keeps. */
export interface SavedCell extends Cell {
  /** Fill colour "#RRGGBB"; absent means no fill. */
  fill?: string;
  fillTint?: number;
  fillPattern?: string;
  fillPatternColor?: string;
  fontColor?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  /** Excel.HorizontalAlignment value other than "General". */
  hAlign?: string;
}

export interface ChartSeriesInfo {
  name: string;
  /** Sheet-qualified address of the values, or null when not set. */
  values: string | null;
  /** Sheet-qualified address of the category (x axis) values, or null. */
  xValues: string | null;
}

/** A chart as the emulator keeps it (and as `emu.charts(sheet)` reports it). */
export interface ChartInfo {
  id: string;
  name: string;
  type: string;
  title: string;
  /** Sheet-qualified source range given to charts.add, or null. */
  source: string | null;
  seriesBy: string;
  /** Top-left and bottom-right cells given to setPosition ("K2", "R20"), or null before setPosition. */
  from: string | null;
  to: string | null;
  series: ChartSeriesInfo[];
  /** Axis titles (Chart.axes, ExcelApi 1.7), when set. */
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
}

export interface SavedSheet {
  name: string;
  visibility: SheetVisibilityName;
  protected: boolean;
  allowFormatCells?: boolean;
  pageLayout?: { paperSize?: string; orientation?: string; zoom?: Record<string, number>; printTitleRows?: string };
  pageBreaks?: number[];
  rows: Array<Array<SavedCell | undefined | null> | undefined | null>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  /** Column widths in points, by 0-based column index. */
  columnWidths: Record<string, number>;
  /** The sheet's selection, A1 range without the sheet ("B3:C4"). */
  selection: string;
  charts: ChartInfo[];
}

/** A saved workbook: JSON-serialisable, reopened with `loadSaved` / `createExcelEmulator.fromSaved`. */
export interface SavedWorkbook {
  format: "selfeval-excel-emulator";
  version: 1;
  sheets: SavedSheet[];
  activeSheet: string;
  /** Document settings (Excel.SettingCollection), persisted with the workbook. */
  settings: Record<string, unknown>;
  /** Custom document properties (workbook.properties.custom). */
  customProperties?: Record<string, unknown>;
}

/** One cell as the tests and the demo inspect it. */
export interface CellInspection {
  /** As Range.values gives it: number, string, boolean, error text ("#DIV/0!"), "" when empty. */
  value: unknown;
  /** As Range.formulas gives it: "=SUM(B2:B4)" or the value. */
  formula: unknown;
  numberFormat: string;
  /** As Range.text gives it. */
  text: string;
  /** Fill colour "#RRGGBB", or null for no fill (Office.js itself reports "#FFFFFF" for no fill). */
  fill: string | null;
  fontColor: string;
  bold: boolean;
}

export interface FillDetail {
  color: string;
  tintAndShade: number;
  /** "Solid" or another Excel.FillPattern. */
  pattern: string;
  patternColor: string | null;
}

export interface ChangeEvent {
  /** The sync that caused it (the emulator's sync count), or 0 for a change outside a sync. */
  sync: number;
  /** Whether the workbook content changed (values, formats, sheets, settings, charts), not just the selection. */
  contentChanged: boolean;
}

/** The Excel and OfficeExtension namespaces of a client library (Microsoft's, over the emulated host). */
export interface ClientNamespaces {
  Excel: unknown;
  OfficeExtension: unknown;
}

/** The handle createExcelEmulator returns. */
export interface ExcelEmulator {
  /** The emulated `Excel` namespace: run() plus enums. */
  readonly Excel: EmulatedExcelNamespace;
  /** The emulated `Office` namespace. */
  readonly Office: EmulatedOfficeNamespace;
  /** The emulated `OfficeExtension` namespace: Error and ErrorCodes. */
  readonly OfficeExtension: EmulatedOfficeExtensionNamespace;
  /** The payload limit and oversize error code the host behind the client library applies (from the options). */
  readonly hostLimits: { payloadLimitBytes: number; oversizeErrorCode?: string };
  /**
   * Sets target.Excel, target.Office and target.OfficeExtension (default: globalThis). `client` puts Microsoft's client
   * library (served by this emulation) in place of the emulation's own Excel and OfficeExtension.
   */
  install(target?: object, client?: ClientNamespaces): void;
  /** Restores what install() replaced. */
  uninstall(): void;
  /** Round trips so far: context.sync() calls with something queued (Excel.run's closing flush counts when it carries work). */
  readonly syncCount: number;
  resetSyncCount(): void;

  cell(sheet: string, a1: string): CellInspection;
  /** The cell's fill in full (colour, tint, pattern and its colour), or null for no fill. */
  fillDetail(sheet: string, a1: string): FillDetail | null;
  sheetNames(): string[];
  /** The active sheet and its selection as the name box would show the range ("B3:C4"), plus the active cell. */
  selection(): { sheet: string; address: string; activeCell: string };
  activeSheet(): string;
  /** Persisted document settings as a plain object (a copy). */
  settings(): Record<string, unknown>;
  /** The workbook as a WorkbookSnapshot (values, formulas, number formats, merges, hidden); `text: true` adds display text. */
  snapshot(options?: { text?: boolean }): PlainWorkbook;
  /** Save: the whole document, formats, settings and charts included, as JSON-serialisable data. */
  save(): SavedWorkbook;
  charts(sheet: string): ChartInfo[];
  visibility(sheet: string): SheetVisibilityName;
  isProtected(sheet: string): boolean;
  /** Column width in points (Excel default 48). */
  columnWidth(sheet: string, column: string): number;
  /** Calls the listener after every sync (and selection change); returns an unsubscribe function. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Runs a ribbon command registered with Office.actions.associate; resolves when it calls event.completed(). */
  runAction(id: string): Promise<void>;
  /** Changes the user's selection as a click would (sheet activated, range selected), outside any Excel.run. */
  userSelect(sheet: string, address: string): void;
}

/** The parts of the `Excel` namespace the emulator provides: run, RequestContext, ErrorCodes and the enums (enums.ts). */
export type EmulatedExcelNamespace = typeof excelEnums & {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => Excel.RequestContext;
  ErrorCodes: Record<string, string>;
};

export interface EmulatedOfficeNamespace {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    officeTheme: OfficeThemeColors;
    host: string;
    platform: string;
    diagnostics: { host: string; platform: string; version: string };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  actions: { associate(id: string, handler: (event: unknown) => unknown): void };
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  [name: string]: unknown;
}

export interface EmulatedOfficeExtensionNamespace {
  /** OfficeExtension.Error: `instanceof` works on what failed syncs reject with. */
  Error: typeof OfficeExtensionError;
  ErrorCodes: Record<string, string>;
  [name: string]: unknown;
}

export type EmulatorInput = WorkbookSnapshot | SavedWorkbook;
