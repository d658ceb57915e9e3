/** Expands the command line's files and folders into workbook paths, in the order given. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const WORKBOOK = /\.(xlsx|xlsm)$/i;

export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // A missing path stays in the list; reading it reports it as unreadable.
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    const names = readdirSync(input)
      .filter((n) => WORKBOOK.test(n) && !n.startsWith("~$"))
      .sort();
    for (const n of names) out.push(join(input, n));
  }
  return out;
}
