#!/usr/bin/env node
// The `lockstep` command. The CLI is bundled into dist/ by `pnpm build` (run by `pnpm generate`,
// `pnpm test` and `npm pack`; the published package ships it built).
import { existsSync } from "node:fs";

const bundle = new URL("../dist/lockstep.mjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("lockstep: dist/lockstep.mjs is missing; run `pnpm build` first\n");
  process.exit(3);
}
await import(bundle.href);
