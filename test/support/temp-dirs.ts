// Temporary folders a test file makes, removed after each test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

/** Call at a test file's top level: returns a maker of fresh folders (under `base`, default the system's temp folder), each removed after its test. */
export function tempDirs(prefix: string): (base?: string) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (base = tmpdir()) => {
    const dir = mkdtempSync(join(base, prefix));
    made.push(dir);
    return dir;
  };
}

/** Blocks for `ms` milliseconds (lets a file system's clock pass a tick between two writes). */
export function pauseSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
