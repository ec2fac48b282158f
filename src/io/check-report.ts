// The `--check` report: which files are stale, missing, hand-edited or orphaned,
// a unified diff of each (bounded, so a huge catalog cannot flood a CI log), and
// the exact command that fixes it.
import { boundedPatchLines } from "./bounded-diff.js";
import { MANIFEST, type FileState, type OutState } from "./out-state.js";
import { bytesOf } from "./staging.js";

const MAX_DIFF_LINES_PER_FILE = 200;
const MAX_DIFF_LINES = 2000;
const EMPTY = Buffer.alloc(0);

/** Why each kind of file is listed; why a stale one changed comes from the caller (the manifest's recorded inputs). */
const WHY: Record<Exclude<FileState["kind"], "unchanged" | "stale">, string> = {
  missing: "missing",
  "hand-edited": "edited by hand (generated files are overwritten)",
  foreign: "not written by lockstep (generate refuses to overwrite it: move it away, or adopt it with generate --force)",
  orphaned: "orphaned (no longer generated; generate removes it)",
};

/** The diff of one file under the output folder `outDir`, as the report shows it. */
export function filePatch(outDir: string, path: string, before: Buffer, after: Buffer): readonly string[] {
  const shown = outDir === "." ? path : `${outDir}/${path}`;
  return boundedPatchLines(`a/${shown}`, `b/${shown}`, before, after);
}

/**
 * `strays`: files a killed run left under the output root (temp files, its lock), by
 * path under it; generate removes them, so check must not pass with them there.
 */
export function checkReport(outDir: string, state: OutState, fixCommand: string, strays: readonly string[], staleWhy: string): { ok: boolean; text: string } {
  const changed = state.files.filter((f) => f.kind !== "unchanged");
  // The manifest is bookkeeping: named only when nothing else differs (then it is the one thing to regenerate).
  const bad = changed.some((f) => f.path !== MANIFEST) ? changed.filter((f) => f.path !== MANIFEST) : changed;
  if (bad.length === 0 && strays.length === 0) return { ok: true, text: "" };
  const prefix = outDir === "." ? "" : `${outDir}/`;
  const count = bad.length + strays.length;
  const lines = [`lockstep: ${count} generated file${count === 1 ? " is" : "s are"} out of date:`];
  for (const f of bad) {
    const why = f.kind === "orphaned" && f.edited ? "orphaned and edited by hand (generate keeps it; delete it yourself)" : f.kind === "stale" ? staleWhy : WHY[f.kind];
    lines.push(`  ${prefix}${f.path}: ${why}`);
  }
  for (const path of strays) lines.push(`  ${prefix}${path}: left behind by an interrupted generate (generate removes it; never commit it)`);
  let budget = MAX_DIFF_LINES;
  for (const f of bad) {
    if (f.path === MANIFEST) continue; // bookkeeping: listed above, its diff would be noise
    if (budget <= 0) {
      lines.push("", "(further diffs omitted)");
      break;
    }
    const next = f.kind === "orphaned" ? EMPTY : f.next;
    // A large file's diff was made when it was compared (OutStateBuilder.patch).
    const patch = "patch" in next ? next.patch : filePatch(outDir, f.path, f.kind === "missing" ? EMPTY : bytesOf(f.current), bytesOf(next));
    const limit = Math.min(MAX_DIFF_LINES_PER_FILE, budget);
    lines.push("", ...patch.slice(0, limit));
    if (patch.length > limit) lines.push(`… (${patch.length - limit} more diff lines)`);
    budget -= Math.min(patch.length, limit);
  }
  lines.push("", `Fix: run \`${fixCommand}\` and commit the result.`);
  return { ok: false, text: lines.join("\n").replace(/\n+$/, "") + "\n" };
}
