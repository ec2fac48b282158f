// Where Lockstep keeps what it can always rebuild (never committed): the up-to-date state
// and the CLI's code cache, in the project's node_modules like other tools' caches.
import { statSync } from "node:fs";
import { join } from "node:path";

/** `<dir>/node_modules/.cache/lockstep` when `dir` has a node_modules folder, else undefined. */
export function cacheDirIn(dir: string): string | undefined {
  try {
    return statSync(join(dir, "node_modules")).isDirectory() ? join(dir, "node_modules", ".cache", "lockstep") : undefined;
  } catch {
    return undefined;
  }
}
