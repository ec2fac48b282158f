// Headless Chromium for the HTML page tests (puppeteer-core drives Debian's
// `chromium`; it never downloads a browser). A missing browser is an error with
// what to install, never a skipped test.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, expect } from "vitest";
import { requireTool } from "./toolchains.js";

/** Screenshots land here (git-ignored): look at them after a run. */
export const ARTIFACTS = join(import.meta.dirname, "..", ".artifacts");

/** `CHROMIUM_PATH`, or `chromium` on the PATH. */
export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist; unset it or point it at a Chromium binary`);
    return configured;
  }
  return requireTool("chromium", "the HTML page tests need a real browser: apt-get update && apt-get install -y chromium (Debian's package), or set CHROMIUM_PATH");
}

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in a container has no user namespace for the sandbox; the pages are our own files.
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--font-render-hinting=none"],
  });
}

/** What a page did while open: console errors, uncaught exceptions, and every request (only the file itself is allowed). */
export interface PageLog {
  readonly errors: string[];
  readonly requests: string[];
}

export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
  readonly phone?: boolean;
  readonly dark?: boolean;
  readonly javaScript?: boolean;
  /** `?q=…` and/or `#anchor` appended to the file URL. */
  readonly suffix?: string;
}

/** Opens `file` from disk in a new tab; any request but the file itself is aborted and logged. */
export async function openPage(browser: Browser, file: string, options: OpenOptions = {}): Promise<{ page: Page; log: PageLog; url: string }> {
  const page = await browser.newPage();
  const log: PageLog = { errors: [], requests: [] };
  const url = pathToFileURL(file).href;
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warn") log.errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  await page.setRequestInterception(true);
  page.on("request", (req) => {
    log.requests.push(req.url());
    if (req.url().replace(/[?#].*$/, "") === url) void req.continue();
    else void req.abort();
  });
  await page.setJavaScriptEnabled(options.javaScript ?? true);
  await page.setViewport({ width: options.width ?? 1280, height: options.height ?? 900, isMobile: options.phone ?? false, hasTouch: options.phone ?? false });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: options.dark ? "dark" : "light" }]);
  await page.goto(url + (options.suffix ?? ""), { waitUntil: "load" });
  return { page, log, url };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * One browser for a test file: launched in beforeAll, always closed in afterAll. A
 * browser that cannot start fails every test that opens a page, with the reason.
 */
export function useBrowser(): (file: string, options?: OpenOptions) => Promise<{ page: Page; log: PageLog; url: string }> {
  let browser: Browser | undefined;
  let launchError: unknown;
  beforeAll(async () => {
    try {
      browser = await launchBrowser();
    } catch (e) {
      launchError = e;
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (file, options = {}) => {
    if (!browser) throw launchError ?? new Error("the browser did not start");
    return openPage(browser, file, options);
  };
}

/** Ids of the code rows (live and removed) the user can see. */
export const visibleRows = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>("tr[data-domain]")].filter((tr) => tr.offsetParent !== null).map((tr) => tr.id));

/** The search's definition, computed independently: every word of the query occurs in the row's code name and text (case-folded, `_` as a space). */
export const expectedForQuery = (page: Page, query: string) =>
  page.evaluate((q) => {
    const fold = (s: string) => s.toLowerCase().replace(/[_\s]+/g, " ");
    const words = fold(q).split(" ").filter(Boolean);
    return [...document.querySelectorAll<HTMLElement>("tr[data-domain]")]
      .filter((tr) => {
        const text = fold([...tr.querySelectorAll(".code-name, .c-text")].map((e) => e.textContent).join(" "));
        return words.every((w) => text.includes(w));
      })
      .map((tr) => tr.id);
  }, query);

export const nextFrame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Where a row is and whether it looks highlighted. */
export const rowState = (page: Page, id: string) =>
  page.evaluate((rowId) => {
    const tr = document.getElementById(rowId)!;
    const box = tr.getBoundingClientRect();
    // The sticky filter bar (desktop) must not cover the row's top; a row taller than the window shows its top.
    const bar = document.getElementById("ls--filters")!;
    const covered = getComputedStyle(bar).position === "sticky" && bar.offsetParent !== null ? bar.getBoundingClientRect().bottom : 0;
    return {
      inView: box.height > 0 && box.top >= covered - 1 && (box.bottom <= window.innerHeight || box.top <= window.innerHeight / 2),
      highlighted: tr.matches(":target, .ls-target"),
      background: getComputedStyle(tr).backgroundColor,
      pageBackground: getComputedStyle(document.body).backgroundColor,
    };
  }, id);

export function expectClean(log: PageLog, url: string): void {
  expect(log.errors).toEqual([]);
  expect(log.requests.map((r) => r.replace(/[?#].*$/, ""))).toEqual([url]);
}
