/**
 * Microsoft's Excel client library (excel-web-16.00.js from @microsoft/office-js) served by the emulation: its Excel.run
 * makes the real request messages, and the emulated host (richapi.ts) answers them. Loading the library is the
 * caller's part: a <script> in the demo page, a sandbox in the tests.
 */
import type { ExcelEnv } from "../excel/env";
import { createRichApiHost, type RichApiHost, type RichApiHostOptions } from "./richapi";
import type { ClientNamespaces, ExcelEmulator } from "./types";

/** What the library defines on its global object. */
export interface ClientLibrary {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

export interface ServedLibrary {
  host: RichApiHost;
  /** Excel.run and isSetSupported for the adapter (src/excel/). */
  env: ExcelEnv;
  /** The library's namespaces with run() bound to the emulated host, for emu.install(target, namespaces). */
  namespaces: ClientNamespaces;
}

/** Serves `emu` to the client library: every Excel.run of `env` (or of `namespaces.Excel`) goes to the emulated host. */
export function serveClientLibrary(lib: ClientLibrary, emu: ExcelEmulator, hostOptions: RichApiHostOptions = {}): ServedLibrary {
  const host = createRichApiHost(emu, hostOptions);
  const XL = lib.Excel;
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> => {
    const inject = (context: Excel.RequestContext): Promise<T> => {
      // The executor office.js would pick for the document (OfficeJsRequestExecutor) is the emulated host instead.
      (context as unknown as { _requestExecutor: RichApiHost })._requestExecutor = host;
      return batch(context);
    };
    return options ? XL.run(options, inject) : XL.run(inject);
  };
  const env: ExcelEnv = { run, isSetSupported: (name, version) => emu.Office.context.requirements.isSetSupported(name, version) };
  // Excel.run(batch) and Excel.run(options, batch), the forms the add-in uses; everything else is the library's own.
  const excel = Object.create(XL as object) as Record<string, unknown>;
  excel.run = (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    return args.length > 1 && typeof args[0] === "object" && args[0] !== null ? run(batch, args[0] as Excel.RunOptions) : run(batch);
  };
  return { host, env, namespaces: { Excel: excel, OfficeExtension: lib.OfficeExtension } };
}
