/** The writer's safety checks: the output is never the input, and every sheet not written reads back exactly as it was. */
import fs, { promises as fsp } from "fs";
import path from "path";
import { columnLetters, quoteSheet } from "../core/address";
import { type Cell, type SheetSnapshot, type WorkbookSnapshot, rowAt } from "../core/snapshot";
import { ReportWriteError } from "./write-errors";

/** The same file under two names: one path, or a link to the other where both exist. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fsp.stat(a).catch(() => undefined), fsp.stat(b).catch(() => undefined)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

export async function checkOutputPath(input: string, output: string): Promise<void> {
  const inAbs = path.resolve(input);
  const outAbs = path.resolve(output);
  if (inAbs === outAbs) throw new ReportWriteError("same-as-input", output);
  let st: fs.Stats | undefined;
  try {
    st = await fsp.stat(outAbs);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new ReportWriteError("output-is-directory", output);
  // A FIFO or a device would otherwise be replaced by a regular file (the write renames over it).
  if (st && !st.isFile()) throw new ReportWriteError("output-not-file", output);
  // A link, another spelling on a case-insensitive disk, or a hard link to the input: the same file.
  if (st && (await sameFile(inAbs, outAbs))) throw new ReportWriteError("same-as-input", output);
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  const v = (c: Cell | undefined) => (c === undefined ? null : typeof c.v === "object" && c.v !== null ? `#err:${c.v.error}` : c.v);
  return v(a) === v(b) && a?.f === b?.f && a?.fmt === b?.fmt;
}

/** Differences between two snapshots of one sheet (values, formulas, number formats, merges, hidden), as A1 notes. */
export function diffSheet(a: SheetSnapshot, b: SheetSnapshot, limit = 10): string[] {
  const out: string[] = [];
  if (a.hidden !== b.hidden) out.push(`${a.name}: hidden ${a.hidden} → ${b.hidden}`);
  const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
  const ma = a.merges.map(key).sort().join(";");
  const mb = b.merges.map(key).sort().join(";");
  if (ma !== mb) out.push(`${a.name}: merged ranges differ`);
  const rows = Math.max(a.rows.length, b.rows.length);
  for (let r = 0; r < rows && out.length < limit; r++) {
    const ra = rowAt(a, r) ?? [];
    const rb = rowAt(b, r) ?? [];
    const cols = Math.max(ra.length, rb.length);
    for (let c = 0; c < cols && out.length < limit; c++) {
      if (!sameCell(ra[c], rb[c])) {
        out.push(`${quoteSheet(a.name)}!${columnLetters(c)}${r + 1}: ${JSON.stringify(ra[c] ?? null)} → ${JSON.stringify(rb[c] ?? null)}`);
      }
    }
  }
  return out;
}

/** Differences in every sheet of `before` that is not among `written` (missing sheets included). */
export function diffUntouched(before: WorkbookSnapshot, after: WorkbookSnapshot, written: string[]): string[] {
  const skip = new Set(written.map((s) => s.toLowerCase()));
  const out: string[] = [];
  for (const s of before.sheets) {
    if (skip.has(s.name.toLowerCase())) continue;
    const t = after.sheets.find((x) => x.name === s.name);
    if (!t) out.push(`${s.name}: missing`);
    else out.push(...diffSheet(s, t));
  }
  return out;
}
