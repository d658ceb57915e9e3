// Preloaded into a child `node` (--require): on exit, writes the process's peak resident memory in KiB to
// $PEAK_RSS_FILE. Batch workers are threads, so their memory is counted too.
const { readFileSync, writeFileSync } = require("node:fs");

// Linux's getrusage maxrss survives exec: a child forked from a large parent reports at least the parent's size.
// VmHWM belongs to this process's own memory map, so it is the child's alone; elsewhere maxRSS is what there is.
function peakKiB() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // no /proc: not Linux
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(peakKiB()));
});
