// Finds Lockstep's own package folder (for built-in templates), whether running
// from the bundle in dist/ or from the TypeScript sources under test.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "lockstep") {
      return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("lockstep: cannot find its own package folder");
    dir = parent;
  }
}
