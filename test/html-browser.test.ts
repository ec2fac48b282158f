/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML page in a real browser (headless Chromium through puppeteer-core), opened
// from disk: search as you type, filters, the filter in the URL, docs_url anchors in
// any letter case, copy links, no console errors, no network requests, works
// without JavaScript, readable on a phone and in dark mode; and on hostile text
// (the torture fixture and injection payloads) nothing runs and no element appears.
// Screenshots go to test/.artifacts/ (git-ignored).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import htmlGenerator from "../generators/html.js";
import { normaliseText } from "../src/escape/text.js";
import { loadProject } from "../src/io/project.js";
import type { Generator } from "../src/plugin.js";
import { artifact, launchBrowser, openPage, type OpenOptions, type PageLog } from "./support/browser.js";
import { generate, loadFixture } from "./support/fixture.js";

const ROOT = join(import.meta.dirname, "..");
const EXAMPLE = join(ROOT, "out", "docs", "errors.html");
const gen = htmlGenerator as Generator<unknown>;

interface CatalogJson {
  codes: { name: string; domain: string; anchor: string; docsUrl: string | null; deprecated: unknown; status: { all: number[] }; retry: { retryable: string } }[];
  tombstones: { name: string; domain: string; anchor: string }[];
}
const catalogJson = JSON.parse(readFileSync(join(ROOT, "out", "catalog.json"), "utf8")) as CatalogJson;

let browser: Browser | undefined;
/** Why the browser could not start: every test then fails with it (a missing browser is never a skip). */
let launchError: unknown;
const temps: string[] = [];
beforeAll(async () => {
  try {
    browser = await launchBrowser();
  } catch (e) {
    launchError = e;
  }
});
afterAll(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A new tab on `file`; tabs close with the browser in afterAll. */
async function open(file: string, options: OpenOptions = {}): Promise<{ page: Page; log: PageLog; url: string }> {
  if (!browser) throw launchError ?? new Error("the browser did not start");
  return openPage(browser, file, options);
}

/** Ids of the code rows (live and removed) the user can see. */
const visibleRows = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>("tr[data-domain]")].filter((tr) => tr.offsetParent !== null).map((tr) => tr.id));

/** The search's definition, computed independently: every word of the query occurs in the row's code name and text (case-folded, `_` as a space). */
const expectedForQuery = (page: Page, query: string) =>
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

const nextFrame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Where a row is and whether it looks highlighted. */
const rowState = (page: Page, id: string) =>
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

function expectClean(log: PageLog, url: string): void {
  expect(log.errors).toEqual([]);
  expect(log.requests.map((r) => r.replace(/[?#].*$/, ""))).toEqual([url]);
}

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

// ---------------------------------------------------------------------------
/** Payloads that would run script or add elements if any text reached the page as markup. */
const DOM_PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `"><svg onload="window.__pwned='svg'"></svg>`,
  `'><iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `</td></tr></tbody></table><div id="injected">x</div>`,
  `</style><script>window.__pwned='style'</script>`,
  `</script><script>window.__pwned='script2'</script>`,
  `<!-- <a id="injected2" href="javascript:window.__pwned=1">x</a>`,
  "`<b id=injected3>code span</b>` and &lt;b&gt; and &amp;",
  `{{constructor.constructor("window.__pwned='hbs'")()}}`,
  `<a href="javascript:window.__pwned='a'" id="injected4">click</a>`,
  `<form id="injected5" action="https://evil.example/"><input name=x></form>`,
];

/** A YAML double-quoted scalar for any text. */
const q = (text: string) =>
  `"${[...text]
    .map((c) => {
      const n = c.codePointAt(0)!;
      if (c === '"' || c === "\\") return `\\${c}`;
      if (n >= 0x20 && n < 0x7f) return c;
      return n > 0xffff ? `\\U${n.toString(16).padStart(8, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
    })
    .join("")}"`;

function hostileCatalogPage(): { file: string; titles: Map<string, string> } {
  const payloads = [...DOM_PAYLOADS, ...Object.values(JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "security", "payloads.json"), "utf8")) as Record<string, string>)];
  const dir = mkdtempSync(join(tmpdir(), "lockstep-html-hostile-"));
  temps.push(dir);
  const titles = new Map<string, string>();
  const lines = [`title: ${q(DOM_PAYLOADS.join(" "))}`, `description: ${q(DOM_PAYLOADS.join("\n\n"))}`, `notes: ${q(DOM_PAYLOADS.join("\n"))}`, "codes:"];
  payloads.forEach((text, i) => {
    const name = `PAYLOAD_${i}`;
    titles.set(name.toLowerCase().replace(/_/g, "-"), text);
    lines.push(
      `  - name: ${name}`,
      `    title: ${q(text)}`,
      `    description: ${q(text)}`,
      `    cause: ${q(text)}`,
      `    fix: ${q(text)}`,
      `    status: ${[400, 404, 409, 422, 429][i % 5]}`,
      "    retryable: yes",
      `    retry: { strategy: ${q(text)}, schedule: [${q(text.slice(0, 20))}] }`,
      `    tags: [${q(text)}]`,
      "    details:",
      `      field: { type: string, description: ${q(text)} }`,
      `      kind: { type: enum, values: [${q(text)}, plain] }`,
      `    upstream: { provider: [${q(text)}] }`,
      `    related: [{ code: PAYLOAD_${(i + 1) % payloads.length}, note: ${q(text)} }]`,
    );
    if (i % 3 === 0) lines.push(`    deprecated: { since: ${q(text.slice(0, 12))}, reason: ${q(text)} }`);
  });
  writeFileSync(join(dir, "lockstep.config.yaml"), ["catalog:", "  name: payload", `  title: ${q(DOM_PAYLOADS.slice(0, 3).join(" "))}`, '  version: "1.0.0"', '  docsUrl: "https://docs.example.com/errors#{anchor}"', ""].join("\n"));
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec", "payload.yaml"), lines.join("\n") + "\n");
  const project = loadProject(join(dir, "lockstep.config.yaml"));
  if (!project.catalog) throw new Error(`hostile catalog does not compile: ${JSON.stringify(project.diagnostics.slice(0, 3))}`);
  const page = generate(gen, project.catalog).get("errors.html")!;
  const file = join(dir, "errors.html");
  writeFileSync(file, page);
  return { file, titles };
}

function torturePage(): string {
  const dir = mkdtempSync(join(tmpdir(), "lockstep-html-torture-"));
  temps.push(dir);
  const file = join(dir, "errors.html");
  writeFileSync(file, generate(gen, loadFixture("torture")).get("errors.html")!);
  return file;
}

/** The tags the generator and its template write; any other element came from spec text. */
const OWN_TAGS = ["wbr", "a", "aside", "body", "button", "code", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3", "head", "header", "html", "input", "label", "li", "main", "meta", "nav", "option", "p", "script", "section", "select", "small", "span", "strong", "style", "table", "tbody", "td", "th", "thead", "title", "tr", "ul"];

describe.each([
  ["torture fixture", torturePage],
  ["injection payloads", () => hostileCatalogPage().file],
])("hostile text: %s", (label, make) => {
  let file = "";
  beforeAll(() => {
    file = make();
  });
  const slug = label.replace(/\W+/g, "-");

  test("nothing runs, no element or attribute is injected, no request, no console error", async () => {
    const { page, log, url } = await open(file);
    await nextFrame(page);
    const facts = await page.evaluate((own) => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      foreign: [...new Set([...document.querySelectorAll("*")].map((e) => e.localName))].filter((t) => !own.includes(t)),
      injected: [...document.querySelectorAll("[id^=injected], [onerror], [onload], [onclick], [srcdoc], [style], [src]")].length,
      scripts: document.scripts.length,
      links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!).filter((h) => !/^#[a-z][a-z0-9-]*$/.test(h)),
    }), OWN_TAGS);
    expect(facts).toEqual({ pwned: null, foreign: [], injected: 0, scripts: 1, links: [] });
    await page.screenshot({ path: artifact(`html-${slug}-desktop.png`), fullPage: false });
    expectClean(log, url);
  });

  test("search, filters and anchors work on it", async () => {
    const { page, log, url } = await open(file, { width: 390, height: 844, phone: true });
    const all = await visibleRows(page);
    expect(all.length).toBeGreaterThan(3);
    // Long unbroken spec text wraps instead of widening the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.type("#ls--q", "<script>");
    const shown = await visibleRows(page);
    expect(shown).toEqual(await expectedForQuery(page, "<script>"));
    expect(shown.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("q")).toBe("<script>");
    await page.click("#ls--reset");
    const target = all.at(-1)!;
    await page.evaluate((h) => (location.hash = h), `#${target.toUpperCase()}`);
    await page.waitForFunction((id) => document.getElementById(id)!.classList.contains("ls-target"), {}, target);
    await nextFrame(page);
    expect(await rowState(page, target)).toMatchObject({ inView: true, highlighted: true });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    await page.screenshot({ path: artifact(`html-${slug}-phone.png`) });
    expectClean(log, url);
  });
});

test("injection payloads: each code's title reads back as the spec text, verbatim", async () => {
  const { file, titles } = hostileCatalogPage();
  const { page, log, url } = await open(file);
  const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll("tr[data-domain]")].map((tr) => [tr.id, tr.querySelector(".title")!.textContent])));
  // HTML white space is not significant: compare with runs of white space as one space.
  const ws = (t: string) => t.replace(/\s+/g, " ").trim();
  const wrong = [...titles].filter(([id, text]) => ws(shown[id] ?? "<missing>") !== ws(normaliseText(text)));
  expect(wrong).toEqual([]);
  expectClean(log, url);
});
