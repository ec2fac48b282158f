// Benchmarks whole `lockstep` processes on synthetic catalogs and prints wall time
// and peak RSS (median of several runs) against the product's targets.
//
//   pnpm bench                 # 500, 5,000 and 50,000 codes
//   pnpm bench -- --sizes 500  # a subset
//   pnpm bench -- --v8-budget  # also: cold generate with V8's default tier-up budget, A B A B (src/cli/v8-tuning.ts)
//   pnpm bench -- --code-cache # also: cold generate without the V8 code cache, A B A B (src/cli/code-cache.ts)
//
// Each size measures: a cold `generate` (empty out/, no up-to-date cache; the V8 code
// cache a first run leaves, as between a user's runs), an unchanged
// `--check` answered from the up-to-date cache, and an unchanged `--check` with no
// cache (the full compile-and-compare path a fresh CI clone takes).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clearRunCache } from "./lockstep-cache.mjs";
import { writeSyntheticCatalog } from "./synth.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "lockstep.mjs");
const preload = join(root, "bench", "rss.mjs");

const SIZES = [
  { codes: 500, domains: 20, runs: 5, targets: { generate: 0.25, check: 0.12 } },
  { codes: 5000, domains: 100, runs: 3, targets: { generate: 0.5 } },
  { codes: 50000, domains: 500, runs: 2, targets: { generate: 3, rssMiB: 450 } },
];

const arg = process.argv.indexOf("--sizes");
const only = arg === -1 ? undefined : process.argv[arg + 1].split(",").map(Number);
const compareBudget = process.argv.includes("--v8-budget");
const compareCodeCache = process.argv.includes("--code-cache");

function measure(cwd, args, before, env = {}) {
  const rssFile = join(cwd, ".rss");
  before?.();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", preload, bin, ...args], { cwd, env: { ...process.env, ...env, LOCKSTEP_BENCH_RSS: rssFile }, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`lockstep ${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
  return { seconds, rssMiB: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

function median(runs, key) {
  const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function row(label, runs, target, rssTarget) {
  const s = median(runs, "seconds");
  const rss = Math.max(...runs.map((r) => r.rssMiB));
  const verdict = [target === undefined ? "" : s <= target ? `≤ ${target} s ✓` : `> ${target} s ✗`, rssTarget === undefined ? "" : rss <= rssTarget ? `≤ ${rssTarget} MiB ✓` : `> ${rssTarget} MiB ✗`].filter(Boolean).join(", ");
  console.log(`  ${label.padEnd(34)} ${s.toFixed(3).padStart(7)} s  ${rss.toFixed(0).padStart(5)} MiB  ${verdict}`);
}

console.log(`lockstep benchmark (node ${process.version}, median wall time, max peak RSS)`);
{
  // What no Node program can beat on this machine: start-up alone.
  const runs = Array.from({ length: 5 }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", "0"]);
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, rssMiB: 0 };
  });
  console.log(`node start-up alone (node -e 0): ${median(runs, "seconds").toFixed(3)} s`);
}
for (const size of SIZES) {
  if (only && !only.includes(size.codes)) continue;
  const dir = join(tmpdir(), `lockstep-bench-${size.codes}`);
  writeSyntheticCatalog(dir, size.codes, size.domains);
  mkdirSync(join(dir, "node_modules"), { recursive: true }); // where the up-to-date cache lives
  const clean = () => {
    rmSync(join(dir, "out"), { recursive: true, force: true });
    clearRunCache(dir);
  };
  measure(dir, ["generate", "--quiet"], clean); // leaves the code cache, as a user's first run does
  // With --v8-budget, each run is followed by one with V8's default budget (src/cli/v8-tuning.ts);
  // with --code-cache, by one without the code cache.
  const generate = [];
  const untuned = [];
  const uncached = [];
  for (let i = 0; i < size.runs; i++) {
    generate.push(measure(dir, ["generate", "--quiet"], clean));
    if (compareBudget) untuned.push(measure(dir, ["generate", "--quiet"], clean, { LOCKSTEP_V8_BUDGET: "default" }));
    if (compareCodeCache) uncached.push(measure(dir, ["generate", "--quiet"], clean, { LOCKSTEP_CODE_CACHE: "off" }));
  }
  const cached = Array.from({ length: size.runs }, () => measure(dir, ["--check", "--quiet"]));
  const full = Array.from({ length: size.runs }, () => measure(dir, ["--check", "--quiet"], () => clearRunCache(dir)));
  console.log(`${size.codes} codes in ${size.domains} domain files:`);
  row("cold generate (all generators)", generate, size.targets.generate, size.targets.rssMiB);
  if (compareBudget) {
    row("  … with V8's default budget", untuned);
    console.log(`  ${"  tuned / default".padEnd(34)} ${(median(generate, "seconds") / median(untuned, "seconds")).toFixed(2).padStart(7)}×`);
  }
  if (compareCodeCache) {
    row("  … without the code cache", uncached);
    console.log(`  ${"  cached / uncached".padEnd(34)} ${(median(generate, "seconds") / median(uncached, "seconds")).toFixed(2).padStart(7)}×`);
  }
  row("unchanged --check (cached)", cached, size.targets.check);
  row("unchanged --check (no cache)", full);
  rmSync(dir, { recursive: true, force: true });
}
