/** Runs `selfeval …` in this process (the real main), capturing what it writes to stdout and stderr. */
import { main } from "../../src/cli/main";

export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const e = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    return { code: await main(["node", "selfeval", ...args]), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
