// Process entry point: wires `main` to the real process, and maps crashes to exit 3.
// Bundled as dist/cli.cjs, which bin/lockstep.mjs runs through code-cache.ts.
import type { LoaderHooks } from "./code-cache.js";
import { useImporter } from "../io/import-module.js";
import { EXIT } from "./exit.js";
import { main } from "./main.js";
import { tuneRuntime } from "./v8-tuning.js";

/** Handed in by the loader (code-cache.ts); absent when the bundle is required directly. */
declare const __lockstepHooks: LoaderHooks | undefined;
const hooks = typeof __lockstepHooks === "undefined" ? undefined : __lockstepHooks;
if (hooks) useImporter(hooks.importModule);

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tune: (specChars) => void tuneRuntime(specChars, process.env, process.execArgv),
  ranGenerators: hooks && (() => hooks.ranGenerators()),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`lockstep: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
