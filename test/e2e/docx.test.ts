/**
 * End to end in headless Chromium: 检查Word报告… in the demo. The seed's report written as a real .docx (our writer, from
 * test/helpers/seed.ts) is picked with the file input, read in the page (no request leaves it) and checked with the
 * sample workbook: its slips are listed with the paragraphs they stand in, and their chips go nowhere in Excel. A .doc
 * renamed .docx and a bomb get their messages.
 */
import type { Page } from "playwright-core";
import { eventually, openDemo } from "../../demo/chromium";
import { strings } from "../../src/core/i18n";
import { LIMITS } from "../../src/io/limits";
import { bombDocx, renamedDoc } from "../helpers/bad-docx";
import { docxFromWorkbook } from "../helpers/docx-writer";
import { chromiumSession } from "../helpers/e2e";
import { REPORT_FIXTURE } from "../helpers/seed";

const session = chromiumSession();
const zh = strings("zh-CN");
const en = strings("en");
const MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const LINES = REPORT_FIXTURE.split("\n");

/** The seed's report as filed in Word: its first line the title, then one paragraph a line. */
function seedDocx(): Promise<Buffer> {
  return docxFromWorkbook({ sheets: [{ name: "自评报告", rows: LINES.slice(1).map((l) => [l]) }] }, { title: LINES[0] });
}

/** The paragraph a person counts in Word (the title is the 1st) of the line holding `text`. */
function paragraphOf(text: string, from = 0): number {
  return LINES.findIndex((l, i) => i >= from && l.includes(text)) + 1;
}

async function pick(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId("docx-input").setInputFiles({ name, mimeType: MIME, buffer });
}

test("the seed's report as a .docx: its slips, in the paragraphs Word numbers, checked against the workbook", async () => {
  const { page, requests } = await openDemo(session());
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() !== "GET") sent.push(`${r.method()} ${r.url()}`);
  });
  await pick(page, "海口2023自评报告.docx", await seedDocx());
  await eventually(async () => expect(await page.getByTestId("docx-checked").textContent()).toBe(zh.pane.docx.checked({ file: "海口2023自评报告.docx" })));

  // Each slip of the document, with its place in Word; the workbook's own report still has its own.
  const docChip = (n: number) => page.locator(`[data-doc-cell="正文!A${n}"]`);
  const unit1 = paragraphOf("1065.25元");
  const unit2 = paragraphOf("1065.25元", unit1);
  for (const [n, figure] of [
    [unit1, "1065.25元"],
    [unit2, "1065.25元"],
    [paragraphOf("1126140.7元"), "1126140.7元"],
    [paragraphOf("94.56%元"), "94.56%元"],
  ] as const) {
    const chip = docChip(n).first();
    expect(await chip.textContent()).toBe(`${zh.ui.wrongCell}第${n}段Word`);
    expect(await chip.evaluate((el) => el.tagName)).toBe("SPAN");
    const item = page
      .getByRole("listitem")
      .filter({ has: docChip(n) })
      .first();
    expect(await item.textContent()).toContain(figure);
  }
  const unitSlip = page.getByRole("listitem").filter({ has: docChip(unit1) });
  expect(await unitSlip.textContent()).toContain("10,655,546.85元");
  expect(await page.getByRole("heading", { name: zh.pane.docx.heading({ file: "海口2023自评报告.docx", part: "正文" }) }).count()).toBeGreaterThan(0);

  // Activating the finding selects its basis in the workbook (预算执行!D4), never a cell named after the document.
  await unitSlip.click({ position: { x: 12, y: 10 } });
  await eventually(async () => expect(await page.getByTestId("name-box").inputValue()).toBe("D4"));
  expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("预算执行");
  expect(await page.getByRole("tab", { name: "正文" }).count()).toBe(0);

  // The file was read in the page: nothing went to another origin, and nothing was sent to the demo's own server.
  expect(requests.filter((u) => !u.startsWith(session().url))).toEqual([]);
  expect(sent).toEqual([]);
  await page.close();
});

test("a .doc renamed .docx gets a message saying how to save it as .docx, in the pane's language", async () => {
  for (const [query, s, quote] of [
    ["", zh, (n: string) => `“${n}”`],
    ["?lang=en", en, (n: string) => `"${n}"`],
  ] as const) {
    const { page } = await openDemo(session(), query);
    await pick(page, "自评报告.docx", renamedDoc());
    const bar = page.locator(".fui-MessageBar");
    await eventually(async () => expect(await bar.textContent()).toContain(s.docx.legacyDoc({ name: quote("自评报告.docx") })));
    expect(await bar.textContent()).toContain(s.pane.docx.failed);
    expect(await page.getByRole("listitem").count()).toBe(0);
    await page.close();
  }
});

test("a .docx bomb is refused by its sizes, with a message, and the pane stays usable", async () => {
  const { page } = await openDemo(session());
  await pick(page, "bomb.docx", await bombDocx(LIMITS.ratioFromBytes + 10_000_000));
  const bar = page.locator(".fui-MessageBar");
  const what = zh.readErrors.limits.compressionRatio({ n: LIMITS.compressionRatio.toLocaleString("en") });
  await eventually(async () => expect(await bar.textContent()).toContain(zh.pane.docx.tooLarge({ name: "“bomb.docx”", what })));
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByRole("listitem").first().waitFor();
  await page.close();
});
