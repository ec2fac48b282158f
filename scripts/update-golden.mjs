#!/usr/bin/env node
// `pnpm golden:update`: the one way to rewrite test/golden/ (and the example plugins'
// committed examples/*/out/, their golden folders). Runs the conformance loop
// with LOCKSTEP_UPDATE_GOLDEN=1, which writes every golden file the generators produce
// and deletes the ones they no longer produce, then shows what changed for review.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
if (process.env.CI && process.env.CI !== "false") {
  console.error("golden:update: refused in CI (CI is set); golden files are checked there, never written");
  process.exit(2);
}
const vitest = spawnSync(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "test/conformance.test.ts", "test/examples-rust.test.ts", "test/examples-java.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, LOCKSTEP_UPDATE_GOLDEN: "1" },
});
if (vitest.status !== 0) process.exit(vitest.status ?? 1);
const status = spawnSync("git", ["status", "--short", "--", "test/golden", "examples"], { cwd: root, encoding: "utf8" });
console.log(status.stdout ? `golden:update: changed golden files (review with git diff test/golden):\n${status.stdout}` : "golden:update: golden files unchanged");
