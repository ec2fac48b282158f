// applyOutState in process: what each file state does to disk, the summary it returns, the
// interim manifest written before the first write, orphans removed with the folders they
// leave empty, leftover temp files of killed runs, and writes that fail. The CLI tests cover
// the same through whole runs; these pin each rule on its own.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import { MANIFEST, type FileState, type OutState } from "../../src/io/out-state.js";
import { openStaging } from "../../src/io/staging.js";
import { applyOutState, hasLeftoverTemps, leftoverTemps, writeAtomic } from "../../src/io/writer.js";

const tempDir = tempDirs("lockstep-writer-");

function outRoot(files: Record<string, string> = {}): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const state = (files: FileState[], manifest = "final manifest\n", interimManifest = "interim manifest\n"): OutState => ({ files, manifest, interimManifest, hashes: new Map(), refusals: [] });
const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");
const bytes = (text: string) => Buffer.from(text);

test("each state: written, overwritten, adopted, kept, removed, unchanged; the manifest last", () => {
  const root = outRoot({ "stale.txt": "old", "hand.txt": "edited", "foreign.txt": "theirs", "same.txt": "same", "keep.txt": "edited orphan", "deep/er/gone.txt": "orphan", "deep/other.txt": "stays" });
  const current = (path: string) => ({ file: join(root, path) });
  const summary = applyOutState(
    root,
    state([
      { kind: "missing", path: "new/file.txt", next: bytes("fresh") },
      { kind: "stale", path: "stale.txt", current: current("stale.txt"), next: bytes("new") },
      { kind: "hand-edited", path: "hand.txt", current: current("hand.txt"), next: bytes("regenerated") },
      { kind: "foreign", path: "foreign.txt", current: current("foreign.txt"), next: bytes("ours now") },
      { kind: "unchanged", path: "same.txt" },
      { kind: "unchanged", path: MANIFEST },
      { kind: "orphaned", path: "keep.txt", current: current("keep.txt"), edited: true, generator: "g" },
      { kind: "orphaned", path: "deep/er/gone.txt", current: current("deep/er/gone.txt"), edited: false, generator: "g" },
    ]),
  );
  expect(summary).toEqual({
    written: ["new/file.txt", "stale.txt", "hand.txt", "foreign.txt"],
    unchanged: 1,
    removed: ["deep/er/gone.txt"],
    kept: ["keep.txt"],
    overwritten: ["hand.txt"],
    adopted: ["foreign.txt"],
  });
  expect(["new/file.txt", "stale.txt", "hand.txt", "foreign.txt", "same.txt", "keep.txt", "deep/other.txt"].map((p) => read(root, p))).toEqual(["fresh", "new", "regenerated", "ours now", "same", "edited orphan", "stays"]);
  // The orphan's folder went with it; its parent, which holds another file, stayed.
  expect(existsSync(join(root, "deep", "er"))).toBe(false);
  // After an interim manifest the final one is written even when it was unchanged.
  expect(read(root, MANIFEST)).toBe("final manifest\n");
  expect(readdirSync(root).filter((n) => n.endsWith(".lockstep-tmp"))).toEqual([]);
});

test("an orphan whose folders empty out is pruned up to the output root, never the root itself", () => {
  const root = outRoot({ "a/b/c.txt": "x" });
  const summary = applyOutState(root, state([{ kind: "orphaned", path: "a/b/c.txt", current: { file: join(root, "a/b/c.txt") }, edited: false, generator: "g" }]));
  expect(summary.removed).toEqual(["a/b/c.txt"]);
  expect(readdirSync(root)).toEqual([]);
  expect(statSync(root).isDirectory()).toBe(true);
});

test("nothing to write but the manifest: no interim manifest, the new manifest as its state gives it", () => {
  const root = outRoot({ [MANIFEST]: "old manifest\n" });
  const summary = applyOutState(root, state([{ kind: "stale", path: MANIFEST, current: { file: join(root, MANIFEST) }, next: bytes("its own bytes\n") }], "not this\n"));
  expect(read(root, MANIFEST)).toBe("its own bytes\n");
  expect(summary).toEqual({ written: [], unchanged: 0, removed: [], kept: [], overwritten: [], adopted: [] });
  // Nothing at all to write: the manifest is left as it is.
  applyOutState(root, state([{ kind: "unchanged", path: MANIFEST }], "not this\n"));
  expect(read(root, MANIFEST)).toBe("its own bytes\n");
});

test("a run that stops half-way has written the interim manifest first", () => {
  const root = outRoot({ "a.txt": "old" });
  const staged = { file: join(root, "no-such-staged-file") };
  expect(() => applyOutState(root, state([{ kind: "stale", path: "a.txt", current: { file: join(root, "a.txt") }, next: staged }]))).toThrow(/ENOENT/);
  expect(read(root, MANIFEST)).toBe("interim manifest\n");
  expect(read(root, "a.txt")).toBe("old");
});

test("a staged file is renamed into place; refusals and check-only diffs are never written", () => {
  const root = outRoot();
  const staging = openStaging(root)!;
  try {
    const staged = staging.put(bytes("staged bytes"));
    applyOutState(root, state([{ kind: "missing", path: "s/a.txt", next: staged }]));
    expect(read(root, "s/a.txt")).toBe("staged bytes");
    expect(existsSync(staged.file)).toBe(false);
  } finally {
    staging.discard();
  }
  expect(() => applyOutState(root, { ...state([]), refusals: [{ path: "x", message: "in the way" }] })).toThrow("internal: applyOutState called with refusals");
  expect(() => applyOutState(root, state([{ kind: "missing", path: "p.txt", next: { patch: ["-a", "+b"] } }]))).toThrow("internal: p.txt was compared for a check and cannot be written");
});

test("temp files of killed runs are found and removed; this run's own are not another run's", () => {
  const root = outRoot({ "sub/a.txt": "a" });
  const other = join(root, "sub", `.${process.pid + 1}.k3y.lockstep-tmp`);
  const mine = join(root, "sub", `.${process.pid}.k3y.lockstep-tmp`);
  const lookalikes = ["x.1.k3y.lockstep-tmp", ".1.k3y.lockstep-tmp.bak", ".12.K3Y.lockstep-tmp"].map((n) => join(root, "sub", n));
  for (const f of [other, mine, ...lookalikes]) writeFileSync(f, "half");
  expect(leftoverTemps(root, ["sub/a.txt"])).toEqual([other]);
  expect(hasLeftoverTemps(root, ["sub/a.txt"])).toBe(true);
  expect(hasLeftoverTemps(root, ["elsewhere/b.txt"])).toBe(false);
  applyOutState(root, state([{ kind: "unchanged", path: "sub/a.txt" }]));
  expect(existsSync(other)).toBe(false);
  expect([mine, ...lookalikes].every((f) => existsSync(f))).toBe(true);
});

test("a write that fails leaves no temp file behind, and says why", () => {
  const root = outRoot();
  mkdirSync(join(root, "dir.txt"));
  expect(() => writeAtomic(join(root, "dir.txt"), bytes("x"))).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
  expect(readdirSync(root)).toEqual(["dir.txt"]);
  writeAtomic(join(root, "made", "new.txt"), bytes("y"));
  expect(read(root, "made/new.txt")).toBe("y");
  expect(readdirSync(join(root, "made"))).toEqual(["new.txt"]);
});

test("any one kind of write makes the interim manifest come first; unchanged files are counted, the manifest is not", () => {
  for (const kind of ["missing", "stale", "hand-edited", "foreign"] as const) {
    const root = outRoot({ "a.txt": "old", [MANIFEST]: "old manifest\n" });
    const next = { file: join(root, "no-such-staged-file") };
    const file: FileState = kind === "missing" ? { kind, path: "b.txt", next } : { kind, path: "a.txt", current: { file: join(root, "a.txt") }, next };
    expect(() => applyOutState(root, state([file]))).toThrow(/ENOENT/);
    expect([kind, read(root, MANIFEST)]).toEqual([kind, "interim manifest\n"]);
  }
  const root = outRoot({ "a.txt": "a", "b.txt": "b" });
  expect(applyOutState(root, state([{ kind: "unchanged", path: "a.txt" }, { kind: "unchanged", path: "b.txt" }, { kind: "unchanged", path: MANIFEST }])).unchanged).toBe(2);
});
