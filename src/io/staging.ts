// Where a generate keeps each generated file between the generator that made it and the
// commit, so that a 50,000-code catalog's hundreds of MB of output are not all held in
// memory at once: a folder of this run's own, outside out/ and spec/, in the project's
// node_modules/.cache/lockstep when that exists (the same disk as out/, so the commit is a
// rename) or else the system's temp folder. A run that stops (bad input, something in the
// way) removes the folder, and out/ and spec/ were never touched: not a file, not a folder's
// mtime, no event for a watcher. Each staged file is renamed into place at the commit
// (atomic: a killed run leaves every file whole); across disks the writer copies it in
// with its usual temp file + rename. A killed run's folder is removed by
// the next run that stages in the same place.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { isAlive } from "./out-lock.js";

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
  /** Writes `bytes` to a file of this run's staging folder. */
  put(bytes: Buffer): OnDisk;
  /** Removes the staging folder with whatever was not renamed into place. */
  discard(): void;
}

/** Stages in a fresh folder of this run's (see above), or undefined when none can be made: the output then stays in memory. */
export function openStaging(projectRoot: string): Staging | undefined {
  const cache = join(projectRoot, "node_modules", ".cache", "lockstep");
  let base = tmpdir();
  try {
    if (lstatSync(cache).isDirectory()) base = cache;
  } catch {
    // no cache folder: the system's temp folder
  }
  removeDeadRuns(base);
  let dir: string;
  try {
    dir = mkdtempSync(join(base, `${PREFIX}${process.pid}-`));
  } catch {
    return undefined;
  }
  let count = 0;
  return {
    put(bytes: Buffer): OnDisk {
      const file = join(dir, (count++).toString(36));
      writeFileSync(file, bytes);
      return { file };
    },
    discard(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const PREFIX = "lockstep-staging-";

/** Removes staging folders of runs that no longer exist (killed before their cleanup). */
function removeDeadRuns(base: string): void {
  let names: string[];
  try {
    names = readdirSync(base).filter((n) => n.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^lockstep-staging-(\d+)-/.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(base, name), { recursive: true, force: true });
  }
}

/** Moves a staged file into place (creating its folders). Across disks the rename fails with EXDEV: the writer then copies the bytes in atomically. */
export function commitStaged(staged: OnDisk, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  renameSync(staged.file, path);
}
