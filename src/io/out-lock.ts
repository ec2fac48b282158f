// One `generate` at a time per output root. Two runs writing one out/ would interleave
// their manifests and temp files, so a run holds a lock file (its pid) while it writes.
// The lock lives in the OS temp folder, named by the output root's absolute path, never
// in the project: a killed run's lock can then never be committed or look like output.
// A lock whose process is gone (a killed run) is taken over; a live one is waited for
// briefly, then the second run stops with a clear message.
import { createHash } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** Where the lock of `outRoot` lives (the same for every run on this machine and temp folder). */
export function lockPathFor(outRoot: string): string {
  // The real path of the nearest folder that exists, plus the rest: the same name before and after out/ is created.
  let abs = resolve(outRoot);
  let rest = "";
  for (;;) {
    try {
      abs = join(realpathSync(abs), rest);
      break;
    } catch {
      const parent = dirname(abs);
      if (parent === abs) break;
      rest = join(abs.slice(parent.length + 1), rest);
      abs = parent;
    }
  }
  return join(tmpdir(), "lockstep-locks", `${createHash("sha256").update(abs).digest("hex").slice(0, 32)}.lock`);
}

/** A lock older than this is stale whatever its pid says (pids are reused). */
const MAX_LOCK_AGE_MS = 60 * 60 * 1000;

export type LockResult = { readonly ok: true; release(): void } | { readonly ok: false; readonly pid: number | undefined; readonly path: string };

/** The pid a lock file names, or undefined when it is unreadable or garbled. */
export function lockOwner(path: string): number | undefined {
  try {
    const pid = Number(/^(\d+)\n?$/.exec(readFileSync(path, "utf8"))?.[1]);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/** True when the lock at `path` belongs to no running process (or is too old to trust). */
export function isStaleLock(path: string): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return false; // gone: nothing stale
  }
  const pid = lockOwner(path);
  if (pid === process.pid) return false;
  // A lock is born holding its pid (tryTake), so one without a readable pid is debris
  // (an older Lockstep killed mid-take, or a hand edit), not a live run.
  return pid === undefined || !isAlive(pid) || age > MAX_LOCK_AGE_MS;
}

/**
 * Creates the lock with its pid in one step: the pid goes into a file of this run's own
 * and is hard-linked into place (link fails when the lock exists). A run killed while
 * taking the lock so never leaves an empty one behind, which would look held.
 */
function tryTake(path: string): boolean {
  const mine = `${path}.${process.pid}.new`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    linkSync(mine, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    try {
      unlinkSync(mine);
    } catch {
      // already gone
    }
  }
}

/** Moves a stale lock aside before deleting it, so two runs recovering at once cannot delete a fresh lock. */
function breakStale(path: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
    if (!isStaleLock(aside)) renameSync(aside, path); // someone took it over in between: give it back
    else unlinkSync(aside);
  } catch {
    // another run broke it first
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock on `outRoot`, waiting up to `waitMs` for a live holder. When no lock can
 * be made at all (a read-only temp folder), the run goes on unlocked: the lock guards
 * against a rare mistake and must not stop every run on such a machine.
 */
export async function lockOutRoot(outRoot: string, waitMs: number): Promise<LockResult> {
  const path = lockPathFor(outRoot);
  const deadline = Date.now() + waitMs;
  for (;;) {
    let taken: boolean;
    try {
      if (mkdirSync(dirname(path), { recursive: true }) !== undefined) chmodSync(dirname(path), 0o1777); // shared by every user, like /tmp
      taken = tryTake(path);
    } catch {
      return { ok: true, release: () => {} };
    }
    if (taken) {
      return {
        ok: true,
        release: () => {
          try {
            if (lockOwner(path) === process.pid) unlinkSync(path);
          } catch {
            // already gone
          }
        },
      };
    }
    if (isStaleLock(path)) {
      breakStale(path);
      continue;
    }
    if (Date.now() >= deadline) return { ok: false, pid: lockOwner(path), path };
    await sleep(100);
  }
}
