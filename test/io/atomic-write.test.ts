/**
 * Writes that survive faults: `selfeval report` killed at random moments, a disk that fills up mid-write, two runs at
 * once, an output that names a FIFO. Each time the input is unchanged and the output path holds nothing, the old file or a
 * complete new one; temporary files a killed run left are removed by the next write.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, promises as fsp, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeLedgerWorkbook } from "../../bench/make-ledger";
import { removeStaleTemps, writeAtomically } from "../../src/io/atomic-write";
import { describeWriteError, ReportWriteError } from "../../src/io/write-errors";
import { readWorkbook } from "../../src/io/xlsx-reader";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const hash = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

jest.setTimeout(180_000);

describe("report killed at random moments", () => {
  it("leaves the input as it was and at the output nothing or a complete workbook; the next run clears the leftovers", async () => {
    const dir = await fsp.mkdtemp(join(tmpdir(), "selfeval-kill-"));
    const input = join(dir, "ledger.xlsx");
    await writeLedgerWorkbook(input, 15_000);
    const before = hash(input);
    const out = join(dir, "out.xlsx");
    const args = [BIN, "report", input, "-o", out, "--json"];
    // One whole run first: kill points are fractions of its length, most of them near the end, where the copy is written.
    const t = Date.now();
    expect(spawnSync(process.execPath, args).status).toBe(0);
    const whole = Date.now() - t;
    await fsp.rm(out);
    for (const f of [0.1, 0.4, 0.7, 0.85, 0.92, 0.96, 0.98, 0.99, 1.0]) {
      const child = spawn(process.execPath, args, { stdio: "ignore" });
      // Listened for from the start: a run that ends before its kill has closed already.
      const closed = new Promise((r) => child.on("close", r));
      await new Promise((r) => setTimeout(r, Math.round(whole * f)));
      child.kill("SIGKILL");
      await closed;
      expect(hash(input)).toBe(before);
      if (existsSync(out)) expect((await readWorkbook(out)).sheets.length).toBeGreaterThan(1);
    }
    const done = spawnSync(process.execPath, [BIN, "report", input, "-o", out, "--json"], { encoding: "utf8" });
    expect(done.status).toBe(0);
    expect((await readWorkbook(out)).sheets.map((s) => s.name)).toContain("支付台账");
    expect(temps(dir)).toEqual([]);
    expect(hash(input)).toBe(before);
  });
});

describe("writeAtomically", () => {
  it("a disk that fills up mid-write: the old file stays, no temporary file, a message that says why", async () => {
    const dir = await fsp.mkdtemp(join(tmpdir(), "selfeval-enospc-"));
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "the old file");
    const handle = await fsp.open(join(dir, "probe"), "w");
    const proto = Object.getPrototypeOf(handle) as { writeFile: (data: Buffer) => Promise<void> };
    await handle.close();
    const real = proto.writeFile;
    const spy = jest.spyOn(proto, "writeFile").mockImplementation(async function (this: unknown, data: Buffer) {
      await real.call(this, data.subarray(0, 10));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    try {
      const e = await writeAtomically(out, Buffer.alloc(1 << 20, 1)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ReportWriteError);
      expect(describeWriteError(e as ReportWriteError, "zh-CN")).toContain("磁盘空间不足");
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(out, "utf8")).toBe("the old file");
    expect(temps(dir)).toEqual([]);
  });

  it("two writes of one output at once: both finish and the output is one of them, whole", async () => {
    const dir = await fsp.mkdtemp(join(tmpdir(), "selfeval-race-"));
    const out = join(dir, "out.xlsx");
    const a = Buffer.alloc(4 << 20, 0x61);
    const b = Buffer.alloc(4 << 20, 0x62);
    await Promise.all([writeAtomically(out, a), writeAtomically(out, b)]);
    const got = readFileSync(out);
    expect(got.equals(a) || got.equals(b)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it("removes a dead process's temporary files and keeps a live one's", async () => {
    const dir = await fsp.mkdtemp(join(tmpdir(), "selfeval-stale-"));
    const out = join(dir, "out.xlsx");
    const dead = ".out.xlsx.999999.deadbeef.tmp";
    const live = `.out.xlsx.${process.ppid}.cafebabe.tmp`;
    const other = ".other.xlsx.999999.deadbeef.tmp";
    for (const n of [dead, live, other]) writeFileSync(join(dir, n), "x");
    expect(await removeStaleTemps(out)).toEqual([dead]);
    expect(readdirSync(dir).sort()).toEqual([live, other].sort());
  });
});

describe("outputs that are not files", () => {
  it("an -o naming a FIFO is refused and stays a FIFO", () => {
    const dir = spawnSync("mktemp", ["-d"], { encoding: "utf8" }).stdout.trim();
    const fifo = join(dir, "out.xlsx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const r = spawnSync(process.execPath, [BIN, "report", join(ROOT, "samples/haikou-2023.xlsx"), "-o", fifo], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).toContain("不是普通文件");
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("an -o naming a device is refused", () => {
    const r = spawnSync(process.execPath, [BIN, "fix", join(ROOT, "samples/haikou-2023.xlsx"), "-o", "/dev/null"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).toContain("不是普通文件");
  });
});
