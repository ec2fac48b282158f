// A generate or check after an edit takes the hash of each output whose stat the up-to-date
// cache vouches for instead of reading it back (out-state.ts, up-to-date.ts). End to end with
// the built CLI: whatever it trusted, out/ ends as a fresh project's generate makes it, a
// check reports what one without the cache reports, and a file edited by hand is still found.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { TempProject } from "./support/project.js";
import { pauseSync } from "./support/temp-dirs.js";

const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;
const CONFIG = 'catalog:\n  name: demo\n  version: "1.0.0"\nbuiltins: none\ngenerators:\n  ts: {}\n  go: {}\n  markdown: {}\n';
const spec = (description: string, comment = ""): string =>
  `${comment}codes:\n  - name: NOT_FOUND\n    status: 404\n    description: ${description}\n  - name: RATE_LIMITED\n    status: 429\n    description: Slow down.\n`;
const projects: TempProject[] = [];
afterEach(() => {
  for (const p of projects.splice(0)) rmSync(p.root, { recursive: true, force: true });
});

function project(description: string, cache: boolean): TempProject {
  const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", spec(description));
  projects.push(p);
  if (cache) mkdirSync(join(p.root, "node_modules"));
  return p;
}

const run = (p: TempProject, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: p.root, encoding: "utf8" });

/** Generated, then generated again after an edit that changes no output: that run records stats older than its cache (trusted). */
function generatedAndTrusted(p: TempProject): void {
  expect(run(p, "generate", "--quiet").status).toBe(0);
  pauseSync(30);
  p.write("spec/core.yaml", spec("Not there.", "# reviewed\n"));
  expect(run(p, "generate", "--quiet").status).toBe(0);
}

test("a generate after one edit writes what a fresh project's generate writes", () => {
  const p = project("Not there.", true);
  generatedAndTrusted(p);
  p.write("spec/core.yaml", spec("Nothing at that path."));
  const r = run(p, "generate");
  expect(r.stderr).toBe("");
  // A description is no fact the lockfile keeps: only out/ is written.
  expect(r.stdout).toMatch(/ \(\d+ written, \d+ unchanged\)\n$/);
  const fresh = project("Nothing at that path.", false);
  expect(run(fresh, "generate", "--quiet").status).toBe(0);
  expect(p.snapshot()).toEqual(fresh.snapshot());
  expect(run(p, "check", "--quiet").status).toBe(0);
});

test("a check after one edit reports what it reports without the cache", () => {
  const p = project("Not there.", true);
  generatedAndTrusted(p);
  const bare = project("Not there.", false);
  expect(run(bare, "generate", "--quiet").status).toBe(0);
  for (const q of [p, bare]) q.write("spec/core.yaml", spec("Nothing at that path."));
  const withCache = run(p, "check");
  const without = run(bare, "check");
  expect(withCache.status).toBe(1);
  expect(withCache.stderr).toContain("out/ts/index.ts: stale");
  expect(withCache.stderr).toMatch(/^\+ +\* Nothing at that path\.$/m);
  expect({ status: withCache.status, stderr: withCache.stderr, stdout: withCache.stdout }).toEqual({ status: without.status, stderr: without.stderr, stdout: without.stdout });
});

test("a file edited by hand after the generate is read, not trusted: the next generate says it overwrote it", () => {
  const p = project("Not there.", true);
  generatedAndTrusted(p);
  writeFileSync(join(p.root, "out", "docs", "errors.md"), "# edited by hand\n");
  p.write("spec/core.yaml", spec("Nothing at that path."));
  const r = run(p, "generate", "--quiet");
  expect(r.status).toBe(0);
  expect(r.stderr).toBe("lockstep: warning: overwrote out/docs/errors.md, which had been edited by hand\n");
  expect(p.read("out/docs/errors.md")).toContain("Nothing at that path.");
});
