/**
 * `selfeval fix IN.xlsx -o OUT.xlsx`: checks the workbook, plans the proven corrections and writes them into a copy that
 * keeps every other byte of the package; formula cells are never overwritten.
 */
import type { Command } from "commander";
import { changeView } from "../core/fix-diff";
import { InvalidArgumentError, Option } from "commander";
import { checkWorkbook } from "../core/check";
import { RULE_IDS, type RuleId } from "../core/findings";
import { type CellFix, planFixes } from "../core/fixes";
import { type Lang, strings } from "../core/i18n";
import type { FixRefusal } from "../core/i18n/types";
import { type WorkbookSnapshot, plainRows } from "../core/snapshot";
import { describeReadError } from "../io/read-error";
import { describeWriteError, ReportWriteError } from "../io/write-errors";
import { checkOutputPath, diffUntouched } from "../io/write-safety";
import { readWorkbook, readWorkbookBytes } from "../io/xlsx-reader";
import { VERSION } from "./report-json";

export interface FixCliOptions {
  output?: string;
  rule?: RuleId[];
  dryRun?: boolean;
  json?: boolean;
  lang: Lang;
}

export interface FixDocument {
  tool: "selfeval";
  version: string;
  input: string;
  /** The copy written; null on a dry run, when there was nothing to change, or on an error. */
  output: string | null;
  /** The cells changed (on a dry run, those that would be). */
  fixes: Array<{ cell: string; rules: RuleId[]; before: string | number; after: string | number }>;
  /** Findings with a proven correction left as they were, one entry each; `inputs` are the cells a formula reads. */
  blocked: Array<{ cell: string; rule: RuleId; reason: FixRefusal; inputs: string[] }>;
  /** Why nothing was written (input unreadable, output refused), in the chosen language. */
  error: string | null;
}

/** The snapshot as the copy must read: the fixed cells hold their new values (format kept), every other cell as it was. */
function expectedAfter(snapshot: WorkbookSnapshot, fixes: readonly CellFix[]): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => {
    const mine = fixes.filter((f) => f.ref.sheet === s.name);
    if (!mine.length) return s;
    const rows = plainRows(s).map((r) => r?.slice());
    for (const f of mine) {
      const row = rows[f.ref.row]!;
      row[f.ref.col] = { ...row[f.ref.col]!, v: f.after };
    }
    return { ...s, rows };
  });
  return { sheets };
}

function errorText(err: unknown, lang: Lang): string {
  return err instanceof ReportWriteError ? describeWriteError(err, lang) : describeReadError(err, lang);
}

/** Reads, checks, plans and (unless a dry run) writes; never throws for a bad input or output: the document carries the error. */
export async function runFix(input: string, opts: FixCliOptions): Promise<FixDocument> {
  const s = strings(opts.lang);
  const doc: FixDocument = { tool: "selfeval", version: VERSION, input, output: null, fixes: [], blocked: [], error: null };
  if (!opts.output && !opts.dryRun) {
    doc.error = s.fix.noOutput;
    return doc;
  }
  try {
    // Also on a dry run: it says whether the real run would be refused.
    if (opts.output) await checkOutputPath(input, opts.output);
    const { bytes, snapshot } = await readWorkbookBytes(input);
    const { findings } = checkWorkbook(snapshot);
    // Each fix is tried with the engine first: one that would raise another mismatch is not made.
    const check = (x: WorkbookSnapshot) => checkWorkbook(x).findings;
    const plan = planFixes(snapshot, findings, opts.rule?.length ? { rules: opts.rule, check } : { check });
    doc.blocked = plan.blocked.map((b) => ({ cell: b.address, rule: findings[b.finding]!.rule, reason: b.reason, inputs: b.inputs }));
    if (!plan.fixes.length) return doc;

    // The package editor loads here, so that `check` starts without it.
    const [{ editCells }, { writeAtomically }] = await Promise.all([import("../io/cell-edit"), import("../io/atomic-write")]);
    const edited = await editCells(bytes, plan.fixes);
    for (const { edit, reason } of edited.refused) {
      for (const i of edit.findings) doc.blocked.push({ cell: edit.address, rule: findings[i]!.rule, reason, inputs: [] });
    }
    doc.fixes = edited.applied.map((f) => ({ cell: f.address, rules: [...new Set(f.rules)], before: f.before, after: f.after }));
    if (!edited.applied.length) return doc;

    // The copy must read back as planned: the fixed cells changed, nothing else.
    const diffs = diffUntouched(expectedAfter(snapshot, edited.applied), await readWorkbook(edited.data), []);
    if (diffs.length) {
      doc.fixes = [];
      doc.error = s.fix.verifyFailed({ detail: diffs.join(s.ui.partSep) });
      return doc;
    }
    if (!opts.dryRun && opts.output) {
      await writeAtomically(opts.output, edited.data);
      doc.output = opts.output;
    }
  } catch (err) {
    doc.fixes = [];
    doc.error = errorText(err, opts.lang);
  }
  return doc;
}

/** The text before and after a change, each cut to the changed part marked inside some context. */
export function changeExcerpt(before: string, after: string, lang: Lang): { before: string; after: string } {
  const s = strings(lang).fix;
  const v = changeView(before, after);
  const head = (v.cutLead ? s.ellipsis : "") + v.lead;
  const tail = v.trail + (v.cutTrail ? s.ellipsis : "");
  return { before: head + s.mark({ text: v.removed }) + tail, after: head + s.mark({ text: v.added }) + tail };
}

export function formatFix(doc: FixDocument, opts: FixCliOptions): string {
  const s = strings(opts.lang);
  const heading = opts.dryRun ? s.fix.dryRunHeading({ input: doc.input }) : opts.output ? s.fix.heading({ input: doc.input, output: opts.output }) : doc.input;
  const lines = [heading];
  if (doc.error) {
    lines.push(`  ${s.fix.failed({ error: doc.error })}`);
    return lines.join("\n");
  }
  if (doc.fixes.length) lines.push((opts.dryRun ? s.fix.wouldChange : s.fix.changed)({ count: String(doc.fixes.length) }));
  for (const f of doc.fixes) {
    lines.push(`  ${s.fix.cell({ cell: f.cell, rules: f.rules.map((r) => s.rules[r]).join(s.ui.listSep) })}`);
    const text =
      typeof f.before === "string" && typeof f.after === "string"
        ? changeExcerpt(f.before, f.after, opts.lang)
        : { before: String(f.before), after: String(f.after) };
    lines.push(`    ${s.fix.before}${s.ui.colon}${text.before}`, `    ${s.fix.after}${s.ui.colon}${text.after}`);
  }
  if (doc.blocked.length) {
    lines.push(s.fix.blocked({ count: String(doc.blocked.length) }));
    for (const b of doc.blocked) {
      const reason = s.fix.reasons[b.reason]({ inputs: b.inputs.join(s.ui.listSep) });
      lines.push(`  ${s.fix.blockedCell({ cell: b.cell, rule: s.rules[b.rule], reason })}`);
    }
  }
  if (!doc.fixes.length) lines.push(s.fix.nothing);
  else if (opts.dryRun) lines.push(s.fix.dryRun);
  else if (doc.output) lines.push(s.fix.written({ file: doc.output }));
  return lines.join("\n");
}

async function fix(input: string, opts: FixCliOptions): Promise<number> {
  const doc = await runFix(input, opts);
  if (opts.json) process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  else (doc.error ? process.stderr : process.stdout).write(formatFix(doc, opts) + "\n");
  return doc.error ? 2 : 0;
}

function collectRule(value: string, previous: RuleId[] = []): RuleId[] {
  const rule = RULE_IDS.find((r) => r === value);
  if (!rule) throw new InvalidArgumentError(`Allowed rules are ${RULE_IDS.join(", ")}.`);
  return [...previous, rule];
}

/** Adds the `fix` subcommand; its exit status goes to setCode. */
export function registerFix(program: Command, setCode: (code: number) => void): void {
  program
    .command("fix")
    .description("write a copy of the workbook with the proven corrections made (only the wrong figure changes; formulas are never overwritten)")
    .argument("<file>", "the workbook (.xlsx); it is never modified")
    .option("-o, --output <file>", "the copy to write (must differ from the input)")
    .option("--rule <rule>", "only fix findings of this rule (repeat for more)", collectRule)
    .option("--dry-run", "list the changes and write nothing")
    .option("--json", "one JSON document on stdout")
    .addOption(new Option("--lang <lang>", "language of messages").choices(["zh-CN", "en"]).default("zh-CN"))
    // A usage error (bad option value) is a refusal: exit 2.
    .exitOverride((err) => {
      throw Object.assign(err, { exitCode: err.exitCode === 0 ? 0 : 2 });
    })
    .action(async (file: string, opts: FixCliOptions) => {
      setCode(await fix(file, opts));
    });
}
