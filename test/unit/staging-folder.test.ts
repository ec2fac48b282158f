// openStaging in process: where a run stages (the project's cache folder, else the system's
// temp folder), what it names its files, what discard leaves, which earlier runs' folders it
// removes, and a staged file committed across disks (the writer's copy when rename says EXDEV).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import { bytesOf, openStaging } from "../../src/io/staging.js";
import { applyOutState } from "../../src/io/writer.js";

const tempDir = tempDirs("lockstep-staging-unit-");

function project(withCache: boolean): { root: string; cache: string } {
  const root = tempDir();
  const cache = join(root, "node_modules", ".cache", "lockstep");
  if (withCache) mkdirSync(cache, { recursive: true });
  return { root, cache };
}

const DEAD_PID = 2 ** 22 + 1; // above Linux's default pid_max: no such process

test("a run stages in the project's cache folder, in a folder named for its pid, one file per put", () => {
  const { root, cache } = project(true);
  const staging = openStaging(root)!;
  const a = staging.put(Buffer.from("first"));
  const b = staging.put(Buffer.from("second"));
  expect(dirname(a.file)).toBe(dirname(b.file));
  expect(dirname(dirname(a.file))).toBe(cache);
  expect(dirname(a.file).slice(cache.length + 1)).toMatch(new RegExp(`^lockstep-staging-${process.pid}-`));
  expect(a.file).not.toBe(b.file);
  expect([bytesOf(a).toString(), bytesOf(b).toString(), bytesOf(Buffer.from("in memory")).toString()]).toEqual(["first", "second", "in memory"]);
  staging.discard();
  expect(existsSync(dirname(a.file))).toBe(false);
  expect(readdirSync(cache)).toEqual([]);
});

test("without the cache folder (or with a file in its place) a run stages in the system's temp folder", () => {
  for (const fileInPlace of [false, true]) {
    const { root, cache } = project(false);
    if (fileInPlace) {
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(cache, "not a folder");
    }
    const staging = openStaging(root)!;
    const staged = staging.put(Buffer.from("x"));
    expect(dirname(dirname(staged.file))).toBe(tmpdir());
    staging.discard();
    expect(existsSync(dirname(staged.file))).toBe(false);
  }
});

test("folders of dead runs are removed; a live run's, this run's own and other names are kept", () => {
  const { root, cache } = project(true);
  const keep = [`lockstep-staging-${process.ppid}-live`, `lockstep-staging-${process.pid}-mine`, "lockstep-staging-x-odd", "other-folder", `not-lockstep-staging-${DEAD_PID}-x`];
  const dead = `lockstep-staging-${DEAD_PID}-dead`;
  for (const name of [...keep, dead]) {
    mkdirSync(join(cache, name));
    writeFileSync(join(cache, name, "0"), "left");
  }
  const staging = openStaging(root)!;
  const own = dirname(staging.put(Buffer.from("y")).file).slice(cache.length + 1);
  expect(readdirSync(cache).sort()).toEqual([...keep, own].sort());
  staging.discard();
});

test("a staged file on another disk is copied into place whole", () => {
  const { root } = project(false);
  const out = join(root, "out");
  mkdirSync(out);
  // The system temp folder here is the project's disk; /dev/shm (tmpfs) is another one.
  expect(statSync("/dev/shm").dev, "/dev/shm must be a separate (tmpfs) device for this test").not.toBe(statSync(root).dev);
  const shm = tempDir("/dev/shm");
  const staged = join(shm, "0");
  writeFileSync(staged, "across disks");
  applyOutState(out, { files: [{ kind: "missing", path: "deep/a.txt", next: { file: staged } }], manifest: "m\n", interimManifest: "i\n", hashes: new Map(), refusals: [] });
  expect(readFileSync(join(out, "deep", "a.txt"), "utf8")).toBe("across disks");
  expect(readdirSync(join(out, "deep"))).toEqual(["a.txt"]);
});
