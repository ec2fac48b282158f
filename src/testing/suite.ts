// A thin helper for test runners whose `test(name, fn, timeout?)` registers a test
// (vitest, jest, node:test): the four checks the built-in generators get, one test each.
import type { Generator } from "../generate/plugin.js";
import { checkDeterminism, type RunOptions } from "./determinism.js";
import { expectGoldenDir, type GoldenOptions } from "./golden.js";
import { checkHostile, type HostileOptions } from "./hostile.js";
import { checkHygiene } from "./hygiene.js";
import { configOptions, hostileCatalog, loadCatalog, runGenerator } from "./run.js";

export type TestFn = (name: string, fn: () => unknown, timeout?: number) => unknown;

/** `options`: the generator's raw options for every check; default: those `config` gives it (its `generators:` entry), and none for the hostile fixture. */
export interface SuiteOptions extends RunOptions {
  /** Golden folder: the generator's output for `config` (default: the hostile-text project) must equal it. Omit to skip. Determinism is checked on `config` and on the hostile fixture. */
  readonly golden?: string;
  readonly goldenOptions?: GoldenOptions;
  /** The target's compile step for the hostile-text output (see `checkHostile`). */
  readonly compile?: HostileOptions["compile"];
  /** Per-test timeout in ms passed to `test` (compilers are slow). */
  readonly timeout?: number;
}

/**
 * Registers `<name>: golden files`, `…: deterministic`, `…: hygienic output` and
 * `…: hostile text compiles` with `test`:
 *
 *   import { test } from "vitest";
 *   import { generatorSuite } from "lockstep/testing";
 *   generatorSuite(rust, test, { golden: "test/golden/rust", compile: (dir) => execFileSync("cargo", ["build"], { cwd: dir }) });
 */
export function generatorSuite(generator: Generator<unknown>, test: TestFn, suite: SuiteOptions = {}): void {
  const { config } = suite;
  const run = { options: suite.options, templatesOverride: suite.templatesOverride };
  // The project's own options for the generator unless the suite gives some.
  const projectRun = { ...run, config, options: suite.options ?? (config === undefined ? undefined : configOptions(config, generator.name)) };
  const output = () => runGenerator(generator, config === undefined ? hostileCatalog(generator) : loadCatalog(config, generator), projectRun.options, run.templatesOverride);
  const golden = suite.golden;
  if (golden !== undefined) test(`${generator.name}: golden files`, () => expectGoldenDir(output(), golden, suite.goldenOptions), suite.timeout);
  test(`${generator.name}: deterministic`, () => {
    checkDeterminism(generator, projectRun);
    if (config !== undefined) checkDeterminism(generator, run);
  }, suite.timeout);
  test(`${generator.name}: hygienic output`, () => checkHygiene(output()), suite.timeout);
  test(`${generator.name}: hostile text ${suite.compile ? "compiles" : "stays hygienic"}`, () => checkHostile(generator, { ...run, compile: suite.compile }), suite.timeout);
}
