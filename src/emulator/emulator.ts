/** Wires the model, the proxies and the Office namespaces into one emulator handle (Excel.run, install, inspection, save). */
import { parseRef, formatRef, cellRef } from "./address";
import { excelEnums } from "./enums";
import { Code, OfficeExtensionError, excelErrorCodes, officeExtensionErrorCodes } from "./errors";
import { DEFAULT_COLUMN_WIDTH, type DocModel, type SheetModel, getCell, openDocument, structuredCloneJson, toSaved, toSnapshot } from "./model";
import { makeContext } from "./objects";
import { DEFAULT_THEME, createOffice } from "./office";
import { recalc } from "./ops";
import { ClientResult, type Engine, RequestContext, type Tx } from "./proxy";
import type {
  ChangeEvent,
  ClientNamespaces,
  EmulatedExcelNamespace,
  EmulatedOfficeExtensionNamespace,
  EmulatorInput,
  EmulatorOptions,
  ExcelEmulator,
} from "./types";
import { displayText, numberFormatOf, officeFormula, officeValue } from "./values";

function parseVersion(v: string): number[] {
  const parts = v.split(".").map(Number);
  if (parts.length === 0 || parts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`excel emulator: bad apiVersion "${v}"`);
  return parts;
}

function columnIndex(letters: string): number {
  const r = parseRef(`${letters}1`);
  if (!r) throw new Error(`excel emulator: bad column "${letters}"`);
  return r.left;
}

export function createEmulator(input: EmulatorInput, options: EmulatorOptions): ExcelEmulator {
  const doc: DocModel = openDocument(input);
  const sheetNamed = (name: string): SheetModel => {
    const s = doc.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`excel emulator: no sheet "${name}" (sheets: ${doc.sheets.map((x) => x.name).join(", ")})`);
    return s;
  };
  for (const name of options.protectedSheets ?? []) sheetNamed(name).protected = true;
  for (const name of options.formatAllowedSheets ?? []) sheetNamed(name).allowFormatCells = true;
  if (options.workbookProtected) doc.structureProtected = true;

  const listeners = new Set<(e: ChangeEvent) => void>();
  const notify = (e: ChangeEvent): void => {
    for (const l of [...listeners]) {
      try {
        l(e);
      } catch {
        // A listener's failure (the demo's rendering) must not fail the add-in's sync.
      }
    }
  };

  const apiVersion = parseVersion(options.apiVersion ?? "1.17");
  const displayLanguage = options.displayLanguage ?? "zh-CN";
  const engine: Engine = {
    doc,
    cellLimit: options.cellLimit ?? 5_000_000,
    apiVersion,
    displayLanguage,
    syncCount: 0,
    formulaCells: new Map(),
    afterSync(tx: Tx) {
      if (tx.contentChanged) recalc(engine);
      notify({ sync: engine.syncCount, contentChanged: tx.contentChanged });
    },
  };

  class BoundRequestContext extends RequestContext {
    constructor() {
      super(engine);
      makeContext(this, doc);
    }
  }

  async function runBatch(batch: unknown): Promise<unknown> {
    if (typeof batch !== "function") throw new OfficeExtensionError(Code.invalidArgument, undefined, "Excel.run");
    const ctx = new BoundRequestContext();
    try {
      const ret: unknown = batch(ctx);
      if (!ret || typeof (ret as Promise<unknown>).then !== "function") throw new OfficeExtensionError(Code.runMustReturnPromise, undefined, "Excel.run");
      const value = await ret;
      // Excel.run flushes what the batch left queued.
      await ctx.sync();
      return value;
    } finally {
      ctx._closed = true;
    }
  }

  const Excel: EmulatedExcelNamespace = {
    ...excelEnums,
    ErrorCodes: { ...excelErrorCodes },
    RequestContext: BoundRequestContext as unknown as new () => Excel.RequestContext,
    // run(batch), run(object, batch), run(options, batch): the batch is the last argument.
    run: ((...args: unknown[]) => runBatch(args[args.length - 1])) as EmulatedExcelNamespace["run"],
  };

  const actions = new Map<string, (event: unknown) => unknown>();
  const Office = createOffice({ apiVersion, displayLanguage, theme: options.theme ?? DEFAULT_THEME, actions });
  const OfficeExtension: EmulatedOfficeExtensionNamespace = {
    Error: OfficeExtensionError,
    ErrorCodes: { ...officeExtensionErrorCodes },
    ClientResult,
    Promise,
  };

  let installed: { target: Record<string, unknown>; saved: Array<[string, PropertyDescriptor | undefined]> } | null = null;

  const emu: ExcelEmulator = {
    Excel,
    Office,
    OfficeExtension,
    hostLimits: {
      // "5 MB" read as 5,000,000 bytes, the stricter reading (the docs do not say MiB).
      payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
      oversizeErrorCode: options.oversizeErrorCode,
    },
    install(target: object = globalThis, client?: ClientNamespaces) {
      if (installed) emu.uninstall();
      const t = target as Record<string, unknown>;
      const names = ["Excel", "Office", "OfficeExtension"];
      installed = { target: t, saved: names.map((n) => [n, Object.getOwnPropertyDescriptor(t, n)]) };
      t.Excel = client?.Excel ?? Excel;
      t.Office = Office;
      t.OfficeExtension = client?.OfficeExtension ?? OfficeExtension;
    },
    uninstall() {
      if (!installed) return;
      for (const [name, desc] of installed.saved) {
        if (desc) Object.defineProperty(installed.target, name, desc);
        else delete installed.target[name];
      }
      installed = null;
    },
    get syncCount() {
      return engine.syncCount;
    },
    resetSyncCount() {
      engine.syncCount = 0;
    },
    cell(sheet, a1) {
      const s = sheetNamed(sheet);
      const r = parseRef(a1);
      if (!r) throw new Error(`excel emulator: bad cell address "${a1}"`);
      const c = getCell(s, r.top, r.left);
      return {
        value: officeValue(c),
        formula: officeFormula(c),
        numberFormat: numberFormatOf(c),
        text: displayText(c),
        fill: c?.fill ?? null,
        fontColor: c?.fontColor ?? "#000000",
        bold: c?.bold ?? false,
      };
    },
    fillDetail(sheet, a1) {
      const r = parseRef(a1);
      if (!r) throw new Error(`excel emulator: bad cell address "${a1}"`);
      const c = getCell(sheetNamed(sheet), r.top, r.left);
      if (!c?.fill) return null;
      return { color: c.fill, tintAndShade: c.fillTint ?? 0, pattern: c.fillPattern ?? "Solid", patternColor: c.fillPatternColor ?? null };
    },
    sheetNames: () => doc.sheets.map((s) => s.name),
    selection() {
      const sel = doc.active.selection;
      return { sheet: doc.active.name, address: formatRef(sel), activeCell: cellRef(sel.top, sel.left) };
    },
    activeSheet: () => doc.active.name,
    settings: () => Object.fromEntries([...doc.settings].map(([k, v]) => [k, structuredCloneJson(v)])),
    snapshot: (opts) => toSnapshot(doc, opts?.text ? displayText : undefined),
    save: () => toSaved(doc),
    charts: (sheet) => sheetNamed(sheet).charts.map((c) => ({ ...c, series: c.series.map((x) => ({ ...x })) })),
    visibility: (sheet) => sheetNamed(sheet).visibility,
    isProtected: (sheet) => sheetNamed(sheet).protected,
    columnWidth: (sheet, column) => sheetNamed(sheet).colWidths.get(columnIndex(column)) ?? DEFAULT_COLUMN_WIDTH,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    runAction(id) {
      const handler = actions.get(id);
      if (!handler) return Promise.reject(new Error(`excel emulator: no action "${id}" was associated`));
      return new Promise<void>((resolve, reject) => {
        const event = { source: { id }, completed: () => resolve() };
        try {
          const ret = handler(event);
          if (ret && typeof (ret as Promise<unknown>).then === "function") (ret as Promise<unknown>).then(undefined, reject);
        } catch (e) {
          reject(e);
        }
      });
    },
    userSelect(sheet, address) {
      const s = sheetNamed(sheet);
      const rect = parseRef(address);
      if (!rect) throw new Error(`excel emulator: bad address "${address}"`);
      if (s.visibility !== "Visible") throw new Error(`excel emulator: sheet "${sheet}" is hidden`);
      doc.active = s;
      s.selection = rect;
      notify({ sync: engine.syncCount, contentChanged: false });
    },
  };
  return emu;
}
