/** A reader that closes the pipe early (`| head`) ends the command quietly: no stack trace, no unhandled error. */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

test("check piped into a reader that stops after the first bytes ends without a stack trace", () => {
  const bin = join(ROOT, "bin/selfeval.js");
  const sample = join(ROOT, "samples/haikou-2023.xlsx");
  // Forty copies (6 KB each) make output larger than a pipe's buffer, so the write after `head` exits meets the closed pipe.
  const files = Array.from({ length: 40 }, () => JSON.stringify(sample)).join(" ");
  const r = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" ${JSON.stringify(bin)} check ${files} --json | head -c 100 >/dev/null`], {
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  // The check's own status (1: the sample has errors), not a crash's.
  expect(r.status).toBe(1);
});
