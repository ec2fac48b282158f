import { defineConfig } from "vitest/config";

// The fast, in-process suite Stryker runs against every mutant (`pnpm test:mutation`):
// no real toolchains and no child processes, so a mutant takes well under a second.
// The whole suite (`vitest.config.ts`) still runs everything else.
export default defineConfig({
  test: {
    include: [
      "test/unit/**/*.test.ts",
      // In-process and exact: the fast YAML parser against the library (table and seeded
      // generated documents), and every generator's golden files on the shared fixtures.
      "test/yaml-fast.test.ts",
      "test/conformance.test.ts",
      "test/diagnostics.test.ts",
      "test/evolution-rules.test.ts",
      "test/normalise.test.ts",
      "test/templates.test.ts",
    ],
    testTimeout: 20_000,
    // Stryker switches mutants at run time, so modules never need re-importing between
    // runs: one shared module graph turns a mutant's run from seconds into milliseconds.
    isolate: false,
  },
});
