// Bundles the CLI (dist/lockstep.mjs) and the plugin API (dist/index.mjs) with
// esbuild: one file each, so start-up does no module resolution. `--if-stale`
// skips the build when dist/ is newer than every source file.
import { build } from "esbuild";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outputs = ["dist/lockstep.mjs", "dist/index.mjs"].map((f) => join(root, f));

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function isStale() {
  try {
    const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
    const sources = Math.max(newest(join(root, "src")), newest(join(root, "generators")), statSync(join(root, "package.json")).mtimeMs);
    return sources > built;
  } catch {
    return true;
  }
}

if (!process.argv.includes("--if-stale") || isStale()) {
  const common = {
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
    // Handlebars is CommonJS; give the ESM bundle a `require` for its internals.
    banner: { js: "import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);" },
  };
  await build({ ...common, entryPoints: [join(root, "src/cli/run.ts")], outfile: outputs[0] });
  await build({ ...common, entryPoints: [join(root, "src/index.ts")], outfile: outputs[1] });
}
