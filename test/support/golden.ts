// Golden files that cannot heal themselves. vitest's file snapshots write a missing
// file and pass (and `-u` rewrites changed ones), so a regression could be "fixed" by
// regenerating goldens by accident. Here a missing, changed or orphaned golden file
// always fails, and the only way to write them is the explicit update mode
// (`pnpm golden:update`, i.e. LOCKSTEP_UPDATE_GOLDEN=1), never on by default or in CI.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

export const GOLDEN_ROOT = join(import.meta.dirname, "..", "golden");

const FIX = "run `pnpm golden:update` and review the diff (git diff test/golden)";

/** True only under `pnpm golden:update`; refused in CI, where goldens are checked, never written. */
export function updatingGoldens(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.LOCKSTEP_UPDATE_GOLDEN === undefined || env.LOCKSTEP_UPDATE_GOLDEN === "") return false;
  if (env.LOCKSTEP_UPDATE_GOLDEN !== "1") throw new Error(`LOCKSTEP_UPDATE_GOLDEN must be 1 or unset, got ${JSON.stringify(env.LOCKSTEP_UPDATE_GOLDEN)}`);
  if (env.CI !== undefined && env.CI !== "" && env.CI !== "false") throw new Error("golden files are never updated in CI (CI is set): update them locally with `pnpm golden:update`");
  return true;
}

/** `contents` must equal test/golden/<rel> byte for byte (written instead in update mode). */
export function expectGolden(rel: string, contents: string): void {
  const path = join(GOLDEN_ROOT, rel);
  if (updatingGoldens()) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
    return;
  }
  let golden: string;
  try {
    golden = readFileSync(path, "utf8");
  } catch {
    throw new Error(`missing golden file test/golden/${rel}: ${FIX}`);
  }
  expect(contents, `test/golden/${rel} differs from the generated output; if the change is deliberate, ${FIX}`).toBe(golden);
}

/** Every file under test/golden/, as sorted POSIX paths relative to it. */
export function goldenFilesOnDisk(): string[] {
  return readdirSync(GOLDEN_ROOT, { recursive: true, encoding: "utf8" })
    .filter((rel) => !statSync(join(GOLDEN_ROOT, rel)).isDirectory())
    .map((rel) => rel.split("\\").join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Files under test/golden/ that nothing expects. In update mode they are deleted (with
 * folders left empty) and none are returned.
 */
export function orphanedGoldens(expected: ReadonlySet<string>): string[] {
  const orphans = goldenFilesOnDisk().filter((rel) => !expected.has(rel));
  if (!updatingGoldens()) return orphans;
  for (const rel of orphans) {
    rmSync(join(GOLDEN_ROOT, rel));
    for (let dir = dirname(join(GOLDEN_ROOT, rel)); dir !== GOLDEN_ROOT && readdirSync(dir).length === 0; dir = dirname(dir)) rmSync(dir, { recursive: true });
  }
  return [];
}
