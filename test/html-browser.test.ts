// The example page (out/docs/errors.html) in a real browser (headless Chromium through
// puppeteer-core), opened from disk: search as you type, filters, the filter in the
// URL, docs_url anchors in any letter case, copy links, no console errors, no network
// requests, works without JavaScript, accessible, readable on a phone and in dark mode.
// Screenshots go to test/.artifacts/ (git-ignored). Hostile text: html-browser-hostile.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { artifact, expectClean, expectedForQuery, nextFrame, rowState, useBrowser, visibleRows } from "./support/browser.js";

const ROOT = join(import.meta.dirname, "..");
const EXAMPLE = join(ROOT, "out", "docs", "errors.html");

interface CatalogJson {
  codes: { name: string; domain: string; anchor: string; docsUrl: string | null; deprecated: unknown; status: { all: number[] }; retry: { retryable: string } }[];
  tombstones: { name: string; domain: string; anchor: string }[];
}
const catalogJson = JSON.parse(readFileSync(join(ROOT, "out", "catalog.json"), "utf8")) as CatalogJson;

const open = useBrowser();

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the example page (out/docs/errors.html)", () => {
  const total = catalogJson.codes.length + catalogJson.tombstones.length;

  test("opens from disk with every row, no console error and no request but the file", async () => {
    const { page, log, url } = await open(EXAMPLE);
    expect(await visibleRows(page)).toHaveLength(total);
    expect(await page.$eval("#ls--count", (e) => e.textContent)).toBe(`${catalogJson.codes.length} codes`);
    await page.screenshot({ path: artifact("html-example-desktop.png") });
    expectClean(log, url);
  });

  test("search as you type: the rows that stay are exactly those holding every word", async () => {
    const { page, log, url } = await open(EXAMPLE);
    await page.focus("#ls--q");
    let query = "";
    for (const ch of "token exp") {
      await page.keyboard.type(ch);
      query += ch;
      expect(await visibleRows(page), query).toEqual(await expectedForQuery(page, query));
    }
    const shown = await visibleRows(page);
    expect(shown).toContain("access-token-expired");
    expect(shown.length).toBeLessThan(total);
    expect(await page.$eval("#ls--count", (e) => e.textContent)).toBe(`${shown.filter((id) => !catalogJson.tombstones.some((r) => r.anchor === id)).length} of ${catalogJson.codes.length} codes match`);
    // A code name typed with spaces finds the code; nonsense finds nothing and says so.
    await page.$eval("#ls--q", (e) => ((e as HTMLInputElement).value = ""));
    await page.type("#ls--q", "phone number not owned");
    expect(await visibleRows(page)).toContain("phone-number-not-owned");
    await page.type("#ls--q", " zzqx");
    expect(await visibleRows(page)).toEqual([]);
    expect(await page.$eval("#ls--none", (e) => (e as HTMLElement).hidden)).toBe(false);
    await page.keyboard.press("Escape");
    expect(await visibleRows(page)).toHaveLength(total);
    expectClean(log, url);
  });

  test("filters by domain, status, retryable and deprecated, and the URL carries the filter", async () => {
    const { page, log, url } = await open(EXAMPLE);
    const codes = catalogJson.codes;
    await page.select("#ls--domain", "billing");
    const billing = [...codes.filter((c) => c.domain === "billing"), ...catalogJson.tombstones.filter((c) => c.domain === "billing")].map((c) => c.anchor).sort();
    expect((await visibleRows(page)).sort()).toEqual(billing);
    expect(new URL(page.url()).search).toBe("?domain=billing");
    // Only the billing section is shown.
    expect(await page.$$eval("section.domain", (s) => s.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id))).toEqual(["domain--billing"]);

    await page.select("#ls--domain", "");
    await page.select("#ls--status", "429");
    expect((await visibleRows(page)).sort()).toEqual(codes.filter((c) => c.status.all.includes(429)).map((c) => c.anchor).sort());
    await page.select("#ls--status", "");
    await page.select("#ls--retry", "yes");
    expect((await visibleRows(page)).sort()).toEqual(codes.filter((c) => c.retry.retryable === "yes").map((c) => c.anchor).sort());
    await page.select("#ls--retry", "");
    await page.select("#ls--deprecated", "only");
    expect((await visibleRows(page)).sort()).toEqual(codes.filter((c) => c.deprecated).map((c) => c.anchor).sort());
    await page.select("#ls--deprecated", "hide");
    expect(await visibleRows(page)).toHaveLength(codes.filter((c) => !c.deprecated).length);

    // Combined, shared by URL: a fresh page restores the controls and the rows.
    await page.select("#ls--deprecated", "");
    await page.type("#ls--q", "limit");
    await page.select("#ls--retry", "yes");
    const shared = page.url();
    expect(new URL(shared).search).toBe("?q=limit&retry=yes");
    const rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(0);
    const again = await open(EXAMPLE, { suffix: new URL(shared).search });
    expect(await again.page.$eval("#ls--q", (e) => (e as HTMLInputElement).value)).toBe("limit");
    expect(await again.page.$eval("#ls--retry", (e) => (e as HTMLSelectElement).value)).toBe("yes");
    expect(await visibleRows(again.page)).toEqual(rows);
    await again.page.click("#ls--reset");
    expect(await visibleRows(again.page)).toHaveLength(total);
    expect(new URL(again.page.url()).search).toBe("");
    expectClean(log, url);
    expectClean(again.log, again.url);
  });

  const deep = catalogJson.codes.filter((c) => c.docsUrl !== null).at(-7)!;
  const fragment = new URL(deep.docsUrl!).hash;

  test("a docs_url anchor lands on its row, in view and highlighted", async () => {
    expect(fragment).toBe(`#${deep.anchor}`);
    const { page, log, url } = await open(EXAMPLE, { suffix: fragment });
    await nextFrame(page);
    const state = await rowState(page, deep.anchor);
    expect(state.inView).toBe(true);
    expect(state.highlighted).toBe(true);
    expect(state.background).not.toBe(state.pageBackground);
    await page.screenshot({ path: artifact("html-example-anchor.png") });
    expectClean(log, url);
  });

  test("the anchor in another letter case lands on the same row (script), also after a hash change and through a filter", async () => {
    const { page, log, url } = await open(EXAMPLE, { suffix: fragment.toUpperCase() });
    await nextFrame(page);
    let state = await rowState(page, deep.anchor);
    expect(state).toMatchObject({ inView: true, highlighted: true });
    expect(state.background).not.toBe(state.pageBackground);
    // A filter that hides the target is cleared when a link points at it.
    const other = catalogJson.codes.find((c) => c.domain !== deep.domain)!;
    await page.select("#ls--domain", other.domain);
    expect(await visibleRows(page)).not.toContain(deep.anchor);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate((h) => (location.hash = h), `#${deep.anchor.replace(/^./, (c) => c.toUpperCase())}`);
    await page.waitForFunction((id) => document.getElementById(id)!.classList.contains("ls-target") && document.getElementById(id)!.offsetParent !== null, {}, deep.anchor);
    await nextFrame(page);
    state = await rowState(page, deep.anchor);
    expect(state).toMatchObject({ inView: true, highlighted: true });
    expect(await page.$$eval(".ls-target", (e) => e.length)).toBe(1);
    // The code's own name as the fragment (a `{code}` docs URL) finds it too.
    await page.evaluate((h) => {
      document.querySelectorAll(".ls-target").forEach((e) => e.classList.remove("ls-target"));
      window.scrollTo(0, 0);
      location.hash = h;
    }, `#${deep.name}`);
    await page.waitForFunction((id) => document.getElementById(id)!.classList.contains("ls-target"), {}, deep.anchor);
    await nextFrame(page);
    expect(await rowState(page, deep.anchor)).toMatchObject({ inView: true, highlighted: true });
    expectClean(log, url);
  });

  test("copy link gives the row's URL; keyboard: / focuses the search", async () => {
    const { page, log, url } = await open(EXAMPLE, { suffix: "?q=token" });
    const button = `button.copy[data-anchor="${deep.anchor}"]`;
    await page.click("#ls--reset");
    await page.$eval(button, (b) => b.scrollIntoView({ block: "center" }));
    await page.click(button);
    await page.waitForFunction(() => document.getElementById("ls--announce")!.textContent !== "");
    const said = await page.$eval("#ls--announce", (e) => e.textContent!);
    // Headless Chromium may refuse the clipboard to a file page; either way the exact link is announced.
    expect(said).toMatch(new RegExp(`^(?:Link copied: |Copy failed; the link is )${(url + "#" + deep.anchor).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await page.click("h1");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("ls--q");
    await page.keyboard.type("billing");
    expect((await visibleRows(page)).length).toBeGreaterThan(0);
    expectClean(log, url);
  });

  test("accessible: landmarks, labelled controls, language, contrast in light and dark", async () => {
    for (const dark of [false, true]) {
      const { page, log, url } = await open(EXAMPLE, { dark });
      const facts = await page.evaluate(() => {
        const color = (sel: string, prop: "color" | "backgroundColor" = "color") => getComputedStyle(document.querySelector(sel)!)[prop];
        return {
          lang: document.documentElement.lang,
          landmarks: ["header", "nav", "main", "[role=search]", "footer"].map((s) => document.querySelectorAll(s).length),
          unlabelled: [...document.querySelectorAll("input, select")].filter((c) => !document.querySelector(`label[for="${c.id}"]`)).map((c) => c.id),
          unnamedButtons: [...document.querySelectorAll("button")].filter((b) => !(b.getAttribute("aria-label") || b.textContent!.trim())).length,
          bg: color("body", "backgroundColor"),
          text: color("body"),
          muted: color(".muted"),
          link: color(".toc a"),
          code: color(".code-name"),
          deprecated: [color(".badge-deprecated"), color(".badge-deprecated", "backgroundColor")],
        };
      });
      expect(facts.lang).toBe("en");
      expect(facts.landmarks).toEqual([1, 1, 1, 1, 1]);
      expect(facts.unlabelled).toEqual([]);
      expect(facts.unnamedButtons).toBe(0);
      for (const fg of [facts.text, facts.muted, facts.link, facts.code]) expect(contrast(fg, facts.bg), `${fg} on ${facts.bg} (dark: ${dark})`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(facts.deprecated[0]!, facts.deprecated[1]!)).toBeGreaterThanOrEqual(4.5);
      if (dark) {
        expect(facts.bg).not.toBe("rgb(255, 255, 255)");
        await page.screenshot({ path: artifact("html-example-dark.png") });
      }
      expectClean(log, url);
    }
  });

  test("on a phone: no sideways scrolling, rows as cards; screenshot", async () => {
    const { page, log, url } = await open(EXAMPLE, { width: 390, height: 844, phone: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.$eval("tr[data-domain]", (tr) => getComputedStyle(tr).display)).toBe("block");
    await page.screenshot({ path: artifact("html-example-phone.png") });
    const anchored = await open(EXAMPLE, { width: 390, height: 844, phone: true, suffix: fragment });
    await nextFrame(anchored.page);
    expect(await rowState(anchored.page, deep.anchor)).toMatchObject({ inView: true, highlighted: true });
    await anchored.page.screenshot({ path: artifact("html-example-phone-anchor.png") });
    expectClean(log, url);
    expectClean(anchored.log, anchored.url);
  });

  test("without JavaScript every code is shown, and the controls that need it are not", async () => {
    const { page, log, url } = await open(EXAMPLE, { javaScript: false, suffix: fragment });
    expect(await visibleRows(page)).toHaveLength(total);
    expect(await page.$eval("#ls--filters", (e) => (e as HTMLElement).offsetParent === null)).toBe(true);
    expect(await page.$$eval("button.copy", (b) => b.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    const state = await rowState(page, deep.anchor);
    expect(state).toMatchObject({ inView: true, highlighted: true });
    expectClean(log, url);
  });
});
