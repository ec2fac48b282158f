// The reliability campaign, rerunnable by anyone (issue 21): runs at full size what the
// test suite runs small, and prints the figures the README quotes.
//
//   node scripts/build.mjs && node bench/reliability.mjs [--only malformed,chaos,crash,hopeless]
//
//   malformed  test/malformed.test.ts: every broken project exits 2 with file:line:col,
//              no stack trace, no file touched (generate and generate --check)
//   chaos      test/plugin-chaos.test.ts with LOCKSTEP_CHAOS_RUNS=10000: random valid
//              catalogs with a plugin that throws or returns arbitrary values; 0 may escape
//   crash      test/crash.test.ts with LOCKSTEP_KILLS=200: kill -9 aimed at the write phase
//   hopeless   bench/hopeless.mjs: 1,000,000 unknown keys, time and peak RSS to exit 2
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const i = process.argv.indexOf("--only");
const only = new Set((i >= 0 ? process.argv[i + 1] : "malformed,chaos,crash,hopeless").split(","));

function vitest(file, env, pick) {
  const started = performance.now();
  const r = spawnSync("npx", ["vitest", "run", file], { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const out = (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, "");
  const tests = /Tests\s+(.+)/.exec(out)?.[1]?.trim() ?? "no summary";
  const figures = out.split("\n").filter((l) => pick.test(l)).map((l) => l.trim());
  console.log(`${file}: exit ${r.status}, ${tests}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  for (const f of [...new Set(figures)]) console.log(`  ${f}`);
  return r.status === 0;
}

let ok = true;
if (only.has("malformed")) ok = vitest("test/malformed.test.ts", {}, /malformed input: \d+ cases/) && ok;
if (only.has("chaos")) ok = vitest("test/plugin-chaos.test.ts", { LOCKSTEP_CHAOS_RUNS: "10000" }, /^plugin chaos:/) && ok;
if (only.has("crash")) ok = vitest("test/crash.test.ts", { LOCKSTEP_KILLS: "200" }, /^crash:/) && ok;
if (only.has("hopeless")) {
  const r = spawnSync(process.execPath, [join(root, "bench/hopeless.mjs"), "--runs", "3"], { cwd: root, encoding: "utf8" });
  console.log(`bench/hopeless.mjs: exit ${r.status}`);
  for (const l of r.stdout.trim().split("\n")) console.log(`  ${l}`);
  ok = r.status === 0 && ok;
}
process.exitCode = ok ? 0 : 1;
