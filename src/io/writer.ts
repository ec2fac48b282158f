// Applies an OutState to disk: writes new and changed files atomically (temp file +
// rename, so an interrupted run leaves every file whole), removes orphans Lockstep
// wrote and nobody edited, and writes the manifest last.
import { mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { MANIFEST, type OutState } from "./out-state.js";
import { bytesOf, commitStaged, type Bytes } from "./staging.js";

export interface WriteSummary {
  readonly written: readonly string[];
  readonly unchanged: number;
  readonly removed: readonly string[];
  /** Orphans edited by hand: left in place. */
  readonly kept: readonly string[];
  /** Files that had been edited by hand and were overwritten. */
  readonly overwritten: readonly string[];
  /** Files Lockstep never wrote, overwritten with --force (now in the manifest). */
  readonly adopted: readonly string[];
}

export function writeAtomic(path: string, contents: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${process.pid}.${Math.random().toString(36).slice(2)}.lockstep-tmp`);
  try {
    writeFileSync(temp, contents);
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw e;
  }
}

/** A staged file is renamed into place (copied in atomically from another disk); bytes in memory are written atomically. */
function place(path: string, next: Bytes): void {
  if (Buffer.isBuffer(next)) return writeAtomic(path, next);
  try {
    commitStaged(next, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
    writeAtomic(path, bytesOf(next));
  }
}

/** Removes folders left empty by a deletion, up to (not including) the output root. */
function pruneEmptyDirs(outRoot: string, path: string): void {
  for (let dir = dirname(path); dir.length > outRoot.length && dir.startsWith(outRoot); dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
  }
}

const TEMP = /^\.(\d+)\.[a-z0-9]+\.lockstep-tmp$/;

/** Temp files of earlier runs that were killed before their rename, in the folders of the output. */
export function leftoverTemps(outRoot: string, paths: readonly string[]): string[] {
  const dirs = new Set(paths.map((p) => dirname(join(outRoot, p))));
  dirs.add(outRoot);
  const found: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // not created yet
    }
    for (const name of names) {
      const pid = TEMP.exec(name)?.[1];
      // Two generates writing one out/ at once are not supported, so any other run's temp file is a leftover.
      if (pid !== undefined && Number(pid) !== process.pid) found.push(join(dir, name));
    }
  }
  return found;
}

export const hasLeftoverTemps = (outRoot: string, paths: readonly string[]): boolean => leftoverTemps(outRoot, paths).length > 0;

function removeLeftoverTemps(outRoot: string, paths: readonly string[]): void {
  for (const path of leftoverTemps(outRoot, paths)) {
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
}

export function applyOutState(outRoot: string, state: OutState): WriteSummary {
  if (state.refusals.length) throw new Error("internal: applyOutState called with refusals");
  const written: string[] = [];
  const removed: string[] = [];
  const kept: string[] = [];
  const overwritten: string[] = [];
  const adopted: string[] = [];
  let unchanged = 0;
  let manifest: Buffer | undefined;
  // Record first what this run may write, so a run killed half-way leaves files that
  // still count as Lockstep's (old or new content) and new paths that can be cleaned up.
  const writes = state.files.filter((f) => f.kind === "missing" || f.kind === "stale" || f.kind === "hand-edited" || f.kind === "foreign");
  const interim = writes.some((f) => f.path !== MANIFEST);
  if (interim) writeAtomic(join(outRoot, MANIFEST), Buffer.from(state.interimManifest, "utf8"));
  removeLeftoverTemps(outRoot, state.files.map((f) => f.path));
  for (const f of state.files) {
    if (f.kind === "unchanged") {
      if (f.path !== MANIFEST) unchanged++;
      continue;
    }
    if (f.kind === "orphaned") {
      if (f.edited) kept.push(f.path);
      else {
        unlinkSync(join(outRoot, f.path));
        pruneEmptyDirs(outRoot, join(outRoot, f.path));
        removed.push(f.path);
      }
      continue;
    }
    if (f.path === MANIFEST) {
      manifest = f.next as Buffer; // built in memory, never staged
      continue;
    }
    if ("patch" in f.next) throw new Error(`internal: ${f.path} was compared for a check and cannot be written`);
    place(join(outRoot, f.path), f.next);
    written.push(f.path);
    if (f.kind === "hand-edited") overwritten.push(f.path);
    if (f.kind === "foreign") adopted.push(f.path);
  }
  // After an interim manifest the final one is written even when it equals the old one.
  if (manifest !== undefined || interim) writeAtomic(join(outRoot, MANIFEST), manifest ?? Buffer.from(state.manifest, "utf8"));
  return { written, unchanged, removed, kept, overwritten, adopted };
}
