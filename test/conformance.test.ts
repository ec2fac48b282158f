// One loop over every registered generator and every shared fixture: golden files
// (with their real extensions), byte-identical output on a second run, and path and
// byte hygiene. A new generator gets these tests by being registered. Golden files
// are compared, never written (test/support/golden.ts): a missing, changed or
// orphaned one fails; `pnpm golden:update` is the only way to rewrite them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BUILTIN_GENERATORS } from "../generators/index.js";
import { generatedNotice } from "../src/generate/pipeline.js";
import { generate, GENERATOR_FIXTURES, loadFixture } from "./support/fixture.js";
import { expectGolden, orphanedGoldens, updatingGoldens } from "./support/golden.js";

/** The shared fixtures, and an envelope with constants of every JSON type (true, false, numbers, a string, null). */
const GOLDEN_FIXTURES = [...GENERATOR_FIXTURES, "envelopes/success-flag"] as const;

/** test/golden/<fixture>/<generator>/<path> of every file the loop below compares. */
function expectedGoldens(): Set<string> {
  const expected = new Set<string>();
  for (const fixture of GOLDEN_FIXTURES) {
    const catalog = loadFixture(fixture);
    for (const g of BUILTIN_GENERATORS) for (const path of generate(g, catalog).keys()) expected.add(`${fixture}/${g.name}/${path}`);
  }
  return expected;
}

describe.each(BUILTIN_GENERATORS.map((g) => [g.name, g] as const))("generator %s", (name, generator) => {
  test.each(GOLDEN_FIXTURES)("%s: golden files", (fixture) => {
    const files = generate(generator, loadFixture(fixture));
    expect(files.size).toBeGreaterThan(0);
    for (const [path, contents] of files) expectGolden(`${fixture}/${name}/${path}`, contents);
  });

  test.each(GENERATOR_FIXTURES)("%s: deterministic and hygienic", (fixture) => {
    const catalog = loadFixture(fixture);
    const first = generate(generator, catalog);
    const second = generate(generator, loadFixture(fixture));
    expect([...second]).toEqual([...first]);
    const lower = new Set<string>();
    for (const [path, contents] of first) {
      expect(path).toMatch(/^[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*(\/[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*)*$/);
      expect(lower.has(path.toLowerCase()), `case-insensitive duplicate ${path}`).toBe(false);
      lower.add(path.toLowerCase());
      expect(contents.includes("\r"), `${path} has CR`).toBe(false);
      expect(contents.startsWith("\uFEFF"), `${path} has a BOM`).toBe(false);
      expect(contents.endsWith("\n") && !contents.endsWith("\n\n"), `${path} must end in exactly one newline`).toBe(true);
      expect(/[ \t]+$/m.test(contents.replace(/\t+$/gm, "")), `${path} has trailing spaces`).toBe(false);
    }
  });

  test("the generated notice names every spec file in code files", () => {
    const catalog = loadFixture("torture");
    const notice = generatedNotice(catalog);
    const files = [...generate(generator, catalog)].filter(([path]) => !/\.(json|toml|typed)$/.test(path) && !path.endsWith("py.typed") && !path.endsWith("go.mod"));
    for (const [path, contents] of files) {
      const first = contents.split("\n")[0]!;
      expect(first.includes(notice) || contents.split("\n").slice(0, 3).join(" ").includes(notice), `${path}: ${first}`).toBe(true);
    }
  });
});

describe("golden files", () => {
  test("test/golden/ holds exactly the files the loop compares: none orphaned or stale", () => {
    const expected = expectedGoldens();
    expect(expected.size).toBeGreaterThanOrEqual(BUILTIN_GENERATORS.length * GENERATOR_FIXTURES.length);
    expect(orphanedGoldens(expected), "golden files no generator produces; run `pnpm golden:update` to delete them").toEqual([]);
  });

  test("are off by default and never written by vitest itself", () => {
    // Update mode only with LOCKSTEP_UPDATE_GOLDEN=1, and never in CI.
    expect(updatingGoldens({})).toBe(false);
    expect(updatingGoldens({ CI: "true" })).toBe(false);
    expect(updatingGoldens({ LOCKSTEP_UPDATE_GOLDEN: "1" })).toBe(true);
    expect(() => updatingGoldens({ LOCKSTEP_UPDATE_GOLDEN: "1", CI: "true" })).toThrow("golden files are never updated in CI");
    expect(() => updatingGoldens({ LOCKSTEP_UPDATE_GOLDEN: "yes" })).toThrow("LOCKSTEP_UPDATE_GOLDEN must be 1 or unset");
    // No test uses vitest snapshots, which `vitest -u` (or a missing file outside CI) writes and passes.
    const tests = join(import.meta.dirname);
    const users = readdirSync(tests, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !f.startsWith("golden") && !f.startsWith("fixtures"))
      .filter((f) => /\.toMatch(File|Inline)?Snapshot\(|toThrowErrorMatching(Inline)?Snapshot\(/.test(readFileSync(join(tests, f), "utf8")));
    expect(users).toEqual([]);
  });
});
