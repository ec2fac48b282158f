// Where generate stages its output before the commit (src/io/staging.ts): a folder of the
// run's own outside out/ and spec/, gone when the run ends, however it ends; a killed run's
// folder is removed by the next run that stages in the same place.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { TempProject } from "./support/project.js";

const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;
const CONFIG = 'catalog:\n  name: demo\n  version: "1.0.0"\nbuiltins: none\ngenerators:\n  ts: {}\n  go: {}\n';
const SPEC = "codes:\n  - name: NOT_FOUND\n    status: 404\n";
const projects: TempProject[] = [];
afterEach(() => {
  for (const p of projects.splice(0)) rmSync(p.root, { recursive: true, force: true });
});

function project(): { p: TempProject; cache: string } {
  const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", SPEC);
  projects.push(p);
  const cache = join(p.root, "node_modules", ".cache", "lockstep");
  mkdirSync(cache, { recursive: true });
  return { p, cache };
}

const staged = (cache: string): string[] => readdirSync(cache).filter((n) => n.startsWith("lockstep-staging-")).sort();

test("generate stages in the project's cache folder and leaves nothing there; a dead run's folder is removed, a live one's kept", () => {
  const { p, cache } = project();
  // pid 2^22 + 1 is above Linux's pid_max default: no such process. Our own parent is alive.
  const dead = join(cache, `lockstep-staging-${2 ** 22 + 1}-abc`);
  const live = join(cache, `lockstep-staging-${process.pid}-abc`);
  for (const dir of [dead, live]) {
    mkdirSync(dir);
    writeFileSync(join(dir, "0"), "left by a killed run");
  }
  const r = spawnSync(process.execPath, [BIN, "generate", "--quiet"], { cwd: p.root, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(existsSync(join(p.root, "out", "ts", "index.ts"))).toBe(true);
  expect(staged(cache)).toEqual([`lockstep-staging-${process.pid}-abc`]);
});

test("a run stopped by bad generator output removes its staging folder and creates no out/", () => {
  const { p, cache } = project();
  p.write("gen.mjs", 'export default { name: "bad", description: "x", parseOptions: (o) => o, generate: () => [{ path: "../../escape.txt", contents: "x" }] };\n');
  p.write("lockstep.config.yaml", CONFIG + "  bad:\n    from: ./gen.mjs\n");
  const r = spawnSync(process.execPath, [BIN, "generate"], { cwd: p.root, encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/LS051/);
  expect(staged(cache)).toEqual([]);
  expect(existsSync(join(p.root, "out"))).toBe(false);
});

test("staged on another disk (the system temp folder on tmpfs), files are copied into out/ and written whole", () => {
  const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", SPEC);
  projects.push(p);
  // No node_modules/.cache/lockstep here: staging goes to TMPDIR, on another device than the project.
  expect(statSync("/dev/shm").dev, "/dev/shm must be a separate (tmpfs) device for this test").not.toBe(statSync(p.root).dev);
  const other = spawnSync(process.execPath, [BIN, "generate", "--quiet"], { cwd: p.root, encoding: "utf8", env: { ...process.env, TMPDIR: "/dev/shm" } });
  expect(other.stderr).toBe("");
  expect(other.status).toBe(0);
  const check = spawnSync(process.execPath, [BIN, "generate", "--check"], { cwd: p.root, encoding: "utf8" });
  expect(check.status).toBe(0);
  expect(readdirSync(join(p.root, "out", "go")).filter((n) => n.endsWith(".lockstep-tmp"))).toEqual([]);
  expect(readdirSync("/dev/shm").filter((n) => n.startsWith(`lockstep-staging-${other.pid}-`))).toEqual([]);
});
