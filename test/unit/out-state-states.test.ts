// OutStateBuilder in process: what it makes of each file under out/ (unchanged, missing, stale,
// hand-edited, foreign, orphaned), what stops a write (links, folders and files in the way),
// and the manifests it renders. The CLI tests cover the same through whole runs; these pin
// each rule on its own, so that a planted bug in out-state.ts fails a fast test.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import type { InputFacts } from "../../src/io/input-facts.js";
import { MANIFEST, OutStateBuilder, renderManifest, sha256, type FileState } from "../../src/io/out-state.js";

const tempDir = tempDirs("lockstep-states-");

/** A project whose out/ holds `files` and a manifest listing `manifest` (path → entry). */
function project(files: Record<string, string>, manifest: Record<string, unknown>, outDir = "out"): string {
  const root = tempDir();
  const out = join(root, outDir);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, MANIFEST), JSON.stringify({ generatedBy: "lockstep", files: manifest }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(out, path, ".."), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  return root;
}

const ours = (text: string, generator = "g") => ({ generator, sha256: sha256(text) });
const add = (builder: OutStateBuilder, path: string, text: string, generator = "g") => builder.add({ path, generator, bytes: Buffer.from(text) });
const kinds = (files: readonly FileState[]) => files.map((f) => [f.path, f.kind]);

test("the manifest: paths sorted, `previous` only when set, inputs only when given, one final newline", () => {
  const entries = new Map([
    ["b.txt", { generator: "g", sha256: "22" }],
    ["a.txt", { generator: "h", sha256: "11", previous: "00" }],
  ]);
  expect(renderManifest(entries)).toBe(
    '{\n  "generatedBy": "lockstep",\n  "files": {\n    "a.txt": {\n      "generator": "h",\n      "sha256": "11",\n      "previous": "00"\n    },\n    "b.txt": {\n      "generator": "g",\n      "sha256": "22"\n    }\n  }\n}\n',
  );
  const inputs = { lockstep: "1.0.0" } as unknown as InputFacts;
  expect(JSON.parse(renderManifest(entries, inputs))).toEqual({ generatedBy: "lockstep", inputs, files: { "a.txt": { generator: "h", sha256: "11", previous: "00" }, "b.txt": { generator: "g", sha256: "22" } } });
});

test("an old manifest's malformed entries are dropped; the files of generators that did not run keep theirs", () => {
  const root = project({}, {
    "good.txt": ours("good"),
    "prev.txt": { ...ours("new"), previous: sha256("old") },
    "prevnum.txt": { ...ours("p"), previous: 7 },
    "badhash.txt": { generator: "g", sha256: 5 },
    "nogen.txt": { sha256: sha256("x") },
    "null.txt": null,
  });
  const builder = new OutStateBuilder(root, "out", new Set(["other"]));
  add(builder, "mine.txt", "mine", "other");
  const state = builder.finish();
  expect(JSON.parse(state.manifest).files).toEqual({
    "good.txt": ours("good"),
    "mine.txt": ours("mine", "other"),
    "prev.txt": { ...ours("new"), previous: sha256("old") },
    "prevnum.txt": ours("p"),
  });
  // Not orphans either: they are another generator's, and that one did not run.
  expect(kinds(state.files)).toEqual([["mine.txt", "missing"], [MANIFEST, "stale"]]);
});

test("each kind of file, in path order whatever order they came in, and the hashes of all of them", () => {
  const root = project(
    { "same.txt": "same", "stale.txt": "old", "hand.txt": "edited", "foreign.txt": "theirs", "orphan.txt": "gone", "edited-orphan.txt": "changed", "interrupted.txt": "before" },
    {
      "same.txt": ours("same"),
      "stale.txt": ours("old"),
      "hand.txt": ours("generated"),
      "orphan.txt": ours("gone"),
      "edited-orphan.txt": ours("as written"),
      "interrupted.txt": { ...ours("after"), previous: sha256("before") },
      "../escape.txt": ours("x"),
    },
  );
  const builder = new OutStateBuilder(root, "out");
  for (const [path, text] of [["stale.txt", "new"], ["same.txt", "same"], ["hand.txt", "regenerated"], ["foreign.txt", "ours now"], ["new.txt", "fresh"], ["interrupted.txt", "again"]]) add(builder, path!, text!);
  const state = builder.finish();
  // Generated files by path, then the manifest, then orphans by path.
  expect(kinds(state.files)).toEqual([
    ["foreign.txt", "foreign"],
    ["hand.txt", "hand-edited"],
    ["interrupted.txt", "stale"],
    ["new.txt", "missing"],
    ["same.txt", "unchanged"],
    ["stale.txt", "stale"],
    [MANIFEST, "stale"],
    ["edited-orphan.txt", "orphaned"],
    ["orphan.txt", "orphaned"],
  ]);
  const orphans = state.files.filter((f) => f.kind === "orphaned").map((f) => f.kind === "orphaned" && [f.path, f.edited, f.generator]);
  expect(orphans).toEqual([["edited-orphan.txt", true, "g"], ["orphan.txt", false, "g"]]);
  expect(Object.fromEntries(state.hashes)).toEqual({
    "stale.txt": sha256("new"),
    "same.txt": sha256("same"),
    "hand.txt": sha256("regenerated"),
    "foreign.txt": sha256("ours now"),
    "new.txt": sha256("fresh"),
    "interrupted.txt": sha256("again"),
    [MANIFEST]: sha256(state.manifest),
  });
  // The interim manifest names every path this run may write with its old hash (its new one when it had none).
  const interim = JSON.parse(state.interimManifest).files;
  expect(interim["stale.txt"]).toEqual({ ...ours("new"), previous: sha256("old") });
  expect(interim["new.txt"]).toEqual({ ...ours("fresh"), previous: sha256("fresh") });
  expect(interim["orphan.txt"]).toEqual(ours("gone"));
});

test("a large file's diff is made when its sizes together reach the limit, not below", () => {
  const root = project({ "a.txt": "0123456789" }, { "a.txt": ours("0123456789") });
  const patched = (fromBytes: number) => {
    const builder = new OutStateBuilder(root, "out");
    builder.patch = { fromBytes, diff: (path, before, after) => [`${path}: ${before.length} → ${after.length}`] };
    add(builder, "a.txt", "01234");
    return builder.finish().files.find((f) => f.path === "a.txt");
  };
  expect(patched(15)).toMatchObject({ kind: "stale", next: { patch: ["a.txt: 10 → 5"] } });
  expect(patched(16)).toMatchObject({ kind: "stale", next: Buffer.from("01234") });
});

test("what is in the way: a link on the path, a folder where a file goes, a file where a folder goes", () => {
  const root = project({ "file/is-here": "x" }, {});
  const out = join(root, "out");
  mkdirSync(join(root, "elsewhere"));
  symlinkSync(join(root, "elsewhere"), join(out, "linked"));
  mkdirSync(join(out, "folder.txt"));
  writeFileSync(join(out, "plain"), "a file");
  const builder = new OutStateBuilder(root, "out");
  add(builder, "plain/deeper/b.txt", "b");
  add(builder, "linked/a.txt", "a");
  add(builder, "folder.txt", "f");
  const state = builder.finish();
  expect(state.refusals).toEqual([
    { path: "out/folder.txt", message: "out/folder.txt is not a file (a folder or a special file is where lockstep writes it); move it away" },
    { path: "out/linked", message: "out/linked is a symbolic link; lockstep does not write through links" },
    { path: "out/plain", message: "a file is in the way of out/plain/deeper/b.txt: one of its folders is a file; move it away" },
  ]);
  expect(kinds(state.files)).toEqual([[MANIFEST, "stale"]]);
});

test("with the output root at the project root, paths carry no prefix; a linked or non-file orphan is left alone", () => {
  const root = project({ "kept.txt": "k", "dir/inner.txt": "i" }, { "kept.txt": ours("k"), "dir": ours("i"), "via/link.txt": ours("l") }, ".");
  mkdirSync(join(root, "target"));
  writeFileSync(join(root, "target", "link.txt"), "l");
  symlinkSync(join(root, "target"), join(root, "via"));
  mkdirSync(join(root, "folder.txt"));
  const builder = new OutStateBuilder(root, ".");
  add(builder, "folder.txt", "f");
  const state = builder.finish();
  expect(state.refusals).toEqual([{ path: "folder.txt", message: "folder.txt is not a file (a folder or a special file is where lockstep writes it); move it away" }]);
  // dir is a folder now and via/ a link: neither is an orphan to remove.
  expect(kinds(state.files)).toEqual([[MANIFEST, "stale"], ["kept.txt", "orphaned"]]);
});
