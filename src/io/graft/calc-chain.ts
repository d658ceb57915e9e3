/**
 * The calculation chain without the cells of sheets that were rewritten: Excel repairs a file whose chain names a cell
 * that holds no formula. Excel rebuilds the entries for the new formulas itself.
 */

/** The chain without entries on `sheetIds`, or null when none is left (the part then goes). */
export function dropSheets(xml: string, sheetIds: ReadonlySet<number>): string | null {
  let sheet = 1;
  let removed = false;
  let kept = 0;
  const out = xml.replace(/<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>\s*<\/\1c>)/g, (el, p: string, attrs: string) => {
    // An entry without i is on the sheet of the entry before it.
    const i = /\si\s*=\s*["'](\d+)["']/.exec(attrs)?.[1];
    const explicit = i !== undefined;
    if (explicit) sheet = Number(i);
    if (sheetIds.has(sheet)) {
      removed = true;
      return "";
    }
    kept++;
    return explicit ? el : `<${p}c${attrs} i="${sheet}"/>`;
  });
  if (!removed) return xml;
  return kept ? out : null;
}
