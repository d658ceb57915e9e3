/**
 * `npm run demo`: serves the demo page (real task pane and adapter over the Excel emulation) and reads .xlsx files into
 * snapshots for it. It listens on 127.0.0.1 only, answers only to its own host and origin, serves only its own files,
 * and survives clients that abort, send broken or oversize bodies, or go away.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
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

/**
 * Headers on every answer: the page may run only its own scripts (the pane, the Excel client library) and connect only to
 * this server; nothing may frame it or sniff a type.
 */
const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

function send(res: ServerResponse, status: number, body: string, type = "application/json; charset=utf-8", extra: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type, "Cache-Control": "no-store", ...extra });
  res.end(body);
}

async function snapshotJson(input: string | Buffer, lang: "zh-CN" | "en"): Promise<[number, string]> {
  try {
    return [200, JSON.stringify(await readWorkbook(input))];
  } catch (err) {
    return [422, JSON.stringify({ error: describeReadError(err, lang) })];
  }
}

class TooLarge extends Error {}

/** The request body, up to MAX_UPLOAD; rejects when the client aborts, the framing is broken or it is too large. */
function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on("data", (b: Buffer) => {
      size += b.length;
      if (size > MAX_UPLOAD) {
        fail(new TooLarge());
        req.destroy();
      } else parts.push(b);
    });
    req.on("end", () => ok(Buffer.concat(parts)));
    req.on("error", fail);
    req.on("aborted", () => fail(new Error("aborted")));
    req.on("close", () => {
      if (!req.complete) fail(new Error("closed before the end of the body"));
    });
  });
}

/** Only this server's own names: a page elsewhere that resolves its own host name to 127.0.0.1 is refused. */
function ownHost(host: string | undefined, port: number): boolean {
  return host === `localhost:${port}` || host === `127.0.0.1:${port}`;
}

/** A request from a page: only from this origin (a form or fetch from another site must not make the server read files). */
function ownOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}`;
}

/** A path under `root` for a URL path, or null: encoded and double-encoded ../, NUL bytes and backslashes never leave it. */
export function staticFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\") || /(^|\/)\.\.(\/|$)/.test(decoded) || decoded.includes("%")) return null;
  const file = normalize(join(root, decoded === "/" ? "/demo.html" : decoded));
  return file.startsWith(root + sep) ? file : null;
}

export function startDemo(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  let actual = port;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // A client that went away mid-request: nothing to answer, and the server goes on.
      if (!res.headersSent && !res.destroyed) send(res, 400, JSON.stringify({ error: "bad request" }));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!ownHost(req.headers.host, actual)) return send(res, 403, "forbidden host", "text/plain");
    const url = new URL(req.url ?? "/", "http://localhost");
    const lang = url.searchParams.get("lang") === "en" ? "en" : "zh-CN";
    const method = req.method ?? "GET";
    if (url.pathname === "/api/read") {
      if (method !== "POST") return send(res, 405, "method not allowed", "text/plain", { Allow: "POST" });
      if (!ownOrigin(req.headers.origin, actual)) return send(res, 403, "forbidden origin", "text/plain");
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > MAX_UPLOAD) {
        send(res, 413, JSON.stringify({ error: "too large" }), undefined, { Connection: "close" });
        req.destroy();
        return;
      }
      let input: Buffer;
      try {
        input = await body(req);
      } catch (err) {
        if (err instanceof TooLarge) send(res, 413, JSON.stringify({ error: "too large" }), undefined, { Connection: "close" });
        else res.destroy();
        return;
      }
      const [status, json] = await snapshotJson(input, lang);
      return send(res, status, json);
    }
    if (method !== "GET" && method !== "HEAD") return send(res, 405, "method not allowed", "text/plain", { Allow: "GET, HEAD" });
    if (url.pathname === "/api/sample") {
      const [status, json] = await snapshotJson(SAMPLE, lang);
      return send(res, status, json);
    }
    const file = staticFile(WEB, url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, "not found", "text/plain");
    res.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    if (method === "HEAD") return void res.end();
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  }

  server.on("clientError", (_err, socket) => {
    // Malformed requests (a broken chunked body, a bad header) get a 400 where the socket still takes one.
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      actual = typeof address === "object" && address ? address.port : port;
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
