/**
 * Takes the user to cells: activates the sheet of the first cell and selects it, in one sync. Several cells on that
 * sheet are selected together where the host can select a multi-area range (RangeAreas.select, ExcelApi 1.18) and the
 * office.js runtime has the method; elsewhere only the first is. Cells on other sheets are left out: Excel selects on
 * one sheet at a time.
 *
 * isSetSupported is answered by the host, while the methods come from the office.js runtime the page loaded: Excel can
 * report 1.18 to a runtime without RangeAreas.select (the npm office.js 1.1.110 has none), so the method is checked too.
 */
import { localAddress, parseQualified, type SheetRect } from "./address";
import { globalEnv, SyncCounter, type ExcelEnv } from "./env";

export interface SelectOptions {
  env?: ExcelEnv;
}

export interface SelectResult {
  /** The sheet activated. */
  sheet: string;
  /** What was selected, on that sheet ("B2" or "B2, D4:E5"). */
  selected: string;
  syncs: number;
}

/** Requirement set of RangeAreas.select(). */
export const MULTI_AREA_SELECT_SET = "1.18";

export async function selectCells(cells: string[], options: SelectOptions = {}): Promise<SelectResult | null> {
  const parsed: SheetRect[] = [];
  for (const c of cells) {
    const r = parseQualified(c);
    if (r) parsed.push(r);
  }
  const first = parsed[0];
  if (!first) {
    if (cells.length === 0) return null;
    throw new Error(`No sheet-qualified cell address among: ${cells.join(", ")}`);
  }
  const env = options.env ?? globalEnv();
  const sameSheet = parsed.filter((r) => r.sheet === first.sheet);
  // Distinct areas, in the order given.
  const areas = [...new Set(sameSheet.map(localAddress))];
  const multi = areas.length > 1 && env.isSetSupported("ExcelApi", MULTI_AREA_SELECT_SET);
  const selected = multi ? areas.join(", ") : areas[0]!;

  return env.run(async (context) => {
    const counter = new SyncCounter(context);
    const ws = context.workbook.worksheets.getItem(first.sheet);
    ws.activate();
    const areasRange = multi ? multiAreaRange(ws, selected) : null;
    const shown = areasRange ? selected : areas[0]!;
    if (areasRange) areasRange.select();
    else ws.getRange(shown).select();
    await counter.sync();
    return { sheet: first.sheet, selected: shown, syncs: counter.count };
  });
}

/** ws.getRanges(address) when both it and RangeAreas.select exist in this runtime, else null (select the first area). */
function multiAreaRange(ws: Excel.Worksheet, address: string): { select(): void } | null {
  if (typeof (ws as unknown as Record<string, unknown>).getRanges !== "function") return null;
  const areas = ws.getRanges(address) as unknown as Record<string, unknown>;
  // Creating the proxy queues nothing the host runs until an action uses it, so an unused one costs nothing.
  return typeof areas.select === "function" ? (areas as unknown as { select(): void }) : null;
}
