// How promptly a file with thousands of mistakes is reported (say, a naming-style
// switch on a big catalog): a domain file with one code and 10,000 unknown keys, each
// an LS010, against a baseline of the same file with those lines commented out (same
// bytes to read and parse, no diagnostics). Whole built-CLI processes, A B A B, medians;
// prints both and their ratio. The target: the error run well under 5 s.
//
//   node bench/many-errors.mjs            # 10,000 errors, 7 runs of each
//   node bench/many-errors.mjs --errors 50000 --runs 5
//
// test/malformed.test.ts checks the same input for exit 2, a located LS010 and an
// untouched project; the timing lives here, where a loaded machine cannot fail a test.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "lockstep.mjs");
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const ERRORS = option("--errors", 10_000);
const RUNS = option("--runs", 7);
const TARGET_MS = 5_000;

execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), "--if-stale"], { cwd: root, stdio: "inherit" });

function project(name, line) {
  const dir = mkdtempSync(join(tmpdir(), `lockstep-bench-${name}-`));
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "lockstep.config.yaml"), 'catalog:\n  name: shop\n  version: "1.0.0"\n');
  writeFileSync(join(dir, "spec", "many.yaml"), "codes:\n  - name: MANY\n    status: 400\n" + Array.from({ length: ERRORS }, (_, i) => line(i)).join(""));
  return dir;
}

const errors = project("errors", (i) => `    key${i}: 1\n`);
const baseline = project("baseline", (i) => `    #ey${i}: 1\n`);

/** Wall time of `lockstep generate --check` in `dir`, which must exit `want`. */
function time(dir, want) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, "generate", "--check"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== want) throw new Error(`exit ${r.status}, want ${want}:\n${r.stderr.slice(0, 2000)}`);
  if (want === 2) {
    const reported = (r.stderr.match(/^spec\/many\.yaml:\d+:\d+ error LS010: /gm) ?? []).length;
    if (reported !== ERRORS) throw new Error(`${reported} LS010 diagnostics, want ${ERRORS}`);
  }
  return ms;
}

// The baseline has no out/ yet: --check reports it stale (exit 1) after the full compile.
time(errors, 2);
time(baseline, 1);
const a = [];
const b = [];
for (let i = 0; i < RUNS; i++) {
  a.push(time(errors, 2));
  b.push(time(baseline, 1));
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const ma = median(a);
const mb = median(b);
console.log(`lockstep many-errors benchmark (node ${process.version}; ${RUNS} runs each, alternating, medians)`);
console.log(`  ${ERRORS.toLocaleString("en")} LS010 errors in one file: ${ma.toFixed(0).padStart(6)} ms  ${ma <= TARGET_MS ? `≤ ${TARGET_MS} ms ✓` : `> ${TARGET_MS} ms ✗`}`);
console.log(`  same bytes, no errors (baseline):  ${mb.toFixed(0).padStart(6)} ms`);
console.log(`  ratio errors / baseline:           ${(ma / mb).toFixed(2).padStart(6)}×`);
for (const dir of [errors, baseline]) rmSync(dir, { recursive: true, force: true });
