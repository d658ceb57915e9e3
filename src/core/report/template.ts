/** The user's own templates: a sheet with {{…}} placeholders, or a sheet in the official 自评表 layout left blank; both filled in place. */
import { cellString, isBlank } from "../cells";
import { Big, ZERO } from "../decimal";
import type { FundSource, MoneyUnit } from "../figures/types";
import { findHeaders, type HeaderHit, headerText } from "../recognize/headers";
import { fundSource, isTotalLabel } from "../recognize/sources";
import { norm } from "../recognize/text";
import { statedWeight } from "../rules/score-mismatch";
import { type Cell, type MergeRange, type SheetSnapshot, cellAt, plainRows, rowAt, rowCount } from "../snapshot";
import type { FundLine, IndicatorLine, ReportData } from "./data";
import { DASH, inUnit, moneyDigits, pointsCell, pointsText, rateCell, rateText } from "./format";
import { indicatorScoreCell, reasonFor, sectionLabel, totalCells } from "./form";
import { type Pool, type Section, sectionOf } from "./scoring";
import { type CellStyle, SheetBuilder } from "./sheet";

/** One documented placeholder: its name and what it stands for. */
export interface PlaceholderDoc {
  name: string;
  meaning: string;
}

/**
 * The placeholders a template may use (a cell may hold text around them; a cell holding one placeholder alone gets a typed number):
 *
 * | placeholder | value |
 * |---|---|
 * | `{{项目名称}}` | 项目名称 from the project info |
 * | `{{主管部门}}` | 主管部门 |
 * | `{{实施单位}}` | 实施单位 (else 预算单位) |
 * | `{{评价年度}}` | the evaluation year, e.g. 2023 |
 * | `{{年初预算数}}` | 资金总额 年初预算数 |
 * | `{{全年预算数}}` | 资金总额 全年预算数 |
 * | `{{全年执行数}}` | 资金总额 全年执行数 |
 * | `{{执行率}}` | 全年执行数 / 全年预算数, "94.56%"; "—" for 0/0 |
 * | `{{执行率得分}}` | 执行率 分值 × rate, capped, e.g. 9.46 |
 * | `{{余额}}` | 全年预算数 − 全年执行数 |
 * | `{{调整数}}` | 全年预算数 − 年初预算数 |
 * | `{{合同金额}}` | Σ contract amounts |
 * | `{{合同年度金额}}` | Σ contracts' annual amounts (amount / years) |
 * | `{{指标得分}}` | Σ indicator scores |
 * | `{{总分}}` | 执行率得分 + 指标得分 |
 * | `{{等级}}` | 优 / 良 / 中 / 差 |
 * | `{{<来源>.<项>}}` | per fund source: 来源 = 资金总额, 财政资金, 财政专户管理资金, 单位资金, 其他资金, 上年结转资金; 项 = 年初预算数, 全年预算数, 全年执行数, 执行率, 余额 — e.g. `{{财政资金.全年执行数}}` |
 *
 * Money comes as digits without a unit word, in 元 with separators ("10,655,546.85") unless a unit suffix asks otherwise:
 * `{{全年执行数:万元}}` → "1065.55" (元, 千元, 万元, 亿元). An unknown placeholder is left as written and marked as a prompt.
 */
export const PLACEHOLDERS: readonly PlaceholderDoc[] = [
  { name: "项目名称", meaning: "项目名称（项目信息）" },
  { name: "主管部门", meaning: "主管部门" },
  { name: "实施单位", meaning: "实施单位（无则预算单位）" },
  { name: "评价年度", meaning: "评价年度，如 2023" },
  { name: "年初预算数", meaning: "资金总额 年初预算数" },
  { name: "全年预算数", meaning: "资金总额 全年预算数" },
  { name: "全年执行数", meaning: "资金总额 全年执行数" },
  { name: "执行率", meaning: "全年执行数 ÷ 全年预算数，如 94.56%；0/0 为 —" },
  { name: "执行率得分", meaning: "分值 × 执行率（不超过分值），如 9.46" },
  { name: "余额", meaning: "全年预算数 − 全年执行数" },
  { name: "调整数", meaning: "全年预算数 − 年初预算数" },
  { name: "合同金额", meaning: "各合同金额之和" },
  { name: "合同年度金额", meaning: "各合同年度金额之和（合同金额 ÷ 年限）" },
  { name: "指标得分", meaning: "绩效指标得分之和" },
  { name: "总分", meaning: "执行率得分 + 指标得分" },
  { name: "等级", meaning: "优 / 良 / 中 / 差" },
  {
    name: "<来源>.<项>",
    meaning:
      "来源：资金总额、财政资金、财政专户管理资金、单位资金、其他资金、上年结转资金；项：年初预算数、全年预算数、全年执行数、执行率、余额，如 {{财政资金.全年执行数}}",
  },
  { name: "<金额>:<单位>", meaning: "金额换算单位：元（默认）、千元、万元、亿元，如 {{全年执行数:万元}}" },
];

/** The placeholder list as a markdown table, for the README. */
export function placeholderTable(): string {
  return ["| 占位符 | 含义 |", "|---|---|", ...PLACEHOLDERS.map((p) => `| \`{{${p.name}}}\` | ${p.meaning} |`)].join("\n");
}

type Value =
  | { kind: "money"; yuan: Big | null }
  | { kind: "rate"; percent: Big | null }
  | { kind: "points"; value: Big | null }
  /** `what`: what the prompt asks for when there is no text (the placeholder's name otherwise). */
  | { kind: "text"; text: string | null; what?: string }
  | { kind: "year"; year: number | null };

const PLACEHOLDER = /\{\{\s*([^{}:：]+?)\s*(?:[:：]\s*(元|千元|万元|亿元))?\s*\}\}/g;

function line(d: ReportData, source: FundSource): FundLine | null {
  return d.funds.find((l) => l.source === source) ?? null;
}

function fundItem(l: FundLine | null, item: string): Value | null {
  switch (item) {
    case "年初预算数":
      return { kind: "money", yuan: l?.initial ?? null };
    case "全年预算数":
      return { kind: "money", yuan: l?.annual ?? null };
    case "全年执行数":
      return { kind: "money", yuan: l?.executed ?? null };
    case "执行率":
      return { kind: "rate", percent: l?.rate ?? null };
    case "余额":
      return { kind: "money", yuan: l?.annual && l.executed ? l.annual.minus(l.executed) : null };
  }
  return null;
}

function sum(xs: Array<Big | null>): Big | null {
  const ok = xs.filter((x): x is Big => x !== null);
  return ok.length ? ok.reduce((a, b) => a.plus(b), ZERO) : null;
}

/** The value a placeholder name stands for; null when it names nothing known. */
export function placeholderValue(d: ReportData, name: string): Value | null {
  const n = name.trim();
  const dot = n.search(/[.．。]/);
  if (dot > 0) {
    const source = fundSource(n.slice(0, dot));
    return source ? fundItem(line(d, source), n.slice(dot + 1).trim()) : null;
  }
  const total = line(d, "total");
  const sc = d.scoring;
  switch (n) {
    case "项目名称":
      return { kind: "text", text: d.info.name };
    case "主管部门":
      return { kind: "text", text: d.info.department };
    case "实施单位":
      return { kind: "text", text: d.info.implementer };
    case "评价年度":
      return { kind: "year", year: d.year };
    case "执行率得分":
      return { kind: "points", value: sc.rateScore };
    case "调整数":
      return { kind: "money", yuan: total?.annual && total.initial ? total.annual.minus(total.initial) : null };
    case "合同金额":
      return { kind: "money", yuan: sum(d.contracts.map((c) => c.amount)) };
    case "合同年度金额":
      return { kind: "money", yuan: sum(d.contracts.map((c) => c.annual)) };
    // Only what the form may state (verdict.ts): a pending 总分 or 等级 is a prompt, as on the form.
    case "指标得分":
      return d.verdict.overWeight.size ? { kind: "text", text: null } : { kind: "points", value: sc.indicatorScore };
    case "总分":
      return d.verdict.total === null ? { kind: "text", text: null, what: reasonsWhat(d) } : { kind: "points", value: d.verdict.total };
    case "等级":
      return { kind: "text", text: d.verdict.grade === null ? null : d.s.grades[d.verdict.grade] };
  }
  return fundItem(total, n);
}

/** 总分 with the reasons it is left to fill in, for a prompt where no note can say them. */
function reasonsWhat(d: ReportData): string {
  const en = d.lang === "en";
  return `${d.s.form.total}${en ? ": " : "："}${d.verdict.pending.join(en ? "; " : "；")}`;
}

function valueText(d: ReportData, v: Value, unit: MoneyUnit, name: string): { text: string; missing: boolean } {
  const missing = { text: d.s.prompt({ what: name }), missing: true };
  switch (v.kind) {
    case "money":
      return v.yuan ? { text: moneyDigits(v.yuan, unit), missing: false } : missing;
    case "rate":
      return { text: rateText(v.percent), missing: false };
    case "points":
      return v.value ? { text: pointsText(v.value), missing: false } : { text: DASH, missing: false };
    case "text":
      if (v.text) return { text: v.text, missing: false };
      return v.what ? { text: d.s.prompt({ what: v.what }), missing: true } : missing;
    case "year":
      return v.year !== null ? { text: String(v.year), missing: false } : missing;
  }
}

/** A money value as a cell number in `unit`: 万元 and 亿元 to 4 decimals, 元 and 千元 to the 分 (2). */
function moneyNumber(yuan: Big, unit: MoneyUnit): number {
  return Number(
    inUnit(yuan, unit)
      .round(unit === "万元" || unit === "亿元" ? 4 : 2, Big.roundHalfUp)
      .toFixed()
  );
}

function typedCell(v: Value, unit: MoneyUnit): { value: number | string; numberFormat?: string } | null {
  switch (v.kind) {
    case "money":
      return v.yuan ? { value: moneyNumber(v.yuan, unit), numberFormat: "#,##0.00" } : null;
    case "rate":
      return rateCell(v.percent);
    case "points":
      return pointsCell(v.value);
    case "year":
      return v.year !== null ? { value: v.year, numberFormat: "0" } : null;
    case "text":
      return v.text ? { value: v.text } : null;
  }
}

export function hasPlaceholders(sheet: SheetSnapshot): boolean {
  for (const row of plainRows(sheet)) for (const c of row ?? []) if (c && typeof c.v === "string" && /\{\{[^{}]+\}\}/.test(c.v)) return true;
  return false;
}

/** Fills every {{…}} of a sheet in place. */
export function fillPlaceholders(d: ReportData, sheet: SheetSnapshot): SheetBuilder {
  const b = new SheetBuilder(sheet.name, false, true);
  plainRows(sheet).forEach((row, r) => {
    row?.forEach((c, col) => {
      if (!c || typeof c.v !== "string" || !c.v.includes("{{")) return;
      const text = c.v;
      const only = new RegExp(`^\\s*${PLACEHOLDER.source}\\s*$`).exec(text);
      if (only) {
        const v = placeholderValue(d, only[1]!);
        const typed = v ? typedCell(v, (only[2] as MoneyUnit | undefined) ?? "元") : null;
        if (typed) {
          b.set(r, col, typed.value, typed.numberFormat ? { numberFormat: typed.numberFormat } : {});
          return;
        }
      }
      let missing = false;
      const out = text.replace(PLACEHOLDER, (whole, name: string, unit: string | undefined) => {
        const v = placeholderValue(d, name);
        if (!v) {
          missing = true;
          return whole;
        }
        const t = valueText(d, v, (unit as MoneyUnit | undefined) ?? "元", name.trim());
        if (t.missing) missing = true;
        return t.text;
      });
      b.set(r, col, out, missing ? { prompt: true } : {});
    });
  });
  return b;
}

// ---------- the official layout left blank ----------

export interface BlankForm {
  sheet: SheetSnapshot;
  budget: HeaderHit;
  indicators: HeaderHit | null;
  /** Fund rows of the form: sheet row and the source its label names. */
  funds: Array<{ row: number; source: FundSource }>;
  end: number;
}

function sheetWidth(sheet: SheetSnapshot): number {
  let w = 0;
  for (let r = 0; r < rowCount(sheet); r++) w = Math.max(w, rowAt(sheet, r)?.length ?? 0);
  for (const m of sheet.merges) w = Math.max(w, m.right + 1);
  return w;
}

function mergeAt(sheet: SheetSnapshot, r: number, c: number): MergeRange | null {
  return sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) ?? null;
}

/** A cell a value may be written to: not hidden inside another cell's merge. */
function writable(sheet: SheetSnapshot, r: number, c: number): boolean {
  const m = mergeAt(sheet, r, c);
  return !m || (m.top === r && m.left === c);
}

function cellOf(sheet: SheetSnapshot, r: number, c: number): Cell | undefined {
  return cellAt(sheet, r, c);
}

/** Fund rows under a budget header, read as the recognizer reads them. */
function fundRows(sheet: SheetSnapshot, hit: HeaderHit, end: number): BlankForm["funds"] {
  const numeric = (["initial", "annual", "executed", "rate", "weight", "score"] as const)
    .map((k) => hit.cols.get(k))
    .filter((c): c is number => c !== undefined);
  const firstNum = Math.min(...numeric);
  const labelCol = hit.cols.get("source");
  const out: BlankForm["funds"] = [];
  for (let r = hit.row + 1; r < end; r++) {
    let label = "";
    let source: FundSource | null = null;
    for (let k = -1; k < firstNum && !source; k++) {
      const c = k < 0 ? labelCol : k;
      if (c === undefined || (k >= 0 && c === labelCol)) continue;
      const t = headerText(sheet, r, c);
      if (!t) continue;
      source = fundSource(t);
      if (!label) label = t;
    }
    if (!source) {
      if (label && out.length) break;
      continue;
    }
    out.push({ row: r, source });
  }
  return out;
}

/** A sheet in the official layout whose 项目资金 figures are all empty: the user's blank form. */
export function findBlankForm(sheet: SheetSnapshot): BlankForm | null {
  const hits = findHeaders(sheet);
  const budget = hits.find((h) => h.kind === "budget");
  if (!budget) return null;
  const money = (["initial", "annual", "executed"] as const).map((k) => budget.cols.get(k)).filter((c): c is number => c !== undefined);
  if (money.length < 2) return null;
  const indicators = hits.find((h) => h.kind === "indicators" && h.row > budget.row) ?? null;
  let title = "";
  for (let r = 0; r < Math.min(4, sheet.rows.length); r++) for (const c of rowAt(sheet, r) ?? []) title += cellString(c);
  if (!indicators && !/自评表|self-evaluationform/.test(norm(title))) return null;
  const next = hits.find((h) => h.row > budget.row);
  const end = next?.row ?? sheet.rows.length;
  const funds = fundRows(sheet, budget, end);
  if (!funds.length) return null;
  const blank = funds.every((f) => money.every((c) => isBlank(cellOf(sheet, f.row, c))));
  return blank ? { sheet, budget, indicators, funds, end } : null;
}

/** The section weights and 执行率 分值 a blank form prints (产出指标（50分）, 分值 10), which its filling must follow. */
export function formWeights(form: BlankForm): { pools: Partial<Record<Pool, Big>>; rateWeight?: Big } {
  const pools: Partial<Record<Pool, Big>> = {};
  const sheet = form.sheet;
  const ih = form.indicators;
  if (ih) {
    const l1 = ih.cols.get("level1");
    for (let r = ih.row + 1; l1 !== undefined && r < sheet.rows.length; r++) {
      const label = headerText(sheet, r, l1);
      const w = label ? statedWeight(label) : null;
      if (w) pools[sectionOf(label)] = w;
    }
  }
  const wc = form.budget.cols.get("weight");
  const totalRow = form.funds.find((f) => f.source === "total");
  const printed = wc !== undefined && totalRow ? cellOf(sheet, totalRow.row, wc)?.v : undefined;
  return typeof printed === "number" ? { pools, rateWeight: new Big(printed) } : { pools };
}

const TITLE_YEAR = /[（(]\s*(?:(?:19|20)[\dXx]{2}|[Xx_＿\s]*)\s*年度?\s*[)）]/;

/** Fills a blank official form in place; null when its indicator rows cannot hold the workbook's indicators. */
export function fillBlankForm(d: ReportData, form: BlankForm, goal: string | null, completion: string | null): SheetBuilder | null {
  const sheet = form.sheet;
  const b = new SheetBuilder(sheet.name, false, true);
  const write = (r: number, c: number | undefined, value: string | number, style: CellStyle = {}) => {
    if (c === undefined || !writable(sheet, r, c) || !isBlank(cellOf(sheet, r, c))) return;
    b.set(r, c, value, style);
  };
  const prompt = (what: string) => d.s.prompt({ what });

  // Title year: （    年度） or （20XX年度） → （2023年度）.
  if (d.year !== null) {
    for (let r = 0; r < Math.min(4, sheet.rows.length); r++) {
      (rowAt(sheet, r) ?? []).forEach((c, col) => {
        const t = typeof c?.v === "string" ? c.v : "";
        const m = TITLE_YEAR.exec(t);
        if (m && !m[0].includes(String(d.year))) b.set(r, col, t.replace(TITLE_YEAR, `（${d.year}年度）`), { bold: true, align: "center" });
      });
    }
  }

  // 项目名称 / 主管部门 / 实施单位: the first free cell right of the label.
  const width = Math.max(sheetWidth(sheet), 8);
  const infos: Array<[RegExp, string | null, string]> = [
    [/^(项目名称|projectname)$/, d.info.name, d.s.asks.name],
    [/^(主管部门|主管单位|supervisingdepartment)$/, d.info.department, d.s.asks.department],
    [/^(实施单位|预算单位|项目单位|implementingunit)$/, d.info.implementer, d.s.asks.implementer],
  ];
  for (let r = 0; r < form.budget.row; r++) {
    for (let c = 0; c < width; c++) {
      const label = norm(cellString(cellOf(sheet, r, c))).replace(/[:：]$/, "");
      const hit = label && infos.find(([re]) => re.test(label));
      if (!hit) continue;
      let v = (mergeAt(sheet, r, c)?.right ?? c) + 1;
      while (v < width && !writable(sheet, r, v)) v = (mergeAt(sheet, r, v)?.right ?? v) + 1;
      if (v < width) write(r, v, hit[1] ?? prompt(hit[2]), { prompt: !hit[1] });
    }
  }

  // 项目资金: the template's own unit; sources it has no row for go to its 其他资金 row.
  const cols = form.budget.cols;
  const rows = new Set(form.funds.map((f) => f.source));
  const lines = new Map<FundSource, FundLine>();
  for (const l of d.funds) {
    const to: FundSource = rows.has(l.source) || l.source === "total" ? l.source : rows.has("other") && l.source !== "prior" ? "other" : l.source;
    const had = lines.get(to);
    const add = (a: Big | null, x: Big | null) => (a === null ? x : x === null ? a : a.plus(x));
    lines.set(
      to,
      had
        ? { source: to, initial: add(had.initial, l.initial), annual: add(had.annual, l.annual), executed: add(had.executed, l.executed), rate: null }
        : { ...l }
    );
  }
  for (const f of form.funds) {
    const l = lines.get(f.source);
    if (!l) continue;
    const rate = l.annual && l.executed && !l.annual.eq(0) ? l.executed.div(l.annual).times(100) : null;
    for (const [k, x] of [
      ["initial", l.initial],
      ["annual", l.annual],
      ["executed", l.executed],
    ] as const) {
      const c = cols.get(k);
      if (x && c !== undefined) {
        const unit: MoneyUnit = form.budget.colScale.get(c) ?? form.budget.scale ?? "元";
        write(f.row, c, moneyNumber(x, unit), { numberFormat: "#,##0.00", align: "right" });
      }
    }
    if (l.annual && l.executed) {
      const rc = rateCell(rate);
      write(f.row, cols.get("rate"), rc.value, { ...(rc.numberFormat ? { numberFormat: rc.numberFormat } : {}), align: "center" });
    }
    const total = f.source === "total";
    const w = total ? pointsCell(d.scoring.rate.weight) : { value: DASH };
    const s = total ? pointsCell(d.scoring.rateScore) : { value: DASH };
    write(f.row, cols.get("weight"), w.value, { ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}), align: "center" });
    write(f.row, cols.get("score"), s.value, { ...(s.numberFormat ? { numberFormat: s.numberFormat } : {}), align: "center" });
  }

  // 年度总体目标: the texts under 预期目标 and 实际完成情况.
  const goalsEnd = form.indicators?.row ?? sheet.rows.length;
  for (let r = form.budget.row + 1; r < goalsEnd; r++) {
    for (let c = 0; c < width; c++) {
      const t = norm(cellString(cellOf(sheet, r, c)));
      if (/^(预期目标|年度目标|expected)$/.test(t)) write(r + 1, c, goal ?? prompt(d.s.asks.goal), { wrap: true, prompt: !goal });
      if (/^(实际完成情况|完成情况|achieved)$/.test(t)) write(r + 1, c, completion ?? prompt(d.s.asks.completion), { wrap: true, prompt: !completion });
    }
  }

  if (form.indicators && !fillIndicators(d, form, form.indicators, write)) return null;

  // 等级: the cell right of a grade label.
  for (let r = 0; r < sheet.rows.length; r++) {
    for (let c = 0; c < width; c++) {
      if (!/^(自评等级|评价等级|等级|绩效等级|grade)[:：]?$/.test(norm(cellString(cellOf(sheet, r, c))))) continue;
      let v = (mergeAt(sheet, r, c)?.right ?? c) + 1;
      while (v < width && !writable(sheet, r, v)) v = (mergeAt(sheet, r, v)?.right ?? v) + 1;
      const g = totalCells(d).grade;
      write(r, v, g.value, g.style);
    }
  }
  return b;
}

type Write = (r: number, c: number | undefined, value: string | number, style?: CellStyle) => void;

const bareL2 = (t: string) => norm(t).replace(/指标$/, "");

function fillIndicators(d: ReportData, form: BlankForm, ih: HeaderHit, write: Write): boolean {
  const sheet = form.sheet;
  const col = (k: Parameters<HeaderHit["cols"]["get"]>[0]) => ih.cols.get(k);
  const [c1, c2, c3] = [col("level1"), col("level2"), col("level3")];
  const textAt = (r: number, c: number | undefined) => (c === undefined ? "" : headerText(sheet, r, c));
  let totalRow: number | null = null;
  const slots: Array<{ row: number; section: Section | null; level2: string; name: string }> = [];
  for (let r = ih.row + 1; r < sheet.rows.length; r++) {
    const t1 = textAt(r, c1);
    const t2 = textAt(r, c2);
    const t3 = c3 === undefined ? "" : cellString(cellOf(sheet, r, c3));
    if ([t1, t2, t3].some((t) => t && isTotalLabel(t))) {
      totalRow = r;
      break;
    }
    // An empty row between header and 总分 is a free slot.
    if (!t1 && !t2 && !t3 && !rowAt(sheet, r)?.some((c) => !isBlank(c))) {
      slots.push({ row: r, section: null, level2: "", name: "" });
      continue;
    }
    slots.push({ row: r, section: t1 ? sectionOf(t1) : null, level2: t2, name: t3 });
  }
  if (totalRow === null) return false;

  const used = new Set<number>();
  const placed = new Map<IndicatorLine, number>();
  const take = (pred: (s: (typeof slots)[number]) => boolean) => slots.find((s) => !used.has(s.row) && pred(s));
  for (const l of d.indicators) {
    const name = norm(l.score.input.name);
    const sec = l.score.section;
    const slot =
      take((s) => !!s.name && norm(s.name) === name) ??
      take((s) => !s.name && s.section === sec && !!s.level2 && bareL2(s.level2) === bareL2(l.indicator.level2)) ??
      take((s) => !s.name && s.section === sec && !s.level2) ??
      take((s) => !s.name && s.section === sec) ??
      take((s) => !s.name && s.section === null && !s.level2);
    if (!slot) return false;
    used.add(slot.row);
    placed.set(l, slot.row);
  }
  for (const [l, r] of placed) {
    const sc = l.score;
    if (!textAt(r, c1)) write(r, c1, sectionLabel(d, sc.section), { bold: true, align: "center" });
    if (!textAt(r, c2)) write(r, c2, l.indicator.level2, { align: "center" });
    write(r, c3, sc.input.name, { wrap: true });
    write(r, col("target"), l.targetText, { align: "center" });
    write(r, col("actual"), l.actualText || d.s.prompt({ what: d.s.asks.actual }), { align: "center", prompt: !l.actualText });
    const w = pointsCell(sc.weight);
    write(r, col("weight"), w.value, { ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}), align: "center" });
    const cell = indicatorScoreCell(d, l);
    write(r, col("score"), cell.value, cell.style);
    const reason = reasonFor(d, l);
    if (reason.text) write(r, col("reason") ?? col("note"), reason.text, { wrap: true, prompt: reason.prompt });
  }
  const tw = pointsCell(d.scoring.totalWeight);
  const ts = totalCells(d, true).total;
  write(totalRow, col("weight"), tw.value, { ...(tw.numberFormat ? { numberFormat: tw.numberFormat } : {}), bold: true, align: "center" });
  write(totalRow, col("score"), ts.value, ts.style);
  return true;
}

/** Where a helper area may start on a template: two columns right of everything the sheet uses. */
export function helperColumn(sheet: SheetSnapshot): number {
  return sheetWidth(sheet) + 1;
}
