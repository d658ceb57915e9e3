/** A1 addresses: column letters, cell and range addresses, and sheet-qualified references quoted the way Excel quotes them. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parses "B12" into 0-based row and column; null for anything else. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

// Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell reference.
function needsQuotes(name: string): boolean {
  if (!/^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  if (/^R\d*C\d*$/i.test(name)) return true;
  return false;
}

export function quoteSheet(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "预算!D3", "'My Sheet'!B2". */
export function qualified(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}
