// The `json` generator (catalog.json, format lockstep-catalog/1): it validates against
// the committed schema/catalog.schema.json for every fixture and the example (with
// unknown keys rejected, so schema and generator cannot drift apart), its text is the
// document, invisible characters are escaped, and it lands at the output root.
import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import json, { CATALOG_JSON_FORMAT, catalogDocument, catalogJson } from "../generators/json.js";
import { INVISIBLE, unicodeEscape } from "../src/escape/text.js";
import { loadProject } from "../src/io/project.js";
import type { Catalog } from "../src/catalog/model.js";
import { generatedNotice } from "../src/generate/pipeline.js";
import { generate, GENERATOR_FIXTURES, loadFixture } from "./support/fixture.js";
import { TempProject } from "./support/project.js";

const ROOT = join(import.meta.dirname, "..");
const schema = JSON.parse(readFileSync(join(ROOT, "schema/catalog.schema.json"), "utf8")) as object;

/** The schema with `additionalProperties: false` on every object that lists properties. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (!node || typeof node !== "object") return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "properties" ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v)]));
  return "properties" in out ? { ...out, additionalProperties: false } : out;
}

const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(closed(schema) as object);

function example(): Catalog {
  const project = loadProject(join(ROOT, "lockstep.config.yaml"));
  if (!project.catalog) throw new Error("the example project does not compile");
  return project.catalog;
}

const CATALOGS: [string, () => Catalog][] = [
  ["example", example],
  ...GENERATOR_FIXTURES.map((f): [string, () => Catalog] => [f, () => loadFixture(f)]),
  // Canonical status names (an envelope member, and one written) and AIP-193 list paths.
  ["envelopes/aip193", () => loadFixture("envelopes/aip193")],
  // Catalog notes, defaults and envelope member descriptions (keys written only when set).
  ["documented", () => loadFixture("documented")],
];

describe.each(CATALOGS)("%s", (_, load) => {
  const catalog = load();
  const text = generate(json, catalog).get("catalog.json")!;
  const parsed = JSON.parse(text) as { format: string; codes: { key: string; identifiers: object }[]; tombstones: unknown[]; releases: unknown[] };

  test("validates against schema/catalog.schema.json, unknown keys rejected", () => {
    expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test("is the document, with every code, tombstone and release", () => {
    expect(parsed).toEqual(JSON.parse(JSON.stringify(catalogDocument(catalog, generatedNotice(catalog)))));
    expect(parsed.format).toBe(CATALOG_JSON_FORMAT);
    expect(parsed.codes.map((c) => c.key)).toEqual(catalog.codes.map((c) => c.key));
    expect(parsed.tombstones).toHaveLength(catalog.tombstones.length);
    expect(parsed.releases).toHaveLength(catalog.releases.length);
  });

  test("written piece by piece, its bytes are JSON.stringify's of the whole document, invisible characters escaped", () => {
    const whole = (JSON.stringify(catalogDocument(catalog, generatedNotice(catalog)), null, 2) + "\n").replace(INVISIBLE, unicodeEscape);
    expect(text).toBe(whole);
  });

  test("2-space indentation, one final newline, no raw invisible characters", () => {
    expect(text.split("\n")[1]).toMatch(/^ {2}"\$schema": /);
    expect(text.endsWith("}\n") && !text.endsWith("\n\n")).toBe(true);
    expect(INVISIBLE.test(text)).toBe(false);
  });
});

test.each([
  ["an unknown key in a code", (d: any) => (d.codes[0].stauts = 1)],
  ["a missing key", (d: any) => delete d.codes[0].lifecycle],
  ["undefined instead of null", (d: any) => delete d.codes[0].docsUrl],
  ["a bad details kind", (d: any) => (d.codes[0].details = [{ name: "x", type: { kind: "strng" }, required: true, description: null }])],
  ["another format", (d: any) => (d.format = "lockstep-catalog/2")],
])("the schema rejects %s", (_, change) => {
  const doc = JSON.parse(catalogJson(loadFixture("scoped"), "n"));
  change(doc);
  expect(validate(doc)).toBe(false);
});

describe("text", () => {
  test("bidi and zero-width characters become \\u escapes of the same value", () => {
    const torture = loadFixture("torture");
    const text = catalogJson(torture, "n");
    expect(text).toContain("RTL \\u202ebidi\\u202c");
    expect(text).toContain("zero-width\\u200bspace");
    const type = (JSON.parse(text) as { codes: { key: string; description: string }[] }).codes.find((c) => c.key === "TYPE")!;
    expect(type.description).toBe(torture.codeIndex.get("TYPE")!.description);
  });

  test("code members and identifiers in their documented order", () => {
    const code = (JSON.parse(catalogJson(loadFixture("scoped"), "n")) as { codes: Record<string, unknown>[] }).codes[0]!;
    expect(Object.keys(code)).toEqual([
      "key", "name", "domain", "title", "description", "cause", "fix", "status", "retry", "details", "deprecated", "aliasOf",
      "lifecycle", "surfacesAs", "since", "upstream", "tags", "related", "anchor", "docsUrl", "identifiers",
    ]);
    expect(code.identifiers).toEqual({
      ts: "auth_auth_missing",
      go: "CodeAuthAuthMissing",
      goDetails: "AuthAuthMissingDetails",
      python: "AUTH_AUTH_MISSING",
      pythonDetails: "AuthAuthMissingDetails",
      openapiDetails: "AuthAuthMissingDetails",
      openapiError: "AuthAuthMissingError",
    });
  });
});

test("the CLI writes it at the output root, next to the generators' folders", async () => {
  const project = TempProject.fromFixture("minimal");
  const result = await project.run("generate", "--quiet");
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
  const text = project.read("out/catalog.json");
  expect(JSON.parse(text)).toMatchObject({ format: CATALOG_JSON_FORMAT, name: "minimal" });
  expect(text).toBe(generate(json, loadFixture("minimal")).get("catalog.json"));
});
