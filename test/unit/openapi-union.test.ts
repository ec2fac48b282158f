// The body schema's union and list members in the cases the other OpenAPI tests leave out
// (src/openapi/envelope-schema.ts, example-writer.ts), exact: details that sit deeper than
// the code or under another object (no union), a wire name shared by only some detailed
// codes, variants whose details are all optional, closed codes that all have details (no
// generic variant), the order of the union's schemas, a list whose first item holds the
// code (3.0 and 3.1), a list inside a list item matched by a constant, an optional object
// that holds only details, and inline details next to a nested object.
import { describe, expect, test } from "vitest";
import openapi from "../../generators/openapi.js";
import { resolveEnvelope, type EnvelopeInput } from "../../src/catalog/envelope.js";
import type { Catalog } from "../../src/catalog/model.js";
import type { Generator } from "../../src/generate/plugin.js";
import { envelopeComponents } from "../../src/openapi/envelope-schema.js";
import { redoclyConfig, spectralConfig } from "../../src/openapi/lint-config.js";
import { catalogOf, generateWith } from "./catalog-support.js";

const gen = openapi as Generator<unknown>;
type Json = Record<string, any>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const withEnvelope = (catalog: Catalog, input: string | EnvelopeInput): Catalog => {
  const { envelope, problems } = resolveEnvelope(input);
  expect(problems).toEqual([]);
  return { ...catalog, envelope };
};
const SPEC = "codes:\n  - name: A\n    status: 400\n    details:\n      x: { type: string, required: true }\n  - name: B\n    status: 400\n";
const schemasOf = (envelope: EnvelopeInput, spec = SPEC, config = "", union = true, version: "3.0" | "3.1" = "3.1") =>
  envelopeComponents(withEnvelope(catalogOf(config, { "core.yaml": spec }), envelope), version, { union, openCodes: true }).schemas as Json;

describe("where the details sit decides the union", () => {
  test("details one level deeper than the code, in the code's object: apart, no union", () => {
    const s = schemasOf({ fields: { code: "error.code", message: "error.message", details: "error.info.details" } });
    expect(Object.keys(s)).toEqual(["Error", "ErrorObject"]);
    expect(Object.keys(s.ErrorObject.properties)).toEqual(["code", "message", "info"]);
    expect(s.ErrorObject.properties.info).toEqual({ type: "object", properties: { details: { type: "object", additionalProperties: true, description: "Details; their shape depends on the code." } } });
  });

  test("details as deep as the code but in another object: apart, no union", () => {
    const s = schemasOf({ fields: { code: "error.code", details: "meta.details" } });
    expect(Object.keys(s)).toEqual(["Error", "ErrorObject"]);
    expect(s.ErrorObject).toEqual({ type: "object", description: "The error object: its code says what went wrong.", properties: { code: ref("ErrorCode") }, required: ["code"] });
  });

  test("a wire name two detailed codes share, next to one only one has: no union", () => {
    const catalog = catalogOf("naming: lower_snake\nuniqueness: domain\nenvelope: success-flag", {
      "a.yaml": "codes:\n  - name: taken\n    details: { x: string }\n  - name: solo\n    details: { z: string }\n",
      "b.yaml": "codes:\n  - name: taken\n    details: { y: integer }\n",
    });
    const s = envelopeComponents(catalog, "3.1", { union: true, openCodes: true }).schemas as Json;
    expect(Object.keys(s)).toEqual(["Error"]);
    expect(s.Error.oneOf).toBeUndefined();
  });
});

describe("union variants", () => {
  test("a code at the top level: the base, the variants, the generic variant, then the union, in that order", () => {
    const s = schemasOf({ preset: "success-flag" });
    expect(Object.keys(s)).toEqual(["ErrorBase", "AError", "ErrorGeneric", "Error"]);
  });

  test("details whose fields are all optional: the variant requires only the code", () => {
    const s = schemasOf({ preset: "success-flag" }, "codes:\n  - name: A\n    details:\n      x: string\n  - name: B\n    details:\n      y: { type: integer, required: true }\n");
    expect(s.AError.allOf[1]).toEqual({ type: "object", properties: { code: { type: "string", enum: ["A"] }, details: ref("ADetails") }, required: ["code"] });
    expect(s.BError.allOf[1]).toEqual({ type: "object", properties: { code: { type: "string", enum: ["B"] }, details: ref("BDetails") }, required: ["code", "details"] });
  });

  test("closed codes that all have details: no generic variant", () => {
    const spec = "codes:\n  - name: A\n    details:\n      x: string\n";
    const s = envelopeComponents(withEnvelope(catalogOf("", { "core.yaml": spec }), "success-flag"), "3.1", { union: true, openCodes: false }).schemas as Json;
    expect(Object.keys(s)).toEqual(["ErrorBase", "AError", "Error"]);
    expect(s.Error).toEqual({
      description: "An error response body. The code selects the variant.",
      oneOf: [ref("AError")],
      discriminator: { propertyName: "code", mapping: { A: "#/components/schemas/AError" } },
    });
  });
});

describe("lists in the envelope", () => {
  const LIST = { fields: { code: "errors.0.code", message: "errors.0.message" } };
  test("a list whose first item holds the code, in 3.1: prefixItems", () => {
    const s = schemasOf(LIST, SPEC, "", false);
    expect(s.Error.properties.errors).toEqual({ type: "array", minItems: 1, prefixItems: [ref("ErrorObject")], items: { type: "object" } });
    expect(s.Error.required).toEqual(["errors"]);
  });

  test("the same in 3.0: described, any objects", () => {
    const s = schemasOf(LIST, SPEC, "", false, "3.0");
    expect(s.Error.properties.errors).toEqual({ type: "array", description: "A list; its first item is described by the envelope.", minItems: 1, items: { type: "object" } });
  });

  test("a list inside a list item, its item matched by a constant: contains", () => {
    const s = schemasOf({ fields: { code: "error.code" }, constants: [{ key: "error.details.0.items.0.@type", value: "x" }] }, SPEC, "", false);
    const details = s.ErrorObject.properties.details;
    expect(details.prefixItems[0].properties.items).toEqual({
      type: "array",
      minItems: 1,
      contains: { type: "object", properties: { "@type": { type: "string", enum: ["x"] } }, required: ["@type"] },
      items: { type: "object", additionalProperties: true },
    });
  });
});

describe("example bodies", () => {
  test("an optional object holding only details is written when the code has details, left out otherwise", () => {
    const catalog = withEnvelope(catalogOf("", { "core.yaml": SPEC }), { fields: { code: "code", details: "extra.details" } });
    const c = envelopeComponents(catalog, "3.1", { union: false, openCodes: true });
    expect(c.example(catalog.codes[0]!, 400)).toBe('{"code": "A", "extra": {"details": {"x": "x"}}}');
    expect(c.example(catalog.codes[1]!, 400)).toBe('{"code": "B"}');
  });

  test("inline details go into the object holding the code only, not into a nested one", () => {
    const catalog = withEnvelope(catalogOf("", { "core.yaml": SPEC }), { preset: "rfc9457", fields: { requestId: "meta.request_id" } });
    const c = envelopeComponents(catalog, "3.1", { union: false, openCodes: true });
    expect(c.example(catalog.codes[0]!, 400)).toBe(
      '{"code": "A", "detail": "A", "title": "A", "status": 400, "meta": {"request_id": "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e"}, "x": "x"}',
    );
  });
});

describe("lint configuration", () => {
  test("a notice of several lines becomes one comment line each", () => {
    expect(redoclyConfig("one\ntwo")).toBe(
      "# one\n# two\n# redocly lint --config redocly.yaml errors.yaml   (paths relative to this folder)\n# errors.yaml holds components for an API description to $ref: it declares no servers and uses none of them itself.\nextends:\n  - recommended\nrules:\n  no-empty-servers: off\n  no-unused-components: off\n",
    );
    expect(spectralConfig("one\ntwo").split("\n").slice(0, 3)).toEqual(["# one", "# two", "# spectral lint --ruleset spectral.yaml errors.yaml   (paths relative to this folder)"]);
  });
});

test("the generator writes the same union (sorted) from a real catalog", () => {
  const doc = JSON.parse(generateWith(gen, withEnvelope(catalogOf("", { "core.yaml": SPEC }), "success-flag"), { union: true }).get("errors.json")!) as Json;
  expect(Object.keys(doc.components.schemas)).toEqual(["ADetails", "AError", "Error", "ErrorBase", "ErrorCode", "ErrorCodeKnown", "ErrorGeneric"]);
});
