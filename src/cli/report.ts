/** `selfeval report IN.xlsx -o OUT.xlsx`: plans the self-evaluation sheets from the workbook and writes them into a copy. */
import type { Command } from "commander";
import { Option } from "commander";
import { planReport } from "../core/report";
import type { ReportPlan } from "../core/report/plan";
import { describeReadError, type Lang } from "../io/read-error";
import { describeWriteError, ReportWriteError, type SheetOutcome, type WriteWarning, writeReport } from "../io/xlsx-writer";
import { readWorkbook } from "../io/xlsx-reader";
import { VERSION } from "./report-json";

export interface ReportCliOptions {
  output?: string;
  json?: boolean;
  lang: Lang;
  unit: "万元" | "元";
  yes?: boolean;
}

export interface ReportEntry {
  input: string;
  output: string | null;
  /** Why nothing was written (input unreadable, output refused), in the chosen language; null when written. */
  error: string | null;
  /** Every sheet written, with what was done to it. */
  sheets: SheetOutcome[];
  /** Existing sheets the plan would write that were left as they were (they need --yes). */
  skipped: Array<{ name: string; reason: "needs-consent"; writtenTo: string }>;
  /** The 自评表's 总分 and 等级 as written, when the plan has them. */
  score: { total: string | null; grade: string | null } | null;
  /** 待填写 cells left for the user, over all sheets written. */
  prompts: number;
  /** Parts of the input the copy does not keep. */
  warnings: Array<WriteWarning & { message: string }>;
}

export interface ReportDocument {
  tool: "selfeval";
  version: string;
  report: ReportEntry;
}

const TOTAL_LABELS = /^(自评)?总分(合计)?$|^得分合计$|^合计得分$|^total( score)?$/i;
const GRADE_LABELS = /^(自评|评价|绩效)?等级$|^(自评|评价)结论$|^(self-evaluation )?(grade|rating)$/i;

/** 总分 and 等级 from the plan's cells: the rightmost figure in the row of a cell labelled 总分, the value right of 等级. */
export function planScore(plan: ReportPlan): ReportEntry["score"] {
  let total: string | null = null;
  let grade: string | null = null;
  for (const sheet of plan.sheets) {
    const cells = sheet.writes
      .map((w) => {
        const m = /^([A-Z]+)(\d+)$/.exec(w.address);
        if (!m) return null;
        let col = 0;
        for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
        return { w, row: Number(m[2]), col };
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    const rightOf = (row: number, col: number) =>
      cells.filter((c) => c.row === row && c.col > col && c.w.value !== null && c.w.value !== "").sort((a, b) => a.col - b.col)[0];
    for (const c of cells) {
      if (typeof c.w.value !== "string") continue;
      const label = c.w.value.replace(/[\s:：（）()分]/g, (ch) => (ch === "分" ? ch : ""));
      if (total === null && TOTAL_LABELS.test(label)) {
        // 总分 | Σ分值 | Σ得分: the score is the rightmost figure of the row.
        const right = cells.filter((x) => x.row === c.row && x.col > c.col && x.w.value !== null && x.w.value !== "");
        const nums = right.filter((x) => typeof x.w.value === "number").sort((a, b) => b.col - a.col);
        const v = (nums[0] ?? right.sort((a, b) => b.col - a.col)[0])?.w;
        if (v) total = typeof v.value === "number" ? (Math.round(v.value * 100) / 100).toFixed(2) : String(v.value);
      } else if (grade === null && GRADE_LABELS.test(label)) {
        const v = rightOf(c.row, c.col)?.w;
        if (v && v.value !== null) grade = String(v.value);
      }
    }
  }
  return total === null && grade === null ? null : { total, grade };
}

const WARNING_TEXT: Record<Lang, Record<WriteWarning["kind"], (n: number) => string>> = {
  "zh-CN": {
    charts: (n) => `原工作簿中的 ${n} 个图表未保留在输出文件中`,
    "pivot-tables": (n) => `原工作簿中的 ${n} 个数据透视表未保留在输出文件中`,
    macros: () => "原工作簿中的宏（VBA）未保留在输出文件中",
    slicers: (n) => `原工作簿中的 ${n} 个切片器未保留在输出文件中`,
    "external-links": (n) => `原工作簿有 ${n} 个外部链接，输出文件中不再保留链接信息`,
    "form-controls": (n) => `原工作簿中的 ${n} 个表单控件未保留在输出文件中`,
    "threaded-comments": (n) => `原工作簿中的 ${n} 组批注会话未保留在输出文件中`,
    "images-in-cells": () => "原工作簿中嵌入单元格的图片未保留在输出文件中",
  },
  en: {
    charts: (n) => `${n} chart(s) in the input are not kept in the output`,
    "pivot-tables": (n) => `${n} pivot table(s) in the input are not kept in the output`,
    macros: () => "the input's macros (VBA) are not kept in the output",
    slicers: (n) => `${n} slicer(s) in the input are not kept in the output`,
    "external-links": (n) => `the input has ${n} external link(s); the output does not keep them`,
    "form-controls": (n) => `${n} form control(s) in the input are not kept in the output`,
    "threaded-comments": (n) => `${n} threaded comment(s) in the input are not kept in the output`,
    "images-in-cells": () => "pictures placed in cells in the input are not kept in the output",
  },
};

function errorText(err: unknown, lang: Lang): string {
  return err instanceof ReportWriteError ? describeWriteError(err, lang) : describeReadError(err, lang);
}

/** Reads, plans and writes; never throws for a bad input or output: the entry carries the error. */
export async function runReport(input: string, opts: ReportCliOptions): Promise<ReportEntry> {
  const entry: ReportEntry = { input, output: opts.output ?? null, error: null, sheets: [], skipped: [], score: null, prompts: 0, warnings: [] };
  if (!opts.output) {
    entry.error =
      opts.lang === "zh-CN" ? "请用 -o OUT.xlsx 指定输出文件（原工作簿不会被修改）。" : "Give the output file with -o OUT.xlsx (the input is never modified).";
    return entry;
  }
  try {
    const snapshot = await readWorkbook(input);
    const plan = planReport(snapshot, { unit: opts.unit, lang: opts.lang });
    const result = await writeReport(input, plan, opts.output, { consent: opts.yes ?? false, snapshot });
    entry.sheets = result.sheets;
    entry.skipped = result.sheets
      .filter((s) => s.action === "redirected")
      .map((s) => ({ name: s.name, reason: "needs-consent" as const, writtenTo: s.written }));
    entry.score = planScore(plan);
    entry.prompts = result.sheets.reduce((n, s) => n + s.prompts, 0);
    entry.warnings = result.warnings.map((w) => ({ ...w, message: WARNING_TEXT[opts.lang][w.kind](w.count) }));
  } catch (err) {
    entry.error = errorText(err, opts.lang);
  }
  return entry;
}

const ACTION_TEXT: Record<Lang, Record<SheetOutcome["action"], string>> = {
  "zh-CN": { created: "新建", replaced: "重新生成", filled: "已写入原表（已确认）", redirected: "另存为新表" },
  en: { created: "created", replaced: "regenerated", filled: "written into the existing sheet (confirmed)", redirected: "written to a new sheet" },
};

export function formatReport(e: ReportEntry, lang: Lang): string {
  const zh = lang === "zh-CN";
  const lines: string[] = [e.output ? `${e.input} → ${e.output}` : e.input];
  if (e.error) {
    lines.push(`  ${zh ? "未生成报告" : "No report written"}: ${e.error}`);
    return lines.join("\n");
  }
  if (e.sheets.length === 0) lines.push(zh ? "  没有可写入的工作表（未识别出预算或指标数据）" : "  Nothing to write (no budget or indicator data recognised)");
  for (const s of e.sheets) {
    const chart = s.chart ? (zh ? "，含图表" : ", with chart") : "";
    const prompts = s.prompts ? (zh ? `，待填写 ${s.prompts} 处` : `, ${s.prompts} to fill in`) : "";
    if (s.action === "redirected") {
      lines.push(
        zh
          ? `  未改动：${s.name}（该表由您创建，需确认才能写入；已写入新表“${s.written}”${chart}${prompts}。加 --yes 可直接写入“${s.name}”）`
          : `  Left as it is: ${s.name} (a sheet you made needs your yes; the report went to the new sheet "${s.written}"${chart}${prompts}. Add --yes to write "${s.name}" itself)`
      );
    } else {
      lines.push(
        zh
          ? `  已写入：${s.written}（${ACTION_TEXT[lang][s.action]}${chart}${prompts}）`
          : `  Written: ${s.written} (${ACTION_TEXT[lang][s.action]}${chart}${prompts})`
      );
    }
  }
  if (e.score) {
    const t = e.score.total ?? "—";
    const g = e.score.grade ?? "—";
    lines.push(zh ? `  总分 ${t}，等级 ${g}` : `  Total score ${t}, grade ${g}`);
  }
  lines.push(
    zh
      ? e.prompts
        ? `  待填写 ${e.prompts} 处（黄色底色标出，请补充后再报送）`
        : "  没有待填写项"
      : e.prompts
        ? `  ${e.prompts} cell(s) to fill in (yellow), before filing`
        : "  Nothing left to fill in"
  );
  for (const w of e.warnings) lines.push(`  ${zh ? "注意" : "Note"}: ${w.message}`);
  return lines.join("\n");
}

/** Exit status: 0 written; 2 input unreadable or output refused; 1 is reserved. */
export function reportExitCode(e: ReportEntry): number {
  return e.error ? 2 : 0;
}

async function report(input: string, opts: ReportCliOptions): Promise<number> {
  const entry = await runReport(input, opts);
  if (opts.json) {
    const doc: ReportDocument = { tool: "selfeval", version: VERSION, report: entry };
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  } else if (entry.error) {
    process.stderr.write(formatReport(entry, opts.lang) + "\n");
  } else {
    process.stdout.write(formatReport(entry, opts.lang) + "\n");
  }
  return reportExitCode(entry);
}

/** Adds the `report` subcommand; its exit status goes to setCode. */
export function registerReport(program: Command, setCode: (code: number) => void): void {
  program
    .command("report")
    .description("write a copy of the workbook with the self-evaluation sheets (自评表, 支出进度 chart) filled in")
    .argument("<file>", "the workbook (.xlsx); it is never modified")
    .option("-o, --output <file>", "the copy to write (must differ from the input)")
    .option("--json", "one JSON document on stdout")
    .addOption(new Option("--lang <lang>", "language of the report and messages").choices(["zh-CN", "en"]).default("zh-CN"))
    .addOption(new Option("--unit <unit>", "money unit of the 项目资金 block").choices(["万元", "元"]).default("万元"))
    .option("--yes", "write into existing sheets you made (otherwise the report goes to new “（生成）” sheets)")
    // A usage error (bad option value) is a refusal: exit 2, never 1.
    .exitOverride((err) => {
      throw Object.assign(err, { exitCode: err.exitCode === 0 ? 0 : 2 });
    })
    .action(async (file: string, opts: ReportCliOptions) => {
      setCode(await report(file, opts));
    });
}
