/** Worker-thread entry for batches: checks one file and returns its JSON entry. */
import type { Lang } from "../core/i18n";
import { checkFile, type WorkbookEntry } from "./report-json";

export default function run(task: { file: string; workbook?: string; lang: Lang }): Promise<WorkbookEntry> {
  return checkFile(task.file, task.lang, task.workbook);
}
