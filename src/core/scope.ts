/**
 * Projects in a workbook: each 自评表 (or programme block) with its own 项目名称 is a project, and the narrative's sections
 * under a heading that names one belong to it. A figure is checked only against its own project's tables; what names no
 * project (unit-level text, ledgers, contracts, project info) forms the unit scope, checked against the unit's own tables or
 * the sum of the projects'.
 */
import { cellString } from "./cells";
import type { Narrative, Paragraph, WorkbookModel } from "./model";
import { headerText } from "./recognize/headers";
import { norm } from "./recognize/text";
import { type SheetSnapshot, rowAt } from "./snapshot";

export interface Scope {
  /** The project's name; null for the whole workbook (one project) or the unit level beside several. */
  name: string | null;
  /** The workbook model restricted to this scope's tables and paragraphs. */
  model: WorkbookModel;
  /** The projects a unit scope sums, when it is the unit beside several projects. */
  parts: Scope[];
}

export interface ProjectInfo {
  name: string;
  sheets: string[];
}

const NAME_LABEL = /^(项目名称|projectname)[:：]?$/;
/** A blank left to fill in (【待填写：项目名称】, [To fill in: …]) names no project. */
const PLACEHOLDER = /^[【[].*[】\]]$/;

/** A form segment: from a 项目名称 row down to the next one in the same sheet. */
interface Segment {
  sheet: string;
  from: number;
  to: number;
  name: string;
}

/** The value right of a 项目名称 label: the first non-blank cell after it in the row. */
function nameRows(sheet: SheetSnapshot): Array<{ row: number; name: string }> {
  const out: Array<{ row: number; name: string }> = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = rowAt(sheet, r);
    if (!row) continue;
    for (let c = 0; c < Math.min(row.length, 4); c++) {
      if (!NAME_LABEL.test(norm(cellString(row[c])))) continue;
      for (let v = c + 1; v < row.length; v++) {
        const t = cellString(row[v]);
        if (PLACEHOLDER.test(t.trim())) break;
        if (t && !NAME_LABEL.test(norm(t)) && headerText(sheet, r, v) === t) {
          out.push({ row: r, name: t });
          break;
        }
      }
      break;
    }
  }
  return out;
}

/** Segments of the sheets that hold tables: one per 项目名称 row, each running to the next. */
function segments(model: WorkbookModel): Segment[] {
  const tableSheets = new Set([...model.budgets, ...model.indicators].map((t) => t.sheet));
  const out: Segment[] = [];
  for (const sheet of model.snapshot.sheets) {
    if (!tableSheets.has(sheet.name)) continue;
    const names = nameRows(sheet);
    names.forEach((n, i) => {
      out.push({ sheet: sheet.name, from: i === 0 ? 0 : n.row, to: names[i + 1]?.row ?? sheet.rows.length, name: n.name });
    });
  }
  return out;
}

/** The distinct project names the workbook's forms give in their 项目名称 rows, in order. */
export function formProjectNames(model: WorkbookModel): string[] {
  return [...new Set(segments(model).map((s) => s.name))];
}

/** The core of a project name for matching a heading: no leading code, no trailing 项目/经费/资金. */
export function nameCore(name: string): string {
  return norm(name)
    .replace(/^[\dA-Za-z-]{6,}[-—_\s]*/, "")
    .replace(/[（(][^（()）]*[)）]$/u, "")
    .replace(/(专项资金|项目资金|项目经费|专项经费|经费|资金|专项|项目)+$/u, "");
}

/** Outline level of a heading by its ordinal: 一、 1; （一） 2; 1、 or 1. 3; （1） 4; none 0. */
function headingLevel(text: string): number {
  const t = text.trim().normalize("NFKC");
  if (/^[一二三四五六七八九十]+[、.．]/.test(t)) return 1;
  if (/^\(\s*[一二三四五六七八九十]+\s*\)/.test(t)) return 2;
  if (/^\d{1,2}\s*[、.](?!\d)/.test(t)) return 3;
  if (/^\(\s*\d{1,2}\s*\)/.test(t)) return 4;
  return 0;
}

/** The project a heading names: a short paragraph (or one led by an ordinal) holding a project's name core. */
function namedProject(p: Paragraph, cores: Array<{ name: string; core: string }>): string | null {
  const text = p.text.trim();
  const level = headingLevel(text);
  if (text.length > (level ? 80 : 40)) return null;
  const t = norm(text);
  // The longest core that the heading holds: 道路建设 inside 农村道路建设 must not win over it.
  let best: { name: string; core: string } | null = null;
  for (const c of cores) if (c.core.length >= 2 && t.includes(c.core) && (!best || c.core.length > best.core.length)) best = c;
  return best?.name ?? null;
}

function emptyModel(model: WorkbookModel): WorkbookModel {
  return { ...model, info: [], budgets: [], ledgers: [], contracts: [], indicators: [], narratives: [] };
}

function pushParagraph(m: WorkbookModel, sheet: string, p: Paragraph): void {
  let n: Narrative | undefined = m.narratives.find((x) => x.sheet === sheet);
  if (!n) {
    n = { sheet, paragraphs: [] };
    m.narratives.push(n);
  }
  n.paragraphs.push(p);
}

/** Outline words: a heading holding one is a section of the report (（二）项目资金安排情况), not a project's name. */
const OUTLINE = /(情况|分析|概况|概述|目标|管理|决策|措施|问题|建议|计划|完成|说明|总结|结论|经验|做法|依据|评价|指标|下达|使用|执行|投入|安排|落实)/;
/** What a project's name ends with. */
const PROJECT_END = /(项目|工程|经费|资金|补助|专项|补贴)$/;

/** A narrative heading naming a project: "1、农村公路建设项目", "（2）数说红河展厅运维经费。年初预算…" (up to its first 。or ：). */
function sectionName(p: Paragraph): string | null {
  const level = headingLevel(p.text);
  if (level < 2) return null;
  const head = p.text
    .trim()
    .normalize("NFKC")
    .replace(/^(\(\s*[一二三四五六七八九十\d]+\s*\)|[一二三四五六七八九十\d]+\s*[、.])\s*/, "")
    .split(/[。：:；;，,]/)[0]!
    .trim();
  if (head.length < 4 || head.length > 40 || OUTLINE.test(head) || !PROJECT_END.test(head)) return null;
  return head;
}

/** Projects a narrative-only report lists under headings of one outline level, each with money figures of its own. */
function narrativeProjects(model: WorkbookModel): Map<Paragraph, string> | null {
  const found: Array<{ p: Paragraph; name: string; level: number }> = [];
  for (const n of model.narratives)
    for (const p of n.paragraphs) {
      const name = sectionName(p);
      if (name) found.push({ p, name, level: headingLevel(p.text) });
    }
  const byLevel = new Map<number, typeof found>();
  for (const f of found) byLevel.set(f.level, [...(byLevel.get(f.level) ?? []), f]);
  const best = [...byLevel.values()].sort((a, b) => b.length - a.length)[0];
  if (!best || new Set(best.map((f) => f.name)).size < 2) return null;
  return new Map(best.map((f) => [f.p, f.name]));
}

/** Scopes of a narrative-only report that lists several projects: each heading's section is checked on its own figures. */
function narrativeScopes(model: WorkbookModel, heads: Map<Paragraph, string>): Scope[] {
  const level = headingLevel([...heads.keys()][0]!.text);
  const projects = new Map<string, WorkbookModel>();
  const unit = emptyModel(model);
  unit.info = model.info;
  unit.ledgers = model.ledgers;
  unit.contracts = model.contracts;
  for (const n of model.narratives) {
    let current: string | null = null;
    for (const p of n.paragraphs) {
      const name = heads.get(p);
      const l = headingLevel(p.text);
      if (name) current = name;
      else if (current && l && l <= level) current = null;
      if (!current) {
        pushParagraph(unit, n.sheet, p);
        continue;
      }
      if (!projects.has(current)) projects.set(current, emptyModel(model));
      pushParagraph(projects.get(current)!, n.sheet, p);
    }
  }
  const parts: Scope[] = [...projects].map(([name, m]) => ({ name, model: m, parts: [] }));
  return [...parts, { name: null, model: unit, parts }];
}

/** The scopes to check: the whole workbook when it holds one project, else one per project and the unit beside them. */
export function scopesOf(model: WorkbookModel): Scope[] {
  const segs = segments(model);
  const names = [...new Set(segs.map((s) => s.name))];
  if (names.length < 2) {
    // A report with no table of its own may still list its projects in the text.
    const heads = !model.budgets.length && !model.indicators.length ? narrativeProjects(model) : null;
    return heads ? narrativeScopes(model, heads) : [{ name: null, model, parts: [] }];
  }

  const projects = new Map<string, WorkbookModel>(names.map((n) => [n, emptyModel(model)]));
  const unit = emptyModel(model);
  unit.info = model.info;
  unit.ledgers = model.ledgers;
  unit.contracts = model.contracts;
  const segmentOf = (sheet: string, row: number) => segs.find((s) => s.sheet === sheet && row >= s.from && row < s.to) ?? null;
  const home = (sheet: string, row: number) => {
    const s = segmentOf(sheet, row);
    return s ? projects.get(s.name)! : unit;
  };
  for (const b of model.budgets) home(b.sheet, b.headerRow).budgets.push(b);
  for (const t of model.indicators) home(t.sheet, t.headerRow).indicators.push(t);

  const cores = names.map((name) => ({ name, core: nameCore(name) }));
  for (const n of model.narratives) {
    // A section runs from a heading naming a project to the next heading at its level or above.
    let current: { name: string; level: number } | null = null;
    for (const p of n.paragraphs) {
      const seg = segmentOf(n.sheet, p.ref.row);
      if (seg) {
        pushParagraph(projects.get(seg.name)!, n.sheet, p);
        continue;
      }
      const named = namedProject(p, cores);
      const level = headingLevel(p.text);
      if (named) current = { name: named, level };
      else if (current && level && (current.level === 0 || level <= current.level)) current = null;
      pushParagraph(current ? projects.get(current.name)! : unit, n.sheet, p);
    }
  }
  const parts: Scope[] = names.map((name) => ({ name, model: projects.get(name)!, parts: [] }));
  return [...parts, { name: null, model: unit, parts }];
}

/** The projects a workbook holds, for the JSON's `projects`; empty when it holds one. */
export function projectList(scopes: Scope[]): ProjectInfo[] {
  return scopes
    .filter((s): s is Scope & { name: string } => s.name !== null)
    .map((s) => ({
      name: s.name,
      sheets: [...new Set([...s.model.budgets, ...s.model.indicators, ...s.model.narratives].map((t) => t.sheet))],
    }));
}
