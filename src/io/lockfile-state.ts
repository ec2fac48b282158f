// The lockfile lives beside the spec, not under out/, but generate keeps it current
// and --check reports it stale like any generated file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { boundedPatchLines } from "./bounded-diff.js";
import { writeAtomic } from "./writer.js";

export interface LockfileState {
  readonly path: string;
  readonly current: string | undefined;
  readonly next: string;
}

export function lockfileStale(state: LockfileState): boolean {
  return state.current !== state.next;
}

/** The --check lines for a stale lockfile, with its diff. */
export function lockfileReport(state: LockfileState): string[] {
  const why = state.current === undefined ? "missing" : "stale (the spec changed since it was generated)";
  const patch = boundedPatchLines(`a/${state.path}`, `b/${state.path}`, Buffer.from(state.current ?? "", "utf8"), Buffer.from(state.next, "utf8"));
  const shown = patch.slice(0, 200);
  if (patch.length > shown.length) shown.push(`… (${patch.length - shown.length} more diff lines)`);
  return [`  ${state.path}: ${why}`, "", ...shown];
}

/** Writes the lockfile when it changed; re-reads first so a concurrent edit is not lost silently. */
export function writeLockfile(root: string, state: LockfileState): boolean {
  if (!lockfileStale(state)) return false;
  let onDisk: string | undefined;
  try {
    onDisk = readFileSync(join(root, state.path), "utf8");
  } catch {
    onDisk = undefined;
  }
  if (onDisk === state.next) return false;
  writeAtomic(join(root, state.path), Buffer.from(state.next, "utf8"));
  return true;
}
