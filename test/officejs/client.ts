/**
 * Microsoft's Excel client library (the excel-web-16.00.js office.js loads in Excel on the web, from
 * @microsoft/office-js) running in Node, with the emulation as its host (src/emulator/richapi.ts): the adapter's
 * Excel.run, proxies, load/sync and errors are then Microsoft's own code, and every request is the real message.
 */
import fs from "node:fs";
import vm from "node:vm";
import {
  createExcelEmulator,
  serveClientLibrary,
  type ClientLibrary,
  type EmulatorInput,
  type EmulatorOptions,
  type ExcelEmulator,
  type ServedLibrary,
} from "../../src/emulator";
import type { RichApiHost, RichApiHostOptions } from "../../src/emulator/richapi";
import type { ExcelEnv } from "../../src/excel/env";

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

/** An emulated workbook served to the client library; the host applies the payload limit to the real request and response. */
export function viaClientLibrary(input: EmulatorInput, options: EmulatorOptions = {}, hostOptions: RichApiHostOptions = {}): ClientHarness {
  const emu = createExcelEmulator(input, options);
  return { emu, ...serve(emu, hostOptions) };
}

/** The client library over an existing emulator (e.g. one reopened from a saved document). */
export function serve(emu: ExcelEmulator, hostOptions: RichApiHostOptions = {}): ServedLibrary {
  return serveClientLibrary(clientLibrary(), emu, hostOptions);
}
