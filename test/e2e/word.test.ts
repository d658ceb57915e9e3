/**
 * 下载Word版自评报告 end to end in headless Chromium: the real pane, planner and .docx writer over the Excel emulation,
 * nothing mocked. The download is read back with our own .docx reader; the workbook is not written.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { openDemo } from "../../demo/chromium";
import { cellString } from "../../src/core/cells";
import { readDocx } from "../../src/io/docx-reader";
import { chromiumSession } from "../helpers/e2e";

const session = chromiumSession();
const dir = mkdtempSync(join(tmpdir(), "selfeval-word-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { selfevalDemo: { sheetNames(): string[] } }).selfevalDemo.sheetNames());
}

async function download(page: Page, open: string, panelName: string, button: string): Promise<{ name: string; file: string; status: string }> {
  await page.getByRole("button", { name: open, exact: true }).click();
  const panel = page.getByRole("region", { name: panelName });
  const [dl] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: button }).click()]);
  const file = join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  const status = panel.getByRole("status");
  await status.waitFor();
  return { name: dl.suggestedFilename(), file, status: (await status.textContent()) ?? "" };
}

test("the Word report downloads with the corrected figures and the form as its appendix; the workbook is not written", async () => {
  const { page, requests } = await openDemo(session());
  const before = await sheetNames(page);
  const got = await download(page, "生成报告", "生成报告", "下载Word版自评报告");
  expect(got.name).toBe("海口市政务服务中心 项目支出绩效自评报告.docx");
  expect(got.status).toContain(`已下载：${got.name}`);
  expect(await sheetNames(page)).toEqual(before);

  const doc = await readDocx(readFileSync(got.file));
  const body = doc.sheets.find((s) => s.name === "正文")!.rows.map((r) => cellString(r?.[0]));
  expect(body.join("\n")).toContain("1065.55万元");
  expect(body).toContain("附件");
  const form = doc.sheets
    .find((s) => s.name === "表1")!
    .rows.flat()
    .map((c) => cellString(c));
  expect(form).toContain("99.46");
  expect(form).toContain("优");
  // Made in the page: nothing sent anywhere.
  expect(
    requests.filter((u) => !u.startsWith("http://127.0.0.1") && !u.startsWith("http://localhost") && !u.startsWith("blob:") && !u.startsWith("data:"))
  ).toEqual([]);
});

test("in English, in 元", async () => {
  const { page } = await openDemo(session(), "?lang=en");
  await page.getByRole("button", { name: "Generate report", exact: true }).click();
  const panel = page.getByRole("region", { name: "Generate report" });
  await panel.getByRole("radio", { name: "yuan (元)" }).check();
  const [dl] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "Download the Word report" }).click()]);
  const file = join(dir, "en.docx");
  await dl.saveAs(file);
  const doc = await readDocx(readFileSync(file));
  const form = doc.sheets
    .find((s) => s.name === "表1")!
    .rows.flat()
    .map((c) => cellString(c));
  expect(form).toContain("Excellent");
  expect(form.join(" ")).toMatch(/11,?268,?530\.96/);
});
