// Checks, before the first write, that every folder a run writes into (or creates a
// folder in) is writable, so a read-only out/ or spec/ stops the run with a located
// error instead of failing half-way with some files written.
import { accessSync, constants, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Refusal } from "./out-state.js";

/** The nearest folder of `rel` (itself excluded) that exists, relative to `root` ("" for the root). */
function nearestExisting(root: string, rel: string): string {
  for (let dir = dirname(rel); ; dir = dirname(dir)) {
    const d = dir === "." ? "" : dir;
    try {
      if (statSync(join(root, d)).isDirectory()) return d;
    } catch {
      // not there yet: generate creates it in its parent
    }
    if (d === "") return d;
  }
}

/** `paths`: files this run writes or deletes, relative to `root`. One refusal per folder that is not writable. */
export function unwritableFolders(root: string, paths: Iterable<string>): Refusal[] {
  const seen = new Set<string>();
  const refusals: Refusal[] = [];
  for (const path of paths) {
    const dir = nearestExisting(root, path);
    if (seen.has(dir)) continue;
    seen.add(dir);
    try {
      accessSync(join(root, dir), constants.W_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "EACCES";
      const shown = dir === "" ? "the project folder" : `${dir}/`;
      refusals.push({ path: dir, message: `cannot write ${path}: ${shown} is not writable (${code}); nothing was written` });
    }
  }
  return refusals;
}
