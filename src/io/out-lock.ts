// One `generate` at a time per output root. Two runs writing one out/ would interleave
// their manifests and temp files, so a run holds `<out>/.lockstep.lock` (its pid) while
// it reads out/ and writes. A lock whose process is gone (a killed run) is taken over;
// a live one is waited for briefly, then the second run stops with a clear message.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = ".lockstep.lock";

/** A lock older than this is stale whatever its pid says (pids are reused). */
const MAX_LOCK_AGE_MS = 60 * 60 * 1000;

export type LockResult = { readonly ok: true; release(): void } | { readonly ok: false; readonly pid: number | undefined };

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
  return pid === undefined ? age > 10_000 : !isAlive(pid) || age > MAX_LOCK_AGE_MS;
}

function tryTake(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
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

/** Takes the lock on `outRoot`, waiting up to `waitMs` for a live holder. Throws only on I/O errors (read-only out/ is checked first). */
export async function lockOutRoot(outRoot: string, waitMs: number): Promise<LockResult> {
  mkdirSync(outRoot, { recursive: true });
  const path = join(outRoot, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryTake(path)) {
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
    if (Date.now() >= deadline) return { ok: false, pid: lockOwner(path) };
    await sleep(100);
  }
}
