// The envelope's member schemas (src/openapi/members.ts) in the cases the other OpenAPI
// tests leave out, exact: configured member descriptions on a `$ref` member in 3.0 (wrapped
// in `allOf`, which allows a sibling) and 3.1 (beside it), on a plain member, and constants
// of every JSON type in both versions.
import { expect, test } from "vitest";
import { resolveEnvelope, type EnvelopeInput } from "../../src/catalog/envelope.js";
import type { Catalog } from "../../src/catalog/model.js";
import { envelopeMembers } from "../../src/openapi/members.js";
import { catalogOf } from "./catalog-support.js";

const withEnvelope = (catalog: Catalog, input: EnvelopeInput): Catalog => {
  const { envelope, problems } = resolveEnvelope(input);
  expect(problems).toEqual([]);
  return { ...catalog, envelope };
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const SPEC = "codes:\n  - name: A\n    status: 400\n";

test("a described $ref member: wrapped in allOf in 3.0, a sibling in 3.1; a plain member gets the description", () => {
  const catalog = withEnvelope(catalogOf("", { "core.yaml": SPEC }), {
    fields: { code: "code", domain: "domain", message: "message" },
    descriptions: { code: "The code.", message: "The  message." },
  });
  const schemas = (version: "3.0" | "3.1") => Object.fromEntries(envelopeMembers(catalog, version).map((m) => [m.role, m.schema]));
  expect(schemas("3.0")).toEqual({
    code: { allOf: [ref("ErrorCode")], description: "The code." },
    message: { type: "string", description: "The  message." },
    domain: ref("ErrorDomain"),
  });
  expect(schemas("3.1")).toEqual({
    code: { $ref: "#/components/schemas/ErrorCode", description: "The code." },
    message: { type: "string", description: "The  message." },
    domain: ref("ErrorDomain"),
  });
});

test("constants of each JSON type, in 3.0 and 3.1", () => {
  const catalog = withEnvelope(catalogOf("", { "core.yaml": SPEC }), {
    fields: { code: "code" },
    constants: [
      { key: "s", value: "x" },
      { key: "i", value: 2 },
      { key: "f", value: 0.5 },
      { key: "b", value: true },
      { key: "n", value: null },
    ],
  });
  const members = (version: "3.0" | "3.1") => envelopeMembers(catalog, version).map((m) => [m.path.join("."), m.role, m.required, m.schema, m.example(catalog.codes[0]!, 400)]);
  // Constants come first, in key order.
  expect(members("3.1")).toEqual([
    ["b", "constant", true, { type: "boolean", enum: [true] }, true],
    ["f", "constant", true, { type: "number", enum: [0.5] }, 0.5],
    ["i", "constant", true, { type: "integer", enum: [2] }, 2],
    ["n", "constant", true, { type: "null" }, null],
    ["s", "constant", true, { type: "string", enum: ["x"] }, "x"],
    ["code", "code", true, ref("ErrorCode"), "A"],
  ]);
  expect(members("3.0")[3]).toEqual(["n", "constant", true, { type: "string", nullable: true, enum: [null] }, null]);
});
