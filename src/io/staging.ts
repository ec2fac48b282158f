// Where a generate keeps each generated file between the generator that made it and the
// commit: a temp file in the output root (`.<pid>.<random>.lockstep-tmp`, the writer's
// temp-file name), so a 50,000-code catalog's hundreds of MB of output are not all held
// in memory at once. Each file is written there once and later renamed into place
// (atomic: a killed run leaves every file whole, old or new). A run that stops (bad
// input, something in the way) removes its temp files: nothing under out/ changes.
// A run killed before its renames leaves them, which `check` reports and the next
// generate removes, like any temp file (writer.ts).
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { symlinkOnPath } from "./out-state.js";

/** Bytes that live in a file rather than in memory: a staged output, or a file under out/ as it is now. */
export interface OnDisk {
  readonly file: string;
}

export type Bytes = Buffer | OnDisk;

/** The bytes themselves (read from disk when they were staged or left there). */
export function bytesOf(bytes: Bytes): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : readFileSync(bytes.file);
}

export interface Staging {
  /** Writes `bytes` to a temp file in the output root. */
  put(bytes: Buffer): OnDisk;
  /** Removes the temp files not renamed into place, and the output root when this run created it and it is still empty. */
  discard(): void;
}

/**
 * Staging in the output root, or undefined when there is anything unusual about that root
 * (a link on its path, not a folder, not writable): then the run keeps its output in memory
 * and the usual checks report what is in the way before anything is written.
 */
export function openStaging(projectRoot: string, outDir: string): Staging | undefined {
  if (outDir !== "." && symlinkOnPath(projectRoot, outDir)) return undefined;
  const outRoot = join(projectRoot, outDir);
  let created: string | undefined;
  try {
    if (!lstatSync(outRoot).isDirectory()) return undefined;
    accessSync(outRoot, constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") return undefined;
    try {
      created = mkdirSync(outRoot, { recursive: true });
    } catch {
      return undefined;
    }
  }
  const prefix = join(outRoot, `.${process.pid}.${Math.random().toString(36).slice(2)}`);
  const files: string[] = [];
  return {
    put(bytes: Buffer): OnDisk {
      const file = `${prefix}${files.length.toString(36)}.lockstep-tmp`;
      files.push(file);
      writeFileSync(file, bytes);
      return { file };
    },
    discard(): void {
      for (const file of files) {
        try {
          if (existsSync(file)) unlinkSync(file);
        } catch {
          // gone already; the next run removes it otherwise
        }
      }
      if (created !== undefined) pruneCreated(outRoot, created);
    },
  };
}

/** Removes the folders `mkdir -p` created (from `outRoot` up to `first`) while they are empty. */
function pruneCreated(outRoot: string, first: string): void {
  for (let d = outRoot; d.length >= first.length; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return; // not empty (the run wrote there): keep it
    }
  }
}

/** Moves a staged file into place (creating its folders). */
export function commitStaged(staged: OnDisk, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  renameSync(staged.file, path);
}
