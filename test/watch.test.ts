// `lockstep generate --watch`, in-process on throwaway projects: edits regenerate,
// invalid input is reported and writes nothing while the watch keeps going, new and
// deleted domain files, template overrides (even a folder created later), editors'
// atomic saves, debouncing, stopping; and the built CLI exits 0 on SIGTERM.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { parseArgs } from "../src/cli/args.js";
import { watch } from "../src/cli/watch.js";
import { TempProject } from "./support/project.js";

const CONFIG = 'catalog:\n  name: demo\n  version: "1.0.0"\ngenerators:\n  ts: {}\nbuiltins: none\n';
const CORE = "codes:\n  - name: NOT_FOUND\n    status: 404\n    description: Version 0.\n";
/** The domain file with another description: a change that is never a breaking one. */
const core = (version: number | string): string => CORE.replace("Version 0.", `Version ${version}.`);
const DEBOUNCE_MS = 40;

/** A lockstep watch running in this process, with its output captured. */
class Watching {
  out = "";
  err = "";
  readonly done: Promise<number>;
  private readonly abort = new AbortController();

  constructor(readonly project: TempProject, argv: string[] = [], debounceMs = DEBOUNCE_MS) {
    const io = { cwd: project.root, env: {}, out: (t: string) => void (this.out += t), err: (t: string) => void (this.err += t) };
    this.done = watch(parseArgs(["generate", "--watch", ...argv]), io, { signal: this.abort.signal, debounceMs });
  }

  /** Runs finished so far: each ends with a summary line (success) or "nothing written" (failure). */
  get runs(): number {
    return (this.out.match(/^lockstep: \d+ codes? in \d+ domains? → /gm) ?? []).length + (this.err.match(/^lockstep: nothing written; waiting for changes$/gm) ?? []).length;
  }

  async until(what: string, ok: () => boolean, timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    while (!ok()) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}\n--- out:\n${this.out}--- err:\n${this.err}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Waits for the run after `runs` finished ones. */
  async nextRun(after: number): Promise<void> {
    await this.until(`run ${after + 1}`, () => this.runs > after);
  }

  async started(): Promise<void> {
    await this.until("the watch to start", () => this.out.includes("lockstep: watching "));
  }

  async stop(): Promise<number> {
    this.abort.abort();
    return this.done;
  }
}

const running: Watching[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.stop()));
});

function start(p: TempProject, argv: string[] = [], debounceMs = DEBOUNCE_MS): Watching {
  const w = new Watching(p, argv, debounceMs);
  running.push(w);
  return w;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A second watch on a project of its own, with the same debounce, in this process: it
 * measures how long a live watch takes to react on this machine, however loaded. To
 * show that a watch under test stays quiet, make it the change it must ignore, then
 * `settle()`: the control gets a change after that one and must react to it twice in
 * a row. A watch that stayed quiet through that was quiet, not just slow: its own
 * reaction (timer, event, run) was due first, on the same event loop.
 */
async function control(debounceMs = DEBOUNCE_MS): Promise<{ settle: () => Promise<void> }> {
  const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
  const c = start(p, [], debounceMs);
  await c.started();
  let version = 0;
  return {
    async settle() {
      for (let i = 0; i < 2; i++) {
        const runs = c.runs;
        p.write("spec/core.yaml", core(`control ${++version}`));
        await c.nextRun(runs);
        expect(p.read("out/ts/index.ts")).toContain(`Version control ${version}.`);
      }
    },
  };
}

describe("generate --watch", () => {
  test("edits regenerate; invalid input is reported, writes nothing, and the watch goes on", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
    const w = start(p);
    await w.started();
    const [first, second, ...rest] = w.out.split("\n");
    expect(first).toMatch(/^lockstep: 1 codes? in 1 domains? → out\/ \(7 written, 0 unchanged/);
    expect(second).toBe("lockstep: watching lockstep.config.yaml, spec/ for changes (Ctrl+C to stop)");
    expect(rest).toEqual([""]);
    expect(p.read("out/ts/index.ts")).toContain("NOT_FOUND");

    // A valid edit.
    p.write("spec/core.yaml", CORE + "  - name: GONE\n    status: 410\n");
    await w.nextRun(1);
    expect(p.read("out/ts/index.ts")).toContain('GONE = "GONE"');
    expect(w.out.split("\n").at(-2)).toMatch(/^lockstep: 2 codes in 1 domains? → out\/ \(4 written, 3 unchanged/);

    // An invalid intermediate state: diagnostics, out/ untouched, still running.
    const before = p.snapshot();
    p.write("spec/core.yaml", CORE + '  - name: GONE\n    status: 410\n    description: "half-typed\n');
    await w.nextRun(2);
    expect(w.err).toMatch(/^spec\/core\.yaml:\d+:\d+ error LS001: /);
    expect(w.err.endsWith("1 error\nlockstep: nothing written; waiting for changes\n")).toBe(true);
    expect(p.snapshot()).toEqual(before);

    // Fixed again.
    p.write("spec/core.yaml", CORE + '  - name: GONE\n    status: 410\n    description: "Typed in full."\n');
    await w.nextRun(3);
    expect(p.read("out/ts/index.ts")).toContain("Typed in full.");

    // A new domain file.
    p.write("spec/billing.yaml", "codes:\n  - name: PAYMENT_REQUIRED\n    status: 402\n");
    await w.nextRun(4);
    expect(p.read("out/ts/index.ts")).toContain("PAYMENT_REQUIRED");
    expect(w.out.split("\n").at(-2)).toMatch(/^lockstep: 3 codes in 2 domains → /);

    // A broken new file, then its deletion. (Deleting a generated domain is a lockfile
    // matter: its codes were published; see test/evolution.test.ts.)
    p.write("spec/draft.yaml", "codes:\n  - nmae: DRAFT\n");
    await w.nextRun(5);
    expect(w.err).toContain("spec/draft.yaml:2:5 error LS010");
    rmSync(join(p.root, "spec/draft.yaml"));
    await w.nextRun(6);
    expect(w.out.split("\n").at(-2)).toMatch(/^lockstep: 3 codes in 2 domains → out\/ \(0 written, 7 unchanged\)$/);

    expect(await w.stop()).toBe(0);
    expect(w.out.endsWith("lockstep: stopped watching\n")).toBe(true);
  });

  test("an editor's atomic save (write a temporary file, rename it over the original) regenerates", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
    const w = start(p);
    await w.started();
    writeFileSync(join(p.root, "spec/.core.yaml.swp"), "scratch");
    writeFileSync(join(p.root, "spec/core.yaml.tmp"), core(1));
    renameSync(join(p.root, "spec/core.yaml.tmp"), join(p.root, "spec/core.yaml"));
    await w.nextRun(1);
    expect(p.read("out/ts/index.ts")).toContain("Version 1.");
  });

  test("five quick writes make one regeneration, of the last state", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
    const quiet = await control(300);
    const w = start(p, [], 300);
    await w.started();
    // 10 ms apart, well inside the debounce, with a turn of the event loop between them,
    // so the watch sees five events rather than one the kernel coalesced.
    for (let version = 1; version <= 5; version++) {
      p.write("spec/core.yaml", core(version));
      await sleep(10);
    }
    await w.nextRun(1);
    // No second run may follow: a live watch with the same debounce reacts twice meanwhile.
    await quiet.settle();
    expect(w.runs).toBe(2);
    expect(p.read("out/ts/index.ts")).toContain("Version 5.");
    // And the watch is still live: the next change is one more run.
    p.write("spec/core.yaml", core(6));
    await w.nextRun(2);
    expect(p.read("out/ts/index.ts")).toContain("Version 6.");
    expect(w.out.split("\n").filter((l) => l.startsWith("lockstep: 1 code in 1 domain → "))).toEqual([
      "lockstep: 1 code in 1 domain → out/ (7 written, 0 unchanged, spec/lockstep.lock.json updated)",
      "lockstep: 1 code in 1 domain → out/ (3 written, 4 unchanged)",
      "lockstep: 1 code in 1 domain → out/ (3 written, 4 unchanged)",
    ]);
  });

  test("the config: a change applies, an invalid one is reported, a fixed one applies", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
    const w = start(p);
    await w.started();
    p.write("lockstep.config.yaml", CONFIG.replace("  ts: {}\n", "  ts: {}\n  markdown: {}\n"));
    await w.nextRun(1);
    expect(p.snapshot().has("docs/errors.md")).toBe(true);
    p.write("lockstep.config.yaml", CONFIG.replace("catalog:", "catalgo:"));
    await w.nextRun(2);
    expect(w.err).toContain("error LS010");
    p.write("lockstep.config.yaml", CONFIG);
    await w.nextRun(3);
    expect(p.snapshot().has("docs/errors.md")).toBe(false);
  });

  test("template overrides: a folder created while watching, then an edit in it", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG + "templates: my-templates\n").write("spec/core.yaml", CORE);
    const w = start(p);
    await w.started();
    expect(w.out).toContain("lockstep: watching lockstep.config.yaml, spec/, my-templates/ for changes");
    const builtin = readFileSync(join(import.meta.dirname, "..", "templates/ts/index.ts.hbs"), "utf8");
    p.write("my-templates/ts/index.ts.hbs", builtin + "// first override\n");
    await w.until("the override", () => p.read("out/ts/index.ts").endsWith("// first override\n"));
    const runs = w.runs;
    p.write("my-templates/ts/index.ts.hbs", builtin + "// second override\n");
    await w.nextRun(runs);
    expect(p.read("out/ts/index.ts").endsWith("// second override\n")).toBe(true);
  });

  test("a spec folder deleted and created again is watched again", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
    const w = start(p);
    await w.started();
    rmSync(join(p.root, "spec"), { recursive: true });
    await w.nextRun(1);
    expect(w.err).toContain("LS044");
    mkdirSync(join(p.root, "spec"));
    p.write("spec/core.yaml", core(1));
    await w.until("a run with the new folder", () => p.read("out/ts/index.ts").includes("Version 1."));
    const runs = w.runs;
    p.write("spec/core.yaml", core(2));
    await w.nextRun(runs);
    expect(p.read("out/ts/index.ts")).toContain("Version 2.");
  });

  test("--quiet prints only problems; after stop nothing runs", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
    const quiet = await control();
    const w = start(p, ["--quiet"]);
    await w.until("the first generate", () => p.snapshot().has("ts/index.ts"));
    expect(await w.stop()).toBe(0);
    expect(w.out).toBe("");
    const before = p.snapshot();
    p.write("spec/core.yaml", core(1));
    // A live watch with the same debounce reacts twice to later changes; the stopped one never.
    await quiet.settle();
    expect(p.snapshot()).toEqual(before);
    expect([w.out, w.err]).toEqual(["", ""]);
  });

  test.each([
    [["generate", "--watch", "--check"], "lockstep: --watch cannot be combined with check: run the check once (in CI or a hook), or watch with generate\n"],
    [["check", "-w"], "lockstep: --watch cannot be combined with check: run the check once (in CI or a hook), or watch with generate\n"],
    [["validate", "--watch"], "lockstep: --watch works with generate only, not validate\n"],
  ])("usage error: %j", async (argv, message) => {
    expect(await new TempProject().run(...argv)).toEqual({ code: 2, out: "", err: `${message}Run lockstep --help for usage.\n` });
  });
});

describe("the built CLI", () => {
  const BIN = join(import.meta.dirname, "..", "bin", "lockstep.mjs");

  test("generate --watch compiles even when the up-to-date cache vouches for out/, and exits 0 on SIGTERM", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE).write("node_modules/.keep", "");
    expect(spawnSync(process.execPath, [BIN], { cwd: p.root }).status).toBe(0);
    expect(spawnSync(process.execPath, [BIN, "check"], { cwd: p.root, encoding: "utf8" }).stdout).toBe("lockstep: out/ is up to date (unchanged since the last generate)\n");
    const child = spawn(process.execPath, [BIN, "generate", "--watch"], { cwd: p.root });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const start = Date.now();
    while (!out.includes("lockstep: watching ")) {
      if (Date.now() - start > 10_000) throw new Error(`the built CLI did not start watching:\n${out}`);
      await sleep(20);
    }
    expect(out.split("\n")[0]).toMatch(/^lockstep: 1 codes? in 1 domains? → out\/ \(0 written, 7 unchanged\)$/);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out.endsWith("lockstep: stopped watching\n")).toBe(true);
  });

  test("and 0 on SIGINT (Ctrl+C), right after the first run", async () => {
    const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", CORE);
    const child = spawn(process.execPath, [BIN, "-w"], { cwd: p.root });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.stdout.once("data", () => child.kill("SIGINT")); // the first line: the first run's summary
    expect(await exited).toBe(0);
  });
});
