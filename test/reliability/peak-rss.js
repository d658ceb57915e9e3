// Preloaded into a child `node` (--require): on exit, writes the process's peak resident memory in KiB to
// $PEAK_RSS_FILE. Batch workers are threads, so their memory is counted too.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
