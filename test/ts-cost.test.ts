// Shapes of the TypeScript package that keep its consumers' tsc linear and cheap (issue 22);
// the figures themselves are in bench/tsc-consumer.mjs, never in a timed test.
import { describe, expect, test } from "vitest";
import ts from "../generators/ts.js";
import { generate, GENERATOR_FIXTURES, loadFixture } from "./support/fixture.js";

// tsc (TypeScript ≥ 5.3, jsDocParsingMode ParseForTypeErrors) parses a doc comment of a
// .ts/.d.ts file only when its text matches this: one per code costs every consumer n parses.
const PARSED_BY_TSC = /@(?:see|link)/i;

describe.each(GENERATOR_FIXTURES)("%s", (fixture) => {
  const catalog = loadFixture(fixture);
  const files = generate(ts, catalog);

  test.each(["index.d.ts", "index.ts"])("%s: tsc parses only the doc comments of codes that link to another code", (file) => {
    // Each code's doc comment, above its member (`X = "x",` or `readonly X: "x";`).
    const text = files.get(file)!;
    const start = text.search(/^export (?:declare )?(?:enum|const) ErrorCode\b/m);
    const block = text.slice(start, text.indexOf("\n}", start));
    const comments = [...block.matchAll(/\/\*\*(?:(?!\*\/)[^])*\*\/\n\s+(?:readonly )?[\w$]+(?: = |: )"/g)].map((m) => m[0]);
    expect(comments.length).toBe(catalog.codes.length);
    // A code links to another (deprecation, alias, planned), or its spec text says `@see` / `@link`.
    const said = (c: (typeof catalog.codes)[number]) => [c.title, c.description, c.cause, c.fix, c.retry.strategy, c.deprecated?.reason].some((t) => t && PARSED_BY_TSC.test(t));
    const linking = catalog.codes.filter((c) => c.deprecated?.replacement || c.aliasOf || (c.lifecycle === "planned" && c.surfacesAs) || said(c)).length;
    expect(comments.filter((c) => /@see\b/.test(c))).toEqual([]);
    expect(comments.filter((c) => PARSED_BY_TSC.test(c)).length).toBeLessThanOrEqual(linking);
    if (catalog.codes.some((c) => c.docsUrl)) expect(comments.some((c) => / \* Docs: \S+$/m.test(c))).toBe(true);
  });

  test("ConstructibleErrorCode is the code type itself unless codes are planned (no conditional per code)", () => {
    const planned = catalog.codes.some((c) => c.lifecycle === "planned");
    for (const file of ["index.d.ts", "index.ts"]) {
      const line = /^export type ConstructibleErrorCode = (.*);$/m.exec(files.get(file)!)?.[1];
      expect(line, file).toBe(planned ? "Exclude<ErrorCode, PlannedErrorCode>" : "ErrorCode");
    }
  });
});
