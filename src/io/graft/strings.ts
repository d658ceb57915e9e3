/**
 * The grafted sheets' text as inline strings: the scratch package's shared-string indices mean nothing in the input's
 * shared strings part, which stays as it was.
 */
import { inPrefix } from "../cell-edit";

/** `sheetXml` with every shared-string cell (t="s") holding its text itself (t="inlineStr"), rich runs included. */
export function inlineSharedStrings(sheetXml: string, shared: readonly string[]): string {
  return sheetXml.replace(/<((?:[\w.-]+:)?)c\b([^>]*?)(?<!\/)>([\s\S]*?)<\/\1c>/g, (cell, p: string, attrs: string, inner: string) => {
    if (!/\st\s*=\s*["']s["']/.test(attrs)) return cell;
    const index = new RegExp(`^\\s*<${p.replace(/\./g, "\\.")}v>\\s*(\\d+)\\s*</${p.replace(/\./g, "\\.")}v>\\s*$`).exec(inner)?.[1];
    const item = index === undefined ? undefined : shared[Number(index)];
    if (item === undefined) return cell;
    return `<${p}c${attrs.replace(/(\st\s*=\s*)["']s["']/, '$1"inlineStr"')}><${p}is>${inPrefix(item, p)}</${p}is></${p}c>`;
  });
}
