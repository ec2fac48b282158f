// OutStateBuilder.vouched: a file whose stat vouches for its recorded hash is classified by that
// hash, not by reading it. Observed by putting other bytes on disk than the hash says: a read
// would see them (and call the file hand-edited or stale); the vouched hash does not.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import { filePatch } from "../../src/io/check-report.js";
import { MANIFEST, OutStateBuilder, sha256, type FileState } from "../../src/io/out-state.js";

const tempDir = tempDirs("lockstep-vouched-");

const WROTE = "what the last generate wrote\n";
const ON_DISK = "other bytes on disk\n";
const NEW = "what this run generates\n";

/** out/a.txt holds ON_DISK while the manifest (and the vouched hash) say WROTE. */
function project(): string {
  const root = tempDir();
  mkdirSync(join(root, "out"));
  writeFileSync(join(root, "out", MANIFEST), JSON.stringify({ generatedBy: "lockstep", files: { "a.txt": { generator: "g", sha256: sha256(WROTE) } } }));
  writeFileSync(join(root, "out", "a.txt"), ON_DISK);
  return root;
}

function stateOf(root: string, next: string, vouched: ((path: string) => string | undefined) | undefined, mode: "generate" | "check"): FileState {
  const builder = new OutStateBuilder(root, "out");
  builder.vouched = vouched;
  if (mode === "check") builder.patch = { fromBytes: 0, diff: (path, before, after) => filePatch("out", path, before, after) };
  else builder.stage = (bytes) => ({ file: `staged:${bytes.toString("utf8")}` });
  builder.add({ path: "a.txt", generator: "g", bytes: Buffer.from(next) });
  return builder.finish().files.find((f) => f.path === "a.txt")!;
}

const vouchFor = (hash: string) => (path: string) => (path === "a.txt" ? hash : undefined);

test("vouched for the new bytes: unchanged, in a generate and in a check", () => {
  const root = project();
  for (const mode of ["generate", "check"] as const) expect(stateOf(root, NEW, vouchFor(sha256(NEW)), mode)).toEqual({ kind: "unchanged", path: "a.txt" });
  // Read, the same file differs.
  expect(stateOf(root, NEW, undefined, "generate").kind).toBe("hand-edited");
});

test("vouched for what the manifest says Lockstep wrote: a generate stages it as stale without reading it", () => {
  const root = project();
  const abs = join(root, "out", "a.txt");
  expect(stateOf(root, NEW, vouchFor(sha256(WROTE)), "generate")).toEqual({ kind: "stale", path: "a.txt", current: { file: abs }, next: { file: `staged:${NEW}` } });
  // Unvouched, the bytes on disk are not what Lockstep wrote.
  expect(stateOf(root, NEW, undefined, "generate")).toEqual({ kind: "hand-edited", path: "a.txt", current: { file: abs }, next: { file: `staged:${NEW}` } });
});

test("a check reads a vouched stale file for its diff, and takes its ownership from the vouched hash", () => {
  const root = project();
  const state = stateOf(root, NEW, vouchFor(sha256(WROTE)), "check");
  expect(state).toEqual({ kind: "stale", path: "a.txt", current: { file: join(root, "out", "a.txt") }, next: { patch: filePatch("out", "a.txt", Buffer.from(ON_DISK), Buffer.from(NEW)) } });
});

test("a vouched hash the manifest does not call Lockstep's is no shortcut: the file is read", () => {
  const root = project();
  const state = stateOf(root, NEW, vouchFor(sha256("something else\n")), "generate");
  expect(state.kind).toBe("hand-edited");
});
