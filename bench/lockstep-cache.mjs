// What a "cold" benchmark run starts without: Lockstep's up-to-date cache and staging
// folders under node_modules/.cache/lockstep. The V8 code cache (v8-*.bin) stays, as it
// does for a user between runs (src/cli/code-cache.ts); `LOCKSTEP_CODE_CACHE=off` measures
// a run without it.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

export function clearRunCache(projectDir) {
  const dir = join(projectDir, "node_modules", ".cache", "lockstep");
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) if (!name.startsWith("v8-")) rmSync(join(dir, name), { recursive: true, force: true });
}
