/** Why a report could not be written: the refusals of the writer and their messages in the user's language. */
import type { Lang } from "./read-error";

export type WriteErrorKind = "same-as-input" | "output-is-directory" | "output-not-file" | "output-unwritable" | "source-in-plan" | "changed-source";

export class ReportWriteError extends Error {
  readonly kind: WriteErrorKind;
  readonly output: string;
  /** Sheet or cell details (source-in-plan, changed-source). */
  readonly detail: string | undefined;

  constructor(kind: WriteErrorKind, output: string, opts: { detail?: string; cause?: unknown } = {}) {
    super("", opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "ReportWriteError";
    this.kind = kind;
    this.output = output;
    this.detail = opts.detail;
    this.message = describeWriteError(this, "en");
  }
}

function causeText(err: Error): string {
  const c = err.cause;
  if (c instanceof Error) {
    const code = (c as NodeJS.ErrnoException).code;
    return code ? `${code}: ${c.message}` : c.message;
  }
  return c === undefined ? "" : String(c);
}

/** A message for the user about a report that could not be written. */
export function describeWriteError(err: ReportWriteError, lang: Lang): string {
  const zh = lang === "zh-CN";
  const out = zh ? `“${err.output}”` : `"${err.output}"`;
  switch (err.kind) {
    case "same-as-input":
      return zh
        ? `输出文件${out}就是输入文件，拒绝覆盖原工作簿。请用 -o 指定另一个文件名。`
        : `The output ${out} is the input workbook; it is never overwritten. Give another file name with -o.`;
    case "output-is-directory":
      return zh ? `输出路径${out}是一个文件夹，请指定 .xlsx 文件名。` : `The output ${out} is a folder; give an .xlsx file name.`;
    case "output-not-file":
      return zh
        ? `输出路径${out}不是普通文件（是管道、设备或套接字），不会写入。请指定 .xlsx 文件名。`
        : `The output ${out} is not a regular file (a pipe, a device or a socket); nothing is written to it. Give an .xlsx file name.`;
    case "output-unwritable": {
      const why = causeText(err);
      return zh
        ? `无法写入输出文件${out}${why ? `（${why}）` : ""}，请检查文件夹是否存在、权限，或文件是否被其他程序占用。`
        : `Could not write the output ${out}${why ? ` (${why})` : ""}; check that the folder exists, its permissions, or whether another program holds the file.`;
    }
    case "source-in-plan":
      return zh
        ? `报告计划要写入源数据表“${err.detail ?? ""}”，已拒绝（源数据表从不修改）。这是程序错误，请反馈。`
        : `The report plan writes to the source sheet "${err.detail ?? ""}"; refused (source sheets are never modified). This is a bug; please report it.`;
    case "changed-source":
      return zh
        ? `写出的副本中有未写入的工作表与原工作簿不一致（${err.detail ?? ""}），未生成输出文件。这是程序错误，请反馈。`
        : `A sheet the report does not write came out different from the input (${err.detail ?? ""}); no output was written. This is a bug; please report it.`;
  }
}
