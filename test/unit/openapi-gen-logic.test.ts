// The OpenAPI generator's own logic (generators/openapi.ts) that the component tests leave
// out: what `list-generators` shows of it, each option's choices and the option a refusal
// names, details that are a list (`detailsList:`), the catalog's notes in the description,
// a schema name two codes would share, the names it declares (and the clash message they
// give), and a notice of several lines in the YAML header and lint configs.
import { expect, test } from "vitest";
import { listingLines } from "./generator-support.js";
import openapi, { openapiDocument } from "../../generators/openapi.js";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import type { Catalog } from "../../src/catalog/model.js";
import { OptionError } from "../../src/generate/options.js";
import type { Generator } from "../../src/generate/plugin.js";
import { namingWithOptions } from "../../src/naming/declared.js";
import { catalogOf, generateWith } from "./catalog-support.js";

const gen = openapi as Generator<unknown>;
type Json = Record<string, any>;

test("list-generators: openapi/ folder, description and each option with its default", async () => {
  expect(await listingLines("openapi")).toEqual([
    "openapi  →  out/openapi/",
    "  OpenAPI 3.1 / 3.0 components: ErrorCode enum, error body schema, details schemas, responses per HTTP status",
    '  - version (default "3.1"): OpenAPI version: `3.1` writes 3.1.0, `3.0` writes 3.0.3 (for tools and gateways that only read 3.0).',
    '  - codeEnum (default "enum"): `enum`: an enum with `x-enum-varnames` / `x-enum-descriptions`. `oneOf` (3.1 only): annotated enumeration of `{const, title, description, deprecated}`.',
    '  - codes (default "open"): `open`: `ErrorCode` is `anyOf: [ErrorCodeKnown, string]`, so a client generated from the document accepts a code added later (not a breaking change). `closed`: `ErrorCode` is the enum itself; a client rejects a body with an unknown code.',
    "  - union (default false): `true`: when details sit next to the code, the object holding it is a `oneOf` discriminated by the code (`<Code>Error` per code with details, typed details in openapi-typescript); openapi-generator's Go client then needs `useOneOfDiscriminatorLookup=true`. `false`: one object whose `details` is any object; `<Code>Details` describe them.",
    "  - lintConfig (default true): Also write `redocly.yaml` and `spectral.yaml`: the default rulesets (Redocly `recommended`, `spectral:oas`) less the two rules a components-only document cannot meet (servers, unused components).",
    "  - examples (default true): An example body per code under each response. They are about half of both files: for a huge catalog, `false` lists each response's codes in `x-error-codes` instead.",
  ]);
});

test.each<[Record<string, unknown>, string]>([
  [{ version: "3.2" }, 'option "version" must be one of "3.1", "3.0", got "3.2"'],
  [{ codeEnum: "const" }, 'option "codeEnum" must be one of "enum", "oneOf", got "const"'],
  [{ codes: "" }, 'option "codes" must be one of "open", "closed", got ""'],
  [{ union: "yes" }, 'option "union" must be true or false, got "yes"'],
])("%j is refused", (options, message) => {
  expect(() => gen.parseOptions(options)).toThrow(message);
});

test("every choice is read as given", () => {
  const defaults = { version: "3.1", codeEnum: "enum", codes: "open", union: false, lintConfig: true, examples: true };
  expect(gen.parseOptions({ codes: "open" })).toEqual(defaults);
  expect(gen.parseOptions({ codes: "closed", codeEnum: "oneOf", union: true, lintConfig: false, examples: false })).toEqual({ ...defaults, codes: "closed", codeEnum: "oneOf", union: true, lintConfig: false, examples: false });
});

test("codeEnum oneOf with 3.0 is refused as an error of the codeEnum option (where the config is pointed at)", () => {
  let thrown: unknown;
  try {
    gen.parseOptions({ version: "3.0", codeEnum: "oneOf" });
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(OptionError);
  expect((thrown as OptionError).key).toBe("codeEnum");
});

test("the options' descriptions are those of the options parsed (for listings and typo hints)", () => {
  expect(Object.keys((gen.parseOptions as unknown as { specs: object }).specs)).toEqual(["version", "codeEnum", "codes", "union", "lintConfig", "examples"]);
});

test("details that are a list: an array of the detail objects", () => {
  const catalog = catalogOf("", { "core.yaml": "codes:\n  - name: MANY_ISSUES\n    status: 422\n    detailsList:\n      path: { type: string, required: true }\n      note: string\n" });
  const doc = JSON.parse(generateWith(gen, catalog).get("errors.json")!) as Json;
  expect(doc.components.schemas.ManyIssuesDetails).toEqual({
    type: "array",
    description: "Details of `MANY_ISSUES`: a list of objects.",
    items: { type: "object", properties: { note: { type: "string" }, path: { type: "string" } }, required: ["path"] },
  });
});

test("the catalog's notes and defaults follow the description as paragraphs", () => {
  const catalog = catalogOf('title: T\nversion: "1.0.0"\nnotes: "Quote the *request id*.\\r\\nAlways."\ndefaults:\n  unknownRetryable: no\n', { "core.yaml": "codes:\n  - name: A\n" });
  const doc = JSON.parse(generateWith(gen, catalog).get("errors.json")!) as Json;
  expect(doc.info.description).toBe(
    "Reusable error components (codes, error body, responses) of T, catalog version 1.0.0; reference them with `$ref` from an API description. Code generated by lockstep from spec/core.yaml. DO NOT EDIT." +
      "\n\nQuote the *request id*.\nAlways.\n\nA code this version of the catalog does not know: do not retry it; the generated clients use retryable `no` for it.",
  );
});

test("a details schema name two codes would share is an internal error, not a silent overwrite", () => {
  const catalog = catalogOf("", { "core.yaml": "codes:\n  - name: A_B\n    details:\n      x: string\n" });
  const twice: Catalog = { ...catalog, codes: [catalog.codes[0]!, catalog.codes[0]!] };
  expect(() => openapiDocument(twice, gen.parseOptions({}) as never, "N")).toThrow("internal: schema name ABDetails used twice");
});

test("its names: two codes whose schemas would share a name are LS027, naming both schemas", () => {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  const specs = [{ path: "spec/a.yaml", text: "codes:\n  - name: HTTP_S\n    details: { x: string }\n  - name: HTTPS\n    details: { y: string }\n" }];
  const result = compileSpecs(config!, specs, undefined, [namingWithOptions(gen, {})]);
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([
    "spec/a.yaml:5:14 error LS027: HTTPS and HTTP_S (spec/a.yaml:3:14) both become OpenAPI schema HTTPSDetails, OpenAPI schema HTTPSError; rename one of them",
  ]);
});

test("a notice of several lines: a comment line each in errors.yaml and the lint configs, line breaks inside a line folded", () => {
  const catalog = catalogOf("", { "core.yaml": "codes:\n  - name: A\n" });
  const options = gen.parseOptions({});
  const files = gen.generate(catalog, { options, outDir: ".", notice: "First\u2028half\nSecond", render: () => "", names: undefined } as never) as { path: string; contents: string | Uint8Array }[];
  const text = (i: number): string => Buffer.from(files[i]!.contents).toString("utf8");
  expect(files.map((f) => f.path)).toEqual(["errors.json", "errors.yaml", "redocly.yaml", "spectral.yaml"]);
  expect(text(1).split("\n").slice(0, 3)).toEqual(["# First half", "# Second", 'openapi: "3.1.0"']);
  expect(text(2).split("\n").slice(0, 2)).toEqual(["# First half", "# Second"]);
  expect(text(3).split("\n").slice(0, 2)).toEqual(["# First half", "# Second"]);
});

test("lintConfig: false writes the document only", () => {
  const catalog = catalogOf("", { "core.yaml": "codes:\n  - name: A\n" });
  expect([...generateWith(gen, catalog, { lintConfig: false }).keys()]).toEqual(["errors.json", "errors.yaml"]);
});
