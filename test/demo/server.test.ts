/**
 * The demo server under hostile and broken requests: it serves only its own files, answers only to its own host and
 * origin, sends its security headers, and keeps serving after aborted, malformed, slow and oversize requests.
 */
import http from "node:http";
import net from "node:net";
import { startDemo } from "../../demo/server";

let server: { url: string; close: () => Promise<void> };
let port: number;
beforeAll(async () => {
  server = await startDemo(0);
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

/** A raw request over a socket; resolves with what came back (possibly nothing) when the server closes or after `wait` ms. */
function raw(text: string | Buffer, opts: { endAfterWrite?: boolean; wait?: number } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let out = "";
    const done = () => resolve(out);
    socket.on("data", (d) => (out += d.toString("latin1")));
    socket.on("close", done);
    socket.on("error", done);
    socket.write(text);
    if (opts.endAfterWrite) socket.end();
    setTimeout(() => {
      socket.destroy();
      done();
    }, opts.wait ?? 1_500);
  });
}

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, headers: { Host: `localhost:${port}`, ...headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The server still answers: the sample's snapshot comes back. */
async function stillServing(): Promise<void> {
  const r = await get("/api/sample");
  expect(r.status).toBe(200);
  expect(JSON.parse(r.body).sheets.length).toBeGreaterThan(0);
}

describe("the demo server", () => {
  it("listens on 127.0.0.1 only", async () => {
    const r = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "::1");
      s.on("connect", () => {
        s.destroy();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    });
    expect(r).toBe(false);
  });

  it("serves its page with security headers", async () => {
    const r = await get("/");
    expect(r.status).toBe(200);
    expect(r.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(r.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["referrer-policy"]).toBe("no-referrer");
  });

  it.each([
    "/../package.json",
    "/%2e%2e/package.json",
    "/%2e%2e%2fpackage.json",
    "/%252e%252e%252fpackage.json",
    "/..%5cpackage.json",
    "/demo.html%00.js",
    "/%2e%2e/%2e%2e/etc/passwd",
  ])("never serves a file outside its folder: %s", async (path) => {
    const r = await raw(`GET ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 (404|400)/);
    expect(r).not.toContain('"name": "selfeval"');
    expect(r).not.toContain("root:");
  });

  it("refuses another host name (DNS rebinding) and another origin", async () => {
    expect((await get("/api/sample", { Host: `evil.example:${port}` })).status).toBe(403);
    const r = await get("/api/read", { Origin: "http://evil.example", "Content-Type": "application/octet-stream" }, "POST");
    expect(r.status).toBe(403);
  });

  it("serves only the methods it uses", async () => {
    const put = await get("/demo.html", {}, "PUT");
    expect([put.status, put.headers.allow]).toEqual([405, "GET, HEAD"]);
    const getRead = await get("/api/read");
    expect([getRead.status, getRead.headers.allow]).toEqual([405, "POST"]);
  });

  it("survives an upload aborted halfway", async () => {
    await raw(`POST /api/read HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Length: 100000\r\n\r\nPK\x03\x04partial`, { endAfterWrite: true, wait: 300 });
    await stillServing();
  });

  it("survives a broken chunked body", async () => {
    const r = await raw(`POST /api/read HTTP/1.1\r\nHost: localhost:${port}\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nnot a chunk\r\n`, { wait: 800 });
    expect(r === "" || /^HTTP\/1\.1 400/.test(r)).toBe(true);
    await stillServing();
  });

  it("survives a client that closes after Expect: 100-continue", async () => {
    await raw(`POST /api/read HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n`, { endAfterWrite: true, wait: 300 });
    await stillServing();
  });

  it("refuses a body declared over the limit at once, without reading it", async () => {
    const r = await raw(`POST /api/read HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Length: ${300 * 1024 * 1024}\r\n\r\n`, { wait: 1_000 });
    expect(r).toMatch(/^HTTP\/1\.1 413/);
    await stillServing();
  });

  it("a slow client that never finishes its headers does not stop the others", async () => {
    const slow = net.connect(port, "127.0.0.1");
    slow.write("POST /api/read HTTP/1.1\r\nHost: loc");
    await stillServing();
    slow.destroy();
  });

  it("a file that is not a workbook gets a message, not a crash", async () => {
    const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, path: "/api/read", method: "POST", headers: { Host: `localhost:${port}`, Origin: `http://localhost:${port}` } },
        (res) => {
          let body = "";
          res.on("data", (d) => (body += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        }
      );
      req.on("error", reject);
      req.end("<html>not a workbook</html>");
    });
    expect(r.status).toBe(422);
    expect(JSON.parse(r.body).error).toContain("网页");
    await stillServing();
  });
});
