// `pnpm test:fast`: the in-process tests, for a quick loop while editing. Left out are
// the files that run real toolchains (tsc, Go, Python, docutils, OpenAPI clients),
// a browser, package registries or git hooks, kill processes, or run large random or
// size campaigns; the full suite (`pnpm test`, and CI) runs them all.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

const SLOW_TESTS = [
  "adopt-shapes", "catalog-notes", "conformance-suite", "crash", "example", "examples-java", "examples-rust", "go", "hooks-real", "html-browser", "html-browser-hostile",
  "install-registry", "limits", "malformed", "monorepo", "properties", "python", "release", "ts", "ts-editor", "ts-runtime",
  "openapi-clients", "openapi-lint", "ts-commonjs",
].map((name) => `test/${name}.test.ts`);

export default mergeConfig(base, defineConfig({ test: { exclude: SLOW_TESTS } }));
