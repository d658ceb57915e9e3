/** `selfeval report IN.xlsx -o OUT.xlsx`: plans the self-evaluation sheets from the workbook and writes them into a copy. */
import type { Command } from "commander";
import { Option } from "commander";
import type { WeightPreset } from "../core/report/scoring";
import { strings } from "../core/i18n";
import { describeReadError, type Lang } from "../io/read-error";
import type { SheetOutcome } from "../io/xlsx-writer";
import { describeWriteError, ReportWriteError } from "../io/write-errors";
import { readWorkbook } from "../io/xlsx-reader";
import { writeAtomically } from "../io/atomic-write";
import { checkOutputPath, sameFile } from "../io/write-safety";
import type { PlanScore } from "../core/report/plan";
import { VERSION } from "./report-json";

export interface ReportCliOptions {
  output?: string;
  /** The 自评报告 as a Word document (the narrative, with the form as its appendix). */
  docx?: string;
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
  /** The Word 自评报告 written with --docx; null when none was asked for or nothing was written. */
  document: string | null;
  /** Every sheet written, with what was done to it. */
  sheets: SheetOutcome[];
  /** Existing sheets the plan would write that were left as they were (they need --yes). */
  skipped: Array<{ name: string; reason: "needs-consent"; writtenTo: string }>;
  /** The 自评表's 总分 and 等级 as the planner computed and wrote them: null each where the form leaves them 【待填写】, and why. */
  score: { total: string | null; grade: string | null; pending: string[] } | null;
  /** 待填写 cells left for the user, over all sheets written. */
  prompts: number;
}

export interface ReportDocument {
  tool: "selfeval";
  version: string;
  report: ReportEntry;
}

/** 总分 and 等级 from the planner (never read back out of the written cells). */
function scoreOf(score: PlanScore): NonNullable<ReportEntry["score"]> {
  return { total: score.total, grade: score.gradeText, pending: score.pending };
}

function errorText(err: unknown, lang: Lang): string {
  return err instanceof ReportWriteError ? describeWriteError(err, lang) : describeReadError(err, lang);
}

/** Reads, plans and writes; never throws for a bad input or output: the entry carries the error. */
export async function runReport(input: string, opts: ReportCliOptions): Promise<ReportEntry> {
  const entry: ReportEntry = { input, output: opts.output ?? null, document: null, error: null, sheets: [], skipped: [], score: null, prompts: 0 };
  if (!opts.output && !opts.docx) {
    entry.error = strings(opts.lang).reportCli.noOutput;
    return entry;
  }
  try {
    // Both outputs are checked before either is written: a refused one leaves no half of the report behind.
    if (opts.docx) {
      await checkOutputPath(input, opts.docx);
      if (opts.output && (await sameFile(opts.output, opts.docx))) throw new ReportWriteError("same-as-output", opts.docx);
    }
    const snapshot = await readWorkbook(input);
    // The planner and the writers (ExcelJS, docx) load here, so that `check` starts without them.
    const { planReport, documentPrompts } = await import("../core/report");
    const plan = planReport(snapshot, { unit: opts.unit, lang: opts.lang, ...(opts.weights ? { weights: opts.weights } : {}) });
    if (opts.output) {
      const { writeReport } = await import("../io/xlsx-writer");
      const result = await writeReport(input, plan, opts.output, { consent: opts.yes ?? false, snapshot });
      entry.sheets = result.sheets;
      entry.skipped = result.sheets
        .filter((s) => s.action === "redirected")
        .map((s) => ({ name: s.name, reason: "needs-consent" as const, writtenTo: s.written }));
      entry.prompts = result.sheets.reduce((n, s) => n + s.prompts, 0);
    }
    entry.score = scoreOf(plan.score);
    if (opts.docx) {
      const { reportDocx } = await import("../io/docx/report-docx");
      await writeAtomically(opts.docx, Buffer.from(await reportDocx(plan)));
      entry.document = opts.docx;
      // With no workbook written, the prompts are the document's.
      if (!opts.output) entry.prompts = documentPrompts(plan);
    }
  } catch (err) {
    entry.error = errorText(err, opts.lang);
  }
  return entry;
}

export function formatReport(e: ReportEntry, lang: Lang): string {
  const r = strings(lang).reportCli;
  const outputs = [e.output, e.document].filter((x): x is string => !!x);
  const lines: string[] = [outputs.length ? `${e.input} → ${outputs.join(", ")}` : e.input];
  if (e.error) {
    lines.push(`  ${r.notWritten({ error: e.error })}`);
    return lines.join("\n");
  }
  if (e.output && e.sheets.length === 0) lines.push(`  ${r.nothingToWrite}`);
  for (const s of e.sheets) {
    const chart = s.chart ? r.withChart : "";
    const prompts = s.prompts ? r.toFill({ count: String(s.prompts) }) : "";
    lines.push(
      `  ${s.action === "redirected" ? r.redirected({ name: s.name, written: s.written, chart, prompts }) : r.written({ written: s.written, action: r.actions[s.action], chart, prompts })}`
    );
  }
  if (e.document) lines.push(`  ${r.document({ file: e.document })}`);
  if (e.score && e.score.total !== null) lines.push(`  ${r.score({ total: e.score.total, grade: e.score.grade ?? "—" })}`);
  else if (e.score) lines.push(`  ${r.scorePending({ pending: e.score.pending.join(r.pendingSep) })}`);
  lines.push(`  ${e.prompts ? r.prompts({ count: String(e.prompts) }) : r.noPrompts}`);
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
    .option("--docx <file>", "also write the 自评报告 as a Word document, with the 自评表 as its appendix")
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
