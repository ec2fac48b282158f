// Applies an OutState to disk: writes new and changed files atomically (temp file +
// rename, so an interrupted run leaves every file whole), removes orphans Lockstep
// wrote and nobody edited, and writes the manifest last.
import { mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { MANIFEST, type OutState } from "./out-state.js";

export interface WriteSummary {
  readonly written: readonly string[];
  readonly unchanged: number;
  readonly removed: readonly string[];
  /** Orphans edited by hand: left in place. */
  readonly kept: readonly string[];
  /** Files that had been edited by hand and were overwritten. */
  readonly overwritten: readonly string[];
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

/** Removes folders left empty by a deletion, up to (not including) the output root. */
function pruneEmptyDirs(outRoot: string, path: string): void {
  for (let dir = dirname(path); dir.length > outRoot.length && dir.startsWith(outRoot); dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
  }
}

export function applyOutState(outRoot: string, state: OutState): WriteSummary {
  if (state.refusals.length) throw new Error("internal: applyOutState called with refusals");
  const written: string[] = [];
  const removed: string[] = [];
  const kept: string[] = [];
  const overwritten: string[] = [];
  let unchanged = 0;
  let manifest: Buffer | undefined;
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
      manifest = f.next;
      continue;
    }
    writeAtomic(join(outRoot, f.path), f.next);
    written.push(f.path);
    if (f.kind === "hand-edited") overwritten.push(f.path);
  }
  if (manifest !== undefined) writeAtomic(join(outRoot, MANIFEST), manifest);
  return { written, unchanged, removed, kept, overwritten };
}
