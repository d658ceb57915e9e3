/**
 * docs/RELIABILITY.md, generated here: hostile and broken inputs, each run through the command's own per-file check
 * (checkFile), with what was tried and what happened. Every case asserts its outcome; the committed document must be
 * what this run writes (UPDATE_DOCS=1 rewrites it).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkFile } from "../../src/cli/report-json";
import { CASES } from "./cases";

const ROOT = resolve(__dirname, "../..");
const DOC = join(ROOT, "docs/RELIABILITY.md");
const dir = mkdtempSync(join(tmpdir(), "reliability-"));

test("every hostile or broken input ends as expected, and docs/RELIABILITY.md says so", async () => {
  const rows: string[] = [];
  for (const c of CASES) {
    const path = c.make(dir);
    const entry = await checkFile(path, "zh-CN");
    let what: string;
    if ("error" in c.expect) {
      expect(entry.error ?? "").toContain(c.expect.error);
      // It names the file, so that a reviewer's batch says which one.
      expect(entry.error ?? "").toContain(`“${path}”`);
      // The message names the file and the cause, never the hostile content itself.
      expect((entry.error ?? "").length).toBeLessThan(400);
      what = `refused: ${entry.error!.replace(/“[^”]*”/, "“…”")}`;
    } else {
      expect(c.expect.findings(entry)).toBe(true);
      what = c.expect.says;
    }
    rows.push(`| ${c.tried} | ${what.replace(/\|/g, "\\|")} |`);
  }
  const doc = [
    "# Reliability",
    "",
    "Written by `test/reliability/reliability.test.ts` (`UPDATE_DOCS=1 npx jest test/reliability` rewrites it). Each input was run through the command's own per-file check; every outcome is asserted there. The ceilings are in `src/io/limits.ts` and the README.",
    "",
    `${CASES.length} inputs tried.`,
    "",
    "| tried | what happened |",
    "|---|---|",
    ...rows,
    "",
    "Other tests try: a batch holding such files beside good ones (`test/cli/batch.test.ts`), the demo server under aborted, malformed, slow and oversize requests (`test/demo/server.test.ts`), `kill -9` during a report, a full disk and racing writes (`test/io/atomic-write.test.ts`), requests failing halfway through Microsoft's client library (`test/officejs/faults.test.ts`), HTML and script in the pane (`test/e2e/xss.test.ts`), packages damaged or crafted inside (zip64 fields cut short, compression methods Office does not use, two parts of one name, a listed sheet without its part, XML in GBK or UTF-16, a damaged `_rels/.rels`, a misdirected main-document relationship: `test/io/hostile-parts.test.ts`), `report` on structures ExcelJS refuses (`test/report/writer-hostile.test.ts`), plain-text reports in every encoding and binary, blank or oversize .txt files (`test/io/text-report.test.ts`), and random workbooks (`test/properties/`).",
    "",
  ].join("\n");
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, doc);
  expect(readFileSync(DOC, "utf8")).toBe(doc);
}, 120_000);
