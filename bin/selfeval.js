#!/usr/bin/env node
// The built command; `npm ci` builds dist/ through the prepare script.
const { main } = require("../dist/src/cli/main.js");
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
    process.exitCode = 2;
  },
);
