/**
 * `selfeval fix`: the built command on the Haikou sample and on a copy of it whose two texts carry rich-text runs. The
 * copy is read back three ways: the check (what was fixed is gone, nothing new), the snapshot (every other cell as it
 * was) and the raw zip (every other entry byte for byte, the edited sheet part changed only in the edited cells).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { planFixes } from "../../src/core/fixes";
import { type WorkbookSnapshot, plainRows } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/io/xlsx-reader";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/selfeval.js");
const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");
const REPORT_PART = "xl/worksheets/sheet6.xml";
const FIXED = ["自评报告!A43", "自评报告!A47", "自评报告!A49", "自评报告!A57", "自评报告!A61", "自评报告!A68"];

interface FixDoc {
  tool: string;
  version: string;
  input: string;
  output: string | null;
  fixes: Array<{ cell: string; rules: string[]; before: string | number; after: string | number }>;
  blocked: Array<{ cell: string; rule: string; reason: string; inputs: string[] }>;
  error: string | null;
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "fix", ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function runJson(...args: string[]): { code: number | null; doc: FixDoc } {
  const r = run(...args, "--json");
  return { code: r.code, doc: JSON.parse(r.out) as FixDoc };
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Each zip entry's stored bytes, read through the central directory: local header (name, extra), compressed data, central record without its offset. */
function rawEntries(buf: Buffer): Map<string, { local: Buffer; data: Buffer; central: Buffer }> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, { local: Buffer; data: Buffer; central: Buffer }>();
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const len = 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const central = Buffer.from(buf.subarray(p, p + len));
    const at = central.readUInt32LE(42);
    central.writeUInt32LE(0, 42);
    const headerLen = 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    out.set(buf.toString("utf8", p + 46, p + 46 + nameLen), {
      local: buf.subarray(at, at + headerLen),
      data: buf.subarray(at + headerLen, at + headerLen + central.readUInt32LE(20)),
      central,
    });
    p += len;
  }
  return out;
}

function cellAt(s: WorkbookSnapshot, address: string) {
  const [sheet, a1] = address.split("!") as [string, string];
  const col = a1.charCodeAt(0) - 65;
  const row = Number(a1.slice(1)) - 1;
  const found = s.sheets.find((x) => x.name === sheet);
  return found ? plainRows(found)[row]?.[col] : undefined;
}

/** Every cell of both snapshots, by address, except those listed. */
function otherCells(a: WorkbookSnapshot, b: WorkbookSnapshot, except: string[]): Array<[string, unknown, unknown]> {
  const out: Array<[string, unknown, unknown]> = [];
  for (const s of a.sheets) {
    const t = b.sheets.find((x) => x.name === s.name)!;
    const rows = Math.max(s.rows.length, t.rows.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(plainRows(s)[r]?.length ?? 0, plainRows(t)[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const address = `${s.name}!${String.fromCharCode(65 + c)}${r + 1}`;
        if (!except.includes(address)) out.push([address, plainRows(s)[r]?.[c] ?? null, plainRows(t)[r]?.[c] ?? null]);
      }
    }
  }
  return out;
}

// The sheet part with the listed cells' elements reduced to their reference: what must not change around them.
const withoutCells = (xml: string, refs: string[]) =>
  xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (m, r: string) => (refs.includes(r) ? `<c r="${r}"/>` : m));
const cellXml = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? "";
const styleOf = (xml: string, ref: string) => / s="(\d+)"/.exec(cellXml(xml, ref))?.[1];

const findingKey = (f: Finding) => `${f.rule} ${f.cells.join(",")} ${f.message.key} ${JSON.stringify(f.actual)}`;

describe("selfeval fix on the Haikou sample", () => {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-fix-"));
  const input = join(dir, "haikou-2023.xlsx");
  const output = join(dir, "fixed.xlsx");
  let hash: string;
  let result: ReturnType<typeof run>;
  let before: WorkbookSnapshot;
  let after: WorkbookSnapshot;

  beforeAll(async () => {
    copyFileSync(SAMPLE, input);
    hash = sha(input);
    result = run(input, "-o", output);
    before = await readWorkbook(input);
    after = await readWorkbook(output);
  }, 60_000);

  test("exits 0 and lists each change with its rules, the changed part marked in its context", () => {
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toContain("已修改 6 处：");
    for (const cell of FIXED) expect(result.out).toContain(cell);
    expect(result.out).toContain(
      "自评报告!A61（金额单位写错）\n    原文：2023年政府采购支出【1065.25】元，均为政务大厅外包项目。\n    改为：2023年政府采购支出【1065.55万】元，均为政务大厅外包项目。"
    );
    // A long text is cut to the change and some context on either side.
    expect(result.out).toContain("原文：……本完成，2023年政府采购支出【1065.25】元，均为政务大厅外包项目，余……");
    expect(result.out).toContain(`已另存为：${output}（原工作簿未作任何改动）`);
  });

  test("the copy's check has none of the findings fixed and nothing new", () => {
    const was = checkWorkbook(before).findings;
    const plan = planFixes(before, was);
    const fixed = new Set(plan.fixes.flatMap((f) => f.findings).map((i) => findingKey(was[i]!)));
    expect(fixed.size).toBe(6);
    const now = checkWorkbook(after).findings.map(findingKey);
    for (const k of fixed) expect(now).not.toContain(k);
    expect(now.sort()).toEqual(
      was
        .map(findingKey)
        .filter((k) => !fixed.has(k))
        .sort()
    );
  });

  test("the fixed cells read the planned text; every other cell reads back identical", () => {
    const plan = planFixes(before, checkWorkbook(before).findings);
    expect(plan.fixes.map((f) => f.address)).toEqual(FIXED);
    for (const f of plan.fixes) expect(cellAt(after, f.address)).toEqual({ ...cellAt(before, f.address), v: f.after });
    expect(cellAt(after, "自评报告!A61")!.v).toBe("2023年政府采购支出1065.55万元，均为政务大厅外包项目。");
    const others = otherCells(before, after, FIXED);
    expect(others.length).toBeGreaterThan(200);
    for (const [address, a, b] of others) expect([address, b]).toEqual([address, a]);
  });

  test("every zip entry but the edited sheet part keeps its bytes: header, compressed data, central record", () => {
    const a = rawEntries(readFileSync(input));
    const b = rawEntries(readFileSync(output));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, e] of a) {
      if (name === REPORT_PART) continue;
      const f = b.get(name)!;
      expect([name, f.local.equals(e.local), f.data.equals(e.data), f.central.equals(e.central)]).toEqual([name, true, true, true]);
    }
    expect(b.get(REPORT_PART)!.data.equals(a.get(REPORT_PART)!.data)).toBe(false);
  });

  test("in the edited sheet part only the edited <c> elements change; each keeps its style and becomes an inline string", async () => {
    const xml = async (file: string) => (await JSZip.loadAsync(readFileSync(file))).file(REPORT_PART)!.async("string");
    const a = await xml(input);
    const b = await xml(output);
    const refs = FIXED.map((c) => c.split("!")[1]!);
    expect(withoutCells(b, refs)).toBe(withoutCells(a, refs));
    for (const ref of refs) {
      expect(styleOf(a, ref)).toMatch(/^\d+$/);
      expect(styleOf(b, ref)).toBe(styleOf(a, ref));
      expect(cellXml(b, ref)).toMatch(new RegExp(`^<c r="${ref}" s="\\d+" t="inlineStr"><is><t xml:space="preserve">[^<]+</t></is></c>$`));
    }
  });

  test("the input is unchanged, and no temporary file is left", () => {
    expect(sha(input)).toBe(hash);
    expect(readdirSync(dir).sort()).toEqual(["fixed.xlsx", "haikou-2023.xlsx"]);
  });

  test("the formula cells are reported, not changed, with the cells to change instead", () => {
    expect(result.out).toContain("以下 2 处未自动修改，请人工处理：");
    expect(result.out).toContain(
      "预算执行!E6（预算为0却填了执行率）：该单元格由公式计算，本工具不改写公式；请核对公式及其引用的单元格 预算执行!D6、预算执行!C6。"
    );
    expect(result.out).toContain("预算执行!E7（预算为0却填了执行率）");
    expect(cellAt(after, "预算执行!E6")).toEqual(cellAt(before, "预算执行!E6"));
    expect(cellAt(after, "预算执行!E6")!.f).toBeDefined();
  });
});

describe("selfeval fix options", () => {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-fix-opts-"));
  const input = join(dir, "in.xlsx");
  beforeAll(() => copyFileSync(SAMPLE, input));

  test("--dry-run prints the changes and writes nothing", () => {
    const out = join(dir, "dry.xlsx");
    const r = run(input, "--dry-run", "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("（试运行：只列出将要修改的内容，不生成文件）");
    expect(r.out).toContain("将修改 6 处：");
    expect(r.out).toContain("改为：2023年政府采购支出【1065.55万】元");
    expect(r.out.trimEnd().split("\n").at(-1)).toBe("试运行，未写入任何文件。");
    expect(existsSync(out)).toBe(false);
    // No -o needed for a dry run.
    const bare = runJson(input, "--dry-run");
    expect(bare.code).toBe(0);
    expect(bare.doc.output).toBeNull();
    expect(bare.doc.fixes.map((f) => f.cell)).toEqual(FIXED);
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  test("--rule unit-slip fixes only the two unit slips", async () => {
    const out = join(dir, "units.xlsx");
    const { code, doc } = runJson(input, "-o", out, "--rule", "unit-slip");
    expect(code).toBe(0);
    expect(doc.fixes.map((f) => f.cell)).toEqual(["自评报告!A61", "自评报告!A68"]);
    expect(doc.fixes.every((f) => f.rules.join() === "unit-slip")).toBe(true);
    expect(doc.blocked).toEqual([]);
    const rules = checkWorkbook(await readWorkbook(out)).findings.map((f) => f.rule);
    expect(rules).not.toContain("unit-slip");
    expect(rules).toEqual(expect.arrayContaining(["digit-slip", "stray-unit", "undefined-rate"]));
  });

  test("refuses an output that is the input or a folder, and fails on one it cannot write: exit 2, the input untouched", () => {
    const hash = sha(input);
    const same = run(input, "-o", join(dir, ".", "in.xlsx"));
    expect(same.code).toBe(2);
    expect(same.err).toContain("就是输入文件，拒绝覆盖原工作簿");
    const folder = run(input, "-o", dir, "--lang", "en");
    expect(folder.code).toBe(2);
    expect(folder.err).toContain("is a folder");
    const unwritable = run(input, "-o", join(dir, "no-such-folder", "out.xlsx"));
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toContain("无法写入输出文件");
    expect(sha(input)).toBe(hash);
  });

  test("an unreadable input, or no -o without --dry-run: exit 2 with a message", () => {
    const missing = runJson(join(dir, "missing.xlsx"), "-o", join(dir, "x.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.doc.error).toContain("找不到文件");
    expect(missing.doc.fixes).toEqual([]);
    const noOut = run(input);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain("请用 -o OUT.xlsx 指定");
    expect(run(input, "--rule", "no-such-rule", "--dry-run").code).toBe(2);
  });

  test("--lang en: English throughout", () => {
    const out = join(dir, "en.xlsx");
    const r = run(input, "-o", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("6 change(s) made:");
    expect(r.out).toContain("自评报告!A61 (unit slip)\n    Before: 2023年政府采购支出[1065.25]元，均为政务大厅外包项目。");
    expect(r.out).toContain("the cell is a formula, which is never overwritten; check the formula and the cells it uses: 预算执行!D6, 预算执行!C6.");
    expect(r.out).toContain(`Written: ${out} (the input is unchanged)`);
    expect(r.out).not.toMatch(/原文|改为|已修改|试运行/);
  });

  test("--json: one document with the changes and the findings left as they were", () => {
    const out = join(dir, "json.xlsx");
    const { code, doc } = runJson(input, "-o", out);
    expect(code).toBe(0);
    expect(Object.keys(doc)).toEqual(["tool", "version", "input", "output", "fixes", "blocked", "error"]);
    expect(doc).toMatchObject({ tool: "selfeval", version: "0.1.0", input, output: out, error: null });
    expect(doc.fixes).toHaveLength(6);
    expect(doc.fixes.find((f) => f.cell === "自评报告!A57")).toEqual({
      cell: "自评报告!A57",
      rules: ["digit-slip"],
      before: expect.stringContaining("一年1126140.7元。"),
      after: expect.stringContaining("一年11265140.7元。"),
    });
    expect(doc.blocked).toEqual([
      { cell: "预算执行!E6", rule: "undefined-rate", reason: "formula", inputs: ["预算执行!D6", "预算执行!C6"] },
      { cell: "预算执行!E7", rule: "undefined-rate", reason: "formula", inputs: ["预算执行!D7", "预算执行!C7"] },
    ]);
    expect(existsSync(out)).toBe(true);
  });
});

describe("selfeval fix on rich text", () => {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-fix-rich-"));
  const input = join(dir, "rich.xlsx");
  const output = join(dir, "out", "rich-fixed.xlsx");
  const bold = '<rPr><b/><sz val="11"/><color rgb="FF000000"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr>';
  const red = '<rPr><sz val="11"/><color rgb="FFFF0000"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr>';
  let doc: FixDoc;
  let xml: string;

  beforeAll(async () => {
    // A61's figure in a run of its own; A68's figure split across two runs, so its fix would span them.
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
    const a61 = "<si><t>2023年政府采购支出1065.25元，均为政务大厅外包项目。</t></si>";
    const a68 = "<si><t>项目绩效目标基本完成，2023年政府采购支出1065.25元，均为政务大厅外包项目，余61.3万元未支付。完成预算94.56%。</t></si>";
    expect(sst).toContain(a61);
    expect(sst).toContain(a68);
    const rich = sst
      .replace(a61, `<si><r>${bold}<t>2023年政府采购支出</t></r><r>${red}<t>1065.25元</t></r><r><t>，均为政务大厅外包项目。</t></r></si>`)
      .replace(
        a68,
        `<si><r>${bold}<t>项目绩效目标基本完成，2023年政府采购支出1065.2</t></r><r>${red}<t xml:space="preserve">5元，均为政务大厅外包项目，余61.3万元未支付。完成预算94.56%。</t></r></si>`
      );
    zip.file("xl/sharedStrings.xml", rich);
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    mkdirSync(join(dir, "out"));
    const r = runJson(input, "-o", output);
    expect(r.code).toBe(0);
    doc = r.doc;
    xml = await (await JSZip.loadAsync(readFileSync(output))).file(REPORT_PART)!.async("string");
  }, 60_000);

  test("a change inside one run keeps every run and its formatting; only that run's text changes", () => {
    expect(doc.fixes.map((f) => f.cell)).toContain("自评报告!A61");
    const cell = cellXml(xml, "A61");
    expect(cell).toBe(
      `<c r="A61" s="6" t="inlineStr"><is><r>${bold}<t>2023年政府采购支出</t></r><r>${red}<t xml:space="preserve">1065.55万元</t></r><r><t>，均为政务大厅外包项目。</t></r></is></c>`
    );
  });

  test("a change across runs is refused with its reason, and the cell is left as it was", async () => {
    expect(doc.fixes.map((f) => f.cell)).not.toContain("自评报告!A68");
    expect(doc.blocked).toContainEqual({ cell: "自评报告!A68", rule: "unit-slip", reason: "rich-text", inputs: [] });
    expect(cellXml(xml, "A68")).toMatch(/^<c r="A68" s="\d+" t="s"><v>\d+<\/v><\/c>$/);
    const [a, b] = [await readWorkbook(input), await readWorkbook(output)];
    expect(cellAt(b, "自评报告!A68")).toEqual(cellAt(a, "自评报告!A68"));
    expect(cellAt(b, "自评报告!A61")!.v).toBe("2023年政府采购支出1065.55万元，均为政务大厅外包项目。");
    const text = run(input, "--dry-run").out;
    expect(text).toContain("自评报告!A68（金额单位写错）：该单元格的文字设有分段格式");
  });
});
