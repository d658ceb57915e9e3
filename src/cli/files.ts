/** Expands the command line's files and folders into workbook paths, in the order given. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const LEGACY = /\.xls$/i;

export interface Inputs {
  files: string[];
  /** Legacy .xls files found in folders: not checked, but worth a word, since a folder of them is otherwise just "empty". */
  skippedXls: number;
  /** Whether any input was a folder (a batch, even when it holds one file). */
  folders: boolean;
}

export function expandInputs(inputs: string[]): Inputs {
  const files: string[] = [];
  let skippedXls = 0;
  let folders = false;
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // A missing path stays in the list; reading it reports it as unreadable.
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    folders = true;
    const names = readdirSync(input)
      .filter((n) => !n.startsWith("~$"))
      .sort();
    for (const n of names) {
      if (WORKBOOK.test(n)) files.push(join(input, n));
      else if (LEGACY.test(n)) skippedXls++;
    }
  }
  return { files, skippedXls, folders };
}
