/**
 * The emulated Excel host for the tests and the demo: an in-memory workbook, its object model (Excel.run, proxies,
 * load/sync, on which the host evaluates each request), and the host that answers Microsoft's Excel client library.
 */
import type { EmulatorInput, EmulatorOptions, ExcelEmulator, SavedWorkbook } from "./types";
import { createEmulator } from "./emulator";

export type {
  CellInspection,
  ChangeEvent,
  ChartInfo,
  ChartSeriesInfo,
  EmulatedExcelNamespace,
  EmulatedOfficeExtensionNamespace,
  EmulatedOfficeNamespace,
  EmulatorInput,
  EmulatorOptions,
  ExcelEmulator,
  FillDetail,
  OfficeThemeColors,
  SavedCell,
  SavedSheet,
  SavedWorkbook,
  SheetVisibilityName,
} from "./types";

/** Opens a workbook (a snapshot, or a document saved with emu.save()) in a new emulated Excel. */
export function createExcelEmulator(input: EmulatorInput, options: EmulatorOptions = {}): ExcelEmulator {
  return createEmulator(input, options);
}

/** Reopens a document saved with emu.save(): fills, fonts, settings and charts come back. */
export function loadSaved(doc: SavedWorkbook, options: EmulatorOptions = {}): ExcelEmulator {
  return createEmulator(doc, options);
}

createExcelEmulator.fromSaved = loadSaved;

/** The emulation as the host behind Microsoft's Excel client library (its request executor). */
export { createRichApiHost, type RichApiHost, type RichApiHostOptions, type RequestRecord } from "./richapi";
export { serveClientLibrary, type ClientLibrary, type ServedLibrary } from "./client-library";
