// Size of the lockfile `generate` writes for a synthetic catalog, and the time to
// compile it, for the source tree given (default: this checkout). Compare two trees:
//
//   git archive <base> src generators templates | tar -x -C /tmp/base
//   node bench/lockfile-size.mjs 50000 /tmp/base     # before
//   node bench/lockfile-size.mjs 50000               # after
//
// Prints bytes, lines and the median compile time of 3 runs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { writeSyntheticCatalog } from "./synth.mjs";

const here = resolve(import.meta.dirname, "..");
const codes = Number(process.argv[2] ?? 50000);
const tree = resolve(process.argv[3] ?? here);

const entry = `
import { compileConfig, compileSpecs } from ${JSON.stringify(join(tree, "src/catalog/compile.ts"))};
import * as plan from ${JSON.stringify(join(tree, "src/io/plan.ts"))};
export function run(config, specs) {
  const { config: cfg } = compileConfig(config);
  const generators = plan.enabledGenerators ? plan.enabledGenerators(cfg) : undefined;
  return compileSpecs(cfg, specs, undefined, generators);
}`;
const out = await build({
  stdin: { contents: entry, resolveDir: tree, loader: "ts" },
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  external: ["handlebars", "yaml", "diff", "ts-morph"],
  nodePaths: [join(here, "node_modules")],
  define: { __LOCKSTEP_BUILD_ID__: '"bench"' },
  logLevel: "error",
});
const dir = mkdtempSync(join(tmpdir(), "lockstep-lock-"));
try {
  // A file, not a data: URL: the sources call createRequire(import.meta.url).
  writeFileSync(join(dir, "bundle.mjs"), out.outputFiles[0].text);
  const { run } = await import(pathToFileURL(join(dir, "bundle.mjs")).href);
  writeSyntheticCatalog(join(dir, "p"), codes, Math.max(1, Math.round(codes / 1000)));
  const config = { path: "lockstep.config.yaml", text: readFileSync(join(dir, "p", "lockstep.config.yaml"), "utf8") };
  const specs = readdirSync(join(dir, "p", "spec")).sort().map((n) => ({ path: `spec/${n}`, text: readFileSync(join(dir, "p", "spec", n), "utf8") }));
  const times = [];
  let lockfile = "";
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = run(config, specs);
    times.push(performance.now() - t0);
    if (!r.lockfile) throw new Error(`does not compile: ${JSON.stringify(r.diagnostics.slice(0, 3))}`);
    lockfile = r.lockfile;
  }
  times.sort((a, b) => a - b);
  console.log(`${codes} codes (${tree === here ? "this checkout" : tree}): lockfile ${Buffer.byteLength(lockfile)} bytes, ${lockfile.split("\n").length - 1} lines; compile median ${times[1].toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
