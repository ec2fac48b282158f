// The up-to-date cache trusts a file whose stat is the one recorded, without hashing it.
// A generate records the stats of what it wrote, fenced by the time it first wrote the cache, so the
// first check after it (a pre-commit hook's) reads no output. Observed here by recording a
// wrong hash for one file: the check says "up to date" only when it trusted the stat.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import type { Config } from "../../src/load/config.js";
import { sha256 } from "../../src/io/out-state.js";
import { isUpToDate, recordUpToDate, vouchedOutputs } from "../../src/io/up-to-date.js";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const config = { file: "lockstep.config.yaml", outDir: "out" } as Config;

/** A project with two outputs and a cache written by "generate" with a wrong hash for b.txt. */
function generated(): { root: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "lockstep-trust-"));
  roots.push(root);
  mkdirSync(join(root, "node_modules"));
  mkdirSync(join(root, "out"));
  writeFileSync(join(root, "out", "a.txt"), "alpha\n");
  writeFileSync(join(root, "out", "b.txt"), "beta\n");
  // Files older than the cache by more than any clock tick, as after a long generate.
  const old = new Date(Date.now() - 60_000);
  for (const f of ["a.txt", "b.txt"]) utimesSync(join(root, "out", f), old, old);
  // utimes set their ctime to now: let the clock pass a tick (≤ 10 ms) before the cache is written.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
  recordUpToDate(root, config, "inputs-1", new Map([["a.txt", sha256("alpha\n")], ["b.txt", sha256("not what is on disk")]]));
  const dir = join(root, "node_modules", ".cache", "lockstep");
  return { root, cache: join(dir, readdirSync(dir)[0]!) };
}

interface Cache {
  outputs: Record<string, string>;
  written?: Record<string, string>;
  fence?: { ns: string; dev: string };
  seen?: Record<string, string>;
  seenAt?: number;
}
const readCache = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Cache;

test("a generate's stats are trusted by the first check: the wrong hash is never compared", () => {
  const { root, cache } = generated();
  const recorded = readCache(cache);
  expect(Object.keys(recorded.written ?? {})).toEqual(["a.txt", "b.txt"]);
  // The fence is on the disk's clock, after the files' last change.
  const ctime = statSync(join(root, "out", "b.txt"), { bigint: true }).ctimeNs;
  expect(BigInt(recorded.fence!.ns) > ctime).toBe(true);
  expect(isUpToDate(root, config, "inputs-1")).toBe(true);
  expect(isUpToDate(root, config, "inputs-2")).toBe(false);
});

test("a file written again after the generate is hashed, even with its size and mtime set back", () => {
  const { root } = generated();
  const file = join(root, "out", "b.txt");
  const { atime, mtime } = statSync(file);
  writeFileSync(file, "BETA\n");
  utimesSync(file, atime, mtime);
  expect(isUpToDate(root, config, "inputs-1")).toBe(false);
});

test("a stat not older than the fence (the same clock tick), or on another disk, is not trusted", () => {
  const { root, cache } = generated();
  const stat = statSync(join(root, "out", "b.txt"), { bigint: true });
  const recorded = readCache(cache);
  // The fence after the files' mtime (60 s ago) but at their ctime.
  writeFileSync(cache, JSON.stringify({ ...recorded, fence: { ...recorded.fence, ns: `${stat.ctimeNs}` } }));
  expect(isUpToDate(root, config, "inputs-1")).toBe(false);
  writeFileSync(cache, JSON.stringify({ ...recorded, fence: { ...recorded.fence, dev: `${stat.dev + 1n}` } }));
  expect(isUpToDate(root, config, "inputs-1")).toBe(false);
  writeFileSync(cache, JSON.stringify(recorded));
  expect(isUpToDate(root, config, "inputs-1")).toBe(true);
});

test("a check that hashes a file records what it saw under the racy window and keeps the generate's stats", () => {
  const { root, cache } = generated();
  const recorded = readCache(cache);
  // a.txt no longer vouched for by the generate: the check hashes it (right) and learns its stat.
  writeFileSync(cache, JSON.stringify({ ...recorded, written: { "b.txt": recorded.written!["b.txt"] } }));
  expect(isUpToDate(root, config, "inputs-1")).toBe(true);
  const learned = readCache(cache);
  expect(Object.keys(learned.seen ?? {})).toEqual(["a.txt", "b.txt"]);
  expect(Math.abs(learned.seenAt! - Date.now())).toBeLessThan(60_000);
  expect(learned.written).toEqual({ "b.txt": recorded.written!["b.txt"] });
  expect(learned.fence).toEqual(recorded.fence);
  // b.txt (wrong hash) is still trusted through the generate's stat.
  expect(isUpToDate(root, config, "inputs-1")).toBe(true);
});

test("a cache with unreadable stamps trusts no stat and never throws", () => {
  const { root, cache } = generated();
  const recorded = readCache(cache);
  for (const bad of [
    { fence: { ns: "soon", dev: recorded.fence!.dev } },
    { fence: { ns: recorded.fence!.ns, dev: 7 } },
    { fence: null },
    { written: undefined, seen: recorded.written, seenAt: "yesterday" },
    { written: undefined, seen: recorded.written, seenAt: 1e300 },
  ]) {
    writeFileSync(cache, JSON.stringify({ ...recorded, ...bad }));
    // b.txt's recorded hash is wrong: only a trusted stat could pass it.
    expect(isUpToDate(root, config, "inputs-1")).toBe(false);
  }
});

test("after an edit to the inputs, a file's trusted stat still vouches for its recorded hash; nothing else does", () => {
  const { root, cache } = generated();
  const vouched = vouchedOutputs(root, config)!;
  // b.txt's recorded hash is wrong: only the stat can vouch for it (the inputs are not compared).
  expect(["a.txt", "b.txt", "c.txt", "constructor"].map((f) => vouched(f))).toEqual([sha256("alpha\n"), sha256("not what is on disk"), undefined, undefined]);
  // Written again (size and mtime set back): its ctime moved, so the caller reads it.
  const file = join(root, "out", "b.txt");
  const { atime, mtime } = statSync(file);
  writeFileSync(file, "BETA\n");
  utimesSync(file, atime, mtime);
  expect(vouchedOutputs(root, config)!("b.txt")).toBeUndefined();
  expect(vouchedOutputs(root, config)!("a.txt")).toBe(sha256("alpha\n"));
  // Recorded under another output root, or by a build that did not record one: no path is vouched for.
  expect(vouchedOutputs(root, { ...config, outDir: "dist" } as Config)).toBeUndefined();
  const { outDir: _dropped, ...older } = readCache(cache) as Cache & { outDir?: string };
  writeFileSync(cache, JSON.stringify(older));
  expect(vouchedOutputs(root, config)).toBeUndefined();
  writeFileSync(cache, "{");
  expect(vouchedOutputs(root, config)).toBeUndefined();
});

test("without a cache folder nothing is vouched for", () => {
  const root = mkdtempSync(join(tmpdir(), "lockstep-trust-"));
  roots.push(root);
  expect(vouchedOutputs(root, config)).toBeUndefined();
});

test("a cache file that is not a cache object answers nothing and vouches for nothing, without failing", () => {
  const { root, cache } = generated();
  for (const text of ["null", "7", "[]", '"x"', '{"inputs":"inputs-1"}', '{"inputs":"inputs-1","outDir":"out","outputs":null}']) {
    writeFileSync(cache, text);
    expect(isUpToDate(root, config, "inputs-1")).toBe(false);
    expect(vouchedOutputs(root, config)).toBeUndefined();
  }
});
