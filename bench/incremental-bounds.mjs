// What a one-edit `check` would cost at best if it recompiled only the edited domain file and
// spliced every unchanged code's output from the last run: the floors under issue 16's
// "one-file check at 50,000 codes in ≤ 1.5 s". Each step is timed on its own, in process,
// on a synthetic catalog whose out/ a real `lockstep generate` wrote:
//
//   node scripts/build.mjs && node bench/incremental-bounds.mjs [--codes 50000] [--runs 3]
//
// - inputs: read every spec file and hash it (finding the edited file);
// - compile, whole: what every run pays today (through the plugin API, so without the names
//   the generators declare, which the CLI also allocates: a floor); one domain: the edited
//   file compiled alone (cross-domain checks left out, so a floor too);
// - cached catalog: the compiled catalog `v8.serialize`d, and read back (`v8.deserialize`),
//   the cheapest way to keep a compile between runs on disk;
// - fingerprints: each code's facts as JSON, hashed (what keys a code's output fragments);
// - out/: read back, compared byte for byte, and spliced (every file cut into one slice per
//   code and joined again: the copying a splice needs at least).
// Medians of --runs; figures only, no verdict (the target is whole-process).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { writeSyntheticCatalog } from "./synth.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const flag = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const codes = flag("--codes", 50_000);
const runs = flag("--runs", 3);
// The domain files of the peer benchmark at its three sizes; one per 100 codes otherwise.
const domains = { 500: 20, 5000: 100, 50000: 500 }[codes] ?? Math.max(1, Math.round(codes / 100));
const { compileConfig, compileSpecs } = await import(join(root, "dist", "index.mjs"));

const dir = mkdtempSync(join(tmpdir(), "lockstep-incremental-"));
try {
  writeSyntheticCatalog(dir, codes, domains);
  const gen = spawnSync(process.execPath, [join(root, "bin", "lockstep.mjs"), "generate", "--quiet"], { cwd: dir, encoding: "utf8", env: { ...process.env, LOCKSTEP_CODE_CACHE: "off" } });
  if (gen.status !== 0) throw new Error(`generate exited ${gen.status}: ${gen.stderr}`);

  const specDir = join(dir, "spec");
  const specNames = readdirSync(specDir).filter((n) => n.endsWith(".yaml")).sort();
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: readFileSync(join(dir, "lockstep.config.yaml"), "utf8") });
  const specs = specNames.map((n) => ({ path: `spec/${n}`, text: readFileSync(join(specDir, n), "utf8") }));
  const lock = { path: "spec/lockstep.lock.json", text: readFileSync(join(specDir, "lockstep.lock.json"), "utf8") };
  const outFiles = listFiles(join(dir, "out"));

  const steps = {
    "inputs: read + hash every spec file": () => {
      for (const n of specNames) createHash("sha256").update(readFileSync(join(specDir, n))).digest();
    },
    "compile: whole catalog": () => compileSpecs(config, specs, lock),
    "compile: the edited domain alone": () => compileSpecs(config, specs.slice(0, 1)),
  };
  const catalog = compileSpecs(config, specs, lock).catalog;
  if (!catalog) throw new Error("the synthetic catalog did not compile");
  let stored;
  steps["cached catalog: v8.serialize"] = () => (stored = serialize(catalog));
  steps["cached catalog: v8.deserialize"] = () => deserialize(stored ?? serialize(catalog));
  steps["fingerprints: JSON + sha256 per code"] = () => {
    for (const code of catalog.codes) createHash("sha256").update(JSON.stringify(code)).digest();
  };
  let outBytes = [];
  steps["out/: read every file"] = () => (outBytes = outFiles.map((f) => readFileSync(f)));
  let copies; // made by the untimed warm-up run, so the timed runs only compare
  steps["out/: compare every file"] = () => {
    copies ??= outBytes.map((b) => Buffer.from(b));
    outBytes.forEach((b, i) => {
      if (!b.equals(copies[i])) throw new Error("copy differs");
    });
  };
  steps["out/: splice (one slice per code)"] = () => {
    for (const b of outBytes) {
      const step = Math.max(1, Math.floor(b.length / codes));
      const slices = [];
      for (let at = 0; at < b.length; at += step) slices.push(b.subarray(at, Math.min(b.length, at + step)));
      if (Buffer.concat(slices).length !== b.length) throw new Error("splice lost bytes");
    }
  };

  const mb = outFiles.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;
  console.log(`lockstep incremental floors: ${codes} codes in ${domains} files, out/ ${mb.toFixed(0)} MB in ${outFiles.length} files (node ${process.version}, median of ${runs})`);
  const medians = {};
  for (const [label, fn] of Object.entries(steps)) {
    fn(); // warm-up
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      fn();
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    medians[label] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(`  ${label.padEnd(40)} ${medians[label].toFixed(3).padStart(7)} s`);
  }
  if (stored) console.log(`  (the serialised catalog: ${(stored.length / 1e6).toFixed(0)} MB)`);
  const sum = (keys) => keys.reduce((s, k) => s + medians[k], 0).toFixed(2);
  const base = ["inputs: read + hash every spec file", "compile: the edited domain alone", "cached catalog: v8.deserialize"];
  const readBack = [...base, "fingerprints: JSON + sha256 per code", "out/: read every file", "out/: compare every file", "out/: splice (one slice per code)"];
  console.log(`  floor of a one-edit check that reads out/ back and splices it: ${sum(readBack)} s (node start-up aside)`);
  // The unchanged check already trusts out/'s recorded size and mtime; with each code's
  // fingerprint and fragment offsets stored by the last run, only the edited code's bytes move.
  console.log(`  floor when out/'s recorded stat and the last run's fingerprints are trusted: ${sum(base)} s`);
  console.log(`  today every run starts with the whole compile: ${medians["compile: whole catalog"].toFixed(2)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function listFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}
