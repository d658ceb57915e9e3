/**
 * Hostile content in the pane: sheet names and cell texts holding HTML or script show as text and never run, in the
 * findings list and the 修正 confirmation.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbookDef } from "../../samples/build-samples";
import { openDemo } from "../../demo/chromium";
import { chromiumSession } from "../helpers/e2e";

const session = chromiumSession();
const SHEET = "<img src=x onerror=__xss=1>";
const TEXT = '<script>__xss=2</script><img src="x" onerror="__xss=3">资金总额执行率94.56%元，详见javascript:__xss=4';

test("HTML and script in a sheet name and a cell are shown as text and never run", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "xss-")), "hostile.xlsx");
  await writeWorkbookDef({ sheets: [{ name: SHEET, rows: [["项目支出绩效自评报告"], [TEXT]] }] }, file);
  const { page } = await openDemo(session());
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.getByTestId("open-file").setInputFiles(file);
  await page.getByTestId("file").filter({ hasText: "hostile.xlsx" }).waitFor();
  await page.getByRole("button", { name: "检查", exact: true }).click();
  const item = page.getByRole("listitem").filter({ hasText: "94.56%元" });
  await item.waitFor();
  // The sheet's name is in the list as text.
  expect(await page.getByText(SHEET, { exact: false }).count()).toBeGreaterThan(0);
  // The 修正 confirmation quotes the cell's text, as text.
  await item.locator("[data-fix]").click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  expect(await dialog.getByTestId("fix-before").textContent()).toContain("94.56%元");
  await dialog.getByRole("button", { name: "取消" }).click();
  // Nothing ran: no global set, no alert, no image element made from the text.
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('[data-testid="pane"] img[src="x"]').count()).toBe(0);
  await page.close();
});
