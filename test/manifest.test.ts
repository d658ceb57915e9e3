/** manifest.xml: valid against the offline schemas, every string in zh-CN and en-US, icons at every size, ExcelApi ≤ 1.7. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function pngSize(file: string): number {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return b.readUInt32BE(16);
}

test("npm run validate accepts the manifest against the schemas in shared/", () => {
  const r = spawnSync("npm", ["run", "--silent", "validate"], { cwd: ROOT, encoding: "utf8" });
  expect(r.stderr + r.stdout).toContain("manifest.xml validates");
  expect(r.status).toBe(0);
});

test("validation fails on a broken manifest (the check is real)", () => {
  const broken = MANIFEST.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
  const r = spawnSync("xmllint", ["--noout", "--schema", resolve(ROOT, "../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd"), "-"], {
    input: broken,
    encoding: "utf8",
  });
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
