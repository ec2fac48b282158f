// Shapes of the TypeScript package that keep its consumers' tsc linear and cheap (issue 22);
// the figures themselves are in bench/tsc-consumer.mjs, never in a timed test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import ts from "../generators/ts.js";
import { jsonText, templateText } from "../src/escape/ts.js";
import { generate, GENERATOR_FIXTURES, loadFixture } from "./support/fixture.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");

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
    // A code links to another (deprecation, alias, planned, related), or its spec text says `@see` / `@link`.
    const said = (c: (typeof catalog.codes)[number]) => [c.title, c.description, c.cause, c.fix, c.retry.strategy, c.deprecated?.reason].some((t) => t && PARSED_BY_TSC.test(t));
    const linking = catalog.codes.filter((c) => c.deprecated?.replacement || c.aliasOf || (c.lifecycle === "planned" && c.surfacesAs) || c.related.length > 0 || said(c)).length;
    expect(comments.filter((c) => /@see\b/.test(c))).toEqual([]);
    expect(comments.filter((c) => PARSED_BY_TSC.test(c)).length).toBeLessThanOrEqual(linking);
    if (catalog.codes.some((c) => c.docsUrl)) expect(comments.some((c) => / \* See \S+$/m.test(c))).toBe(true);
  });

  // V8 holds a source text with any character past U+00FF in two bytes per character:
  // one such character in the template doubles what a consumer's tsc keeps of the file.
  test.each(["index.d.ts", "index.ts"])("%s: no character past Latin-1 but the catalog's own", (file) => {
    const wide = (text: string) => new Set(text.match(/[^\u0000-\u00ff]/gu) ?? []);
    const own = wide(JSON.stringify(catalog));
    expect([...wide(files.get(file)!)].filter((c) => !own.has(c))).toEqual([]);
  });

  test("ConstructibleErrorCode is the code type itself unless codes are planned (no conditional per code)", () => {
    const planned = catalog.codes.some((c) => c.lifecycle === "planned");
    for (const file of ["index.d.ts", "index.ts"]) {
      const line = /^export type ConstructibleErrorCode = (.*);$/m.exec(files.get(file)!)?.[1];
      expect(line, file).toBe(planned ? "Exclude<ErrorCode, PlannedErrorCode>" : "ErrorCode");
    }
  });

  test("codes without details share the NoDetails alias (tsc checks each written type reference)", () => {
    const plain = catalog.codes.some((c) => !c.detailsList && c.details.length === 0);
    for (const file of ["index.d.ts", "index.ts"]) {
      const text = files.get(file)!;
      expect(/^type NoDetails = Readonly<Record<string, never>>;$/m.test(text), file).toBe(plain);
      expect(text, file).not.toMatch(/^ {2}[\w$]+: Readonly<Record<string, never>>;$/m);
    }
  });

  test("Canonical is the code itself unless codes are aliases (no conditional to check per code)", () => {
    const aliased = catalog.codes.some((c) => c.aliasOf);
    for (const file of ["index.d.ts", "index.ts"]) {
      const line = /^export type Canonical<C> = (.*);$/m.exec(files.get(file)!)?.[1];
      expect(line, file).toBe(aliased ? "C extends keyof AliasTargets ? AliasTargets[C] : C" : "C");
    }
  });
});

// index.ts holds its metadata rows as JSON inside a template literal (one string for tsc).
test.each([
  ["backtick and substitution", "a `b` ${c} $ {d} \\${e}"],
  ["backslashes and quotes", 'C:\\temp "x" \'y\' \\u0041'],
  ["line and paragraph separators", "a\u2028b\u2029c"],
  ["bidi override and zero-width", "a\u202Eb\u200Bc\uFEFF"],
  ["controls, lone surrogate, astral", "\n\r\t\u0000 \uD800 😀"],
])("templateText(jsonText(row)) reads back as the row: %s", (_name, text) => {
  const row = [text, 1, [2, 3]];
  const literal = `\`${templateText(jsonText(row))}\``;
  expect(literal).not.toMatch(/[\u2028\u2029\u202A-\u202E\u200B-\u200F\uFEFF\r\n]/);
  expect(JSON.parse(new Function(`return ${literal};`)() as string)).toEqual(row);
});

// A project that compiles index.ts itself (a monorepo importing the source) checks its own
// use of the package, not the generated code again: `// @ts-nocheck` (issue 22's source
// consumer). The tests' tsc takes that line out, so the generated code is still checked.
test("index.ts is not checked again by a project compiling it; the tests' tsc checks it", () => {
  const dir = mkdtempSync(join(tmpdir(), "lockstep-nocheck-"));
  try {
    const planted = generate(ts, loadFixture("minimal")).get("index.ts")! + 'export const planted: number = "not a number";\n';
    writeFileSync(join(dir, "index.ts"), planted);
    writeFileSync(join(dir, "consumer.ts"), 'import { ErrorCode, isErrorCode } from "./index.js";\nexport const known: boolean = isErrorCode(ErrorCode.NOT_FOUND);\nexport const wrong: number = isErrorCode("x");\n');
    const tsc = (bin: string) => spawnSync(process.execPath, [bin, "--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--pretty", "false", "consumer.ts"], { cwd: dir, encoding: "utf8" }).stdout;
    const errors = (out: string) => [...out.matchAll(/^(\S+)\(\d+,\d+\): error (TS\d+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    // The consumer's own mistake is reported either way; the planted one only by the tests' tsc.
    expect(errors(tsc(join(ROOT, "node_modules", "typescript", "bin", "tsc")))).toEqual(["consumer.ts TS2322"]);
    expect(errors(tsc(TSC))).toEqual(["consumer.ts TS2322", "index.ts TS2322"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
