/** Bench figures measured in Chromium over the demo: sync calls and click-to-findings time (sample and a 200,000-row ledger), and initial JavaScript of the pane vs a bare React + FluentProvider + Button page. */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { openDemo, openSession, type Session } from "../demo/chromium";

const ROOT = resolve(__dirname, "../..");

export interface PaneRun {
  label: string;
  syncs: number;
  clickToFindingsMs: number;
  findings: number;
}

/** JS files a page loads before anything else runs: the script tags of its HTML, less office.js (Microsoft's CDN or a local copy). */
function initialJs(dir: string, html: string): { raw: number; gzip: number; files: string[] } {
  const page = readFileSync(join(dir, html), "utf8");
  const files = [...page.matchAll(/<script[^>]+src=["']?([^"' >]+\.js)/g)].map((m) => m[1]!).filter((f) => !f.includes("office-js/") && !/^https?:/.test(f));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = readFileSync(join(dir, f));
    raw += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

export function bundleSizes(): { pane: ReturnType<typeof initialJs>; bare: ReturnType<typeof initialJs>; lazy: number } {
  const addin = join(ROOT, "dist-web/addin");
  const pane = initialJs(addin, "taskpane.html");
  const lazy = readdirSync(addin)
    .filter((f) => f.endsWith(".js") && !pane.files.includes(f) && !f.startsWith("commands."))
    .reduce((n, f) => n + readFileSync(join(addin, f)).length, 0);
  return { pane, bare: initialJs(join(ROOT, "dist-web/bare"), "bare.html"), lazy };
}

/** Click → findings on screen, timed inside the page (a MutationObserver, then the next frame), not by the driver's polling. */
function timeCheck(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate(
    (timeout) =>
      new Promise<number>((done, fail) => {
        const button = [...document.querySelectorAll("button")].find((b) => /^(检查|重新检查|Check|Check again)$/.test((b.textContent ?? "").trim()));
        if (!button) return fail(new Error("no check button"));
        const t0 = performance.now();
        // Findings on screen: the summary and either the list or the "no findings" line (the list's chunk may still be loading).
        const finished = () =>
          document.querySelector('[role="status"]') !== null &&
          (document.querySelector('[role="listitem"]') !== null || /未发现问题|No findings/.test(document.body.textContent ?? ""));
        const observer = new MutationObserver(() => {
          if (!finished()) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - t0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => fail(new Error("no findings in time")), timeout);
        button.click();
      }),
    timeoutMs
  );
}

interface Emulated {
  selfevalDemo: { resetSyncCount(): void; syncCount: number };
}

async function clickToFindings(label: string, open: (page: Page) => Promise<void>, s: Session): Promise<PaneRun> {
  const { page } = await openDemo(s);
  await open(page);
  // The pane has loaded: its lazy chunks are fetched after the first paint, as they are in Excel.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  await page.evaluate(() => (window as unknown as Emulated).selfevalDemo.resetSyncCount());
  const ms = await timeCheck(page, 600_000);
  const syncs = await page.evaluate(() => (window as unknown as Emulated).selfevalDemo.syncCount);
  const findings = await page.getByRole("listitem").count();
  await page.close();
  return { label, syncs, clickToFindingsMs: Math.round(ms), findings };
}

export async function paneRuns(ledgerFile: string): Promise<PaneRun[]> {
  const s = await openSession();
  try {
    const sample = await clickToFindings("samples/haikou-2023.xlsx", async () => {}, s);
    const ledger = await clickToFindings(
      "200,000-row ledger",
      async (page) => {
        await page.getByTestId("open-file").setInputFiles(ledgerFile);
        await page.getByTestId("file").filter({ hasText: ".xlsx" }).filter({ hasNotText: "haikou" }).waitFor({ timeout: 600_000 });
        await page.getByRole("button", { name: /^(检查|Check)$/ }).waitFor({ timeout: 600_000 });
      },
      s
    );
    return [sample, ledger];
  } finally {
    await s.close();
  }
}
