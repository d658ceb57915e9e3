/**
 * The SAX reader of worksheets and shared strings that src/io/sheet-scanner.ts replaced, kept as the reference the
 * equivalence test compares the scanner with (saxes events, one string per tag and attribute).
 */
import type { Cell, CellValue, MergeRange } from "../../src/core/snapshot";
import { shiftFormula, tidyFormula } from "../../src/io/formula-text";
import { LIMITS } from "../../src/io/limits";
import {
  events,
  isoToSerial,
  local,
  own,
  parseMerge,
  parseNumber,
  type PartChunks,
  type SheetContext,
  type SheetPart,
  unescapeX,
} from "../../src/io/ooxml-parts";
import { overLimit } from "../../src/io/read-error";

/** Every shared string as plain text: rich-text runs joined, phonetic (rPh) runs left out. */
export async function readSharedStrings(chunks: PartChunks): Promise<string[]> {
  const out: string[] = [];
  let chars = 0;
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let buf = "";
  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType === "text") {
        if (inT) buf += e.value;
        continue;
      }
      const name = local(e.value.name);
      if (e.eventType === "opentag") {
        if (name === "si") {
          inSi = true;
          buf = "";
        } else if (name === "rPh") phonetic++;
        else if (name === "t" && inSi && phonetic === 0) inT = true;
      } else if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        // The table's own ceilings, as the scanner applies them.
        if (out.length >= LIMITS.sharedStrings) throw overLimit("sharedStrings");
        const text = unescapeX(buf);
        chars += text.length;
        if (chars > LIMITS.sharedStringChars) throw overLimit("sharedStringChars");
        out.push(text);
        inSi = false;
      }
    }
  }
  return out;
}

const enum Capture {
  None,
  Formula,
  Value,
  InlineText,
}

// Column (0-based) and row (0-based, -1 when absent) of "AB12" without a regex: this runs once per cell.
function decodeRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      digits++;
    } else if (c !== 36) break;
  }
  return { col: col - 1, row: digits ? row - 1 : -1 };
}

// The cached result of a formula, typed by the cell's t attribute.
function formulaResult(t: string | undefined, text: string | undefined): CellValue {
  if (text === undefined) return null;
  switch (t) {
    case "str":
      return unescapeX(text);
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: own(text) };
    default:
      return text === "" ? null : parseNumber(text);
  }
}

/** Reads one worksheet's XML into sparse rows of compact cells, plus its merged ranges. */
export async function readSheetPart(chunks: PartChunks, ctx: SheetContext): Promise<SheetPart> {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const merges: MergeRange[] = [];
  const masters = new Map<string, { f: string; row: number; col: number }>();

  let rowIdx = -1;
  let cells: Array<Cell | undefined> | null = null;
  let inCell = false;
  let col = -1;
  let t: string | undefined;
  let s = 0;
  let capture = Capture.None;
  let fText: string | undefined;
  let fShared: { si: string; master: boolean } | undefined;
  let vText: string | undefined;
  let isText: string | undefined;
  let phonetic = 0;
  let sheetCells = 0;
  const read = ctx.read ?? { cells: 0, limits: LIMITS };

  const finishCell = (): void => {
    let v: CellValue;
    let f: string | undefined;
    if (fText !== undefined || fShared !== undefined) {
      if (fText) f = own(tidyFormula(fText));
      if (fShared) {
        if (fShared.master && f !== undefined) masters.set(fShared.si, { f, row: rowIdx, col });
        else if (!fText) {
          const m = masters.get(fShared.si);
          if (m) f = shiftFormula(m.f, rowIdx - m.row, col - m.col);
        }
      }
    }
    if (f !== undefined) {
      v = t === "s" && vText !== undefined ? (ctx.strings.get(Number(vText)) ?? "") : formulaResult(t, vText);
    } else {
      switch (t) {
        case "s":
          v = vText === undefined ? null : (ctx.strings.get(Number(vText)) ?? null);
          break;
        case "inlineStr":
          v = isText === undefined ? null : unescapeX(isText);
          break;
        case "str":
          v = vText === undefined ? null : unescapeX(vText);
          break;
        case "b":
          v = vText === undefined ? null : vText === "1" || vText === "true";
          break;
        case "e":
          v = vText === undefined ? null : { error: own(vText) };
          break;
        case "d":
          v = vText === undefined ? null : isoToSerial(vText);
          break;
        default:
          v = vText === undefined || vText === "" ? null : parseNumber(vText);
      }
      // Styled but empty cells are not "non-empty cells".
      if (v === null || v === "") return;
    }

    const fmt = ctx.formats[s];
    if (fmt !== undefined && typeof v === "number") v = ctx.adjust(v, fmt);
    // Only the properties a cell has: fewer hidden-class variants and less memory per cell.
    let cell: Cell;
    if (f === undefined) cell = fmt === undefined ? { v } : { v, fmt };
    else cell = fmt === undefined ? { v, f } : { v, f, fmt };
    if (++sheetCells > read.limits.cellsPerSheet) throw overLimit("cellsPerSheet");
    if (++read.cells > read.limits.cells) throw overLimit("cells");
    if (!cells) {
      cells = [];
      rows[rowIdx] = cells;
    }
    cells[col] = cell;
  };

  for await (const batch of events(chunks)) {
    for (const e of batch) {
      if (e.eventType === "text") {
        switch (capture) {
          case Capture.None:
            break;
          case Capture.Formula:
            fText = (fText ?? "") + e.value;
            break;
          case Capture.Value:
            vText = (vText ?? "") + e.value;
            break;
          case Capture.InlineText:
            if (phonetic === 0) isText = (isText ?? "") + e.value;
            break;
        }
        continue;
      }
      const name = local(e.value.name);
      if (e.eventType === "opentag") {
        const a = e.value.attributes;
        switch (name) {
          case "row": {
            const r = a.r !== undefined ? Number(a.r) - 1 : rowIdx + 1;
            rowIdx = Number.isInteger(r) && r >= 0 ? r : rowIdx + 1;
            // Past Excel's grid: a crafted index would make the sheet an array of billions of holes.
            if (rowIdx >= LIMITS.rows) throw overLimit("rows");
            cells = rows[rowIdx] ?? null;
            col = -1;
            break;
          }
          case "c": {
            inCell = true;
            const ref = a.r;
            if (ref !== undefined) {
              const d = decodeRef(ref);
              if (d.col >= LIMITS.columns) throw overLimit("columns");
              if (d.row >= LIMITS.rows) throw overLimit("rows");
              col = d.col;
              // A cell whose reference names another row than its <row> (seen in hand-made files) goes where it says.
              if (d.row >= 0 && d.row !== rowIdx) {
                rowIdx = d.row;
                cells = rows[rowIdx] ?? null;
              }
            } else if (++col >= LIMITS.columns) throw overLimit("columns");
            t = a.t;
            s = a.s !== undefined ? Number(a.s) || 0 : 0;
            fText = undefined;
            fShared = undefined;
            vText = undefined;
            isText = undefined;
            break;
          }
          case "f":
            if (inCell) {
              capture = Capture.Formula;
              if (a.t === "shared" && a.si !== undefined) fShared = { si: a.si, master: a.ref !== undefined };
            }
            break;
          case "v":
            if (inCell) {
              capture = Capture.Value;
              vText = vText ?? "";
            }
            break;
          case "is":
            if (inCell) isText = "";
            break;
          case "t":
            if (inCell && isText !== undefined) capture = Capture.InlineText;
            break;
          case "rPh":
            phonetic++;
            break;
          case "mergeCell": {
            const m = a.ref ? parseMerge(a.ref) : null;
            if (m) merges.push(m);
            break;
          }
        }
      } else {
        switch (name) {
          case "f":
          case "v":
          case "t":
            capture = Capture.None;
            break;
          case "rPh":
            phonetic--;
            break;
          case "c":
            if (inCell && col >= 0 && rowIdx >= 0) finishCell();
            inCell = false;
            capture = Capture.None;
            break;
          case "row":
            // A fresh array has room for 16 cells; a copy is sized to the row, which matters over a million rows.
            if (cells) rows[rowIdx] = cells.slice();
            cells = null;
            break;
        }
      }
    }
  }
  return { rows, merges };
}
