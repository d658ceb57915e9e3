/** Builds the workbook model from a snapshot: recognises each sheet and reads its tables, facts and text. */
import { cellString, isBlank, rawCell } from "../cells";
import { Big, decimalsOf, fromNumber } from "../decimal";
import { parseNumber, toYuan } from "../figures/number";
import { extractFigures } from "../figures/extract";
import { type FundSource, MONEY_SCALE, type MoneyUnit } from "../figures/types";
import type {
  BudgetRow,
  BudgetTable,
  Contract,
  ContractTable,
  Direction,
  Indicator,
  IndicatorTable,
  Ledger,
  Narrative,
  NumCell,
  Paragraph,
  ProjectInfo,
  RawCell,
  SheetInfo,
  WorkbookModel,
} from "../model";
import { isAddinSheet } from "../addin-sheets";
import { type SheetSnapshot, type WorkbookSnapshot, cellAt, rowAt, rowCount, someTextIn, numbersIn, textRowsIn, type CellValue } from "../snapshot";
import type { ColumnRole } from "./columns";
import { datesIn, dayOf } from "../ledger";
import { findHeaders, type HeaderHit, headerText } from "./headers";
import { sheetRole } from "./roles";
import { fundSource, isTotalLabel } from "./sources";
import { norm } from "./text";
import { CHECK_LIMITS, CheckLimitError } from "../check-limits";

export function buildModel(input: WorkbookSnapshot): WorkbookModel {
  const own = input.sheets.some((s) => isAddinSheet(s.name));
  const snapshot = own ? { ...input, sheets: input.sheets.filter((s) => !isAddinSheet(s.name)) } : input;
  const model: WorkbookModel = {
    snapshot,
    sheets: [],
    info: [],
    budgets: [],
    ledgers: [],
    contracts: [],
    indicators: [],
    narratives: [],
    year: null,
  };
  const text = { left: CHECK_LIMITS.narrativeChars };
  for (const sheet of snapshot.sheets) {
    const hits = findHeaders(sheet);
    const role = sheetRole(sheet, hits);
    const info: SheetInfo = { name: sheet.name, role, hidden: sheet.hidden };
    model.sheets.push(info);
    hits.forEach((hit, i) => {
      const end = hits[i + 1]?.row ?? sheet.rows.length;
      const scale: MoneyUnit = hit.scale ?? "元";
      switch (hit.kind) {
        case "budget":
          model.budgets.push(readBudget(sheet, hit, end, scale));
          break;
        case "payments":
          model.ledgers.push(readLedger(sheet, hit, end));
          break;
        case "contracts":
          model.contracts.push(readContracts(sheet, hit, end, scale));
          break;
        case "indicators":
          model.indicators.push(readIndicators(sheet, hit, end));
          break;
      }
    });
    if (role === "project-info") model.info.push(readInfo(sheet));
    if (role === "report-text" || role === "evaluation-form") {
      // A table's header cells ("预算执行率（B/A×100%）") are captions, not sentences.
      const n = readNarrative(sheet, role === "report-text" ? 1 : 10, new Set(hits.map((h) => h.row)), text);
      if (n.paragraphs.length) model.narratives.push(n);
    }
  }
  model.year = evaluationYear(model);
  return model;
}

function col(hit: HeaderHit, role: ColumnRole): number | undefined {
  return hit.cols.get(role);
}

function cellRef(sheet: SheetSnapshot, row: number, c: number | undefined, money: MoneyUnit | null): RawCell | null {
  if (c === undefined) return null;
  return rawCell(cellAt(sheet, row, c), { sheet: sheet.name, row, col: c }, money);
}

function text(sheet: SheetSnapshot, row: number, c: number | undefined): string {
  return c === undefined ? "" : cellString(cellAt(sheet, row, c));
}

function moneyOf(hit: HeaderHit, c: number | undefined, scale: MoneyUnit): MoneyUnit {
  return (c !== undefined && hit.colScale.get(c)) || scale;
}

function readBudget(sheet: SheetSnapshot, hit: HeaderHit, end: number, scale: MoneyUnit): BudgetTable {
  const numeric = ["initial", "annual", "executed", "rate", "weight", "score"]
    .map((r) => col(hit, r as ColumnRole))
    .filter((c): c is number => c !== undefined);
  const firstNum = Math.min(...numeric);
  const labelCol = col(hit, "source");
  const rows: BudgetRow[] = [];
  for (let r = hit.row + 1; r < end; r++) {
    // The label is the first cell before the figures that names a fund source: the 资金来源 column may be a merged
    // caption (项目资金（万元）) running down beside the row labels.
    let label = "";
    let labelC = labelCol ?? 0;
    let source: FundSource | null = null;
    for (let k = -1; k < firstNum && !source; k++) {
      const c = k < 0 ? labelCol : k;
      if (c === undefined || (k >= 0 && c === labelCol)) continue;
      const t = headerText(sheet, r, c);
      if (!t) continue;
      source = fundSource(t);
      if (source || !label) {
        label = t;
        labelC = c;
      }
    }
    if (!source) {
      // A labelled row that is not a fund source ends the block (a form's next section).
      if (label && rows.length) break;
      continue;
    }
    const money = (role: ColumnRole) => cellRef(sheet, r, col(hit, role), moneyOf(hit, col(hit, role), scale));
    rows.push({
      source,
      label,
      labelRef: { sheet: sheet.name, row: r, col: labelC },
      initial: money("initial"),
      annual: money("annual"),
      executed: money("executed"),
      rate: cellRef(sheet, r, col(hit, "rate"), null),
      weight: cellRef(sheet, r, col(hit, "weight"), null),
      score: cellRef(sheet, r, col(hit, "score"), null),
      note: text(sheet, r, col(hit, "note")) || text(sheet, r, col(hit, "reason")),
    });
  }
  const statedWeight = col(hit, "weight") === undefined ? captionWeight(sheet, hit) : null;
  // Writers drop trailing zeros: the table's precision is the most decimals any of its amounts shows.
  const amounts = rows.flatMap((r) => [r.initial?.num, r.annual?.num, r.executed?.num]).filter((n): n is NumCell => !!n);
  const dp = Math.max(0, ...amounts.map((n) => n.decimals));
  for (const n of amounts) n.tableDecimals = dp;
  return { sheet: sheet.name, headerRow: hit.row, scale, scaleStated: hit.scale !== null || hit.colScale.size > 0, rows, statedWeight };
}

/** "（20分）" in the header row's captions (the block's label, or 得分（20分*执行率）): the points the block carries. */
function captionWeight(sheet: SheetSnapshot, hit: HeaderHit): NumCell | null {
  const row = rowAt(sheet, hit.row) ?? [];
  for (let c = 0; c < row.length; c++) {
    const t = cellString(row[c]).normalize("NFKC");
    const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分/.exec(t);
    if (m)
      return { ref: { sheet: sheet.name, row: hit.row, col: c }, value: new Big(m[1]!), percent: false, decimals: decimalsOf(new Big(m[1]!)), asText: true };
  }
  return null;
}

const LEDGER_BLOCK = 4096;

function rowIsTotal(sheet: SheetSnapshot, r: number, upto: number): boolean {
  return someTextIn(sheet, r, upto, isTotalLabel);
}

function readLedger(sheet: SheetSnapshot, hit: HeaderHit, end: number): Ledger {
  const amountCol = col(hit, "amount")!;
  const money = moneyOf(hit, amountCol, hit.scale ?? "元");
  const scale = MONEY_SCALE[money];
  const perFen = 10 ** (scale + 2);
  const yuanPerUnit = new Big(10).pow(scale);
  const size = Math.max(0, end - hit.row - 1);
  const rows = new Uint32Array(size);
  const fen = new Float64Array(size);
  const odd = new Map<number, Big>();
  const asText: number[] = [];
  const totals: RawCell[] = [];
  let n = 0;
  let fenSum = 0;
  let unsafe = false;
  let oddSum = new Big(0);
  // Amounts and 合计 labels read a block of rows at a time, without a cell or a call per row.
  const dateCol = col(hit, "date") ?? null;
  const days = new Int32Array(size);
  const nums = new Float64Array(Math.min(LEDGER_BLOCK, size));
  const dates = new Float64Array(nums.length).fill(NaN);
  const isTotal = new Uint8Array(nums.length);
  for (let r = hit.row + 1, k = nums.length; r < end; r++, k++) {
    if (k === nums.length) {
      const m = Math.min(nums.length, end - r);
      numbersIn(sheet, amountCol, r, nums.subarray(0, m));
      textRowsIn(sheet, r, amountCol, isTotalLabel, isTotal.subarray(0, m));
      if (dateCol !== null) datesIn(sheet, dateCol, r, dates.subarray(0, m));
      k = 0;
    }
    let v: CellValue | undefined = nums[k]!;
    if (v !== v) {
      const cell = cellAt(sheet, r, amountCol);
      if (!cell || isBlank(cell)) continue;
      v = cell.v;
    }
    if (isTotal[k]) {
      totals.push(rawCell(cellAt(sheet, r, amountCol), { sheet: sheet.name, row: r, col: amountCol }, money));
      continue;
    }
    let yuan: Big | null = null;
    if (typeof v === "number") {
      // Whole 分 held exactly by a double: the common case, kept as an integer with no allocation.
      const x = Math.round(v * perFen);
      if (Number.isSafeInteger(x) && x / perFen === v) {
        rows[n] = r;
        days[n] = dayOf(dates[k]!);
        fen[n] = x;
        fenSum += x;
        if (Math.abs(fenSum) > Number.MAX_SAFE_INTEGER) unsafe = true;
        n++;
        continue;
      }
      yuan = fromNumber(v).times(yuanPerUnit);
    } else if (typeof v === "string") {
      const p = parseNumber(v);
      if (!p || p.percent) continue;
      yuan = (p.unit && p.unit in MONEY_SCALE ? toYuan(p) : null) ?? p.value.times(yuanPerUnit);
      asText.push(n);
    } else continue;
    const f = yuan.times(100);
    rows[n] = r;
    days[n] = dayOf(dates[k]!);
    if (f.eq(f.round(0)) && f.abs().lt(Number.MAX_SAFE_INTEGER)) {
      fen[n] = Number(f.toFixed(0));
      fenSum += fen[n]!;
      if (Math.abs(fenSum) > Number.MAX_SAFE_INTEGER) unsafe = true;
    } else {
      fen[n] = NaN;
      odd.set(n, yuan);
      oddSum = oddSum.plus(yuan);
    }
    n++;
  }
  // Past 2^53 分 a float sum is no longer exact: add again in BigInt.
  let total: Big;
  if (!unsafe) total = new Big(fenSum).div(100).plus(oddSum);
  else {
    let big = 0n;
    for (let i = 0; i < n; i++) if (!Number.isNaN(fen[i]!)) big += BigInt(fen[i]!);
    total = new Big(big.toString()).div(100).plus(oddSum);
  }
  return {
    sheet: sheet.name,
    data: sheet,
    headerRow: hit.row,
    scale: money,
    amountCol,
    dateCol,
    payeeCol: col(hit, "payee") ?? null,
    memoCol: col(hit, "memo") ?? null,
    // A copy only when rows were left out: a million payments would hold both arrays twice at once.
    rows: n === size ? rows : rows.slice(0, n),
    fen: n === size ? fen : fen.slice(0, n),
    days: n === size ? days : days.slice(0, n),
    odd,
    asText,
    total,
    totals,
  };
}

function readContracts(sheet: SheetSnapshot, hit: HeaderHit, end: number, scale: MoneyUnit): ContractTable {
  const contracts: Contract[] = [];
  for (let r = hit.row + 1; r < end; r++) {
    const amountCol = col(hit, "contract-amount") ?? col(hit, "amount");
    const idText = text(sheet, r, col(hit, "contract-id")) || text(sheet, r, col(hit, "contract-name"));
    if (!idText && isBlank(cellAt(sheet, r, amountCol ?? -1))) continue;
    if (rowIsTotal(sheet, r, 3)) continue;
    contracts.push({
      row: r,
      id: text(sheet, r, col(hit, "contract-id")),
      name: text(sheet, r, col(hit, "contract-name")),
      vendor: text(sheet, r, col(hit, "payee")),
      amount: cellRef(sheet, r, amountCol, moneyOf(hit, amountCol, scale)),
      annual: cellRef(sheet, r, col(hit, "annual-amount"), moneyOf(hit, col(hit, "annual-amount"), scale)),
      years: yearsCell(sheet, r, col(hit, "years"), hit.row),
      signDate: cellRef(sheet, r, col(hit, "sign-date"), null),
      startDate: cellRef(sheet, r, col(hit, "start-date"), null),
      endDate: cellRef(sheet, r, col(hit, "end-date"), null),
    });
  }
  return { sheet: sheet.name, headerRow: hit.row, scale, contracts };
}

/** A contract term in years: "36个月", or 18 under a 服务期限（月） header, is 3 or 1.5 years. */
function yearsCell(sheet: SheetSnapshot, row: number, c: number | undefined, headerRow: number): RawCell | null {
  const raw = cellRef(sheet, row, c, null);
  if (!raw?.num || c === undefined) return raw;
  const shown = cellString(raw.cell);
  const months = /月/.test(shown) || (!/年/.test(shown) && /月/.test(headerText(sheet, headerRow, c)));
  if (!months) return raw;
  const value = raw.num.value.div(12);
  return { ...raw, num: { ...raw.num, value, decimals: decimalsOf(value) } };
}

/** ≥, ≤ or = from a direction column or a target written as "≥128". */
export function directionOf(s: string): Direction {
  const t = norm(s);
  if (/^(≥|≧|⩾|>=|>|不低于|不少于|大于|正向|高于|至少)/.test(t)) return ">=";
  if (/^(≤|≦|⩽|<=|<|不高于|不超过|低于|小于|少于|反向|以内)/.test(t)) return "<=";
  if (/^(=|＝|═|等于)/.test(t)) return "=";
  // A deadline or a ceiling written after the value: 9月前, 10个工作日内, 5%以下.
  if (/(前|以前|之前|以内|内|以下|及以下|之内)$/.test(t)) return "<=";
  if (/(以上|及以上)$/.test(t)) return ">=";
  return null;
}

function readIndicators(sheet: SheetSnapshot, hit: HeaderHit, end: number): IndicatorTable {
  const indicators: Indicator[] = [];
  let total: IndicatorTable["total"] = null;
  let l1 = "";
  let l2 = "";
  for (let r = hit.row + 1; r < end; r++) {
    const t1 = headerText(sheet, r, col(hit, "level1") ?? -1);
    const t2 = headerText(sheet, r, col(hit, "level2") ?? -1);
    const t3 = text(sheet, r, col(hit, "level3"));
    const firstValueCol = Math.min(...[col(hit, "target"), col(hit, "actual"), col(hit, "weight")].filter((c): c is number => c !== undefined));
    if (isTotalLabel(t1) || isTotalLabel(t2) || isTotalLabel(t3) || rowIsTotal(sheet, r, firstValueCol)) {
      // A 小计 row is a section's, not the table's total.
      if (/小计|subtotal/i.test(t1 + t2 + t3)) continue;
      total = { weight: cellRef(sheet, r, col(hit, "weight"), null), score: cellRef(sheet, r, col(hit, "score"), null) };
      continue;
    }
    if (t1) l1 = t1;
    if (t2) l2 = t2;
    const target = cellRef(sheet, r, col(hit, "target"), null);
    const actual = cellRef(sheet, r, col(hit, "actual"), null);
    if (!t3 && isBlank(target?.cell) && isBlank(actual?.cell)) continue;
    const reasonCol = col(hit, "reason") ?? col(hit, "note");
    indicators.push({
      row: r,
      level1: l1,
      level2: l2,
      level3: t3,
      direction: directionOf(text(sheet, r, col(hit, "direction"))) ?? directionOf(target ? cellString(target.cell) : ""),
      target,
      measureUnit: text(sheet, r, col(hit, "measure-unit")),
      actual,
      weight: cellRef(sheet, r, col(hit, "weight"), null),
      score: cellRef(sheet, r, col(hit, "score"), null),
      reason: text(sheet, r, reasonCol),
      reasonRef: reasonCol === undefined ? null : { sheet: sheet.name, row: r, col: reasonCol },
    });
  }
  return { sheet: sheet.name, headerRow: hit.row, indicators, total };
}

function readInfo(sheet: SheetSnapshot): ProjectInfo {
  const entries: ProjectInfo["entries"] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = rowAt(sheet, r);
    if (!row) continue;
    for (let c = 0; c < row.length - 1; c++) {
      const label = cellString(row[c]);
      if (!label || typeof row[c]?.v !== "string" || label.length > 24) continue;
      let v = c + 1;
      while (v < row.length && isBlank(row[v])) v++;
      if (v >= row.length) break;
      entries.push({
        label,
        labelRef: { sheet: sheet.name, row: r, col: c },
        value: rawCell(row[v], { sheet: sheet.name, row: r, col: v }, null),
      });
      c = v;
    }
  }
  return { sheet: sheet.name, entries };
}

/** The sheet's sentences; `text.left` is what CHECK_LIMITS leaves of report text, counted before any figure is read. */
function readNarrative(sheet: SheetSnapshot, minLength: number, headerRows: ReadonlySet<number>, text: { left: number }): Narrative {
  const paragraphs: Paragraph[] = [];
  for (let r = 0; r < rowCount(sheet); r++) {
    if (headerRows.has(r)) continue;
    rowAt(sheet, r)?.forEach((cell, c) => {
      if (!cell || typeof cell.v !== "string") return;
      const t = cell.v;
      if (t.trim().length < minLength) return;
      text.left -= t.length;
      if (text.left < 0) throw new CheckLimitError("narrativeChars");
      paragraphs.push({ ref: { sheet: sheet.name, row: r, col: c }, text: t, figures: extractFigures(t) });
    });
  }
  return { sheet: sheet.name, paragraphs };
}

/** The year stated in project info (评价年度) or a title (（2023年度）), else the year the narrative names most. */
function evaluationYear(model: WorkbookModel): number | null {
  for (const info of model.info) {
    for (const e of info.entries) {
      if (/^(评价年度|预算年度|年度|自评年度|evaluationyear|year)[:：]?$/i.test(norm(e.label))) {
        const m = /(19|20)\d{2}/.exec(cellString(e.value.cell));
        if (m) return Number(m[0]);
      }
    }
  }
  for (const sheet of model.snapshot.sheets) {
    for (let r = 0; r < Math.min(4, sheet.rows.length); r++) {
      for (const cell of rowAt(sheet, r) ?? []) {
        const m = /((?:19|20)\d{2})\s*年度/.exec(cellString(cell));
        if (m) return Number(m[1]);
      }
    }
  }
  const counts = new Map<number, number>();
  for (const n of model.narratives) {
    for (const p of n.paragraphs) {
      for (const f of p.figures) {
        const y = f.date?.year;
        if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  let bestN = 0;
  for (const [y, n] of counts) if (n > bestN) [best, bestN] = [y, n];
  return best;
}
