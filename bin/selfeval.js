#!/usr/bin/env node
// The built command; `npm ci` builds dist/ through the prepare script.
// Compiled code of the modules, made at build time (src/cli/code-cache.ts): a check starts faster with it.
require("../dist/src/cli/code-cache.js").useCodeCache(require("path").join(__dirname, ".."));
const { main } = require("../dist/src/cli/main.js");
// A reader that stops early (`selfeval check … | head`) closes the pipe: stop quietly, as other commands do.
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
    process.exitCode = 2;
  },
);
