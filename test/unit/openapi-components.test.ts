// The OpenAPI generator's components in the cases test/unit/openapi.test.ts leaves out,
// exact: notes of planned codes without a stand-in, one-line descriptions that end in
// punctuation or not, summaries of codes both deprecated and planned, code lists of names
// shared by domains, RFC 9457 without codes, the AIP-193 list member in 3.0 and 3.1 (as a union), an
// inline detail field named like an envelope member, and no union when detailed codes share
// a wire name.
import { describe, expect, test } from "vitest";
import openapi from "../../generators/openapi.js";
import { resolveEnvelope, type EnvelopeInput } from "../../src/catalog/envelope.js";
import type { Catalog } from "../../src/catalog/model.js";
import type { Generator } from "../../src/generate/plugin.js";
import { catalogOf, generateWith } from "./catalog-support.js";

const gen = openapi as Generator<unknown>;
type Json = Record<string, any>;

const docOf = (catalog: Catalog, options: Record<string, unknown> = {}): Json => JSON.parse(generateWith(gen, catalog, options).get("errors.json")!) as Json;
const yamlOf = (catalog: Catalog, options: Record<string, unknown> = {}): string => generateWith(gen, catalog, options).get("errors.yaml")!;
const withEnvelope = (catalog: Catalog, input: string | EnvelopeInput): Catalog => {
  const { envelope, problems } = resolveEnvelope(input);
  expect(problems).toEqual([]);
  return { ...catalog, envelope };
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("ErrorCode descriptions", () => {
  test("a planned code without surfacesAs; deprecation reasons with and without final punctuation", () => {
    const spec = `codes:
  - name: SOON
    lifecycle: planned
  - name: R_DOT
    deprecated: { reason: "v1.2 only" }
  - name: R_BANG
    deprecated: { reason: "Gone!" }
  - name: R_Q
    deprecated: { reason: "Why?" }
  - name: R_COLON
    deprecated: { reason: "See:" }
  - name: R_PAREN
    deprecated: { reason: "(old)" }
  - name: R_TICK
    deprecated: { reason: "Use \`X\`" }
  - name: R_DQ
    deprecated: { reason: 'Say "no"' }
  - name: R_SQ
    deprecated: { reason: "Say 'no'" }
  - name: R_FULL
    deprecated: { reason: "Done." }
`;
    const schema = docOf(catalogOf("", { "core.yaml": spec })).components.schemas.ErrorCodeKnown;
    expect(Object.fromEntries(schema.enum.map((name: string, i: number) => [name, schema["x-enum-descriptions"][i]]))).toEqual({
      R_BANG: "Deprecated. Gone! R bang",
      R_COLON: "Deprecated. See: R colon",
      R_DOT: "Deprecated. v1.2 only. R dot",
      R_DQ: 'Deprecated. Say "no" R dq',
      R_FULL: "Deprecated. Done. R full",
      R_PAREN: "Deprecated. (old) R paren",
      R_Q: "Deprecated. Why? R q",
      R_SQ: "Deprecated. Say 'no' R sq",
      R_TICK: "Deprecated. Use `X` R tick",
      SOON: "Planned: not returned yet. Soon",
    });
    const oneOf = docOf(catalogOf("", { "core.yaml": spec }), { codeEnum: "oneOf" }).components.schemas.ErrorCodeKnown.oneOf;
    expect(oneOf.find((v: Json) => v.const === "SOON")).toEqual({ const: "SOON", title: "Soon", description: "Planned: not returned yet.\n\nSoon" });
    expect(oneOf.find((v: Json) => v.const === "R_DOT")).toEqual({ const: "R_DOT", title: "R dot", description: "Deprecated. v1.2 only\n\nR dot", deprecated: true });
  });

  test("a shared wire name: each domain's line ends as a sentence", () => {
    const catalog = catalogOf("naming: lower_snake\nuniqueness: domain\nenvelope: reason-domain", {
      "a.yaml": "codes:\n  - name: taken\n    description: In use\n",
      "b.yaml": "codes:\n  - name: taken\n    description: Held!\n",
    });
    expect(docOf(catalog).components.schemas.ErrorCodeKnown["x-enum-descriptions"]).toEqual(["In a: In use. In b: Held!"]);
  });
});

describe("responses", () => {
  test("a code both deprecated and planned is summarised with both marks", () => {
    const yaml = yamlOf(catalogOf("", { "core.yaml": "codes:\n  - name: BOTH\n    status: 400\n    lifecycle: planned\n    deprecated: {}\n" }));
    expect(yaml).toContain('BOTH: {"summary": "BOTH (deprecated, planned)", "value": {"error": {"code": "BOTH", "message": "Both"}, "request_id": "req_0f8fad5bd9cb469f"}}\n');
  });

  test("without examples, a wire name shared by domains is listed once per response", () => {
    const catalog = catalogOf("naming: lower_snake\nuniqueness: domain\nenvelope: reason-domain", {
      "a.yaml": "codes:\n  - name: taken\n    status: 409\n  - name: other\n    status: 409\n",
      "b.yaml": "codes:\n  - name: taken\n    status: 409\n",
    });
    expect(docOf(catalog, { examples: false }).components.responses.Conflict["x-error-codes"]).toEqual(["other", "taken"]);
  });
});

describe("body schemas", () => {
  test("RFC 9457 without codes: the type member is optional, about:blank by default", () => {
    const s = docOf(withEnvelope(catalogOf('docsUrl: "https://d.example/{code}"', { "core.yaml": "codes: []\n" }), "rfc9457")).components.schemas;
    expect(s.Error.properties.type).toEqual({ type: "string", format: "uri-reference", description: "The problem type: documentation of the error code (RFC 9457 `type`).", default: "about:blank" });
    expect(s.Error.required).toEqual(["code", "detail", "title", "status", "instance"]);
  });

  const AIP = `codes:
  - name: WITH_DETAILS
    status: 400
    details:
      field: { type: string, required: true }
  - name: NO_DETAILS
    status: 503
`;

  test("AIP-193 in 3.1: the ErrorInfo item may sit anywhere in the details list (contains), the code's object in a union", () => {
    const doc = docOf(withEnvelope(catalogOf("", { "core.yaml": AIP }), "aip193"), { union: true });
    const s = doc.components.schemas;
    expect(s.Error).toEqual({ type: "object", description: "An error response body.", properties: { error: { type: "object", properties: expect.any(Object), required: ["details", "message", "code", "status"] } }, required: ["error"] });
    expect(s.Error.properties.error.properties.details).toEqual({ type: "array", minItems: 1, contains: ref("ErrorObject"), items: { type: "object", additionalProperties: true } });
    expect(s.Error.properties.error.properties.code).toEqual({ type: "integer", description: "The HTTP status code of the response." });
    expect(s.ErrorObjectBase.properties["@type"]).toEqual({ type: "string", enum: ["type.googleapis.com/google.rpc.ErrorInfo"] });
    expect(s.ErrorObjectBase.required).toEqual(["@type", "reason"]);
    expect(s.WithDetailsError.allOf[1]).toEqual({ type: "object", properties: { reason: { type: "string", enum: ["WITH_DETAILS"] }, metadata: ref("WithDetailsDetails") }, required: ["reason", "metadata"] });
    const yaml = yamlOf(withEnvelope(catalogOf("", { "core.yaml": AIP }), "aip193"));
    // The constant comes first (constants, then fields): the list leads the error object.
    expect(yaml).toContain(
      'WITH_DETAILS: {"value": {"error": {"details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "WITH_DETAILS", "metadata": {"field": "field"}}], "message": "With details", "code": 400, "status": "INVALID_ARGUMENT"}}}\n',
    );
    expect(yaml).toContain(
      'NO_DETAILS: {"value": {"error": {"details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "NO_DETAILS"}], "message": "No details", "code": 503, "status": "UNAVAILABLE"}}}\n',
    );
  });

  test("AIP-193 in 3.0: the list is described (3.0 has no contains)", () => {
    const s = docOf(withEnvelope(catalogOf("", { "core.yaml": AIP }), "aip193"), { version: "3.0" }).components.schemas;
    expect(s.Error.properties.error.properties.details).toEqual({ type: "array", description: "A list; one of its items is described by the envelope.", minItems: 1, items: { type: "object", additionalProperties: true } });
  });

  test("an inline detail field named like an envelope member is an error naming the code and its place", () => {
    const catalog = withEnvelope(catalogOf("", { "core.yaml": "codes:\n  - name: A\n    details:\n      title: string\n" }), "rfc9457");
    expect(() => generateWith(gen, catalog)).toThrow('detail field "title" of A (spec/core.yaml:2) has the name of an envelope member; rename the field');
  });

  test("detailed codes sharing a wire name: no union even when asked, a generic details member", () => {
    const catalog = catalogOf("naming: lower_snake\nuniqueness: domain\nenvelope: success-flag", {
      "a.yaml": "codes:\n  - name: taken\n    details: { x: string }\n",
      "b.yaml": "codes:\n  - name: taken\n    details: { y: integer }\n",
    });
    const s = docOf(catalog, { union: true }).components.schemas;
    expect(Object.keys(s)).toEqual(["ATakenDetails", "BTakenDetails", "Error", "ErrorCode", "ErrorCodeKnown"]);
    expect(s.Error.oneOf).toBeUndefined();
    expect(s.Error.properties.details).toEqual({ type: "object", additionalProperties: true, description: "Details; their shape depends on the code." });
  });

  test("no code with details: no union either, even when asked", () => {
    const s = docOf(withEnvelope(catalogOf("", { "core.yaml": "codes:\n  - name: A\n" }), "success-flag"), { union: true }).components.schemas;
    expect(Object.keys(s)).toEqual(["Error", "ErrorCode", "ErrorCodeKnown"]);
    expect(s.Error.description).toBe("An error response body.");
  });
});
