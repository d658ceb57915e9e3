/** `check` loads only what checking needs: not ExcelJS, the zip writer, the report planner or the worker pool. */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

test("checking one workbook loads no ExcelJS, JSZip, report planner, package editor or worker pool", () => {
  const script = `
    const Module = require("module");
    const loaded = new Set();
    const load = Module._load;
    Module._load = function (request, parent, isMain) {
      const out = load.apply(this, arguments);
      try { loaded.add(Module._resolveFilename(request, parent, isMain)); } catch { loaded.add(request); }
      return out;
    };
    const { main } = require(${JSON.stringify(join(ROOT, "dist/src/cli/main.js"))});
    main(["node", "selfeval", "check", ${JSON.stringify(join(ROOT, "samples/haikou-2023.xlsx"))}, "--json"]).then((code) => {
      process.stderr.write(JSON.stringify({ code, loaded: [...loaded] }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT });
  const { code, loaded } = JSON.parse(r.stderr) as { code: number; loaded: string[] };
  expect(code).toBe(1);
  expect(JSON.parse(r.stdout).workbooks[0].findings.length).toBeGreaterThan(0);
  const heavy = loaded.filter((f) =>
    /node_modules[\\/](exceljs|jszip|piscina|cli-progress)[\\/]|[\\/]src[\\/](core[\\/]report|io[\\/](xlsx-writer|cell-edit|package-io|chart-ooxml))/.test(f)
  );
  expect(heavy).toEqual([]);
  // The check itself did load (the test would pass vacuously otherwise).
  expect(loaded.some((f) => /[\\/]dist[\\/]src[\\/]core[\\/]check\.js$/.test(f))).toBe(true);
});
