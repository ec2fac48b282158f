// One loop over every registered generator and every shared fixture: golden files
// (with their real extensions), byte-identical output on a second run, and path and
// byte hygiene. A new generator gets these tests by being registered.
import { describe, expect, test } from "vitest";
import { BUILTIN_GENERATORS } from "../generators/index.js";
import { generatedNotice } from "../src/pipeline.js";
import { generate, GENERATOR_FIXTURES, loadFixture } from "./support/fixture.js";

describe.each(BUILTIN_GENERATORS.map((g) => [g.name, g] as const))("generator %s", (name, generator) => {
  test.each(GENERATOR_FIXTURES)("%s: golden files", async (fixture) => {
    const files = generate(generator, loadFixture(fixture));
    expect(files.size).toBeGreaterThan(0);
    for (const [path, contents] of files) {
      await expect(contents).toMatchFileSnapshot(`golden/${fixture}/${name}/${path}`);
    }
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
