// Crash safety: `lockstep generate` SIGKILLed at random moments never leaves a torn
// file. Two valid versions A and B of a medium catalog differ in every code's text
// (so every generator's output changes, while the lockfile's facts stay the same);
// each round switches the spec to the other version, spawns the built CLI, kills it,
// and checks that every file under out/ is byte for byte either its complete old or
// its complete new content, that --check does not call a half-written out/ fresh,
// and that the next generate repairs everything.
//
// Kills land uniformly over the measured run time (sent from here by a timer), or
// (two rounds in three) during the write phase, which is a few milliseconds of a run
// that a kill sent from outside mostly misses on a loaded machine. Those are aimed
// from inside: test/support/kill-at.mjs, loaded with `node --import`, SIGKILLs the run
// just before its n-th file operation under out/ (n drawn from the second to the last
// operation a whole run makes; before the first, out/ is simply untouched). At least
// nine in ten aimed kills must leave out/ mid-write (a torn out/ is what the test is
// about), and the distribution is printed.
//
// CI runs 25 kills; a long run: `LOCKSTEP_KILLS=250 npx vitest run test/crash.test.ts`.
// The kill schedule is seeded: LOCKSTEP_SEED=<seed> replays one (the seed is printed).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const KILLS = Number(process.env.LOCKSTEP_KILLS ?? 25);
const SEED = Number(process.env.LOCKSTEP_SEED ?? 12345);
/** Of the kills aimed at the write phase, the share that must land mid-write. */
const MID_WRITE_FLOOR = 0.9;
/** The preload that kills a run at its n-th file operation under out/. */
const KILL_AT = join(import.meta.dirname, "support", "kill-at.mjs");
const LOCKFILE = "spec/lockstep.lock.json";
/** What the atomic writer names its temp files: `.<pid>.<random>.lockstep-tmp`. */
const TEMP = /(^|\/)\.\d+\.[a-z0-9]+\.lockstep-tmp$/;

const temps: string[] = [];

// ---------------------------------------------------------------------------
// The catalog: 320 codes in 8 domains; version B rewords every text field.

const WORDS = ["invalid", "missing", "expired", "phone", "number", "token", "account", "quota", "channel", "media", "payload", "limit"];

function domainFile(d: number, variant: "A" | "B"): string {
  const lines = [`title: ${variant === "A" ? "Domain" : "Area"} ${d}`, `description: ${variant === "A" ? "Errors of" : "Problems in"} domain ${d}.`, "codes:"];
  for (let i = d; i < 320; i += 8) {
    const name = `${WORDS[i % WORDS.length]}_${WORDS[(i >> 3) % WORDS.length]}_${i}`.toUpperCase();
    lines.push(`  - name: ${name}`, `    status: ${[400, 404, 409, 422, 429][i % 5]}`);
    lines.push(`    description: "${variant === "A" ? "The request's" : "This request's"} field_${i} is not acceptable (see <docs> | \`x\`)."`);
    lines.push(`    title: ${variant === "A" ? "Problem" : "Issue"} number ${i}`);
    if (i % 3 === 0) lines.push(`    cause: ${variant === "A" ? "A value outside the range." : "The value was out of range."}`, `    fix: ${variant === "A" ? "Send" : "Use"} a value in range.`);
    if (i % 5 === 0) lines.push("    details:", "      field: { type: string, required: true }", "      reason: { type: enum, values: [dnc, hard_block] }");
    if (i % 4 === 0) lines.push("    retryable: yes", `    retry: { strategy: ${variant === "A" ? "Back off." : "Wait and retry."} }`);
    if (i % 7 === 0) lines.push("    tags: [synthetic]");
  }
  return lines.join("\n") + "\n";
}

function writeSpec(root: string, variant: "A" | "B"): void {
  for (let d = 0; d < 8; d++) writeFileSync(join(root, "spec", `area-${d}.yaml`), domainFile(d, variant));
}

function newProject(variant: "A" | "B"): string {
  const root = mkdtempSync(join(tmpdir(), `lockstep-crash-${variant}-`));
  mkdirSync(join(root, "spec"));
  // A node_modules folder turns on the up-to-date cache, as in a real project.
  mkdirSync(join(root, "node_modules"));
  writeFileSync(join(root, "lockstep.config.yaml"), 'catalog:\n  name: crash\n  version: "1.0.0"\n  docsUrl: "https://docs.example.com/errors#{anchor}"\n');
  writeSpec(root, variant);
  return root;
}

// ---------------------------------------------------------------------------
// Trees on disk.

/** Files under out/ plus the lockfile, path → bytes. */
function tree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(root, path)));
    }
  };
  walk("out");
  try {
    files.set(LOCKFILE, readFileSync(join(root, LOCKFILE)));
  } catch {
    // no lockfile
  }
  return files;
}

function sameTree(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([path, bytes]) => b.get(path)?.equals(bytes) === true);
}

const withoutTemps = (t: ReadonlyMap<string, Buffer>): Map<string, Buffer> => new Map([...t].filter(([p]) => !TEMP.test(p)));

let BIN = "";

/**
 * Builds the CLI and runs a private copy of it, so a rebuild of dist/ during the run
 * (a watcher, another terminal) cannot pull the bundle from under a spawned process.
 */
function installCli(): string {
  let last = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--if-stale"], { cwd: ROOT, stdio: "inherit" });
    const dir = mkdtempSync(join(tmpdir(), "lockstep-cli-"));
    temps.push(dir);
    try {
      for (const part of ["bin", "dist", "templates", "package.json"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
      const r = spawnSync(process.execPath, [join(dir, "bin", "lockstep.mjs"), "--version"], { encoding: "utf8" });
      if (r.status === 0) return join(dir, "bin", "lockstep.mjs");
      last = r.stderr;
    } catch (e) {
      last = String(e);
    }
  }
  throw new Error(`cannot install a copy of the CLI: ${last}`);
}

function cli(root: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// ---------------------------------------------------------------------------

let expected: Record<"A" | "B", Map<string, Buffer>>;
let runMs = 0;
let projectA = "";

/**
 * Spawns generate and has it killed: `uniform`, from here `at` ms after spawn; `write`,
 * by itself just before its `at`-th file operation under out/ (counting from 1).
 */
function killedRun(root: string, mode: "uniform" | "write", at: number): Promise<{ finished: boolean }> {
  return new Promise((resolve) => {
    const argv = mode === "write" ? ["--import", KILL_AT, BIN, "generate", "--quiet"] : [BIN, "generate", "--quiet"];
    const child = spawn(process.execPath, argv, { cwd: root, stdio: "ignore", env: { ...process.env, LOCKSTEP_KILL_AT: String(mode === "write" ? at : 0) } });
    const timer = mode === "uniform" ? setTimeout(() => child.kill("SIGKILL"), at) : undefined;
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      // Finished only when it exited on its own and succeeded (a kill that lost the race).
      resolve({ finished: signal === null && code === 0 });
    });
  });
}

beforeAll(() => {
  BIN = installCli();
  const trees = {} as Record<"A" | "B", Map<string, Buffer>>;
  for (const variant of ["A", "B"] as const) {
    const root = newProject(variant);
    temps.push(root);
    const r = cli(root, "generate", "--quiet");
    if (r.code !== 0) throw new Error(`version ${variant} does not generate:\n${r.err}`);
    trees[variant] = tree(root);
    if (variant === "A") projectA = root;
  }
  expected = trees;
});

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

test("versions A and B change every generator's output and nothing else", () => {
  const { A, B } = expected;
  expect([...A.keys()].sort()).toEqual([...B.keys()].sort());
  const changed = new Set([...A].filter(([p, bytes]) => !B.get(p)!.equals(bytes)).map(([p]) => p.split("/")[1]));
  const folders = new Set([...A.keys()].filter((p) => p.startsWith("out/") && p.split("/").length > 2).map((p) => p.split("/")[1]));
  expect([...folders].filter((f) => !changed.has(f))).toEqual([]);
  expect(A.get(LOCKFILE)!.equals(B.get(LOCKFILE)!)).toBe(true);
});

test(`SIGKILL at random moments never leaves a torn file (${KILLS} kills)`, async () => {
  const root = newProject("A");
  temps.push(root);
  cpSync(join(projectA, "out"), join(root, "out"), { recursive: true });
  cpSync(join(projectA, LOCKFILE), join(root, LOCKFILE));
  // Measure a run and the file operations it makes under out/ (through the preload, killing nothing); medians of three.
  const runs: number[] = [];
  const opCounts: number[] = [];
  let current: "A" | "B" = "A";
  for (let i = 0; i < 3; i++) {
    current = current === "A" ? "B" : "A";
    writeSpec(root, current);
    const countFile = join(root, `ops-${i}.txt`);
    const t0 = performance.now();
    const argv = ["--import", KILL_AT, BIN, "generate", "--quiet"];
    const r = await new Promise<number | null>((res) => spawn(process.execPath, argv, { cwd: root, stdio: "ignore", env: { ...process.env, LOCKSTEP_COUNT_TO: countFile } }).on("exit", res));
    runs.push(performance.now() - t0);
    expect(r).toBe(0);
    opCounts.push(Number(readFileSync(countFile, "utf8")));
    rmSync(countFile);
  }
  runMs = runs.sort((a, b) => a - b)[1]!;
  const opsPerRun = opCounts.sort((a, b) => a - b)[1]!;
  // A temp-file write and a rename per changed file, plus the manifests: without them there is nothing to aim at.
  expect(opsPerRun, "file operations under out/ during one generate").toBeGreaterThanOrEqual(10);
  expect(sameTree(tree(root), expected[current])).toBe(true);

  const stats = { before: 0, mid: 0, after: 0, finished: 0, tempsLeft: 0, reverted: 0, spuriousHandEdited: 0 };
  type State = "before" | "mid" | "after" | "finished";
  const byMode = { uniform: { before: 0, mid: 0, after: 0, finished: 0 }, write: { before: 0, mid: 0, after: 0, finished: 0 } } satisfies Record<string, Record<State, number>>;
  const failures: string[] = [];
  let seed = SEED;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

  let done = 0;
  for (let k = 0; k < KILLS && failures.length < 20; k++, done++) {
    const tempsBefore = new Set([...tree(root).keys()].filter((p) => TEMP.test(p)));
    const old = current;
    const next: "A" | "B" = old === "A" ? "B" : "A";
    writeSpec(root, next);
    const mode = k % 3 === 0 ? "uniform" : "write";
    const at = mode === "uniform" ? random() * runMs * 1.1 : 2 + Math.floor(random() * (opsPerRun - 1));
    const { finished } = await killedRun(root, mode, at);
    const where = `kill ${k + 1} (${mode === "uniform" ? `${at.toFixed(1)} ms` : `before file operation ${at} of ${opsPerRun}`}, ${old}→${next}, seed ${SEED})`;

    // Every file is whole: old or new bytes, never a mix; nothing but our temp files besides.
    const onDisk = tree(root);
    for (const [path, bytes] of onDisk) {
      if (TEMP.test(path)) continue;
      const want = [expected[old].get(path), expected[next].get(path)];
      if (want[0] === undefined) failures.push(`${where}: unexpected file ${path}`);
      else if (path.endsWith(".lockstep-manifest.json") && !want.some((w) => w!.equals(bytes))) {
        // Before its first write a run records old and new hashes (an interim manifest): it must be whole JSON.
        try {
          JSON.parse(bytes.toString("utf8"));
        } catch {
          failures.push(`${where}: the manifest is torn`);
        }
      }
      else if (!want.some((w) => w!.equals(bytes))) failures.push(`${where}: ${path} is neither the old nor the new content (${bytes.length} bytes)`);
    }
    for (const path of expected[old].keys()) if (!onDisk.has(path)) failures.push(`${where}: ${path} is missing`);
    const clean = withoutTemps(onDisk);
    const leftovers = [...onDisk.keys()].filter((p) => TEMP.test(p) && !tempsBefore.has(p)).length;
    const state = finished ? "finished" : sameTree(clean, expected[old]) && leftovers === 0 ? "before" : sameTree(clean, expected[next]) && leftovers === 0 ? "after" : "mid";
    stats[state]++;
    byMode[mode][state]++;

    // --check calls a torn out/ stale, and a whole one too while a killed run's temp file is
    // left (generate would remove it); revert half the time to the old spec.
    let target = next;
    if (state === "mid") {
      if (k % 2 === 0) {
        target = old;
        writeSpec(root, old);
        stats.reverted++;
      }
      const anyTemp = [...onDisk.keys()].some((p) => TEMP.test(p));
      const want = sameTree(clean, expected[target]) && !anyTemp ? 0 : 1;
      const check = cli(root, "check");
      if (check.code !== want) failures.push(`${where}: --check after a torn run exited ${check.code}, want ${want}\n${check.err.slice(0, 500)}`);
    }
    const repair = cli(root, "generate", "--quiet");
    if (repair.code !== 0) failures.push(`${where}: the next generate exited ${repair.code}\n${repair.err.slice(0, 800)}`);
    // Files the killed run wrote look hand-edited to the old manifest when the spec is reverted.
    stats.spuriousHandEdited += (repair.err.match(/edited by hand/g) ?? []).length;
    if (target === next && repair.err !== "") failures.push(`${where}: the next generate warned:\n${repair.err.slice(0, 800)}`);
    const repaired = tree(root);
    if (!sameTree(withoutTemps(repaired), expected[target])) failures.push(`${where}: out/ after the next generate differs from version ${target}`);
    const check = cli(root, "check");
    if (check.code !== 0) failures.push(`${where}: --check after the repair exited ${check.code}\n${check.err.slice(0, 800)}`);
    // The next run removes the temp files of killed runs.
    const left = [...repaired.keys()].filter((p) => TEMP.test(p));
    if (left.length) failures.push(`${where}: temp files left after the next generate: ${left.join(", ")}`);
    stats.tempsLeft += left.length;
    current = target;
  }

  const row = (m: Record<State, number>) => `before ${m.before}, mid-write ${m.mid}, after ${m.after}, finished first ${m.finished}`;
  const aimed = Object.values(byMode.write).reduce((a, b) => a + b, 0);
  console.log(
    `crash: ${done} kills (seed ${SEED}); run ${runMs.toFixed(0)} ms, ${opsPerRun} file operations under out/; ` +
      `killed before writing ${stats.before}, mid-write ${stats.mid} (${stats.reverted} then reverted), after writing ${stats.after}, ` +
      `finished first ${stats.finished}; temp files left behind ${stats.tempsLeft}; spurious "edited by hand" warnings ${stats.spuriousHandEdited}; ` +
      `failures ${failures.length}\n` +
      `crash: aimed at the write phase (${aimed}): ${row(byMode.write)}; uniform over the run (${done - aimed}): ${row(byMode.uniform)}`,
  );
  expect(failures).toEqual([]);
  // The interim manifest makes a killed run's files count as Lockstep's: no false "edited by hand".
  expect(stats.spuriousHandEdited).toBe(0);
  expect(stats.tempsLeft).toBe(0);
  expect(stats.before + stats.mid + stats.after + stats.finished).toBe(KILLS);
  expect(done).toBe(KILLS);
  // The kills aimed at the write phase must mostly get there: otherwise this test proves little about torn writes.
  expect(byMode.write.mid, `mid-write kills of ${aimed} aimed at the write phase`).toBeGreaterThanOrEqual(Math.ceil(aimed * MID_WRITE_FLOOR));
}, Math.max(600_000, KILLS * 12_000));
