// Bad input must fail fast: times whole `lockstep` processes on a domain file with N
// unknown keys in one code (default 1,000,000, ~15 MB), or with --escapes N, N codes with
// an invalid escape each (YAML errors, which the `yaml` library reports), and prints wall
// time, peak RSS, exit code and stderr size (diagnostics are capped at 100 per file).
//
//   node scripts/build.mjs && node bench/hopeless.mjs [--keys 1000000 | --escapes 300000] [--runs 3]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const escapes = arg("escapes", 0);
const keys = escapes ? 0 : arg("keys", 1_000_000);
const runs = arg("runs", 3);
const bin = new URL("../bin/lockstep.mjs", import.meta.url).pathname;
const rssHook = new URL("./rss.mjs", import.meta.url).pathname;

const root = mkdtempSync(join(tmpdir(), "lockstep-hopeless-"));
mkdirSync(join(root, "spec"));
writeFileSync(join(root, "lockstep.config.yaml"), "catalog:\n  name: hopeless\n");
const lines = ["codes:", "  - name: BIG"];
for (let i = 0; i < keys; i++) lines.push(`    k${i}: 1`);
for (let i = 0; i < escapes; i++) lines.push(`  - name: A${i}`, '    description: "bad \\q escape"');
writeFileSync(join(root, "spec/a.yaml"), lines.join("\n") + "\n");

const times = [];
const rss = [];
for (let r = 0; r < runs; r++) {
  const rssFile = join(root, "rss");
  const started = performance.now();
  const p = spawnSync(process.execPath, ["--import", rssHook, bin], { cwd: root, encoding: "utf8", env: { ...process.env, LOCKSTEP_BENCH_RSS: rssFile }, maxBuffer: 1 << 30 });
  times.push((performance.now() - started) / 1000);
  rss.push(Number(readFileSync(rssFile, "utf8")) / 1024);
  const summary = p.stderr.trimEnd().split("\n").at(-1);
  console.log(`run ${r + 1}: exit ${p.status}, ${times.at(-1).toFixed(2)} s, peak RSS ${rss.at(-1).toFixed(0)} MiB, stderr ${p.stderr.split("\n").length} lines, last: ${summary}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${escapes ? `${escapes.toLocaleString("en-US")} invalid escapes` : `${keys.toLocaleString("en-US")} unknown keys`}: median ${median(times).toFixed(2)} s, peak RSS ${median(rss).toFixed(0)} MiB over ${runs} runs`);
rmSync(root, { recursive: true, force: true });
