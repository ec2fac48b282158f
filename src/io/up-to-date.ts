// A local cache that lets an unchanged `--check` skip compiling and generating.
//
// After a successful `generate`, Lockstep records a fingerprint of everything the
// output depends on (this exact build of Lockstep, the config, every spec file, the
// template overrides, third-party generators' files) and the hash of every file it wrote. `--check` recomputes the
// fingerprint and re-hashes the files on disk; only when both match does it answer
// "up to date" without parsing the spec. Any difference, or any doubt (a plugin whose
// files cannot be found, --only, --no-plugins with a plugin, no cache), takes the full path. On
// that path the recorded hashes still tell what each output holds while its stat vouches for
// it, so the comparison with out/ need not read it back (vouchedOutputs). The cache lives in
// node_modules/.cache/lockstep, never in out/, so it is never committed.
import { createHash } from "node:crypto";
import { type BigIntStats, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../load/config.js";
import { filesUnder } from "./files-under.js";
import { sha256, symlinkOnPath } from "./out-state.js";
import { pluginFiles } from "./plugin-files.js";
import { hasLeftoverTemps } from "./writer.js";
import { cacheDirIn } from "./cache-dir.js";

declare const __LOCKSTEP_BUILD_ID__: string | undefined;

/** Set in the bundle by scripts/build.mjs; undefined when running from sources (tests), which disables the cache. */
const BUILD_ID = typeof __LOCKSTEP_BUILD_ID__ === "string" ? __LOCKSTEP_BUILD_ID__ : undefined;

interface CacheFile {
  readonly inputs: string;
  /** The output root the recorded paths are under (relative to the project root). */
  readonly outDir?: string;
  /** Path under the output root → sha256 of what was written. */
  readonly outputs: Readonly<Record<string, string>>;
  /**
   * Path → the file's stat (size, inode, mtime and ctime in ns) taken just before a check
   * read it and found its hash right. Trusted when older than `seenAt` by the racy window.
   */
  readonly seen?: Readonly<Record<string, string>>;
  /** When a check wrote `seen` (ms since the epoch). */
  readonly seenAt?: number;
  /** Path → the file's stat taken by the generate that wrote it (or found it unchanged). */
  readonly written?: Readonly<Record<string, string>>;
  /**
   * The mtime (ns) and device of this cache file as first written by that generate, after
   * it took those stats: a time on the output disk's own clock (as git's index mtime).
   */
  readonly fence?: { readonly ns: string; readonly dev: string };
}

/**
 * A stat a check recorded less than this long before `seenAt` is not trusted (the file could
 * have changed again within one timestamp tick, as git's "racily clean" entries): hashed again.
 */
const RACY_MS = 2000;

/** What an unchanged file's stat looks like, to compare with the one recorded. */
function signature(stat: BigIntStats): string {
  return `${stat.size}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/**
 * Whether a file whose stat is `now` can be trusted without hashing it. A check's stat: when
 * older than `seenAt` by the racy window. A generate's stat: when older than the fence, on the
 * same disk; any write after the fence gives the file a ctime at or after it, so a stat in
 * the fence's own clock tick, or on another disk (another clock), is hashed again.
 */
function trustRule(cache: CacheFile): (file: string, now: string, stat: BigIntStats) => boolean {
  // A cache edited by hand (or by another build) trusts nothing it cannot read.
  const integer = (v: unknown): bigint => (typeof v === "string" && /^\d{1,30}$/.test(v) ? BigInt(v) : -1n);
  const before = Number.isSafeInteger(cache.seenAt) ? BigInt(cache.seenAt! - RACY_MS) * 1_000_000n : -1n;
  const fence = integer(cache.fence?.ns);
  const fenceDev = integer(cache.fence?.dev);
  const older = (stat: BigIntStats, than: bigint) => stat.ctimeNs < than && stat.mtimeNs < than;
  return (file, now, stat) =>
    (cache.seen?.[file] === now && older(stat, before)) || (cache.written?.[file] === now && stat.dev === fenceDev && older(stat, fence));
}

function cachePath(root: string, config: Config): string | undefined {
  const dir = cacheDirIn(root);
  return dir && join(dir, `up-to-date-${sha256(config.file).slice(0, 16)}.json`);
}

/**
 * The fingerprint of a run's inputs, or undefined when a run cannot be fingerprinted
 * (sources build, third-party generators whose code we cannot see).
 */
export function inputsFingerprint(root: string, config: Config, texts: ReadonlyMap<string, string>, bytes?: ReadonlyMap<string, Uint8Array>, buildId = BUILD_ID): string | undefined {
  if (!buildId) return undefined;
  const hash = createHash("sha256").update(buildId);
  // The same bytes either way: a text's UTF-8, or the bytes it was read from when they are exactly that
  // (hashing 30 MB of spec and lockfile bytes costs a third of encoding the texts again).
  for (const [path, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`\0${path}\0`).update(bytes?.get(path) ?? text);
  if (config.templatesDir !== undefined) {
    for (const file of filesUnder(join(root, config.templatesDir))) hash.update(`\0${file.slice(root.length)}\0`).update(readFileSync(file));
  }
  // A third-party generator: its files as far as they can be seen without running it (plugin-files.ts).
  for (const g of config.generators ?? []) {
    if (g.from === undefined || !g.enabled) continue;
    const files = pluginFiles(root, g.from);
    if (!files) return undefined;
    hash.update(`\0plugin\0${g.name}\0${g.from}`);
    try {
      for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
    } catch {
      return undefined;
    }
  }
  return hash.digest("hex");
}

/**
 * True when the cache vouches for `inputs` and every recorded output is on disk unchanged.
 * A file whose stat is the one seen when it last hashed right is not read again (what git
 * does for its index): any write changes its ctime, which no tool can set back. Stats come
 * from the generate that wrote the files, else from the check that last hashed them.
 */
export function isUpToDate(root: string, config: Config, inputs: string): boolean {
  const found = readCache(root, config);
  if (!found) return false;
  const { path, cache } = found;
  if (cache.inputs !== inputs) return false;
  const outRoot = join(root, config.outDir);
  const trusted = trustRule(cache);
  const stats: Record<string, string> = {};
  let learned = false;
  for (const [file, hash] of Object.entries(cache.outputs)) {
    const rel = config.outDir === "." ? file : `${config.outDir}/${file}`;
    try {
      // The stat comes first: a write after it changes the ctime, so the next check hashes again.
      const stat = lstatSync(join(outRoot, file), { bigint: true });
      // A link with the right bytes behind it passes a hash but not the full check (LS060).
      if (!stat.isFile() || symlinkOnPath(root, rel)) return false;
      const now = signature(stat);
      stats[file] = now;
      if (trusted(file, now, stat)) continue;
      if (sha256(readFileSync(join(outRoot, file))) !== hash) return false;
      learned = true;
    } catch {
      return false;
    }
  }
  // A killed run leaves a temp file, which the full check reports and generate removes.
  if (hasLeftoverTemps(outRoot, Object.keys(cache.outputs))) return false;
  if (learned) writeCache(path, { ...cache, seen: stats, seenAt: Date.now() });
  return true;
}

/**
 * For a run whose inputs changed: the recorded hash of an output whose stat still vouches for
 * it (the trust isUpToDate gives), by path under the output root; undefined for any other file,
 * which the caller reads. A one-edit generate at 50,000 codes then neither reads out/ back nor
 * hashes the old bytes of its stale files (~350 MB) to tell them from hand-edited ones.
 */
export function vouchedOutputs(root: string, config: Config): ((file: string) => string | undefined) | undefined {
  const cache = readCache(root, config)?.cache;
  // Recorded for another output root (the config's `out:` changed since): the paths mean other files.
  if (!cache || cache.outDir !== config.outDir) return undefined;
  const outRoot = join(root, config.outDir);
  const trusted = trustRule(cache);
  return (file) => {
    const hash = Object.hasOwn(cache.outputs, file) ? cache.outputs[file] : undefined;
    if (typeof hash !== "string") return undefined;
    try {
      const stat = lstatSync(join(outRoot, file), { bigint: true });
      return stat.isFile() && trusted(file, signature(stat), stat) ? hash : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The cache file and what it records; undefined without one, or when it is not a cache (damaged, edited): then it vouches for nothing. */
function readCache(root: string, config: Config): { path: string; cache: CacheFile } | undefined {
  const path = cachePath(root, config);
  if (!path) return undefined;
  let cache: unknown;
  try {
    cache = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  return isObject(cache) && isObject(cache.outputs) ? { path, cache: cache as unknown as CacheFile } : undefined;
}

function writeCache(path: string, cache: CacheFile): boolean {
  try {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, JSON.stringify(cache) + "\n");
    return true;
  } catch {
    // read-only node_modules and the like: a cache that cannot be written only costs speed
    return false;
  }
}

/**
 * Records a successful generate, with the stat of each file it wrote or found unchanged, so
 * the first check after it (a pre-commit hook's) need not hash them. Best effort: a cache
 * that cannot be written only costs speed. `hashes`: sha256 of every output, by path under
 * the output root.
 */
export function recordUpToDate(root: string, config: Config, inputs: string, hashes: ReadonlyMap<string, string>): void {
  const path = cachePath(root, config);
  if (!path) return;
  const outRoot = join(root, config.outDir);
  const written: Record<string, string> = {};
  for (const file of hashes.keys()) {
    try {
      const stat = lstatSync(join(outRoot, file), { bigint: true });
      if (stat.isFile()) written[file] = signature(stat);
    } catch {
      // gone already: the check hashes (and misses) it
    }
  }
  const cache: CacheFile = { inputs, outDir: config.outDir, outputs: Object.fromEntries(hashes) };
  if (!writeCache(path, cache)) return;
  try {
    // Written once more with its own first mtime as the fence of the stats taken before it.
    const stat = statSync(path, { bigint: true });
    writeCache(path, { ...cache, written, fence: { ns: `${stat.mtimeNs}`, dev: `${stat.dev}` } });
  } catch {
    // the cache without stats: the first check hashes every file
  }
}
