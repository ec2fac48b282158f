// The envelope's member schemas (src/openapi/members.ts) in the cases the other OpenAPI
// tests leave out, exact: configured member descriptions on a `$ref` member in 3.0 (wrapped
// in `allOf`, which allows a sibling) and 3.1 (beside it), on a plain member, and constants
// of every JSON type in both versions, the generic details member when some codes' details
// are a list, the canonical member, a docs URL some codes lack, the first paragraph of a
// description with indented lines, and a details schema without a description.
import { expect, test } from "vitest";
import { CANONICAL_CODES } from "../../src/catalog/canonical.js";
import { resolveEnvelope, type EnvelopeInput } from "../../src/catalog/envelope.js";
import type { Catalog } from "../../src/catalog/model.js";
import { detailFieldsSchema } from "../../src/openapi/details.js";
import { envelopeMembers, type Member } from "../../src/openapi/members.js";
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

const byRole = (members: Member[]) => Object.fromEntries(members.map((m) => [m.role, m]));

test("some codes' details are a list: the generic details member is one object or a list of them", () => {
  const spec = "codes:\n  - name: L\n    detailsList:\n      x: string\n  - name: O\n    details:\n      y: string\n  - name: N\n";
  const object = { type: "object", additionalProperties: true };
  const objectShape = catalogOf("envelope: error-object", { "core.yaml": spec });
  const details = byRole(envelopeMembers(objectShape, "3.1")).details!;
  expect(details.schema).toEqual({ description: "Details; their shape depends on the code: one object, or a list of objects.", anyOf: [object, { type: "array", items: object }] });
  expect(Object.fromEntries(objectShape.codes.map((c) => [c.name, details.example(c, 400)]))).toEqual({ L: [{ x: "x" }], O: { y: "y" }, N: undefined });
  // Without a list it stays one object (a list-shaped envelope refuses `detailsList:`).
  const noList = "codes:\n  - name: O\n    details:\n      y: string\n";
  expect(byRole(envelopeMembers(catalogOf("envelope: error-object", { "core.yaml": noList }), "3.1")).details!.schema).toEqual({ ...object, description: "Details; their shape depends on the code." });
  const listShape = catalogOf("envelope: reason-domain", { "core.yaml": noList });
  expect(byRole(envelopeMembers(listShape, "3.1")).details!.schema).toEqual({ type: "array", description: "Details; their shape depends on the code.", items: object });
});

test("the canonical member: every google.rpc.Code name", () => {
  const catalog = catalogOf("envelope: aip193", { "core.yaml": SPEC });
  const canonical = byRole(envelopeMembers(catalog, "3.1")).canonical!;
  expect(canonical.schema).toEqual({ type: "string", enum: [...CANONICAL_CODES], description: "Canonical status name (google.rpc.Code)." });
  expect(CANONICAL_CODES).toHaveLength(17);
  expect(canonical.example(catalog.codes[0]!, 400)).toBe("INVALID_ARGUMENT");
});

test("a docs URL is required only when every code has one", () => {
  const catalog = withEnvelope(catalogOf('docsUrl: "https://d.example/{code}"', { "core.yaml": "codes:\n  - name: A\n  - name: B\n" }), { preset: "rfc9457" });
  expect(byRole(envelopeMembers(catalog, "3.1")).docsUrl!.required).toBe(true);
  const partly = { ...catalog, codes: catalog.codes.map((c) => (c.name === "B" ? { ...c, docsUrl: undefined } : c)) };
  const docs = byRole(envelopeMembers(partly, "3.1")).docsUrl!;
  expect(docs.required).toBe(false);
  expect(docs.schema).toMatchObject({ default: "about:blank" });
  expect(partly.codes.map((c) => docs.example(c, 400))).toEqual(["https://d.example/A", undefined]);
});

test("next to a title member, the message example is the description's first paragraph on one line", () => {
  const spec = "codes:\n  - name: A\n    description: |\n      One\n         two  \n      three\n\n      Four.\n";
  const catalog = withEnvelope(catalogOf("", { "core.yaml": spec }), { preset: "rfc9457" });
  expect(byRole(envelopeMembers(catalog, "3.1")).message!.example(catalog.codes[0]!, 400)).toBe("One two three");
});

test("a details schema without a description has no description member", () => {
  const catalog = catalogOf("", { "core.yaml": "codes:\n  - name: A\n    details:\n      x: string\n" });
  expect(detailFieldsSchema(catalog.codes[0]!.details, undefined)).toStrictEqual({ type: "object", properties: { x: { type: "string" } } });
  expect(detailFieldsSchema(catalog.codes[0]!.details, "D.")).toStrictEqual({ type: "object", description: "D.", properties: { x: { type: "string" } } });
});
