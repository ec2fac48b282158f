// OutStateBuilder and the up-to-date cache on more files than a sort's insertion pass covers
// (V8 merges runs from 32 elements up), on orphans behind a link, and on stats that do not
// match or files that are gone.
import { mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import type { Config } from "../../src/load/config.js";
import { MANIFEST, OutStateBuilder, renderManifest, sha256 } from "../../src/io/out-state.js";
import { isUpToDate, vouchedOutputs } from "../../src/io/up-to-date.js";

const tempDir = tempDirs("lockstep-order-");

function tempRoot(): string {
  const root = tempDir();
  return root;
}

/** 150 distinct paths in a fixed scrambled order (multiplying by a unit mod 150). */
const scrambled = Array.from({ length: 150 }, (_, i) => `f${String((i * 47) % 150).padStart(3, "0")}.txt`);
const sorted = [...scrambled].sort();

test("manifests, states and orphans come out in path order from any order in", () => {
  expect(Object.keys(JSON.parse(renderManifest(new Map(scrambled.map((p) => [p, { generator: "g", sha256: p }])))).files)).toEqual(sorted);
  const root = tempRoot();
  mkdirSync(join(root, "out"));
  // The previous run wrote the o-files (now orphans); this one writes the f-files.
  const orphans = scrambled.map((p) => `o${p}`);
  writeFileSync(join(root, "out", MANIFEST), JSON.stringify({ files: Object.fromEntries(orphans.map((p) => [p, { generator: "g", sha256: sha256(p) }])) }));
  for (const p of orphans) writeFileSync(join(root, "out", p), p);
  const builder = new OutStateBuilder(root, "out");
  for (const p of scrambled) builder.add({ path: p, generator: "g", bytes: Buffer.from(p) });
  const paths = builder.finish().files.map((f) => f.path);
  expect(paths).toEqual([...sorted, MANIFEST, ...sorted.map((p) => `o${p}`)]);
});

test("an orphan behind a linked folder in out/ is never touched", () => {
  const root = tempRoot();
  mkdirSync(join(root, "out"));
  mkdirSync(join(root, "elsewhere"));
  writeFileSync(join(root, "elsewhere", "x.txt"), "x");
  symlinkSync(join(root, "elsewhere"), join(root, "out", "via"));
  writeFileSync(join(root, "out", MANIFEST), JSON.stringify({ files: { "via/x.txt": { generator: "g", sha256: sha256("x") } } }));
  expect(new OutStateBuilder(root, "out").finish().files.map((f) => f.path)).toEqual([MANIFEST]);
});

test("a vouched hash is taken at its word: a file gone since it was vouched for is stale (what Lockstep wrote), not read as missing", () => {
  const root = tempRoot();
  mkdirSync(join(root, "out"));
  writeFileSync(join(root, "out", MANIFEST), JSON.stringify({ files: { "a.txt": { generator: "g", sha256: sha256("old") } } }));
  const builder = new OutStateBuilder(root, "out");
  builder.vouched = (path) => (path === "a.txt" ? sha256("old") : undefined);
  builder.add({ path: "a.txt", generator: "g", bytes: Buffer.from("new") });
  expect(builder.finish().files.find((f) => f.path === "a.txt")).toEqual({ kind: "stale", path: "a.txt", current: { file: join(root, "out", "a.txt") }, next: Buffer.from("new") });
});

test("a check's stat that is not the file's, or a recorded file that is gone, is not trusted", () => {
  const root = tempRoot();
  const cacheDir = join(root, "node_modules", ".cache", "lockstep");
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(join(root, "out"));
  const file = join(root, "out", "a.txt");
  writeFileSync(file, "alpha\n");
  const config = { file: "lockstep.config.yaml", outDir: "out" } as Config;
  const stat = statSync(file, { bigint: true });
  const seenAt = Number(stat.ctimeNs / 1_000_000n) + 60_000;
  const cache = (outputs: object, seen: object) =>
    writeFileSync(join(cacheDir, `up-to-date-${sha256(config.file).slice(0, 16)}.json`), JSON.stringify({ inputs: "i", outDir: "out", outputs, seen, seenAt }));
  const wrong = sha256("not on disk");
  cache({ "a.txt": wrong }, { "a.txt": `${stat.size + 1n}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}` });
  expect(isUpToDate(root, config, "i")).toBe(false);
  expect(vouchedOutputs(root, config)!("a.txt")).toBeUndefined();
  cache({ "a.txt": sha256("alpha\n"), "gone.txt": sha256("") }, {});
  expect(isUpToDate(root, config, "i")).toBe(false);
  expect(vouchedOutputs(root, config)!("gone.txt")).toBeUndefined();
});
