// A check diffs a large stale file as soon as it is compared and keeps only the diff
// (OutStateBuilder.patch), so it never holds every stale output at once. Its report must
// be the very text it was when the bytes were kept to the end.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkReport, filePatch } from "../../src/io/check-report.js";
import { MANIFEST, OutStateBuilder, sha256, type FileState } from "../../src/io/out-state.js";
import { applyOutState } from "../../src/io/writer.js";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const lines = (n: number, tag: string): string => Array.from({ length: n }, (_, i) => `entry ${i}: ${i === 700 ? tag : "same"}\n`).join("");

/** out/ as a previous generate left it: big.txt (stale below), small.txt, hand.txt (edited by hand after). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "lockstep-patch-"));
  roots.push(root);
  mkdirSync(join(root, "out"));
  const old = { "big.txt": lines(2_000, "old"), "small.txt": "one\ntwo\n", "hand.txt": lines(1_000, "generated") };
  const files = Object.fromEntries(Object.entries(old).map(([p, t]) => [p, { generator: "g", sha256: sha256(t) }]));
  writeFileSync(join(root, "out", MANIFEST), JSON.stringify({ generatedBy: "lockstep", files }));
  for (const [p, t] of Object.entries(old)) writeFileSync(join(root, "out", p), t);
  writeFileSync(join(root, "out", "hand.txt"), lines(1_000, "edited by hand"));
  return root;
}

function compare(root: string, fromBytes: number | undefined): FileState[] {
  const builder = new OutStateBuilder(root, "out");
  if (fromBytes !== undefined) builder.patch = { fromBytes, diff: (path, before, after) => filePatch("out", path, before, after) };
  builder.add({ path: "big.txt", generator: "g", bytes: Buffer.from(lines(2_000, "new")) });
  builder.add({ path: "small.txt", generator: "g", bytes: Buffer.from("one\n2\n") });
  builder.add({ path: "hand.txt", generator: "g", bytes: Buffer.from(lines(1_000, "regenerated")) });
  builder.add({ path: "fresh.txt", generator: "g", bytes: Buffer.from(lines(900, "fresh")) });
  return [...builder.finish().files];
}

const report = (files: FileState[]): string => checkReport("out", { files, manifest: "", interimManifest: "", hashes: new Map(), refusals: [] }, "pnpm generate", [], "stale").text;

test("files at or above the size keep their diff, the others their bytes; the report is unchanged", () => {
  const root = project();
  const kept = compare(root, undefined);
  const early = compare(root, 30_000); // big.txt (2 × ~30 KB) and hand.txt + its new text; not small.txt nor fresh.txt (~17 KB)
  const nextOf = (files: FileState[], path: string) => {
    const f = files.find((x) => x.path === path)!;
    return f.kind === "unchanged" || f.kind === "orphaned" ? undefined : f.next;
  };
  expect(["big.txt", "fresh.txt", "hand.txt", "small.txt"].map((p) => [p, early.find((f) => f.path === p)?.kind])).toEqual([
    ["big.txt", "stale"],
    ["fresh.txt", "missing"],
    ["hand.txt", "hand-edited"],
    ["small.txt", "stale"],
  ]);
  expect(nextOf(early, "big.txt")).toEqual({ patch: filePatch("out", "big.txt", Buffer.from(lines(2_000, "old")), Buffer.from(lines(2_000, "new"))) });
  expect(nextOf(early, "hand.txt")).toEqual({ patch: filePatch("out", "hand.txt", Buffer.from(lines(1_000, "edited by hand")), Buffer.from(lines(1_000, "regenerated"))) });
  expect(nextOf(early, "small.txt")).toEqual(Buffer.from("one\n2\n"));
  expect(nextOf(early, "fresh.txt")).toEqual(Buffer.from(lines(900, "fresh")));
  const text = report(early);
  expect(text).toBe(report(kept));
  expect(text).toContain("-entry 700: old\n+entry 700: new\n");
  expect(text).toContain("-entry 700: edited by hand\n+entry 700: regenerated\n");
});

test("a missing file's early diff is against nothing, as the report's own", () => {
  const root = project();
  const early = compare(root, 0);
  const fresh = early.find((f) => f.path === "fresh.txt")!;
  expect(fresh.kind === "missing" && fresh.next).toEqual({ patch: filePatch("out", "fresh.txt", Buffer.alloc(0), Buffer.from(lines(900, "fresh"))) });
  expect(report(early)).toBe(report(compare(root, undefined)));
});

test("the manifest is never diffed early, and a state made for a check cannot be written", () => {
  const root = project();
  const early = compare(root, 0);
  const manifest = early.find((f) => f.path === MANIFEST)!;
  expect(manifest.kind !== "unchanged" && manifest.kind !== "orphaned" && Buffer.isBuffer(manifest.next)).toBe(true);
  const state = { files: early, manifest: "", interimManifest: "{}", hashes: new Map(), refusals: [] };
  expect(() => applyOutState(join(root, "out"), state)).toThrow("internal: big.txt was compared for a check and cannot be written");
});

