/** `selfeval report IN.xlsx -o OUT.xlsx`: plans the self-evaluation sheets from the workbook and writes them into a copy. */
import type { Command } from "commander";
import { Option } from "commander";
import type { WeightPreset } from "../core/report/scoring";
import type { PlanScore } from "../core/report/plan";
import { describeReadError, type Lang } from "../io/read-error";
import type { SheetOutcome, WriteWarning } from "../io/xlsx-writer";
import { describeWriteError, ReportWriteError } from "../io/write-errors";
import { readWorkbook } from "../io/xlsx-reader";
import { VERSION } from "./report-json";

export interface ReportCliOptions {
  output?: string;
  json?: boolean;
  lang: Lang;
  unit: "万元" | "元";
  /** Section weights of the form: national 10/50/30/10 (default), sichuan 10 + 90, ningxia 40/40/20, rate20 20 + 80, rate30 30 + 70. */
  weights?: WeightPreset;
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
  /** The 自评表's 总分 and 等级 as the planner computed and wrote them: null each where the form leaves them 【待填写】, and why. */
  score: { total: string | null; grade: string | null; pending: string[] } | null;
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

/** 总分 and 等级 from the planner (never read back out of the written cells). */
function scoreOf(score: PlanScore): NonNullable<ReportEntry["score"]> {
  return { total: score.total, grade: score.gradeText, pending: score.pending };
}

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
    // The planner and the writer (ExcelJS) load here, so that `check` starts without them.
    const [{ planReport }, { writeReport }] = await Promise.all([import("../core/report"), import("../io/xlsx-writer")]);
    const plan = planReport(snapshot, { unit: opts.unit, lang: opts.lang, ...(opts.weights ? { weights: opts.weights } : {}) });
    const result = await writeReport(input, plan, opts.output, { consent: opts.yes ?? false, snapshot });
    entry.sheets = result.sheets;
    entry.skipped = result.sheets
      .filter((s) => s.action === "redirected")
      .map((s) => ({ name: s.name, reason: "needs-consent" as const, writtenTo: s.written }));
    entry.score = scoreOf(plan.score);
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
  if (e.score && e.score.total !== null) {
    const g = e.score.grade ?? "—";
    lines.push(zh ? `  总分 ${e.score.total}，等级 ${g}` : `  Total score ${e.score.total}, grade ${g}`);
  } else if (e.score) {
    lines.push(zh ? `  总分、等级待填写：${e.score.pending.join("；")}` : `  Total and grade left to fill in: ${e.score.pending.join("; ")}`);
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
    .addOption(
      new Option("--weights <preset>", "section weights: national 10/50/30/10, sichuan 10+90, ningxia 40/40/20, rate20 20+80, rate30 30+70").choices([
        "national",
        "sichuan",
        "ningxia",
        "rate20",
        "rate30",
      ])
    )
    .option("--yes", "write into existing sheets you made (otherwise the report goes to new “（生成）” sheets)")
    // A usage error (bad option value) is a refusal: exit 2, never 1.
    .exitOverride((err) => {
      throw Object.assign(err, { exitCode: err.exitCode === 0 ? 0 : 2 });
    })
    .action(async (file: string, opts: ReportCliOptions) => {
      setCode(await report(file, opts));
    });
}
