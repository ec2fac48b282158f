// Bundles the CLI (dist/cli.cjs, run by dist/load-cli.cjs) and the plugin API (dist/index.mjs)
// with esbuild. `--if-stale` skips the build when dist/ is newer than every source file.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outputs = ["dist/cli.cjs", "dist/load-cli.cjs", "dist/index.mjs", "dist/testing.mjs"].map((f) => join(root, f));

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** Identifies this exact build (sources, templates, version): keys the up-to-date cache. */
function buildId() {
  const hash = createHash("sha256");
  for (const file of ["src", "generators", "templates"].flatMap((d) => files(join(root, d))).concat(join(root, "package.json"))) {
    hash.update(file.slice(root.length)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 32);
}

function isStale() {
  try {
    const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
    const sources = Math.max(newest(join(root, "src")), newest(join(root, "generators")), newest(join(root, "templates")), statSync(join(root, "package.json")).mtimeMs);
    return sources > built;
  } catch {
    return true;
  }
}

/** Imports a self-contained TypeScript module (bundled in memory). */
async function importTs(file) {
  const out = await build({ entryPoints: [file], bundle: true, format: "esm", platform: "node", write: false, external: ["handlebars"] });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
}

/**
 * esbuild plugin: replaces src/generate/precompiled.ts with every built-in template compiled
 * to plain code (src/generate/hbs-compile.ts) or, where that compiler declines, precompiled
 * by Handlebars. Either way a run needs no template compiler.
 */
const precompiledTemplates = {
  name: "precompiled-templates",
  setup(b) {
    b.onLoad({ filter: /src[\\/]generate[\\/]precompiled\.ts$/ }, async () => {
      const { default: Handlebars } = await import("handlebars");
      const { templateOptions } = await importTs(join(root, "src/generate/template-options.ts"));
      const { compileTemplate } = await importTs(join(root, "src/generate/hbs-compile.ts"));
      const dir = join(root, "templates");
      const entries = files(dir)
        .filter((f) => f.endsWith(".hbs"))
        .map((f) => {
          const key = f.slice(dir.length + 1).replace(/\\/g, "/").replace(/\.hbs$/, "");
          const source = readFileSync(f, "utf8");
          const compiled = compileTemplate(Handlebars.parse(source));
          if ("code" in compiled) return `  ${JSON.stringify(key)}: { compiled: ${compiled.code} },`;
          process.stderr.write(`note: templates/${key}.hbs runs on Handlebars (${compiled.declined})\n`);
          return `  ${JSON.stringify(key)}: { precompiled: ${Handlebars.precompile(source, templateOptions(source, Handlebars))} },`;
        });
      return { contents: `export const PRECOMPILED = {\n${entries.join("\n")}\n};\n`, loader: "js" };
    });
  },
};

if (!process.argv.includes("--if-stale") || isStale()) {
  const common = {
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
    // Runtime dependencies stay in node_modules and load on first use (src/generate/lazy.ts).
    external: ["yaml", "handlebars", "diff", "ts-morph"],
    define: { __LOCKSTEP_BUILD_ID__: JSON.stringify(buildId()) },
    plugins: [precompiledTemplates],
  };
  rmSync(join(root, "dist"), { recursive: true, force: true });
  // The CLI: one CommonJS script, so the loader can compile it with a V8 code cache (Node 20
  // caches no ES module). Its top level runs the CLI.
  await build({
    ...common,
    entryPoints: [join(root, "src/cli/run.ts")],
    outfile: join(root, "dist/cli.cjs"),
    format: "cjs",
    define: { ...common.define, "import.meta.url": "__lockstepUrl" },
    banner: { js: 'var __lockstepUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  // Its loader, required (synchronously) by bin/lockstep.mjs: an import() cost the run an event-loop turn.
  await build({ ...common, entryPoints: [join(root, "src/cli/code-cache.ts")], outfile: join(root, "dist/load-cli.cjs"), format: "cjs" });
  // The plugin API: shared code lands in chunks.
  await build({
    ...common,
    entryPoints: { index: join(root, "src/index.ts"), testing: join(root, "src/testing/index.ts") },
    outdir: join(root, "dist"),
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  });
  // `lockstep/testing` feeds plugins the hostile-text fixture the built-ins are tested on.
  cpSync(join(root, "test/fixtures/torture"), join(root, "dist/testing/torture"), { recursive: true });
  // Declarations of the public API (src/index.ts) for third-party generators written in TypeScript,
  // rooted at the package (dist/types/src/…) because the template-data types derive from generators/.
  const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.types.json")], { stdio: "inherit" });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
