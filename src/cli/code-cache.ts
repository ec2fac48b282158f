// Loads the CLI bundle (dist/cli.cjs) with a V8 code cache, kept in the project's
// node_modules/.cache/lockstep. Node 20 compiles every module from source on every run
// (its compile cache arrives in Node 22), and a 500-code run spent ~30 ms of its ~0.3 s
// parsing and compiling Lockstep itself. A run that rendered (so compiled the functions a
// run uses) saves the cache as it exits; later runs skip that work.
//
// V8 checks that a cache fits its version and flags, but not that its bytes are intact: a
// damaged one crashes the process. So the file carries the hash of its payload and of the
// source and node binary it was made for, and anything that does not match is ignored and
// replaced. LOCKSTEP_CODE_CACHE=off (or 0, false) loads without it; =report says on stderr
// what happened.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";
import { cacheDirIn } from "../io/cache-dir.js";
import { mayTune, SMALL_RUN_BUDGET } from "./v8-tuning.js";

const MAGIC = "lockstep-code-cache 1\n";
const HASH_BYTES = 32;
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

/** What the bundle is handed besides the CommonJS arguments (see run.ts). */
export interface LoaderHooks {
  /** The run has rendered: the functions a run needs are compiled, so a cache made now covers them. */
  ranGenerators(): void;
  /** import() for the bundle, which as a vm script has no module loader of its own. */
  importModule(specifier: string): Promise<unknown>;
}

type Env = Readonly<Record<string, string | undefined>>;

/** `<nearest node_modules at or above cwd>/.cache/lockstep`, or undefined when there is none. */
export function cacheDirFor(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const found = cacheDirIn(dir);
    if (found !== undefined) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * What a cache must have been made for: this source, this node binary, these flags (V8 rejects
 * a cache made under other flags; with its own file per set of flags, runs that alternate them,
 * like `pnpm bench -- --v8-budget`, do not replace each other's cache every run).
 */
export function cacheKey(source: string, node: { version: string; arch: string; execPath: string; flags: string }): Buffer {
  let binary = "";
  try {
    const s = statSync(node.execPath);
    binary = `${s.size}:${s.mtimeMs}`;
  } catch {
    // an unreadable binary: its version and path still key the cache
  }
  return createHash("sha256").update(`${node.version}\0${node.arch}\0${node.execPath}\0${binary}\0${node.flags}\0`).update(source).digest();
}

/** The cache file: magic, key, hash of the payload, payload. */
export function encodeCache(key: Buffer, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(MAGIC), key, createHash("sha256").update(payload).digest(), payload]);
}

/** The payload of a cache file made for `key` with its bytes intact, else undefined. */
export function decodeCache(file: Buffer, key: Buffer): Buffer | undefined {
  const head = MAGIC.length;
  if (file.length < head + 2 * HASH_BYTES || file.toString("latin1", 0, head) !== MAGIC) return undefined;
  if (!file.subarray(head, head + HASH_BYTES).equals(key)) return undefined;
  const payload = file.subarray(head + 2 * HASH_BYTES);
  return createHash("sha256").update(payload).digest().equals(file.subarray(head + HASH_BYTES, head + 2 * HASH_BYTES)) ? payload : undefined;
}

/** Writes the file whole or not at all (a concurrent run reads the old file or the new one). */
function writeAtomically(dir: string, name: string, bytes: Buffer): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, join(dir, name));
  // Caches of other builds or node binaries, once a week old: two versions of Lockstep used
  // side by side in one repository keep theirs, instead of deleting each other's every run.
  const stale = Date.now() - STALE_AFTER_MS;
  for (const other of readdirSync(dir)) {
    if (!other.startsWith("v8-") || other === name) continue;
    const path = join(dir, other);
    if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < stale) rmSync(path, { force: true });
  }
}

/**
 * Runs the CLI bundle at `cliPath` (a CommonJS file whose top level runs the CLI). Never fails
 * because of the cache: one that cannot be read or written is simply not used.
 */
export function loadCli(cliPath: string, env: Env, cwd: string, execArgv: readonly string[]): void {
  const load = createRequire(cliPath);
  const mode = env.LOCKSTEP_CODE_CACHE ?? "on";
  if (mode === "off" || mode === "0" || mode === "false") {
    load(cliPath);
    return;
  }
  // Made and read under one budget: see v8-tuning.ts.
  const budget = mayTune(env, execArgv) ? `--interrupt-budget=${SMALL_RUN_BUDGET}` : undefined;
  if (budget) setFlagsFromString(budget);
  const source = readFileSync(cliPath, "utf8");
  const dir = cacheDirFor(cwd);
  const flags = [budget ?? "", ...execArgv, env.NODE_OPTIONS ?? ""].join("\0");
  const key = cacheKey(source, { version: process.version, arch: process.arch, execPath: process.execPath, flags });
  const name = `v8-${key.toString("hex").slice(0, 32)}.bin`;
  let file: Buffer | undefined;
  try {
    file = dir === undefined ? undefined : readFileSync(join(dir, name));
  } catch {
    file = undefined;
  }
  const cachedData = file && decodeCache(file, key);
  // Wrapped like a CommonJS module, on the bundle's first line: its line numbers stay right.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __lockstepHooks) {${source}\n})`, {
    filename: cliPath,
    ...(cachedData && { cachedData }),
  });
  const state = cachedData === undefined ? (file === undefined ? "absent" : "invalid") : script.cachedDataRejected ? "rejected" : "accepted";
  if (mode === "report") process.stderr.write(`lockstep: code cache ${state}\n`);
  let rendered = false;
  const hooks: LoaderHooks = { ranGenerators: () => void (rendered = true), importModule: (specifier) => import(specifier) };
  if (dir !== undefined && state !== "accepted") {
    process.once("exit", () => {
      if (!rendered) return;
      try {
        if (budget) setFlagsFromString(budget); // a large spec set V8's default meanwhile
        writeAtomically(dir, name, encodeCache(key, script.createCachedData()));
        if (mode === "report") process.stderr.write("lockstep: code cache written\n");
      } catch {
        // a read-only node_modules: run without a cache
      }
    });
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, load, module, cliPath, dirname(cliPath), hooks);
}
