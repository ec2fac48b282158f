#!/usr/bin/env node
// The `lockstep` command. The CLI is bundled into dist/ by `pnpm build` (run by `pnpm generate`,
// `pnpm test` and `npm pack`; the published package ships it built): dist/cli.cjs, run by
// dist/load-cli.cjs with a V8 code cache (src/cli/code-cache.ts). The loader is required, not
// imported: require is synchronous, an import() waits for an event-loop turn.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const loader = fileURLToPath(new URL("../dist/load-cli.cjs", import.meta.url));
if (!existsSync(cli) || !existsSync(loader)) {
  process.stderr.write("lockstep: dist/cli.cjs is missing; run `pnpm build` first\n");
  process.exit(3);
}
createRequire(import.meta.url)(loader).loadCli(cli, process.env, process.cwd(), process.execArgv);
