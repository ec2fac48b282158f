import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Toolchain tests run real compilers (tsc, go, mypy, docutils); give them room.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Off a terminal (CI, pipes) each file also reports when it starts and ends.
    reporters: process.stdout.isTTY ? ["default"] : ["default", "./test/support/progress-reporter.ts"],
  },
});
