/**
 * The manifest the add-in build writes (dist-web/addin/manifest.xml): manifest.xml with the shared runtime and, for a
 * deployment (--env url=…), the deployment URL everywhere; and what manifest.xml itself says about locales and domains.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

const { addinManifest } = require(join(ROOT, "webpack.config.js")) as { addinManifest(xml: string, url: string | null): string };

const URL_ = "https://selfeval.example.cn/addin/";

describe("the built manifest", () => {
  it("has the shared runtime: one resid for the runtime, the function file and the pane button, lifetime long", () => {
    const xml = addinManifest(SOURCE, null);
    expect(xml).toMatch(/<Host xsi:type="Workbook">\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>/);
    expect(xml).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
    const paneActions = [...xml.matchAll(/<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/g)].map((m) => m[0]);
    expect(paneActions.length).toBeGreaterThan(0);
    for (const a of paneActions) expect(a).toContain('<SourceLocation resid="Taskpane.Url"/>');
    // 一键检查 and 生成报告 are functions, so that they act on every click.
    expect([...xml.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1])).toEqual(["runCheck", "generateReport"]);
  });

  it("--env url=…: every localhost URL becomes the deployment URL", () => {
    const xml = addinManifest(SOURCE, URL_);
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`<SourceLocation DefaultValue="${URL_}taskpane.html"/>`);
    expect(xml).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${URL_}taskpane.html"/>`);
    expect(xml).toContain(`<IconUrl DefaultValue="${URL_}assets/icon-32.png"/>`);
  });

  it("passes npm run validate's check once the one element newer than its schemas (<Runtimes>) is set aside", () => {
    const xml = addinManifest(SOURCE, URL_).replace(/<Runtimes>\s*<Runtime [\s\S]*?<\/Runtimes>\s*/, "");
    const r = spawnSync("node", [join(ROOT, "scripts/validate-manifest.js"), "-"], { input: xml, encoding: "utf8" });
    expect(r.stdout + r.stderr).toMatch(/passes the structural check/);
    expect(r.status).toBe(0);
  });
});

describe("manifest.xml", () => {
  it("every string has en-US, en-GB, en-AU, zh-TW and zh-HK overrides", () => {
    const strings = [...SOURCE.matchAll(/<(bt:String|DisplayName|Description) [^>]*DefaultValue="[^"]*">([\s\S]*?)<\/\1>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(10);
    for (const s of strings) {
      const locales = [...s[2]!.matchAll(/Override Locale="([^"]+)"/g)].map((m) => m[1]);
      expect(locales).toEqual(["en-US", "en-GB", "en-AU", "zh-TW", "zh-HK"]);
    }
  });

  it("has no AppDomains (the pages are all on the add-in's own origin)", () => {
    expect(SOURCE).not.toContain("<AppDomain");
  });
});
