// Hostile text: the torture fixture's strings run through a generator, the output
// checked for hygiene (no raw control, bidi or zero-width character among them), then
// handed to the plugin's own compile step, which proves with the real toolchain that
// no text broke out of a literal or comment.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Generator } from "../generate/plugin.js";
import { checkHygiene } from "./hygiene.js";
import { hostileCatalog, runGenerator, type GeneratedFiles } from "./run.js";
import type { RunOptions } from "./determinism.js";

export interface HostileOptions extends Omit<RunOptions, "config"> {
  /**
   * Compiles (and ideally runs) the generated files with the target's real toolchain;
   * throws (or rejects) when they do not build. `dir` holds exactly the generated files
   * and is deleted afterwards unless `dir` was given.
   */
  readonly compile?: (dir: string, files: GeneratedFiles) => void | Promise<void>;
  /** Write into this folder (created; kept afterwards) instead of a fresh temporary one. */
  readonly dir?: string;
}

/** Writes `files` under `dir`. */
export function writeFiles(dir: string, files: GeneratedFiles): void {
  for (const [rel, contents] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), contents);
  }
}

/** Generates from the hostile catalog, checks hygiene, writes the files and runs `compile` on them. */
export async function checkHostile(generator: Generator<unknown>, options: HostileOptions = {}): Promise<GeneratedFiles> {
  const files = runGenerator(generator, hostileCatalog(generator), options.options, options.templatesOverride);
  checkHygiene(files);
  if (!options.compile) return files;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), `lockstep-${generator.name}-`));
  try {
    mkdirSync(dir, { recursive: true });
    writeFiles(dir, files);
    try {
      await options.compile(dir, files);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(`lockstep/testing: generator "${generator.name}": the hostile-text output does not compile:\n${message}`, { cause: e });
    }
  } finally {
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
  return files;
}
