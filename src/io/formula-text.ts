/** Formula text as stored in .xlsx: tidy it the way Office.js shows it, and translate a shared formula from its master cell. */
import { columnLetters } from "../core/address";

const MAX_COL = 16384;
const MAX_ROW = 1048576;

/** Drops a leading "=" and the _xlfn./_xlws. prefixes files store for newer functions (Office.js shows neither). */
export function tidyFormula(f: string): string {
  const s = f.startsWith("=") ? f.slice(1) : f;
  if (!s.includes("_xl")) return s;
  // The alternation skips string literals so their contents stay untouched.
  return s.replace(/("(?:[^"]|"")*")|_xl(?:fn|ws)\./g, (_m, str: string | undefined) => str ?? "");
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// Index just past a literal opened at `i` by `q`, where a doubled quote escapes it.
function endOfQuoted(s: string, i: number, q: string): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === q) {
      if (s[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return s.length;
}

// Index just past a bracketed part (structured reference or external book), brackets nest.
function endOfBracket(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === "[") depth++;
    else if (s[j] === "]" && --depth === 0) return j + 1;
  }
  return s.length;
}

// Letters of any script belong to a token, so a CJK sheet or defined name is never read as a cell reference.
const TOKEN = /[\p{L}\p{N}_.$\\]+/uy;
const ERROR_LITERAL = /#[A-Za-z0-9_/]+[!?]?/y;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

function shiftToken(tok: string, prev: string | undefined, next: string | undefined, dr: number, dc: number): string {
  // A name followed by "(" is a function (LOG10 is not cell LOG10), by "!" a sheet, by "[" a table.
  if (next === "(" || next === "!" || next === "[") return tok;
  let m = CELL.exec(tok);
  if (m) {
    const col = colNumber(m[2]!);
    const row = Number(m[4]);
    if (col > MAX_COL || row < 1 || row > MAX_ROW) return tok;
    const c = m[1] ? col : col + dc;
    const r = m[3] ? row : row + dr;
    if (c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW) return "#REF!";
    return `${m[1]}${columnLetters(c - 1)}${m[3]}${r}`;
  }
  const inRange = next === ":" || prev === ":";
  if (!inRange) return tok;
  m = COL.exec(tok);
  if (m) {
    const col = colNumber(m[2]!);
    if (col > MAX_COL) return tok;
    const c = m[1] ? col : col + dc;
    if (c < 1 || c > MAX_COL) return "#REF!";
    return `${m[1]}${columnLetters(c - 1)}`;
  }
  m = ROW.exec(tok);
  if (m) {
    const row = Number(m[2]);
    const r = m[1] ? row : row + dr;
    if (r < 1 || r > MAX_ROW) return "#REF!";
    return `${m[1]}${r}`;
  }
  return tok;
}

/** The master's formula as it reads in a cell dr rows and dc columns away: relative references move, $-anchored ones stay. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const j = endOfQuoted(formula, i, ch);
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (ch === "[") {
      const j = endOfBracket(formula, i);
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (ch === "#") {
      ERROR_LITERAL.lastIndex = i;
      const m = ERROR_LITERAL.exec(formula);
      const j = m ? i + m[0].length : i + 1;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(formula);
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    const j = i + m[0].length;
    out += shiftToken(m[0], formula[i - 1], formula[j], dr, dc);
    i = j;
  }
  return out;
}
