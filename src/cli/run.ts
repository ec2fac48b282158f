// Process entry point: wires `main` to the real process, and maps crashes to exit 3.
import { EXIT } from "./exit.js";
import { main } from "./main.js";
import { tuneRuntime } from "./v8-tuning.js";

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tune: (specChars) => void tuneRuntime(specChars, process.env, process.execArgv),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`lockstep: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
