/**
 * Microsoft's Excel client library (the excel-web-16.00.js office.js loads in Excel on the web, from
 * @microsoft/office-js) running in Node, with the emulation as its host (src/emulator/richapi.ts): the adapter's
 * Excel.run, proxies, load/sync and errors are then Microsoft's own code, and every request is the real message.
 */
import fs from "node:fs";
import vm from "node:vm";
import { createExcelEmulator, type EmulatorInput, type EmulatorOptions, type ExcelEmulator } from "../../src/emulator";
import { createRichApiHost, type RichApiHost, type RichApiHostOptions } from "../../src/emulator/richapi";
import type { ExcelEnv } from "../../src/excel/env";

interface ClientLibrary {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

let library: ClientLibrary | null = null;

/** Loads the library once per test file, in a sandbox with the few browser globals its start-up touches. */
export function clientLibrary(): ClientLibrary {
  if (library) return library;
  const file = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "node", platform: "node" },
    document: { readyState: "complete", getElementsByTagName: () => [], createElement: () => ({ style: {} }), addEventListener: () => undefined, cookie: "" },
    location: { href: "https://localhost/", search: "", hash: "", protocol: "https:", host: "localhost" },
    addEventListener: () => undefined,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  library = { Excel: sandbox.Excel as typeof Excel, OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension };
  return library;
}

export interface ClientHarness {
  emu: ExcelEmulator;
  host: RichApiHost;
  env: ExcelEnv;
}

/**
 * An emulated workbook served to the client library. The payload limit is the host's (on the real request and response
 * size); the emulation's own estimate is switched off.
 */
export function viaClientLibrary(input: EmulatorInput, options: EmulatorOptions = {}, hostOptions: RichApiHostOptions = {}): ClientHarness {
  const emu = createExcelEmulator(input, { ...options, payloadLimitBytes: Number.MAX_SAFE_INTEGER });
  return { emu, ...serve(emu, { payloadLimitBytes: options.payloadLimitBytes, oversizeErrorCode: options.oversizeErrorCode, ...hostOptions }) };
}

/** The client library over an existing emulator (e.g. one reopened from a saved document). */
export function serve(emu: ExcelEmulator, hostOptions: RichApiHostOptions = {}): { host: RichApiHost; env: ExcelEnv } {
  const { Excel: XL } = clientLibrary();
  const host = createRichApiHost(emu, hostOptions);
  const env: ExcelEnv = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> => {
      const inject = (context: Excel.RequestContext): Promise<T> => {
        // The request executor office.js would pick for the document (OfficeJsRequestExecutor) is replaced by the emulated host.
        (context as unknown as { _requestExecutor: RichApiHost })._requestExecutor = host;
        return batch(context);
      };
      return options ? XL.run(options, inject) : XL.run(inject);
    },
    isSetSupported: (name, version) => emu.Office.context.requirements.isSetSupported(name, version),
  };
  return { host, env };
}
