// Golden files that cannot heal themselves: generated files must equal a folder byte
// for byte; a missing, changed or extra file throws. The folder is written only on
// explicit request (`update: true`, or LOCKSTEP_UPDATE_GOLDEN=1 in the environment),
// and never when CI is set, so a regression cannot be "fixed" by a test run.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { GeneratedFiles } from "./run.js";

export interface GoldenOptions {
  /** Rewrite the folder instead of comparing. Default: LOCKSTEP_UPDATE_GOLDEN=1. */
  readonly update?: boolean;
  /** The environment consulted (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Whether golden files are to be written: `update`, or LOCKSTEP_UPDATE_GOLDEN=1; throws under CI. */
export function updatingGoldens(options: GoldenOptions = {}): boolean {
  const env = options.env ?? process.env;
  const flag = env.LOCKSTEP_UPDATE_GOLDEN;
  if (flag !== undefined && flag !== "" && flag !== "1") throw new Error(`lockstep/testing: LOCKSTEP_UPDATE_GOLDEN must be 1 or unset, got ${JSON.stringify(flag)}`);
  const update = options.update ?? flag === "1";
  if (update && env.CI !== undefined && env.CI !== "" && env.CI !== "false") throw new Error("lockstep/testing: golden files are never updated in CI (CI is set); update them locally and commit them");
  return update;
}

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  return entries
    .map((rel) => rel.split("\\").join("/"))
    .filter((rel) => statSync(join(dir, rel)).isFile())
    .sort();
}

/** The first line where `a` and `b` differ, both sides shown. */
function firstDifference(actual: string, golden: string): string {
  const a = actual.split("\n");
  const g = golden.split("\n");
  for (let i = 0; i < Math.max(a.length, g.length); i++) {
    if (a[i] !== g[i]) return `line ${i + 1}:\n    golden:    ${JSON.stringify(g[i] ?? "<end of file>")}\n    generated: ${JSON.stringify(a[i] ?? "<end of file>")}`;
  }
  return "(same lines, different bytes)";
}

/**
 * `files` must equal the folder `dir` byte for byte: every file present with the same
 * contents, no file more. In update mode the folder is rewritten (extra files deleted).
 */
export function expectGoldenDir(files: GeneratedFiles, dir: string, options: GoldenOptions = {}): void {
  const fix = "if the change is deliberate, rerun with LOCKSTEP_UPDATE_GOLDEN=1 and review the diff";
  const onDisk = filesUnder(dir);
  if (updatingGoldens(options)) {
    for (const rel of onDisk) if (!files.has(rel)) rmSync(join(dir, rel));
    for (const [rel, contents] of files) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), contents);
    }
    return;
  }
  const problems: string[] = [];
  for (const [rel, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let golden: string;
    try {
      golden = readFileSync(join(dir, rel), "utf8");
    } catch {
      problems.push(`${rel}: no golden file`);
      continue;
    }
    if (golden !== contents) problems.push(`${rel} differs from its golden file, first at ${firstDifference(contents, golden)}`);
  }
  for (const rel of onDisk) if (!files.has(rel)) problems.push(`${rel}: golden file the generator no longer produces`);
  if (problems.length) throw new Error(`lockstep/testing: golden files in ${dir} do not match:\n  ${problems.join("\n  ")}\n${fix}`);
}
