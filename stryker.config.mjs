// Mutation testing of the compiler core. Run it through `pnpm test:mutation [module]`
// (scripts/mutation.mjs), which keeps the committed incremental results
// (test/mutation/stryker-incremental.json) whole across module runs. Equivalent
// mutants: test/mutation/EQUIVALENT.md. Scores per module: scripts/mutation-table.mjs.
import { INCREMENTAL_FILE, MUTATION_MODULES } from "./scripts/mutation-modules.mjs";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "pnpm",
  // pnpm keeps each package's dependencies apart, so Stryker's default "@stryker-mutator/*"
  // lookup (relative to its own folder) finds no plugins: name them.
  plugins: ["@stryker-mutator/vitest-runner", "@stryker-mutator/typescript-checker"],
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  checkers: ["typescript"],
  // The checker only needs the mutated code's own project (not test/, bench/, scripts/);
  // scripts/mutation.mjs narrows it further to the module being run.
  tsconfigFile: process.env.LOCKSTEP_MUTATION_TSCONFIG ?? "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Vitest strips types without checking them; Stryker's default "@ts-nocheck" insertion
  // would also reach the golden .ts files under test/ and break the snapshots.
  disableTypeChecks: false,
  coverageAnalysis: "perTest",
  // The machine is shared: one test process, one checker.
  concurrency: 1,
  incremental: true,
  incrementalFile: INCREMENTAL_FILE,
  mutate: MUTATION_MODULES.flatMap((m) => m.files),
  ignorePatterns: ["out", "dist", ".tmp", "reports", "bench", ".tools", "test/fixtures/*/out"],
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  tempDirName: ".stryker-tmp",
  timeoutMS: 10_000,
  thresholds: { high: 85, low: 70, break: null },
};
