// The V8 tier-up budget a run sets for itself (src/cli/v8-tuning.ts), and that the CLI
// hands it the size of the spec it read, before compiling.
import { execFileSync } from "node:child_process";
import { expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import { budgetFor, DEFAULT_BUDGET_FROM_CHARS, SMALL_RUN_BUDGET, tuneRuntime, V8_DEFAULT_BUDGET } from "../../src/cli/v8-tuning.js";
import { TempProject } from "../support/project.js";

test("a spec below the threshold gets the longer budget; from it on, V8's default", () => {
  expect(budgetFor(0)).toBe(SMALL_RUN_BUDGET);
  expect(budgetFor(DEFAULT_BUDGET_FROM_CHARS - 1)).toBe(SMALL_RUN_BUDGET);
  expect(budgetFor(DEFAULT_BUDGET_FROM_CHARS)).toBe(V8_DEFAULT_BUDGET);
});

test("a budget the user chose, or LOCKSTEP_V8_BUDGET=default, is left alone", () => {
  expect(tuneRuntime(10, {}, [])).toBe(`--interrupt-budget=${SMALL_RUN_BUDGET}`);
  // The loader set the small-run budget before compiling: a large spec sets V8's default back.
  expect(tuneRuntime(DEFAULT_BUDGET_FROM_CHARS, {}, [])).toBe(`--interrupt-budget=${V8_DEFAULT_BUDGET}`);
  expect(tuneRuntime(10, { NODE_OPTIONS: "--max-old-space-size=4096 --interrupt-budget=1000" }, [])).toBeUndefined();
  expect(tuneRuntime(10, {}, ["--interrupt-budget=1000"])).toBeUndefined();
  expect(tuneRuntime(10, { LOCKSTEP_V8_BUDGET: "default" }, [])).toBeUndefined();
});

test("the CLI tunes once, with the characters of the spec files (not the lockfile), before it compiles", async () => {
  const a = "codes:\n  - name: A\n    description: é\n";
  const b = "codes:\n  - name: B\n";
  const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: shop\n").write("spec/a.yaml", a).write("spec/b.yaml", b);
  const calls: number[] = [];
  const io = { cwd: p.root, env: {}, out: () => {}, err: () => {}, tune: (chars: number) => calls.push(chars) };
  expect(await main(["generate", "--quiet"], io)).toBe(0);
  expect(p.read("spec/lockstep.lock.json").length).toBeGreaterThan(0);
  expect(await main(["validate"], io)).toBe(0);
  expect(calls).toEqual([a.length + b.length, a.length + b.length]);
  // An invalid config stops before: nothing to tune for.
  p.write("lockstep.config.yaml", "catalog: [\n");
  expect(await main(["validate"], io)).toBe(2);
  expect(calls).toHaveLength(2);
});

test("V8_DEFAULT_BUDGET is this node's own default (a large spec gets exactly V8's behaviour back)", () => {
  const options = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
  expect(/default: --interrupt-budget=(\d+)/.exec(options)?.[1]).toBe(String(V8_DEFAULT_BUDGET));
});
