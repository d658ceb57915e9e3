/** manifest.xml: valid against the offline schemas, every string in zh-CN and en-US, icons at every size, ExcelApi ≤ 1.7. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sharedPath, testShared } from "./helpers/shared";

const ROOT = resolve(__dirname, "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function pngSize(file: string): number {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return b.readUInt32BE(16);
}

const SCHEMA = ["schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd"];

/** The validate script on a manifest given on stdin. */
function validate(xml: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/validate-manifest.js"), "-"], {
    cwd: ROOT,
    input: xml,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

test("npm run validate accepts the manifest (structure always; the schemas in shared/ where they are)", () => {
  const r = spawnSync("npm", ["run", "--silent", "validate"], { cwd: ROOT, encoding: "utf8" });
  expect(r.stderr + r.stdout).toContain("manifest.xml passes the structural check");
  expect(r.stderr + r.stdout).toContain("manifest.xml validates");
  expect(r.status).toBe(0);
});

describe("the structural check, with no schemas beside the project", () => {
  const alone = { SELFEVAL_SHARED_DIR: join(ROOT, "no-shared-here"), SELFEVAL_REQUIRE_SHARED: "" };

  test("passes the manifest, and says the schemas were not used", () => {
    const r = validate(MANIFEST, alone);
    expect(r.out).toContain("structural check only");
    expect(r.status).toBe(0);
  });

  test.each([
    [
      "a permission that does not exist",
      (m: string) => m.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
      "<Permissions> must be one of",
    ],
    [
      "an element out of order",
      (m: string) => m.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"),
      "<Version> is out of order",
    ],
    ["a required element missing", (m: string) => m.replace(/<DefaultLocale>[^<]*<\/DefaultLocale>/, ""), "<DefaultLocale> is required"],
    [
      "a resid that names no resource",
      (m: string) => m.replace('<Label resid="Check.Label"/>', '<Label resid="Check.Missing"/>'),
      'resid "Check.Missing" names no resource',
    ],
    ["a tooltip naming a short string", (m: string) => m.replace('resid="Check.Tooltip"', 'resid="Check.Label"'), "must name LongStrings"],
    ["a page over http", (m: string) => m.replace('<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://'), "must be an https URL"],
    [
      "a string too long for its kind",
      (m: string) => m.replace(/(<bt:String id="Check.Label" DefaultValue=")[^"]*"/, `$1${"长".repeat(126)}"`),
      "longer than 125",
    ],
    ["XML that is not well-formed", (m: string) => m.replace("</Hosts>", ""), "not well-formed"],
  ])("fails on %s", (_, breakIt, says) => {
    const broken = breakIt(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const r = validate(broken, alone);
    expect(r.out).toContain(says);
    expect(r.status).toBe(1);
  });

  test("where SELFEVAL_REQUIRE_SHARED=1 (CI), missing schemas fail", () => {
    const r = validate(MANIFEST, { ...alone, SELFEVAL_REQUIRE_SHARED: "1" });
    expect(r.out).toContain("SELFEVAL_REQUIRE_SHARED=1 requires it");
    expect(r.status).toBe(1);
  });
});

testShared(SCHEMA, "the schemas in shared/ reject a broken manifest too (the schema check is real)", () => {
  const broken = MANIFEST.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
  const r = spawnSync("xmllint", ["--noout", "--schema", sharedPath(...SCHEMA), "-"], { input: broken, encoding: "utf8" });
  expect(r.status).not.toBe(0);
});

test("a 绩效自评 group on the Home tab with 一键检查 and 生成报告", () => {
  expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">\s*<Group id="SelfEval.Group">/);
  expect(MANIFEST).toContain('id="Group.Label" DefaultValue="绩效自评"');
  expect(MANIFEST).toContain('id="Check.Label" DefaultValue="一键检查"');
  expect(MANIFEST).toContain('id="Report.Label" DefaultValue="生成报告"');
  // 一键检查 opens the pane with autorun, so the check starts with no further click.
  expect(MANIFEST).toMatch(/id="Pane.CheckUrl" DefaultValue="[^"]*taskpane.html\?autorun=1"/);
});

test("every string has zh-CN by default and an en-US override", () => {
  expect(MANIFEST).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
  const strings = [...MANIFEST.matchAll(/<(bt:String|DisplayName|Description) [^>]*DefaultValue="[^"]*">([\s\S]*?)<\/\1>/g)];
  expect(strings.length).toBeGreaterThanOrEqual(9);
  for (const s of strings) expect(s[2]).toMatch(/<(bt:)?Override Locale="en-US" Value="[^"]+"\/>/);
  expect(MANIFEST).not.toMatch(/Locale="en"[^-]/);
});

test("minimum requirement set no higher than ExcelApi 1.7", () => {
  const sets = [...MANIFEST.matchAll(/<Set Name="ExcelApi" MinVersion="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(sets).toEqual([1.7]);
});

test("every icon the manifest names exists in assets/ at its size", () => {
  const images = [
    ...MANIFEST.matchAll(/(?:<bt:Image id="[^"]+"|<(?:High)?[A-Za-z]*IconUrl) DefaultValue="https:\/\/localhost:3000\/assets\/([a-z]+-(\d+)\.png)"/g),
  ];
  expect(images.length).toBe(11);
  for (const [, name, size] of images) {
    const file = join(ROOT, "assets", name!);
    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toBe(Number(size));
  }
  // Ribbon buttons need 16, 32 and 80.
  for (const id of ["Icon", "Check", "Report"]) for (const s of [16, 32, 80]) expect(MANIFEST).toContain(`<bt:Image size="${s}" resid="${id}.${s}"/>`);
  execFileSync("xmllint", ["--noout", join(ROOT, "manifest.xml")]);
});
