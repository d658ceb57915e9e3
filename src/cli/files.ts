/** Expands the command line's files and folders into the files to check, in the order given. */
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

const CHECKED = /\.(xlsx|xlsm|docx|docm)$/i;
const LEGACY = /\.xls$/i;
const LEGACY_DOC = /\.doc$/i;

/** One file to check; `workbook` when a Word report is checked with its workbook as one scope. */
export interface Job {
  file: string;
  workbook?: string;
  /** A folder given in a batch that holds nothing to check: its entry says so, rather than the folder going unmentioned. */
  emptyFolder?: true;
}

export interface Inputs {
  jobs: Job[];
  /** Legacy .xls files found in folders: not checked, but worth a word, since a folder of them is otherwise just "empty". */
  skippedXls: number;
  /** Legacy Word .doc files found in folders, likewise. */
  skippedDoc: number;
  /** Whether any input was a folder (a batch, even when it holds one file). */
  folders: boolean;
}

function isDir(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    // A missing path stays in the list; reading it reports it as unreadable.
    return false;
  }
}

/**
 * `check report.docx workbook.xlsx`: exactly one Word (or plain-text) report and one workbook, both named as files, are
 * one scope, the report first whatever the order given.
 */
function pairOf(inputs: string[]): Job | undefined {
  if (inputs.length !== 2 || inputs.some(isDir)) return undefined;
  const doc = inputs.find((f) => /^\.(docx|docm|txt)$/i.test(extname(f)));
  const book = inputs.find((f) => /^\.(xlsx|xlsm)$/i.test(extname(f)));
  return doc !== undefined && book !== undefined ? { file: doc, workbook: book } : undefined;
}

export function expandInputs(inputs: string[]): Inputs {
  const pair = pairOf(inputs);
  if (pair) return { jobs: [pair], skippedXls: 0, skippedDoc: 0, folders: false };
  const jobs: Job[] = [];
  let skippedXls = 0;
  let skippedDoc = 0;
  let folders = false;
  for (const input of inputs) {
    if (!isDir(input)) {
      jobs.push({ file: input });
      continue;
    }
    folders = true;
    const names = readdirSync(input)
      .filter((n) => !n.startsWith("~$"))
      .sort();
    const before = jobs.length;
    for (const n of names) {
      if (CHECKED.test(n)) jobs.push({ file: join(input, n) });
      else if (LEGACY.test(n)) skippedXls++;
      else if (LEGACY_DOC.test(n)) skippedDoc++;
    }
    if (jobs.length === before) jobs.push({ file: input, emptyFolder: true });
  }
  // Nothing but empty folders: no job at all, and the one message for that.
  return { jobs: jobs.every((j) => j.emptyFolder) ? [] : jobs, skippedXls, skippedDoc, folders };
}
