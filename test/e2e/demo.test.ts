/** End to end in headless Chromium: the real pane and adapter over the Excel emulation, as a user drives them. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { eventually, openDemo } from "../../demo/chromium";
import { chromiumSession } from "../helpers/e2e";

const session = chromiumSession();

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
  const { page, requests } = await openDemo(session());
  await check(page);
  const items = page.getByRole("listitem");
  const texts = await items.allTextContents();
  expect(texts.filter((t) => t.includes("1065.25元"))).toHaveLength(2);
  expect(texts.some((t) => t.includes("1126140.7元") && t.includes("11,265,140.70"))).toBe(true);
  expect(texts.some((t) => t.includes("94.56%元"))).toBe(true);
  expect(texts.filter((t) => t.includes("0/0"))).toHaveLength(4);
  expect(texts.some((t) => t.includes("3,030.96"))).toBe(true);
  expect(await items.count()).toBe(9);
  // The check went through Microsoft's client library: its request messages reached the emulated host, none refused.
  const sent = await page.evaluate(() => {
    const host = (window as unknown as { selfevalHost: { requests: Array<{ actions: number; error: string | null }> } }).selfevalHost;
    return { libraryRun: typeof (window as unknown as { Excel: { run: unknown } }).Excel.run, requests: host.requests };
  });
  expect(sent.libraryRun).toBe("function");
  expect(sent.requests.length).toBeGreaterThanOrEqual(2);
  expect(sent.requests.every((r) => r.actions > 0 && r.error === null)).toBe(true);
  // No request leaves the page's own origin.
  expect(requests.filter((u) => !u.startsWith(session().url))).toEqual([]);
  await page.close();
});

test("activating a finding by keyboard puts its address in the name box and selects it in the grid", async () => {
  const { page } = await openDemo(session());
  await check(page);
  const digit = page.getByRole("listitem").filter({ hasText: "1126140.7元" });
  await digit.focus();
  await page.keyboard.press("Enter");
  await eventually(async () => expect(await page.getByTestId("name-box").inputValue()).toBe("A57"));
  expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("自评报告");
  expect(await page.locator('[data-testid="grid"] td[data-address="A57"]').getAttribute("aria-selected")).toBe("true");
  // A finding on another sheet: its sheet becomes active.
  const table = page.getByRole("listitem").filter({ hasText: "预算执行!E6" });
  // On the finding's heading: its cell chips (and the formula hint below them) are targets of their own.
  await table.click({ position: { x: 12, y: 10 } });
  await eventually(async () => expect(await page.getByTestId("name-box").inputValue()).toBe("E6"));
  expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("预算执行");
  await page.close();
});

test('"highlight all" then "clear highlights" leaves every format as it was', async () => {
  const { page } = await openDemo(session());
  await check(page);
  const before = await savedLook(page);
  await page.getByRole("button", { name: "标记全部单元格" }).click();
  await eventually(async () => expect(await savedLook(page)).not.toBe(before));
  await page.getByRole("button", { name: "清除标记" }).click();
  await eventually(async () => expect(await savedLook(page)).toBe(before));
  await page.close();
});

test("the pane at 350 px has no horizontal scroll, and its screenshot is saved", async () => {
  const { page } = await openDemo(session());
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
  const { page } = await openDemo(session(), "?lang=en&theme=dark");
  await check(page);
  expect(await page.getByRole("listitem").filter({ hasText: "unit slip" }).count()).toBe(2);
  const bg = await page
    .getByTestId("pane")
    .locator("> div")
    .first()
    .evaluate((el) => getComputedStyle(el.firstElementChild ?? el).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect((0.299 * r! + 0.587 * g! + 0.114 * b!) / 255).toBeLessThan(0.5);
  await page.close();
});

test("生成报告 → 生成 writes the report into the workbook: new sheets, the form's 执行率 and 得分 as computed", async () => {
  const { page } = await openDemo(session());
  const sheetNames = () => page.evaluate(() => (window as unknown as { selfevalDemo: { sheetNames(): string[] } }).selfevalDemo.sheetNames());
  const before = await sheetNames();
  await page.getByRole("button", { name: "生成报告", exact: true }).click();
  const panel = page.getByRole("region", { name: "生成报告" });
  await panel.getByRole("button", { name: "生成", exact: true }).click();
  const result = panel.getByRole("status");
  await result.waitFor();
  expect(await result.textContent()).toContain("新建：绩效自评表、自评报告（生成）");
  // The chart is named with the sheet it stands on, so the clerk knows where to find it.
  expect(await result.textContent()).toContain("图表：支出进度（在“支出进度”工作表）");
  const shot = process.env.UPDATE_DOCS ? resolve(__dirname, "../../docs/taskpane-report.png") : join(mkdtempSync(join(tmpdir(), "pane-")), "report.png");
  await page.getByTestId("pane").screenshot({ path: shot });

  const after = await sheetNames();
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after).toEqual(expect.arrayContaining(["绩效自评表", "自评报告（生成）"]));

  // The 年度资金总额 row of the form, under the 执行率 and 得分 headings, as Excel would display them.
  const form = await page.evaluate(() => {
    type Cell = { v: unknown; text?: string } | null | undefined;
    type Snapshot = { sheets: Array<{ name: string; rows: Array<Cell[] | null | undefined> }> };
    const emu = (window as unknown as { selfevalDemo: { snapshot(o: { text: boolean }): Snapshot } }).selfevalDemo;
    const sheet = emu.snapshot({ text: true }).sheets.find((x) => x.name === "绩效自评表");
    if (!sheet) return null;
    const rows = sheet.rows.map((r) => (r ?? []).map((c) => (c ? (c.text ?? String(c.v)) : "")));
    const header = rows.find((r) => r.includes("执行率") && r.includes("得分")) ?? [];
    const total = rows.find((r) => r.includes("年度资金总额")) ?? [];
    return { rate: total[header.indexOf("执行率")], score: total[header.indexOf("得分")] };
  });
  expect(form).toEqual({ rate: "94.56%", score: "9.46" });
  await page.close();
});

test("a sheet the user made: the pane asks first, the safe answer focused; 允许填写 fills it in", async () => {
  const { page } = await openDemo(session());
  // The user's own template, made in the workbook as a user would (through the emulated Excel).
  await page.evaluate(() =>
    (window as unknown as { Excel: { run(b: (ctx: Excel.RequestContext) => Promise<void>): Promise<void> } }).Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("我的模板").getRange("A1:B1").values = [["全年执行数", "{{全年执行数}}"]];
      await ctx.sync();
    })
  );
  await page.getByRole("button", { name: "生成报告", exact: true }).click();
  const panel = page.getByRole("region", { name: "生成报告" });
  await panel.getByRole("button", { name: "生成", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain("工作表“我的模板”不是本加载项创建的。允许在其中填写吗？");
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("不填写"));
  await dialog.getByRole("button", { name: "允许填写" }).click();
  const result = panel.getByRole("status");
  await result.waitFor();
  expect(await result.textContent()).toContain("已填写：我的模板");
  const b1 = await page.evaluate(
    () => (window as unknown as { selfevalDemo: { cell(s: string, a: string): { value: unknown } } }).selfevalDemo.cell("我的模板", "B1").value
  );
  expect(b1).toBe(10655546.85);
  await page.close();
});

test("a user's own .xlsx opens in the demo and is checked", async () => {
  const { page } = await openDemo(session());
  await page.getByTestId("open-file").setInputFiles(resolve(__dirname, "../../samples/haikou-2023-corrected.xlsx"));
  await eventually(async () => expect(await page.getByTestId("file").textContent()).toBe("haikou-2023-corrected.xlsx"));
  await page.getByRole("button", { name: /^(检查|Check)$/ }).click();
  await page.getByRole("status").waitFor();
  await eventually(async () => expect(await page.getByText("未发现问题。").count()).toBe(1));
  expect(await page.getByRole("listitem").count()).toBe(0);
  // A file that is not a workbook: a clear message, and the open workbook stays.
  await page.getByTestId("open-file").setInputFiles({ name: "notes.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("这不是工作簿") });
  await eventually(async () => expect(await page.getByRole("alert").textContent()).toMatch(/不是 .xlsx 工作簿|已损坏/));
  expect(await page.getByTestId("file").textContent()).toBe("haikou-2023-corrected.xlsx");
  await page.close();
});
