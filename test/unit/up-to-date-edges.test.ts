// The up-to-date cache at its edges, with caches written by hand: the exact stat a record must
// match, stamps that are not numbers, a check's own stats and their racy window, outputs that
// are no longer plain files, and what a generate records. The wrong hash each cache records
// for out/a.txt shows whether a stat was trusted (only then can it pass).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import type { Config } from "../../src/load/config.js";
import { sha256 } from "../../src/io/out-state.js";
import { isUpToDate, recordUpToDate, vouchedOutputs } from "../../src/io/up-to-date.js";

const tempDir = tempDirs("lockstep-edges-");

const WRONG = sha256("not what is on disk");

function setup(outDir = "out"): { root: string; config: Config; file: string; cacheDir: string } {
  const root = tempDir();
  const cacheDir = join(root, "node_modules", ".cache", "lockstep");
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(join(root, outDir), { recursive: true });
  const file = join(root, outDir, "a.txt");
  writeFileSync(file, "alpha\n");
  return { root, config: { file: "lockstep.config.yaml", outDir } as Config, file, cacheDir };
}

/** The stat record up-to-date.ts keeps: size, inode, mtime and ctime in ns. */
function signatureOf(path: string): string {
  const s = statSync(path, { bigint: true });
  return `${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** Writes the cache by hand under the name the code reads. */
function writeCache(cacheDir: string, config: Config, cache: object): string {
  const path = join(cacheDir, `up-to-date-${sha256(config.file).slice(0, 16)}.json`);
  writeFileSync(path, JSON.stringify(cache));
  return path;
}

const later = (ns: bigint) => `${ns + 10_000_000_000n}`;

test("a generate's record is trusted when it is the file's exact stat, older than the fence on the same disk", () => {
  const { root, config, file, cacheDir } = setup();
  const stat = statSync(file, { bigint: true });
  const fence = { ns: later(stat.ctimeNs), dev: `${stat.dev}` };
  writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: { "a.txt": WRONG }, written: { "a.txt": signatureOf(file) }, fence });
  expect(isUpToDate(root, config, "i")).toBe(true);
  expect(vouchedOutputs(root, config)!("a.txt")).toBe(WRONG);
  // Any other stat record, or a fence that is not a number, trusts nothing.
  for (const bad of [{ written: { "a.txt": `${signatureOf(file)}0` } }, { fence: { ...fence, ns: `${fence.ns}x` } }, { fence: { ...fence, ns: `x${fence.ns}` } }]) {
    writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: { "a.txt": WRONG }, written: { "a.txt": signatureOf(file) }, fence, ...bad });
    expect(isUpToDate(root, config, "i")).toBe(false);
    expect(vouchedOutputs(root, config)!("a.txt")).toBeUndefined();
  }
});

test("a file whose mtime was set after the fence is not trusted, even with its ctime before it", () => {
  const { root, config, file, cacheDir } = setup();
  const future = new Date(Date.now() + 3_600_000);
  utimesSync(file, future, future);
  const stat = statSync(file, { bigint: true });
  writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: { "a.txt": WRONG }, written: { "a.txt": signatureOf(file) }, fence: { ns: `${stat.ctimeNs + 1_000_000n}`, dev: `${stat.dev}` } });
  expect(isUpToDate(root, config, "i")).toBe(false);
});

test("a check's stat is trusted only when the file is older than the cache by the racy window", () => {
  const { root, config, file, cacheDir } = setup();
  const changedMs = Number(statSync(file, { bigint: true }).ctimeNs / 1_000_000n);
  const seen = (seenAt: number) => writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: { "a.txt": WRONG }, seen: { "a.txt": signatureOf(file) }, seenAt });
  seen(changedMs + 10_000);
  expect(isUpToDate(root, config, "i")).toBe(true);
  expect(vouchedOutputs(root, config)!("a.txt")).toBe(WRONG);
  seen(changedMs + 1_000); // within 2 s of the file's last change: hashed, and the wrong hash fails
  expect(isUpToDate(root, config, "i")).toBe(false);
  expect(vouchedOutputs(root, config)!("a.txt")).toBeUndefined();
});

test("a check that trusted every stat leaves the cache as it was; one that hashed rewrites it with what it saw", () => {
  const { root, config, file, cacheDir } = setup();
  const changedMs = Number(statSync(file, { bigint: true }).ctimeNs / 1_000_000n);
  const trustedOnly = { inputs: "i", outDir: "out", outputs: { "a.txt": WRONG }, seen: { "a.txt": signatureOf(file) }, seenAt: changedMs + 10_000 };
  const path = writeCache(cacheDir, config, trustedOnly);
  expect(isUpToDate(root, config, "i")).toBe(true);
  expect(readFileSync(path, "utf8")).toBe(JSON.stringify(trustedOnly));
  writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: { "a.txt": sha256("alpha\n") } });
  expect(isUpToDate(root, config, "i")).toBe(true);
  const text = readFileSync(path, "utf8");
  expect(text.endsWith("}\n")).toBe(true);
  expect(JSON.parse(text).seen).toEqual({ "a.txt": signatureOf(file) });
});

test("an output that is a folder or behind a link, a leftover temp file, or a hash that is not a string: never up to date, never vouched for", () => {
  const { root, config, file, cacheDir } = setup();
  const right = { "a.txt": sha256("alpha\n") };
  writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: right });
  expect(isUpToDate(root, config, "i")).toBe(true);
  // A killed run's temp file (another pid's): the full check reports it.
  const temp = join(root, "out", `.${process.pid + 1}.abc123.lockstep-tmp`);
  writeFileSync(temp, "half");
  expect(isUpToDate(root, config, "i")).toBe(false);
  rmSync(temp);
  expect(isUpToDate(root, config, "i")).toBe(true);
  mkdirSync(join(root, "out", "dir"));
  writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: { ...right, dir: sha256("") } });
  expect(isUpToDate(root, config, "i")).toBe(false);
  writeCache(cacheDir, config, { inputs: "i", outDir: "out", outputs: { "a.txt": 7 }, written: { "a.txt": signatureOf(file) }, fence: { ns: later(statSync(file, { bigint: true }).ctimeNs), dev: `${statSync(file).dev}` } });
  expect(vouchedOutputs(root, config)!("a.txt")).toBeUndefined();
  // Behind a link: out/ itself is a link to the real folder.
  const real = setup("real");
  symlinkSync(join(real.root, "real"), join(real.root, "out"));
  writeCache(real.cacheDir, config, { inputs: "i", outDir: "out", outputs: right });
  expect(isUpToDate(real.root, config, "i")).toBe(false);
});

test("with the output root at the project root, recorded paths are the files there", () => {
  const { root, config, cacheDir } = setup(".");
  writeCache(cacheDir, config, { inputs: "i", outDir: ".", outputs: { "a.txt": sha256("alpha\n") } });
  expect(isUpToDate(root, config, "i")).toBe(true);
});

test("a generate records its output root and the stats of plain files only, in a cache named for its config", () => {
  const { root, config, file, cacheDir } = setup();
  mkdirSync(join(root, "out", "dir"));
  recordUpToDate(root, config, "i", new Map([["a.txt", sha256("alpha\n")], ["dir", sha256("")], ["gone.txt", sha256("")]]));
  const names = readdirSync(cacheDir);
  expect(names).toEqual([`up-to-date-${sha256("lockstep.config.yaml").slice(0, 16)}.json`]);
  const cache = JSON.parse(readFileSync(join(cacheDir, names[0]!), "utf8"));
  expect(cache.outDir).toBe("out");
  expect(cache.written).toEqual({ "a.txt": signatureOf(file) });
});
