/** End to end in headless Chromium: the real pane and adapter over the Excel emulation, as a user drives them. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { eventually, openDemo, openSession, type Session } from "../../demo/chromium";

jest.setTimeout(120_000);

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

async function check(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^(检查|Check)$/ }).click();
  await page.getByRole("listitem").first().waitFor();
}

/** Every cell's look in the emulated workbook, as saved: what a save-and-reopen keeps. */
function savedLook(page: Page): Promise<string> {
  return page.evaluate(() => {
    const emu = (window as unknown as { selfevalDemo: { save(): { sheets: unknown[] } } }).selfevalDemo;
    return JSON.stringify(emu.save().sheets);
  });
}

test("one click gives the seed's findings", async () => {
  const { page, requests } = await openDemo(s);
  await check(page);
  const items = page.getByRole("listitem");
  const texts = await items.allTextContents();
  expect(texts.filter((t) => t.includes("1065.25元"))).toHaveLength(2);
  expect(texts.some((t) => t.includes("1126140.7元") && t.includes("11,265,140.70"))).toBe(true);
  expect(texts.some((t) => t.includes("94.56%元"))).toBe(true);
  expect(texts.filter((t) => t.includes("0/0"))).toHaveLength(4);
  expect(texts.some((t) => t.includes("3,030.96"))).toBe(true);
  expect(await items.count()).toBe(9);
  // No request leaves the page's own origin.
  expect(requests.filter((u) => !u.startsWith(s.url))).toEqual([]);
  await page.close();
});

test("activating a finding by keyboard puts its address in the name box and selects it in the grid", async () => {
  const { page } = await openDemo(s);
  await check(page);
  const digit = page.getByRole("listitem").filter({ hasText: "1126140.7元" });
  await digit.focus();
  await page.keyboard.press("Enter");
  await eventually(async () => expect(await page.getByTestId("name-box").inputValue()).toBe("A57"));
  expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("自评报告");
  expect(await page.locator('[data-testid="grid"] td[data-address="A57"]').getAttribute("aria-selected")).toBe("true");
  // A finding on another sheet: its sheet becomes active.
  const table = page.getByRole("listitem").filter({ hasText: "预算执行!E6" });
  await table.click();
  await eventually(async () => expect(await page.getByTestId("name-box").inputValue()).toBe("E6"));
  expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("预算执行");
  await page.close();
});

test('"highlight all" then "clear highlights" leaves every format as it was', async () => {
  const { page } = await openDemo(s);
  await check(page);
  const before = await savedLook(page);
  await page.getByRole("button", { name: "标记全部单元格" }).click();
  await eventually(async () => expect(await savedLook(page)).not.toBe(before));
  await page.getByRole("button", { name: "清除标记" }).click();
  await eventually(async () => expect(await savedLook(page)).toBe(before));
  await page.close();
});

test("the pane at 350 px has no horizontal scroll, and its screenshot is saved", async () => {
  const { page } = await openDemo(s);
  await check(page);
  const pane = page.getByTestId("pane");
  const box = await pane.boundingBox();
  expect(Math.round(box!.width)).toBe(350);
  const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const out = process.env.UPDATE_DOCS ? resolve(__dirname, "../../docs/taskpane.png") : join(mkdtempSync(join(tmpdir(), "pane-")), "taskpane.png");
  await pane.screenshot({ path: out });
  await page.close();
});

test("English and dark theme follow Office", async () => {
  const { page } = await openDemo(s, "?lang=en&theme=dark");
  await check(page);
  expect(await page.getByRole("listitem").filter({ hasText: "unit slip" }).count()).toBe(2);
  const bg = await page.getByTestId("pane").locator("> div").first().evaluate((el) => getComputedStyle(el.firstElementChild ?? el).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect((0.299 * r! + 0.587 * g! + 0.114 * b!) / 255).toBeLessThan(0.5);
  await page.close();
});
