// Runs office-addin-lint and fails on any reported error, whatever its exit code (the office-addin CLIs have exited 0 on failure).
const { spawnSync } = require("node:child_process");

const r = spawnSync("npx", ["office-addin-lint", process.argv[2] || "check", "--files", "{src,demo,bench,samples,test}/**/*.{ts,tsx}"], { encoding: "utf8" });
const out = `${r.stdout}${r.stderr}`;
process.stdout.write(out);
const errors = /✖ \d+ problems? \((\d+) errors?/.exec(out);
const crashed = /^(Error|TypeError|SyntaxError)\b/m.test(out);
if (r.status !== 0 || crashed || (errors && Number(errors[1]) > 0)) {
  console.error("lint: failed");
  process.exit(1);
}
console.log("lint: no errors");
