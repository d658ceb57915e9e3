/**
 * Where the pages get office.js: the add-in build from Microsoft's CDN (or the URL given with --env officeJs=…), the
 * demo from nowhere else: it runs Microsoft's Excel client library from its own origin over the emulation (the e2e test
 * checks that no request leaves its origin).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// lodash (html-webpack-plugin's own dependency) renders the templates; it has no types here.
const template = require("lodash/template") as (src: string, options: object) => (data: object) => string;

const ROOT = resolve(__dirname, "../..");
const webpackConfig = require(join(ROOT, "webpack.config.js")) as ((env: Record<string, string>, argv: object) => Promise<WebpackConfig>) & {
  OFFICE_JS_CDN: string;
};

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename: string; template: string; officeJs?: string };
  patterns?: Array<{ from: string; to: unknown }>;
}
interface WebpackConfig {
  plugins: Plugin[];
}

/** Each page's HTML as HtmlWebpackPlugin renders its template (the same lodash template its fallback loader uses). */
async function pages(env: Record<string, string>): Promise<{ html: Map<string, string>; copied: string[] }> {
  const config = await webpackConfig(env, {});
  const html = new Map<string, string>();
  const copied: string[] = [];
  for (const p of config.plugins) {
    if (p.constructor.name === "HtmlWebpackPlugin" && p.userOptions) {
      const src = readFileSync(join(ROOT, p.userOptions.template), "utf8");
      html.set(p.userOptions.filename, template(src, { interpolate: /<%=([\s\S]+?)%>/g })({ htmlWebpackPlugin: { options: p.userOptions } }));
    }
    if (p.constructor.name === "CopyPlugin") for (const pattern of p.patterns ?? []) copied.push(String(pattern.from));
  }
  return { html, copied };
}

const scripts = (html: string): string[] => [...html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]!);

describe("office.js in the built pages", () => {
  it("the add-in's task pane and commands page load office.js from Microsoft's CDN, and no local copy is shipped", async () => {
    const { html, copied } = await pages({ target: "addin" });
    expect([...html.keys()].sort()).toEqual(["commands.html", "taskpane.html"]);
    for (const page of html.values()) expect(scripts(page)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(webpackConfig.OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(copied.filter((f) => f.includes("office-js"))).toEqual([]);
  });

  it("takes another CDN from the build configuration (a 21Vianet deployment)", async () => {
    const url = "https://appsforoffice.partner.example.cn/lib/1/hosted/office.js";
    const { html } = await pages({ target: "addin", officeJs: url });
    for (const page of html.values()) expect(scripts(page)).toEqual([url]);
  });

  it("the add-in pages allow scripts only from their own origin and office.js's CDN (CSP)", async () => {
    const csp = (page: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    const { html } = await pages({ target: "addin" });
    for (const page of html.values()) {
      const policy = csp(page)!;
      expect(policy).toMatch(/^script-src 'self' https:\/\/appsforoffice\.microsoft\.com /);
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
    const partner = await pages({ target: "addin", officeJs: "https://appsforoffice.partner.example.cn/lib/1/hosted/office.js" });
    for (const page of partner.html.values()) expect(csp(page)).toContain("https://appsforoffice.partner.example.cn");
  });

  it("refuses a plain-http office.js", async () => {
    await expect(pages({ target: "addin", officeJs: "http://example.com/office.js" })).rejects.toThrow(/https/);
  });

  it("the demo page names no other origin and loads no office.js, only the Excel client library from its own origin", async () => {
    const { html, copied } = await pages({ target: "demo" });
    const demo = html.get("demo.html")!;
    expect(scripts(demo)).toEqual(["office-js/excel-web-16.00.js"]);
    expect(demo).not.toMatch(/https?:\/\//);
    expect(copied).toEqual([join(dirname(require.resolve("@microsoft/office-js/dist/office.js")), "excel-web-16.00.js")]);
  });

  it("the built demo (when npm test has built it) references no script or stylesheet on another origin", () => {
    const file = join(ROOT, "dist-web/demo/demo.html");
    if (!existsSync(file)) return;
    const demo = readFileSync(file, "utf8");
    expect(scripts(demo).filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
    expect(demo).not.toContain("appsforoffice");
  });
});
