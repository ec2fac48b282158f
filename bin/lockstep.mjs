#!/usr/bin/env node
// The `lockstep` command. The CLI is bundled into dist/ by `pnpm build` (run by `pnpm generate`,
// `pnpm test` and `npm pack`; the published package ships it built): dist/cli.cjs, run by
// dist/load-cli.mjs with a V8 code cache (src/cli/code-cache.ts).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const loader = new URL("../dist/load-cli.mjs", import.meta.url);
if (!existsSync(cli) || !existsSync(loader)) {
  process.stderr.write("lockstep: dist/cli.cjs is missing; run `pnpm build` first\n");
  process.exit(3);
}
const { loadCli } = await import(loader.href);
loadCli(cli, process.env, process.cwd(), process.execArgv);
