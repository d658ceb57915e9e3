/**
 * The report on every corpus report adds no error of its own: checked with the sheets it writes, the workbook holds no
 * error that the workbook alone did not (the same rule with the same figures). A slip in the user's own text the report
 * keeps as written is the workbook's; a figure the report writes that a check proves wrong is the report's bug.
 */
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { planReport } from "../../src/core/report";
import { loadCorpus } from "../corpus/score";
import { snapshotOf } from "../corpus/snapshot";
import { errorsOn } from "./core-helpers";

const key = (f: Finding) => `${f.rule} ${f.expected?.value ?? ""}${f.expected?.unit ?? ""} ${f.actual?.value ?? ""}${f.actual?.unit ?? ""}`;

test.each(loadCorpus().map((r) => [r.id, r] as const))("%s", (_id, r) => {
  const snapshot = snapshotOf(r.workbook);
  const before = new Set(
    checkWorkbook(snapshot)
      .findings.filter((f) => f.severity === "error")
      .map(key)
  );
  for (const lang of ["zh-CN", "en"] as const) {
    const added = errorsOn(snapshot, planReport(snapshot, { lang })).filter((f) => !before.has(key(f)));
    expect(added.map((f) => `${lang} ${key(f)} at ${f.cells.join(" ")} (${f.message.key})`)).toEqual([]);
  }
});
