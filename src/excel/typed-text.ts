/** Text as Excel keeps it when written through Range.values. */

/**
 * Text Excel would not keep as that text when written through Range.values: formulas ("=…", "+…", "-…"), numbers
 * ("1,000.10", "12%", "1e5"), dates and times ("2023-08-04", "8月4日"), booleans. Such strings are written with the
 * quote prefix, which Excel drops from the value.
 */
export function needsQuotePrefix(s: string): boolean {
  const t = s.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)$/i.test(t)) return true;
  if (/^[¥$€£]?\(?[\d,.]+\)?%?$/.test(t) && /\d/.test(t)) return true;
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(t)) return true;
  if (/^(\d{2,4}年)?\d{1,2}月(\d{1,2}日)?$/.test(t)) return true;
  return false;
}
