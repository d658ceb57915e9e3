/** Reads an .xlsx file into a WorkbookSnapshot, streaming each part so that million-row ledgers fit in a default heap. */
import { promises as fsp } from "fs";
import path from "path";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { isDateFormat } from "./number-formats";
import { readCellFormats, readRelationships, readWorkbookPart, type Relationship, type WorkbookPart, type WorkbookSheetEntry } from "./ooxml-parts";
import { WorkbookReadError, type ReadErrorDetail } from "./read-error";
import { SharedStrings } from "./shared-strings";
import { scanSharedStrings, scanSheetPart } from "./sheet-scanner";
import { type Limits, limitsWith } from "./limits";
import { utf8Xml } from "./xml-scan";
import { archiveKind, ZipArchive } from "./zip-archive";

export { WorkbookReadError, describeReadError, type ReadErrorKind, type ReadErrorDetail, type Lang } from "./read-error";

// A 1904-system serial counts days from 1904-01-01; adding 1462 gives the 1900-system serial the snapshot uses.
const DAYS_1900_TO_1904 = 1462;

// A relationship's type URI ends in its kind: .../worksheet, .../sharedStrings, .../styles, .../officeDocument.
const isType = (r: Relationship, kind: string): boolean => r.type.endsWith(`/${kind}`);

// Relationship targets are relative to the folder of the part that owns them, or absolute from the package root.
function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(ownerPart), target));
}

// xl/workbook.xml → xl/_rels/workbook.xml.rels
function relsPathOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

async function findWorkbookPart(zip: ZipArchive): Promise<string | undefined> {
  if (zip.has("_rels/.rels")) {
    const rels = await readRelationships(utf8Xml(zip.read("_rels/.rels")));
    const doc = rels.find((r) => isType(r, "officeDocument") && !r.external);
    if (doc) {
      const target = resolveTarget("", doc.target);
      if (zip.has(target) && target.endsWith(".xml")) return target;
    }
  }
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

/** Where a workbook's parts are, by the package's relationships. */
export interface PartMap {
  workbook: WorkbookPart;
  /** The worksheets in workbook order (chart and dialog sheets left out); `part` undefined when the package lacks it. */
  sheets: Array<{ entry: WorkbookSheetEntry; part: string | undefined }>;
  sharedStrings: string | undefined;
  styles: string | undefined;
}

export async function locateParts(zip: ZipArchive): Promise<PartMap> {
  const workbookPath = await findWorkbookPart(zip);
  if (!workbookPath) throw new WorkbookReadError("not-xlsx", { detail: archiveKind(zip.names()) });
  const workbook = await readWorkbookPart(utf8Xml(zip.read(workbookPath)));
  if (!workbook.isWorkbook) throw new WorkbookReadError("not-xlsx", { detail: archiveKind(zip.names()) });
  // Excel keeps at least one sheet: a workbook listing none is damaged, not one without slips.
  if (!workbook.sheets.length) throw new WorkbookReadError("corrupt", { detail: "no-sheets" });
  const relsPath = relsPathOf(workbookPath);
  const rels = zip.has(relsPath) ? await readRelationships(utf8Xml(zip.read(relsPath))) : [];

  const partOf = (kind: string, fallback: string): string | undefined => {
    const r = rels.find((x) => isType(x, kind) && !x.external);
    const p = r ? resolveTarget(workbookPath, r.target) : fallback;
    return zip.has(p) ? p : undefined;
  };
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: PartMap["sheets"] = [];
  for (const entry of workbook.sheets) {
    const rel = relById.get(entry.rId);
    // Chart sheets and dialog sheets hold no cells; Office.js does not list them among worksheets either.
    if (rel && !isType(rel, "worksheet")) continue;
    const part = rel ? resolveTarget(workbookPath, rel.target) : undefined;
    sheets.push({ entry, part: part && zip.has(part) ? part : undefined });
  }
  return { workbook, sheets, sharedStrings: partOf("sharedStrings", "xl/sharedStrings.xml"), styles: partOf("styles", "xl/styles.xml") };
}

async function readAll(zip: ZipArchive, limits: Limits): Promise<WorkbookSnapshot> {
  const parts = await locateParts(zip);
  // Central-directory access lets us read shared strings and styles before any sheet, whatever the part order.
  const strings = parts.sharedStrings ? await scanSharedStrings(utf8Xml(zip.read(parts.sharedStrings)), limits) : new SharedStrings();
  const formats = parts.styles ? await readCellFormats(utf8Xml(zip.read(parts.styles))) : [];
  const date1904 = parts.workbook.date1904;
  const adjust = (v: number, fmt: string): number => (date1904 && isDateFormat(fmt) ? v + DAYS_1900_TO_1904 : v);

  const sheets: SheetSnapshot[] = [];
  const read = { cells: 0, limits };
  for (const { entry, part } of parts.sheets) {
    if (!part) throw new WorkbookReadError("corrupt", { detail: "missing-part", cause: new Error(`sheet "${entry.name}" has no worksheet part`) });
    const { rows, merges } = await scanSheetPart(utf8Xml(zip.read(part)), { strings, formats, adjust, read });
    sheets.push({ name: entry.name, hidden: entry.hidden, rows, merges });
  }
  return { sheets };
}

function corruptDetail(e: unknown): ReadErrorDetail | undefined {
  const msg = e instanceof Error ? e.message : "";
  // saxes reports "line:column: problem".
  return /^\d+:\d+: /.test(msg) ? "bad-xml" : undefined;
}

/** Reads a workbook file once, for its bytes and the snapshot of those same bytes (what is edited is what was checked). */
export async function readWorkbookBytes(file: string): Promise<{ bytes: Buffer; snapshot: WorkbookSnapshot }> {
  let bytes: Buffer;
  try {
    const st = await fsp.stat(file);
    if (st.isDirectory()) throw new WorkbookReadError("not-xlsx", { file, detail: "directory" });
    if (!st.isFile()) throw new WorkbookReadError("not-xlsx", { file, detail: "special" });
    bytes = await fsp.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new WorkbookReadError("not-xlsx", { file, detail: "directory" });
    throw new WorkbookReadError(code === "ENOENT" || code === "ENOTDIR" ? "not-found" : "unreadable", { file, cause: e });
  }
  try {
    return { bytes, snapshot: await readWorkbook(bytes) };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new WorkbookReadError(e.kind, { file, detail: e.detail, cause: e.cause, limit: e.limit });
    throw e;
  }
}

export interface ReadOptions {
  /** Lower ceilings than LIMITS (src/io/limits.ts); the defaults are what every reader applies. */
  limits?: Partial<Limits>;
}

/**
 * Reads a workbook from a path or from the file's bytes. Throws WorkbookReadError (kind not-found, unreadable, not-xlsx,
 * encrypted or corrupt) for input that is not a readable .xlsx.
 */
export async function readWorkbook(input: string | Buffer, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const file = typeof input === "string" ? input : undefined;
  const limits = limitsWith(options.limits);
  const zip = await ZipArchive.open(input, limits);
  try {
    return await readWorkbookArchive(zip, limits, file);
  } finally {
    await zip.close();
  }
}

/** A workbook from an archive already open (the caller closes it): what readWorkbook reads, with its errors. */
export async function readWorkbookArchive(zip: ZipArchive, limits: Limits, file: string | undefined): Promise<WorkbookSnapshot> {
  try {
    return await readAll(zip, limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      if (e.file !== undefined || file === undefined) throw e;
      throw new WorkbookReadError(e.kind, { file, detail: e.detail, cause: e.cause, limit: e.limit });
    }
    throw new WorkbookReadError("corrupt", { file, detail: corruptDetail(e), cause: e });
  }
}
