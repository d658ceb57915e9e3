// Writes dist/code-cache/: V8's compiled code of the command's modules, made by checking the built-in sample
// (src/cli/code-cache.ts). Run after `npm run build` and `npm run samples`.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const dir = path.join(root, "dist", "code-cache");
fs.rmSync(dir, { recursive: true, force: true });
const r = spawnSync(process.execPath, [path.join(root, "bin", "selfeval.js"), "check", path.join(root, "samples", "haikou-2023.xlsx"), "--json"], {
  env: { ...process.env, SELFEVAL_CODE_CACHE: "write" },
  stdio: ["ignore", "ignore", "inherit"],
});
// The sample has errors: exit 1 is the check's answer, not a failure.
if (r.status !== 0 && r.status !== 1) {
  console.error(`code-cache: the check exited ${r.status ?? r.signal}; no cache written`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
console.log(`code-cache: ${fs.readdirSync(dir).length} modules cached in dist/code-cache`);
