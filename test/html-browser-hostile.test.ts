// The HTML page on hostile text, in headless Chromium: the torture fixture and a catalog
// of injection payloads (test/fixtures/security/payloads.json plus payloads that would
// run script or add elements if any text reached the page as markup). Nothing runs, no
// element, attribute or link appears, no request is made, and search and anchors still
// work. Screenshots go to test/.artifacts/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import htmlGenerator from "../generators/html.js";
import { normaliseText } from "../src/escape/text.js";
import { loadProject } from "../src/io/project.js";
import type { Generator } from "../src/generate/plugin.js";
import { artifact, expectClean, expectedForQuery, nextFrame, rowState, useBrowser, visibleRows } from "./support/browser.js";
import { generate, loadFixture } from "./support/fixture.js";

const ROOT = join(import.meta.dirname, "..");
const gen = htmlGenerator as Generator<unknown>;
const open = useBrowser();
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

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
