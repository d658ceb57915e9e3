/**
 * The code cache (src/cli/code-cache.ts): modules compiled from their cached code behave as compiled from source; a
 * changed module or a damaged cache file is compiled as usual; and the command gives the same answer with the cache
 * it is built with as without any.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "../..");
const HOOK = join(ROOT, "dist/src/cli/code-cache.js");

/** A package of three modules under dist/src, one requiring the others, and a child that loads it with the cache. */
function fakePackage(): string {
  const root = mkdtempSync(join(tmpdir(), "selfeval-cc-"));
  mkdirSync(join(root, "dist/src"), { recursive: true });
  writeFileSync(join(root, "dist/src/a.js"), 'const b = require("./b"); const { c } = require("./c.js"); exports.run = () => b.twice(c(20)) + 2;');
  writeFileSync(join(root, "dist/src/b.js"), "exports.twice = (x) => 2 * x;");
  writeFileSync(join(root, "dist/src/c.js"), "exports.c = (x) => x;");
  return root;
}

function child(root: string, write: boolean): { answer: number; used: number; compiled: number } {
  const code = `
    const stats = require(${JSON.stringify(HOOK)}).useCodeCache(${JSON.stringify(root)}, ${write});
    const answer = require(${JSON.stringify(join(root, "dist/src/a.js"))}).run();
    process.stdout.write(JSON.stringify({ answer, ...stats }));`;
  const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { answer: number; used: number; compiled: number };
}

describe("on a package of its own", () => {
  let root: string;
  beforeAll(() => {
    root = fakePackage();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("a writing run compiles and stores every module; the next uses them all, with the same result", () => {
    expect(child(root, true)).toEqual({ answer: 42, used: 0, compiled: 3 });
    expect(readdirSync(join(root, "dist/code-cache"))).toHaveLength(3);
    expect(child(root, false)).toEqual({ answer: 42, used: 3, compiled: 0 });
  });

  test("a changed module is compiled from its new source, never from the old cache", () => {
    writeFileSync(join(root, "dist/src/b.js"), "exports.twice = (x) => 2 * x + 0;");
    expect(child(root, false)).toEqual({ answer: 42, used: 2, compiled: 1 });
    writeFileSync(join(root, "dist/src/b.js"), "exports.twice = (x) => 3 * x + 0;");
    // The same size as before: the file's time tells them apart.
    utimesSync(join(root, "dist/src/b.js"), new Date(), new Date(Date.now() + 5000));
    expect(child(root, false).answer).toBe(62);
  });

  test("a damaged cache file is refused by V8 and the module compiles as usual", () => {
    child(root, true);
    for (const f of readdirSync(join(root, "dist/code-cache"))) writeFileSync(join(root, "dist/code-cache", f), Buffer.alloc(64, 7));
    const r = child(root, false);
    expect(r.answer).toBe(62);
    expect(r.compiled).toBe(3);
  });

  test("an ES module among them is left to Node's own loader, which requires it by its syntax", () => {
    writeFileSync(join(root, "dist/src/esm.js"), "export const x = 41;");
    const code = `require(${JSON.stringify(HOOK)}).useCodeCache(${JSON.stringify(root)}, false);
      process.stdout.write(String(require(${JSON.stringify(join(root, "dist/src/esm.js"))}).x + 1));`;
    const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    expect([r.stdout, r.stderr]).toEqual(["42", ""]);
  });

  test("without a cache folder nothing is hooked", () => {
    rmSync(join(root, "dist/code-cache"), { recursive: true, force: true });
    const code = `process.stdout.write(String(require(${JSON.stringify(HOOK)}).useCodeCache(${JSON.stringify(root)}, false)))`;
    expect(spawnSync(process.execPath, ["-e", code], { encoding: "utf8" }).stdout).toBe("null");
  });
});

test("the command with the cache it is built with answers as the command without any", () => {
  const sample = join(ROOT, "samples/haikou-2023.xlsx");
  const withCache = spawnSync(process.execPath, [join(ROOT, "bin/selfeval.js"), "check", sample, "--json"], { encoding: "utf8" });
  const code = `require(${JSON.stringify(join(ROOT, "dist/src/cli/main.js"))}).main(["node", "selfeval", "check", ${JSON.stringify(sample)}, "--json"]).then((c) => (process.exitCode = c));`;
  const without = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
  expect(withCache.status).toBe(1);
  expect(without.status).toBe(1);
  expect(JSON.parse(withCache.stdout)).toEqual(JSON.parse(without.stdout));
});
