// The CLI's V8 code cache (src/cli/code-cache.ts): the file format that keeps a damaged or
// foreign cache away from V8 (which would crash on it), where it lives, and the real command
// (bin/lockstep.mjs → dist/cli.cjs) making, using and replacing it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { cacheDirFor, cacheKey, decodeCache, encodeCache } from "../src/cli/code-cache.js";
import { TempProject } from "./support/project.js";

const BIN = join(import.meta.dirname, "..", "bin", "lockstep.mjs");
const NODE = { version: "v20.0.0", arch: "x64", execPath: process.execPath, flags: "" };

describe("cache file", () => {
  const key = cacheKey("source", NODE);
  const payload = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);

  test("a file made for this key reads back its payload", () => {
    expect(decodeCache(encodeCache(key, payload), key)).toEqual(payload);
  });

  test("the key changes with the source, the node binary and the flags", () => {
    const keys = [key, cacheKey("sourcf", NODE), cacheKey("source", { ...NODE, version: "v20.0.1" }), cacheKey("source", { ...NODE, arch: "arm64" }), cacheKey("source", { ...NODE, execPath: "/elsewhere/node" }), cacheKey("source", { ...NODE, flags: "--interrupt-budget=600000" })];
    expect(new Set(keys.map((k) => k.toString("hex"))).size).toBe(keys.length);
  });

  test.each([
    ["a damaged payload", (f: Buffer) => void (f[f.length - 3]! ^= 0xff)],
    ["a damaged payload hash", (f: Buffer) => void (f[25 + 32 + 1]! ^= 0xff)],
    ["another key", (f: Buffer) => void (f[25]! ^= 0xff)],
    ["another magic", (f: Buffer) => void (f[0] = 0x4c)],
  ])("%s is refused", (_, damage) => {
    const file = encodeCache(key, payload);
    damage(file);
    expect(decodeCache(file, key)).toBeUndefined();
  });

  test("a truncated file or an empty one is refused", () => {
    const file = encodeCache(key, payload);
    for (const n of [0, 10, 25, 25 + 32, file.length - 1]) expect(decodeCache(file.subarray(0, n), key)).toBeUndefined();
  });
});

test("the cache lives in the nearest node_modules at or above the working directory", () => {
  const p = new TempProject();
  mkdirSync(join(p.root, "node_modules"));
  mkdirSync(join(p.root, "packages", "api"), { recursive: true });
  expect(cacheDirFor(join(p.root, "packages", "api"))).toBe(join(p.root, "node_modules", ".cache", "lockstep"));
  mkdirSync(join(p.root, "packages", "api", "node_modules"));
  expect(cacheDirFor(join(p.root, "packages", "api"))).toBe(join(p.root, "packages", "api", "node_modules", ".cache", "lockstep"));
});

describe("the lockstep command", () => {
  const run = (p: TempProject, args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: p.root, encoding: "utf8", env: { ...process.env, LOCKSTEP_CODE_CACHE: "report", ...env } });
    return { code: r.status, out: r.stdout, err: r.stderr, cache: /code cache (\w+)/.exec(r.stderr)?.[1], written: r.stderr.includes("code cache written") };
  };
  const project = () => {
    const p = TempProject.fromFixture("minimal");
    mkdirSync(join(p.root, "node_modules"));
    return p;
  };
  const caches = (p: TempProject) => {
    try {
      return readdirSync(join(p.root, "node_modules", ".cache", "lockstep")).filter((f) => f.startsWith("v8-"));
    } catch {
      return [];
    }
  };

  test("a run that renders writes the cache; later runs use it and make the same files", () => {
    const p = project();
    const first = run(p, ["generate", "--quiet"]);
    expect(first).toMatchObject({ code: 0, cache: "absent", written: true });
    expect(caches(p)).toHaveLength(1);
    const out = p.snapshot();
    rmSync(join(p.root, "out"), { recursive: true }); // the next generate renders again
    const second = run(p, ["generate", "--quiet"]);
    expect(second).toMatchObject({ code: 0, cache: "accepted", written: false });
    expect(p.snapshot()).toEqual(out);
    expect(run(p, ["check", "--quiet"])).toMatchObject({ code: 0, cache: "accepted" });
  }, 60_000);

  test("writing a cache removes other builds' caches once they are a week old, and keeps newer ones", () => {
    const p = project();
    const dir = join(p.root, "node_modules", ".cache", "lockstep");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "v8-old.bin"), "x");
    writeFileSync(join(dir, "v8-recent.bin"), "x");
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(join(dir, "v8-old.bin"), eightDaysAgo, eightDaysAgo);
    expect(run(p, ["generate", "--quiet"])).toMatchObject({ code: 0, written: true });
    expect(caches(p)).toContain("v8-recent.bin");
    expect(caches(p)).not.toContain("v8-old.bin");
    expect(caches(p)).toHaveLength(2);
  }, 60_000);

  test("runs under other V8 flags keep a cache of their own instead of replacing the other one", () => {
    const p = project();
    expect(run(p, ["generate", "--quiet"])).toMatchObject({ cache: "absent", written: true });
    rmSync(join(p.root, "out"), { recursive: true });
    expect(run(p, ["generate", "--quiet"], { LOCKSTEP_V8_BUDGET: "default" })).toMatchObject({ cache: "absent", written: true });
    expect(caches(p)).toHaveLength(2);
    for (const env of [{}, { LOCKSTEP_V8_BUDGET: "default" }] as Record<string, string>[]) {
      rmSync(join(p.root, "out"), { recursive: true });
      expect(run(p, ["generate", "--quiet"], env)).toMatchObject({ code: 0, cache: "accepted" });
    }
  }, 60_000);

  test("a run that renders nothing writes no cache (it would miss the generators' code)", () => {
    const p = project();
    expect(run(p, ["validate"])).toMatchObject({ code: 0, cache: "absent", written: false });
    expect(caches(p)).toEqual([]);
  }, 60_000);

  test("a damaged cache is never handed to V8: the run succeeds and replaces it", () => {
    const p = project();
    run(p, ["generate", "--quiet"]);
    const [name] = caches(p);
    const path = join(p.root, "node_modules", ".cache", "lockstep", name!);
    const bytes = readFileSync(path);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(path, bytes);
    rmSync(join(p.root, "out"), { recursive: true });
    expect(run(p, ["generate", "--quiet"])).toMatchObject({ code: 0, cache: "invalid", written: true });
    expect(run(p, ["check", "--quiet"])).toMatchObject({ code: 0, cache: "accepted" });
  }, 60_000);

  test("LOCKSTEP_CODE_CACHE=off neither reads nor writes one; without node_modules there is none", () => {
    const p = project();
    for (const off of ["off", "0", "false"]) expect(run(p, ["generate", "--quiet", "--force"], { LOCKSTEP_CODE_CACHE: off })).toMatchObject({ code: 0, cache: undefined });
    expect(caches(p)).toEqual([]);
    const bare = TempProject.fromFixture("minimal");
    expect(run(bare, ["generate", "--quiet"])).toMatchObject({ code: 0, cache: "absent", written: false });
  }, 60_000);

  test("exit codes and messages come through the loader: a stale check exits 1, a broken spec 2", () => {
    const p = project();
    run(p, ["generate", "--quiet"]);
    p.write("spec/core.yaml", "codes:\n  - name: NOT_FOUND\n    description: Edited.\n");
    const stale = run(p, ["check"]);
    expect(stale.code).toBe(1);
    expect(stale.err + stale.out).toContain("out of date");
    p.write("lockstep.config.yaml", "catalog: [\n");
    const broken = run(p, ["validate"]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("lockstep.config.yaml:");
  }, 60_000);
});

test("a third-party generator's OptionError, thrown by its own copy of the API (dist/index.mjs), is LS041 at the option", () => {
  const api = pathToFileURL(join(import.meta.dirname, "..", "dist", "index.mjs")).href;
  const p = TempProject.fromFixture("minimal")
    .write(
      "gen.mjs",
      `import { defineGenerator, opt, parseOptionsWith } from ${JSON.stringify(api)};\n` +
        `export default defineGenerator({ name: "mine", description: "d", defaultOut: "mine", parseOptions: parseOptionsWith({ flavour: opt.oneOf(["a", "b"], "a", "f") }), generate: () => [] });\n`,
    )
    .write("lockstep.config.yaml", "catalog:\n  name: shop\nbuiltins: none\ngenerators:\n  mine:\n    from: ./gen.mjs\n    options: { flavour: c }\n");
  const r = spawnSync(process.execPath, [BIN, "generate"], { cwd: p.root, encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('lockstep.config.yaml:7:16 error LS041: generator "mine": option "flavour"');
});
