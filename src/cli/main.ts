/** The `selfeval` command: check workbooks for slips (text or JSON, one file or a batch over both cores). */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { type Lang, strings } from "../core/i18n";
import { ReportWriteError, describeWriteError } from "../io/write-errors";
import { checkOutputPath } from "../io/write-safety";
import { expandInputs, type Job } from "./files";
import { registerFix } from "./fix";
import { registerReport } from "./report";
import { type CheckDocument, checkFile, failedEntry, VERSION, type WorkbookEntry } from "./report-json";
import { formatEntry, formatTotal } from "./text-output";

interface CheckOptions {
  json?: boolean;
  lang: Lang;
  /** Where to write the review workbook of the batch (汇总, 问题明细, 说明). */
  review?: string;
  /** Seconds one file of a batch may take (default BATCH_LIMITS.seconds). */
  fileTimeout?: number;
}

/** A batch's limits per file: each runs in a worker of its own, stopped past these. */
export const BATCH_LIMITS = {
  /** Seconds one file may take (a 1,000,000-row ledger takes about 10). */
  seconds: 300,
  /** Heap of a worker, in MB: a 1,000,000-row ledger needs about 600. */
  heapMb: 2048,
} as const;

async function runBatch(jobs: Job[], lang: Lang, seconds: number, onDone: () => void): Promise<WorkbookEntry[]> {
  if (jobs.length === 1) {
    const e = await checkFile(jobs[0]!.file, lang, jobs[0]!.workbook);
    onDone();
    return [e];
  }
  // The worker pool loads only for a batch: one file is checked on this thread.
  const { default: Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: resolve(__dirname, "worker.js"),
    maxThreads: Math.min(availableParallelism(), jobs.length),
    resourceLimits: { maxOldGenerationSizeMb: BATCH_LIMITS.heapMb },
  });
  const s = strings(lang).ui;
  try {
    return await Promise.all(
      jobs.map(async ({ file, workbook }) => {
        // One file that stalls, crashes its worker or runs out of memory gets its own entry; the others go on.
        const timeout = AbortSignal.timeout(Math.max(1, Math.round(seconds * 1000)));
        let e: WorkbookEntry;
        try {
          e = (await pool.run({ file, workbook, lang }, { signal: timeout })) as WorkbookEntry;
        } catch (err) {
          e = failedEntry(
            file,
            timeout.aborted ? s.timedOut({ seconds: String(seconds) }) : s.workerFailed({ message: err instanceof Error ? err.message : String(err) }),
            workbook
          );
        }
        onDone();
        return e;
      })
    );
  } finally {
    await pool.destroy();
  }
}

/**
 * The JSON document in pieces, one entry at a time: the same text as JSON.stringify(doc, null, 2), without one string of
 * everything, however many findings a batch has.
 */
export function* documentChunks(doc: CheckDocument): Generator<string> {
  const { workbooks, ...head } = doc;
  yield `${JSON.stringify(head, null, 2).replace(/\n}$/, "")},\n  "workbooks": [`;
  for (let i = 0; i < workbooks.length; i++) yield `${i ? "," : ""}\n    ${JSON.stringify(workbooks[i], null, 2).replace(/\n/g, "\n    ")}`;
  yield workbooks.length ? "\n  ]\n}\n" : "]\n}\n";
}

export function exitCode(entries: WorkbookEntry[]): number {
  if (entries.some((e) => e.error)) return 2;
  if (entries.some((e) => e.summary.error > 0)) return 1;
  return 0;
}

/** No workbook in what was given: one clear message (in the JSON document with --json), and exit 2 like any unreadable input. */
function nothingToCheck(inputs: string[], skippedXls: number, skippedDoc: number, opts: CheckOptions): number {
  const s = strings(opts.lang);
  const quoted = inputs.map((i) => (opts.lang === "en" ? `"${i}"` : `“${i}”`)).join(s.ui.listSep);
  const message = [
    s.ui.emptyInput({ inputs: quoted }),
    ...(skippedXls ? [s.ui.skippedXls({ count: String(skippedXls) })] : []),
    ...(skippedDoc ? [s.docx.skippedDoc({ count: String(skippedDoc) })] : []),
  ].join(opts.lang === "en" ? " " : "");
  if (opts.json) {
    // `error` at the top level extends the contract's document; `workbooks` stays an array, empty.
    const doc: CheckDocument & { error: string } = { tool: "selfeval", version: VERSION, workbooks: [], error: message };
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  } else {
    process.stderr.write(message + "\n");
  }
  return 2;
}

/** The review workbook is never one of the inputs, nor a folder; refused before any file is checked. */
async function reviewRefusal(files: string[], output: string, lang: Lang): Promise<string | null> {
  try {
    for (const f of files) await checkOutputPath(f, output);
    return null;
  } catch (err) {
    if (err instanceof ReportWriteError) return describeWriteError(err, lang);
    throw err;
  }
}

async function check(inputs: string[], opts: CheckOptions): Promise<number> {
  const { jobs, skippedXls, skippedDoc, folders } = expandInputs(inputs);
  if (!jobs.length) return nothingToCheck(inputs, skippedXls, skippedDoc, opts);
  const files = jobs.flatMap((j) => (j.workbook !== undefined ? [j.file, j.workbook] : [j.file]));
  if (opts.review) {
    const refusal = await reviewRefusal(files, opts.review, opts.lang);
    if (refusal) {
      process.stderr.write(refusal + "\n");
      return 2;
    }
  }
  const bar =
    process.stderr.isTTY && files.length > 1
      ? new (await import("cli-progress")).SingleBar({ stream: process.stderr, format: "{bar} {value}/{total} {percentage}%" })
      : null;
  const real = jobs.filter((j) => !j.emptyFolder);
  bar?.start(real.length, 0);
  const checked = await runBatch(real, opts.lang, opts.fileTimeout ?? BATCH_LIMITS.seconds, () => bar?.increment());
  bar?.stop();
  // Empty folders keep their place among the entries, each saying it held nothing to check.
  const s = strings(opts.lang);
  const quote = (f: string) => (opts.lang === "en" ? `"${f}"` : `“${f}”`);
  let next = 0;
  const entries = jobs.map((j) => (j.emptyFolder ? failedEntry(j.file, s.ui.emptyInput({ inputs: quote(j.file) })) : checked[next++]!));
  let reviewError: string | null = null;
  if (opts.review) {
    try {
      // ExcelJS only for a batch that asks for the workbook.
      const { writeReview } = await import("../io/review-workbook");
      await writeReview(entries, opts.review, opts.lang, { tool: "selfeval", version: VERSION, date: new Date().toISOString().slice(0, 10) });
    } catch (err) {
      reviewError = err instanceof ReportWriteError ? describeWriteError(err, opts.lang) : String(err instanceof Error ? err.message : err);
    }
  }
  if (opts.json) {
    for (const chunk of documentChunks({ tool: "selfeval", version: VERSION, workbooks: entries })) process.stdout.write(chunk);
  } else {
    const batch = entries.length > 1 || folders;
    const total = batch || skippedXls || skippedDoc ? "\n\n" + formatTotal(entries, opts.lang, skippedXls, skippedDoc) : "";
    process.stdout.write(entries.map((e) => formatEntry(e, opts.lang)).join("\n\n") + total + "\n");
    if (opts.review && !reviewError) process.stdout.write(strings(opts.lang).review.written({ file: opts.review }) + "\n");
  }
  if (reviewError) {
    process.stderr.write(reviewError + "\n");
    return 2;
  }
  return exitCode(entries);
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("a number of seconds above 0");
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command("selfeval").version(VERSION).description("项目支出绩效自评 workbook checker / 绩效自评助手");
  program
    .command("check")
    .description("check workbooks (.xlsx), Word reports (.docx), plain-text reports (.txt) or folders for slips")
    .argument("<files...>", "workbooks, reports or folders")
    .option("--json", "one JSON document on stdout")
    .option("--review <file.xlsx>", "also write a review workbook of the batch: summary by risk, every finding, how risk is scored")
    .option("--file-timeout <seconds>", `in a batch, stop a file's check after this long (default ${BATCH_LIMITS.seconds})`, seconds)
    .addOption(new Option("--lang <lang>", "language of messages").choices(["zh-CN", "en"]).default("zh-CN"))
    .action(async (files: string[], opts: CheckOptions) => {
      code = await check(files, opts);
    });
  registerReport(program, (c) => {
    code = c;
  });
  registerFix(program, (c) => {
    code = c;
  });
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
    // Commander has printed its own message; anything else would otherwise end the run with no word of why.
    if (!e.code?.startsWith("commander.")) process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return e.exitCode ?? 2;
  }
  return code;
}

if (require.main === module) {
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(String(err instanceof Error ? err.stack : err) + "\n");
      process.exitCode = 2;
    }
  );
}
