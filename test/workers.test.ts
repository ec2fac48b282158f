// Generators in a worker thread (src/generate/parallel.ts): forced on a small catalog with
// LOCKSTEP_WORKERS=always, `generate` writes the same bytes, reports the same diagnostics
// with the same places and exit codes, and `check` agrees, as the single-threaded run.
// A plugin imported by path proves the worker really ran it (it reports its thread).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
// @ts-expect-error: a plain .mjs helper of the benchmark
import { writeSyntheticCatalog } from "../bench/synth.mjs";

const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;

const API = new URL("../dist/index.mjs", import.meta.url).href;
const PROBE = `import { isMainThread } from "node:worker_threads";
import { OptionError } from ${JSON.stringify(API)};
export default {
  name: "probe",
  parseOptions(o) {
    if (o.bad !== undefined) throw new OptionError("bad", "bad must not be set");
    return o;
  },
  generate(catalog, ctx) {
    process.stderr.write("probe thread: " + (isMainThread ? "main" : "worker") + "\\n");
    if (ctx.options.fail) throw new Error("the probe failed on purpose");
    return [{ path: "codes.txt", contents: catalog.codes.map((c) => c.name).join("\\n") }];
  },
};
`;

function project(extra: string): string {
  const root = mkdtempSync(join(tmpdir(), "lockstep-workers-"));
  (writeSyntheticCatalog as (dir: string, codes: number, domains: number) => void)(root, 300, 10);
  writeFileSync(join(root, "probe.mjs"), PROBE);
  // The probe goes first so that the worker's greedy share takes it.
  appendFileSync(join(root, "lockstep.config.yaml"), `generators:\n  probe:\n    from: ./probe.mjs\n${extra}`);
  return root;
}

function run(root: string, workers: "always" | "all" | "never", ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, LOCKSTEP_WORKERS: workers } });
  const probe = r.stderr.match(/^probe thread: (\w+)$/gm) ?? [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^probe thread: \w+\n/gm, ""), probe };
}

function tree(dir: string, rel = ""): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [p, b] of tree(dir, path)) files.set(p, b);
    else files.set(path, readFileSync(join(dir, path), "latin1"));
  }
  return files;
}

let one: string;
let two: string;
beforeAll(() => {
  one = project("");
  two = project("");
});

test("a worker writes the same out/ as the main thread alone, and check agrees either way", () => {
  const single = run(one, "never", "generate");
  const parallel = run(two, "always", "generate"); // split: part of the plan in the worker
  expect(single.status).toBe(0);
  expect(parallel.status).toBe(0);
  expect(parallel.stdout).toBe(single.stdout);
  expect(single.probe).toEqual(["probe thread: main"]);
  const a = tree(join(one, "out"));
  expect(a.size).toBeGreaterThan(20);
  expect(tree(join(two, "out"))).toEqual(a);
  const three = project("");
  const all = run(three, "all", "generate"); // every generator in the worker
  expect(all.probe).toEqual(["probe thread: worker"]);
  expect(tree(join(three, "out"))).toEqual(a);
  expect(readFileSync(join(one, "spec/lockstep.lock.json"), "utf8")).toBe(readFileSync(join(two, "spec/lockstep.lock.json"), "utf8"));
  expect(run(one, "always", "check").status).toBe(0);
  expect(run(two, "never", "check").status).toBe(0);
}, 120_000);

test.each([
  ["a generator that throws (LS050)", "    options: { fail: true }\n"],
  ["an option its parser refuses (LS041, at the option)", "    options: { bad: 1 }\n"],
])("%s: the same diagnostics, places and exit code in a worker", (_what, options) => {
  const a = project(options);
  const b = project(options);
  const single = run(a, "never", "generate");
  const parallel = run(b, "all", "generate");
  expect(parallel.probe.length).toBeLessThanOrEqual(1);
  expect(single.status).toBe(2);
  expect(parallel.status).toBe(2);
  expect(parallel.stderr).toBe(single.stderr);
  expect(single.stderr).toMatch(/lockstep\.config\.yaml:\d+:\d+ error LS0(41|50): generator "probe"/);
  expect(readdirSync(b).sort()).toEqual(readdirSync(a).sort()); // nothing written: no out/
  expect(readdirSync(b)).not.toContain("out");
}, 120_000);
