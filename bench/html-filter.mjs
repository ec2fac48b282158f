// The HTML page at scale: generates `errors.html` for synthetic catalogs (bench/synth.mjs)
// with only the `html` generator, prints its size and the generate time, then opens
// it in headless Chromium and measures how long the search filter takes to answer a
// keystroke (median of several), from the input event to the next rendered frame.
//
//   node bench/html-filter.mjs                   # 5,000 codes in the browser, 50,000 generated
//   node bench/html-filter.mjs --codes 5000,50000 --browser 5000,50000
//
// Needs Chromium (CHROMIUM_PATH or `chromium` on the PATH) and a built CLI (pnpm build).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { writeSyntheticCatalog } from "./synth.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "lockstep.mjs");
const list = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return (i === -1 ? fallback : process.argv[i + 1]).split(",").map(Number);
};
const SIZES = list("--codes", "5000,50000");
const IN_BROWSER = new Set(list("--browser", "5000"));
/** What a user types, one keystroke at a time; then deletes, then a domain filter. */
const TYPED = ["i", "in", "inv", "inva", "inval", "invali", "invalid", "invalid p", "invalid ph", "invalid pho", "invalid phon", "invalid phone"];
const ROUNDS = 3;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function chromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium is not installed: apt-get update && apt-get install -y chromium, or set CHROMIUM_PATH");
  }
}

function generate(dir, codes) {
  writeSyntheticCatalog(dir, codes, Math.max(1, Math.round(codes / 50)));
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, "generate", "--only", "html", "--quiet"], { cwd: dir, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`lockstep exited ${r.status}:\n${r.stderr}`);
  const file = join(dir, "out", "docs", "errors.html");
  return { file, seconds, bytes: statSync(file).size };
}

/** Sets the search box and waits for the frame after the filter ran: milliseconds from the input event to that frame, and to the end of the handler plus layout. */
async function keystroke(page, value) {
  return page.evaluate(
    (v) =>
      new Promise((resolve) => {
        const q = document.getElementById("ls--q");
        const t0 = performance.now();
        q.value = v;
        q.dispatchEvent(new Event("input", { bubbles: true }));
        void document.body.offsetHeight; // style and layout of what changed
        const sync = performance.now() - t0;
        requestAnimationFrame(() => setTimeout(() => resolve({ frame: performance.now() - t0, sync }), 0));
      }),
    value,
  );
}

async function measureInBrowser(browser, file) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setViewport({ width: 1280, height: 900 });
  const start = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 600_000 });
  const loadMs = Date.now() - start;
  const frame = [];
  const sync = [];
  /** The slowest keystrokes, to see which ones cost most. */
  const worst = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const value of [...TYPED, ...[...TYPED].reverse().slice(1), ""]) {
      const t = await keystroke(page, value);
      frame.push(t.frame);
      sync.push(t.sync);
      worst.push([t.frame, JSON.stringify(value)]);
    }
  }
  worst.sort((a, b) => b[0] - a[0]);
  const rows = await page.evaluate(() => document.querySelectorAll("tr[data-domain]").length);
  const shown = await page.evaluate(() => {
    const q = document.getElementById("ls--q");
    q.value = "invalid phone";
    q.dispatchEvent(new Event("input"));
    return document.querySelectorAll("tr[data-domain]:not([hidden])").length;
  });
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { loadMs, rows, shown, frame, sync, worst: worst.slice(0, 3).map(([ms, v]) => `${v} ${ms.toFixed(0)} ms`).join(", ") };
}

console.log(`html page benchmark (node ${process.version}; ${ROUNDS} rounds of ${TYPED.length * 2} keystrokes)`);
const browser = IN_BROWSER.size ? await puppeteer.launch({ executablePath: chromium(), headless: true, args: ["--no-sandbox", "--disable-gpu"] }) : undefined;
try {
  for (const codes of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `lockstep-html-bench-${codes}-`));
    try {
      const g = generate(dir, codes);
      console.log(`${codes} codes: generate --only html ${g.seconds.toFixed(2)} s (whole process), errors.html ${(g.bytes / 1024 / 1024).toFixed(1)} MiB (${Math.round(g.bytes / codes)} bytes/code)`);
      if (browser && IN_BROWSER.has(codes)) {
        const m = await measureInBrowser(browser, g.file);
        console.log(`  browser: load ${m.loadMs} ms, ${m.rows} rows ("invalid phone" leaves ${m.shown})`);
        console.log(`  filter per keystroke: median ${median(m.frame).toFixed(1)} ms to the next frame (max ${Math.max(...m.frame).toFixed(1)}), median ${median(m.sync).toFixed(1)} ms handler + layout; target well under 100 ms`);
        console.log(`  slowest: ${m.worst}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser?.close();
}
