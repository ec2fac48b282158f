#!/usr/bin/env node
// The `lockstep` command. The CLI is bundled into dist/ by `pnpm build` (run by `pnpm generate`,
// `pnpm test` and `npm pack`; the published package ships it built).
import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

// A run is short and its hot loops are many and large (one per template), so V8's default
// tier-up budget sends code to the optimising compiler that the run then barely uses: on two
// cores that compilation competes with the run itself. Waiting ~9× longer before optimising
// took 500 codes from 0.35 to 0.29 s and 5,000 from 1.80 to 1.59 s, with no loss at 50,000
// (bench/run.mjs --v8-budget compares). A budget the user set in NODE_OPTIONS or on the
// command line wins.
const userSet = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) => a.includes("interrupt-budget"));
if (!userSet && process.env.LOCKSTEP_V8_BUDGET !== "default") setFlagsFromString("--interrupt-budget=600000");

const bundle = new URL("../dist/lockstep.mjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("lockstep: dist/lockstep.mjs is missing; run `pnpm build` first\n");
  process.exit(3);
}
await import(bundle.href);
