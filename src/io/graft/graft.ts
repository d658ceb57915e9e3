/**
 * The sheets composed in a scratch package (ExcelJS's) grafted into the input package: a new sheet is a new part with
 * its own related parts; a sheet written into gets the composed cells and layout, and keeps its drawings, notes and
 * other related parts. The workbook part, its relationships, the content types, the styles and the calculation chain
 * are edited in place; every other part of the input is not touched.
 */
import { sharedItems } from "../cell-edit";
import type { SheetAction } from "../sheet-targets";
import { dropSheets } from "./calc-chain";
import { CONTENT_TYPES } from "./content-types";
import { PartCopier } from "./copy-parts";
import type { PackageEdit } from "./package-edit";
import { addRel, emptyRelsXml, relativeTarget, relsPathOf, removeRel } from "./rels";
import { spliceCells } from "./cell-splice";
import { adopt, exchangeElements, relIdsOf, renameRelIds, restyle, rootChildren, transplant } from "./sheet-xml";
import { StyleMerge, type StyleMap } from "./styles";
import { WorkbookReadError } from "../read-error";
import { inlineSharedStrings } from "./strings";
import { addSheet, definedNames, PRINT_NAMES, setPrintNames, workbookParts } from "./workbook-part";

export interface GraftTarget {
  /** The sheet's name, the same in both packages. */
  name: string;
  action: SheetAction;
  /** For a sheet written into ("filled"): the cells the write owns, "row,col" 0-based; the others keep their XML. */
  cells?: ReadonlySet<string>;
}

const WORKSHEET = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  type: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
};
const STYLES = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  type: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

// In a sheet written into, the write owns its cells (merged cell by cell), widths and merges; in one the report made
// before, every cell and the print setup.
const OWNED_FILLED = new Set(["dimension", "cols", "mergeCells"]);
const OWNED_REPLACED = new Set([
  ...OWNED_FILLED,
  "sheetFormatPr",
  "sheetData",
  "sheetPr",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
]);
// Elements that point at related parts: a sheet written into keeps its own, and gets the composed one only where it has none.
const RELATED = ["drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "tableParts", "hyperlinks"];

export async function graftSheets(out: PackageEdit, scratch: PackageEdit, targets: readonly GraftTarget[]): Promise<void> {
  const wb = await workbookParts(out);
  const sc = await workbookParts(scratch);
  const wbXmlBefore = (await out.text(wb.path))!;
  const wbRelsBefore = (await out.text(relsPathOf(wb.path))) ?? emptyRelsXml();
  let wbXml = wbXmlBefore;
  let wbRels = wbRelsBefore;
  const copier = new PartCopier(scratch, out, (await scratch.text(CONTENT_TYPES)) ?? "");

  const scStyles = sc.related("styles");
  const stylesXml = scStyles && (await scratch.text(scStyles.part));
  // The input's styles where the reader finds them: by relationship, else where Excel puts them.
  const related = wb.related("styles");
  const usual = `${wb.path.replace(/[^/]*$/, "")}styles.xml`;
  const ownPart = related?.part ?? (out.has(usual) ? usual : undefined);
  const ownStylesXml = ownPart === undefined ? undefined : await out.text(ownPart);
  // Its cells name styles that are not there: any styles we add would restyle them, so nothing can be written.
  if (related && ownStylesXml === undefined) throw new WorkbookReadError("corrupt", { detail: "structure" });
  let merge: StyleMerge | undefined;
  let styles: StyleMap = { xf: (i) => i, dxf: (i) => i };
  if (ownStylesXml && stylesXml) {
    merge = new StyleMerge(ownStylesXml, stylesXml);
    styles = merge;
  } else if (stylesXml) {
    // A package without a styles part takes the composed one as it is, so the indices stand.
    out.set(usual, stylesXml);
  }
  if (stylesXml && !related) {
    // Excel finds styles by relationship only: the sheets we add must not lose theirs.
    await copier.declare(ownPart ?? usual, STYLES.type);
    wbRels = addRel(wbRels, STYLES.rel, relativeTarget(wb.path, ownPart ?? usual)).xml;
  }
  const scShared = sc.related("sharedStrings");
  const shared = scShared ? sharedItems((await scratch.text(scShared.part)) ?? "") : [];
  const scNames = definedNames((await scratch.text(sc.path))!);

  const rewritten = new Set<number>();
  let count = wb.sheets.length;
  for (const t of targets) {
    const fromIndex = sc.sheets.findIndex((s) => s.name === t.name);
    const from = sc.sheets[fromIndex]?.part;
    if (!from) throw new Error(`the composed package has no sheet "${t.name}"`);
    const composed = restyle(inlineSharedStrings((await scratch.text(from))!, shared), styles);
    const prints = scNames.filter((d) => d.localSheetId === fromIndex && PRINT_NAMES.has(d.name));

    if (t.action === "created" || t.action === "redirected") {
      const part = out.freeName("xl/worksheets", "sheet", ".xml");
      const ids = await copier.copyRelationships(from, part);
      out.set(part, renameRelIds(composed, ids));
      await copier.declare(part, WORKSHEET.type);
      const rel = addRel(wbRels, WORKSHEET.rel, relativeTarget(wb.path, part));
      wbRels = rel.xml;
      wbXml = addSheet(wbXml, t.name, rel.id);
      wbXml = setPrintNames(wbXml, count++, prints);
      continue;
    }

    const index = wb.sheets.findIndex((s) => s.name === t.name);
    const sheet = wb.sheets[index];
    if (!sheet?.part) throw new Error(`the input has no worksheet part for "${t.name}"`);
    let xml = exchangeElements((await out.text(sheet.part))!, composed, t.action === "replaced" ? OWNED_REPLACED : OWNED_FILLED);
    if (t.action === "filled") xml = spliceCells(xml, adopt(composed, xml), t.cells ?? new Set());
    const have = new Set(rootChildren(xml).map((c) => c.name));
    for (const name of RELATED) {
      if (have.has(name)) continue;
      const wanted = relIdsOf(composed, name);
      if (wanted.size === 0) continue;
      xml = transplant(xml, composed, name, await copier.copyRelationships(from, sheet.part, wanted));
    }
    out.set(sheet.part, xml);
    if (t.action === "replaced") wbXml = setPrintNames(wbXml, index, prints);
    rewritten.add(sheet.sheetId);
  }

  if (merge && ownPart !== undefined && merge.changed()) out.set(ownPart, merge.xml());
  const chain = wb.related("calcChain");
  const chainXml = chain && rewritten.size ? await out.text(chain.part) : undefined;
  if (chain && chainXml !== undefined) {
    const kept = dropSheets(chainXml, rewritten);
    if (kept === null) {
      out.remove(chain.part);
      wbRels = removeRel(wbRels, chain.id);
      await copier.undeclare(chain.part);
    } else if (kept !== chainXml) out.set(chain.part, kept);
  }
  // Unchanged parts are not written again, so they keep their stored bytes.
  if (wbXml !== wbXmlBefore) out.set(wb.path, wbXml);
  if (wbRels !== wbRelsBefore) out.set(relsPathOf(wb.path), wbRels);
  await copier.flush();
}
