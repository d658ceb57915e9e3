/** Headless Chromium (Debian's, driven by playwright-core) over the demo server, for end-to-end tests and the bench. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { startDemo } from "./server";

// From source (tests) or from dist/demo (bench): the repository root is where package.json is.
const ROOT_DIR = existsSync(resolve(__dirname, "../package.json")) ? resolve(__dirname, "..") : resolve(__dirname, "../..");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(resolve(ROOT_DIR, "dist-web/demo/demo.html"))) throw new Error("dist-web/demo is missing: npm test builds it (webpack --env target=demo)");
  const server = await startDemo(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The demo with the sample open and the pane ready; every request the page makes is recorded. */
export async function openDemo(s: Session, query = "", width = 1280): Promise<{ page: Page; requests: string[] }> {
  const page = await s.browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${s.url}${query}`);
  await page.getByRole("button", { name: /^(检查|Check)$/ }).waitFor();
  return { page, requests };
}

/** Retries an assertion until it holds or the time is up (the page updates after each sync). */
export async function eventually(assertion: () => Promise<void>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
