/**
 * Writing an output so that a crash, a full disk or a kill at any moment leaves at its path nothing, the old file or the
 * complete new one: a temporary file in the same folder, written, synced, then renamed over the output. Temporary files
 * of this pattern left by a process that died (kill -9) are removed by the next write to that output.
 */
import { randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { ReportWriteError } from "./write-errors";

/** `.OUT.xlsx.PID.HEX.tmp`: hidden, beside the output, named after the process that writes it. */
const tempName = (base: string, pid: number) => `.${base}.${pid}.${randomBytes(4).toString("hex")}.tmp`;

function tempPattern(base: string): RegExp {
  return new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files of earlier writes to `output` whose process is gone; another live writer's are kept. */
export async function removeStaleTemps(output: string): Promise<string[]> {
  const abs = path.resolve(output);
  const dir = path.dirname(abs);
  const pattern = tempPattern(path.basename(abs));
  const removed: string[] = [];
  for (const name of await fsp.readdir(dir).catch(() => [] as string[])) {
    const m = pattern.exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    await fsp.rm(path.join(dir, name), { force: true }).then(
      () => removed.push(name),
      () => undefined
    );
  }
  return removed;
}

/** Writes `data` at `output` atomically; throws ReportWriteError("output-unwritable") and leaves no temporary file on failure. */
export async function writeAtomically(output: string, data: Buffer): Promise<void> {
  const abs = path.resolve(output);
  const dir = path.dirname(abs);
  await removeStaleTemps(abs);
  const tmp = path.join(dir, tempName(path.basename(abs), process.pid));
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, "wx");
    await handle.writeFile(data);
    // On disk before the rename: a crash after it must not leave a renamed but empty file.
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, abs);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw new ReportWriteError("output-unwritable", output, { cause: e });
  }
  // The rename itself made durable where the system allows syncing a folder.
  const folder = await fsp.open(dir, "r").catch(() => undefined);
  await folder?.sync().catch(() => undefined);
  await folder?.close().catch(() => undefined);
}
