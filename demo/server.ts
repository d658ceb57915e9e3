/** `npm run demo`: serves the demo page (real task pane and adapter over the Excel emulation) and reads .xlsx files into snapshots for it. */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { describeReadError } from "../src/io/read-error";
import { readWorkbook } from "../src/io/xlsx-reader";

// Run from source (tests) or from dist/demo (npm run demo): the repository root is where package.json is.
const ROOT = existsSync(resolve(__dirname, "../package.json")) ? resolve(__dirname, "..") : resolve(__dirname, "../..");
const WEB = join(ROOT, "dist-web/demo");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
};
const MAX_UPLOAD = 200 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string, type = "application/json; charset=utf-8"): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  res.end(body);
}

async function snapshotJson(input: string | Buffer, lang: "zh-CN" | "en"): Promise<[number, string]> {
  try {
    return [200, JSON.stringify(await readWorkbook(input))];
  } catch (err) {
    return [422, JSON.stringify({ error: describeReadError(err, lang) })];
  }
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on("data", (b: Buffer) => {
      size += b.length;
      if (size > MAX_UPLOAD) req.destroy(new Error("too large"));
      else parts.push(b);
    });
    req.on("end", () => ok(Buffer.concat(parts)));
    req.on("error", fail);
  });
}

export function startDemo(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const lang = url.searchParams.get("lang") === "en" ? "en" : "zh-CN";
    if (url.pathname === "/api/sample") {
      const [status, json] = await snapshotJson(SAMPLE, lang);
      return send(res, status, json);
    }
    if (url.pathname === "/api/read" && req.method === "POST") {
      const [status, json] = await snapshotJson(await body(req), lang);
      return send(res, status, json);
    }
    const path = url.pathname === "/" ? "/demo.html" : url.pathname;
    const file = normalize(join(WEB, path));
    if (!file.startsWith(WEB) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, "not found", "text/plain");
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      ok({ url: `http://localhost:${actual}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (require.main === module) {
  if (!existsSync(join(WEB, "demo.html"))) {
    process.stderr.write("dist-web/demo is missing: run `npm run demo`, which builds it first.\n");
    process.exit(1);
  }
  void startDemo(Number(process.env.PORT || 3000)).then(({ url }) => process.stdout.write(`绩效自评助手 demo: ${url}\n`));
}
