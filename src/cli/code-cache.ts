/**
 * V8's code cache for the command's own modules, made after a run so that it holds the functions that ran, compiled:
 * checking one workbook then skips most of its compiling. (Node 20 has no module.enableCompileCache; a cache made
 * before running holds only the modules' top levels, which is why caching at load time gained nothing.)
 *
 * `npm run code-cache` (part of `prepare` and `bench`) checks the built-in sample with SELFEVAL_CODE_CACHE=write and
 * stores dist/code-cache/; the command only reads it. A cache V8 rejects (another Node, other flags, a changed file) is
 * ignored and the module compiles as usual. Only the package's own files are cached: dist/src and node_modules.
 */
import fs from "fs";
import Module from "module";
import path from "path";
import vm from "vm";

interface ModuleInternals {
  prototype: { _compile(this: NodeModule, content: string, filename: string): unknown };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: NodeModule, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: NodeModule): string[] | null;
  _cache: NodeJS.Dict<NodeModule>;
  _extensions: NodeJS.RequireExtensions;
}

/** The require a module's code gets, as Node makes it. */
function requireFor(M: ModuleInternals, mod: NodeModule): NodeJS.Require {
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => M._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => M._resolveLookupPaths(request, mod);
  require.resolve = resolve;
  require.main = (process as unknown as { mainModule?: NodeModule }).mainModule;
  require.extensions = M._extensions;
  require.cache = M._cache;
  return require;
}

/** The cache file of a module: its path in the package, size and time, so a rebuilt file never meets an old cache. */
function cacheFile(dir: string, root: string, filename: string): string | null {
  try {
    const st = fs.statSync(filename);
    const rel = path.relative(root, filename).replace(/[\\/]/g, "!");
    return path.join(dir, `${rel}.${st.size}.${Math.trunc(st.mtimeMs)}.bin`);
  } catch {
    return null;
  }
}

/** Modules compiled so far: with their cached code, and those whose cache V8 refused or that had none. */
export interface CodeCacheStats {
  used: number;
  compiled: number;
}

/**
 * Compiles the package's modules with their cached code; with `write`, stores the code of what ran when the process
 * ends. Returns live counts (the bench and the tests read them); null when there is no cache to use.
 */
export function useCodeCache(root: string, write = process.env.SELFEVAL_CODE_CACHE === "write"): CodeCacheStats | null {
  const dir = path.join(root, "dist", "code-cache");
  if (!write && !fs.existsSync(dir)) return null;
  const stats: CodeCacheStats = { used: 0, compiled: 0 };
  const scope = [path.join(root, "dist", "src") + path.sep, path.join(root, "node_modules") + path.sep];
  const M = Module as unknown as ModuleInternals;
  const compile = M.prototype._compile;
  const made: Array<{ script: vm.Script; file: string }> = [];
  M.prototype._compile = function (this: NodeModule, content: string, filename: string) {
    const file = scope.some((s) => filename.startsWith(s)) ? cacheFile(dir, root, filename) : null;
    if (!file) return compile.call(this, content, filename);
    let cachedData: Buffer | undefined;
    try {
      cachedData = fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    let script: vm.Script;
    try {
      script = new vm.Script(M.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    } catch {
      // Not a CommonJS script (an ES module Node loads by its syntax): Node's own loader knows what to do.
      return compile.call(this, content, filename);
    }
    const fresh = !cachedData || script.cachedDataRejected === true;
    stats[fresh ? "compiled" : "used"]++;
    if (write && fresh) made.push({ script, file });
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, requireFor(M, this), this, filename, path.dirname(filename));
  };
  if (write) {
    process.on("exit", () => {
      fs.mkdirSync(dir, { recursive: true });
      for (const { script, file } of made) fs.writeFileSync(file, script.createCachedData());
    });
  }
  return stats;
}
