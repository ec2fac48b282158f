// The OpenAPI generator's components, in process and exact: the code enum in both styles,
// details schemas, the body schema and example bodies of the envelopes the shared fixtures
// do not use (RFC 9457, success-flag with constants, flat), OpenAPI 3.0, `examples: false`,
// and the response per registered status. The toolchain checks are in test/openapi.test.ts.
import { describe, expect, test } from "vitest";
import openapi from "../../generators/openapi.js";
import { resolveEnvelope, type EnvelopeInput } from "../../src/catalog/envelope.js";
import type { Catalog } from "../../src/catalog/model.js";
import type { Generator } from "../../src/generate/plugin.js";
import { responseName } from "../../src/openapi/responses.js";
import { catalogOf, generateWith } from "./catalog-support.js";

const gen = openapi as Generator<unknown>;
/**
 * Compiled on first use, inside a test: a catalog compiled while vitest collects the tests
 * would run the YAML parser and the compiler outside any test, which makes every mutant
 * there "static" to Stryker (run against the whole mutation suite instead of its tests).
 */
const once = <T,>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
type Json = Record<string, any>;

const SPEC = `codes:
  - name: GONE_AWAY
    status: [410, 404]
    description: |
      First paragraph
      on two lines.

      Second paragraph.
    deprecated: { since: "1.2", replacement: NEW_ONE, reason: "Use the new one." }
  - name: NEW_ONE
    status: 418
    retryable: yes
    retry: { retryAfter: true }
    details:
      reason: { type: enum, values: [a, b], required: true, description: Why. }
      count: integer
      ratio: number
      flag: boolean
      tags: { type: list, of: string }
      byKey: { type: map, of: integer }
      inner: { type: object, fields: { x: string } }
  - name: LATER
    lifecycle: planned
    surfacesAs: NEW_ONE
    status: { varies: [400, 409] }
  - name: OTHER
    aliasOf: NEW_ONE
    status: varies
  - name: PLAIN
    title: Plain one
`;

function docOf(catalog: Catalog, options: Record<string, unknown> = {}): Json {
  const files = generateWith(gen, catalog, options);
  expect([...files.keys()]).toEqual(["errors.json", "errors.yaml", "redocly.yaml", "spectral.yaml"]);
  return JSON.parse(files.get("errors.json")!) as Json;
}

const withEnvelope = (catalog: Catalog, input: string | EnvelopeInput): Catalog => {
  const { envelope, problems } = resolveEnvelope(input);
  expect(problems).toEqual([]);
  return { ...catalog, envelope };
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const MESSAGE = { type: "string", description: "Human-readable message; match on the code, not on this text." };
const DETAILS = {
  type: "object",
  description: "Details of `NEW_ONE`.",
  properties: {
    byKey: { type: "object", additionalProperties: { type: "integer" } },
    count: { type: "integer" },
    flag: { type: "boolean" },
    inner: { type: "object", properties: { x: { type: "string" } } },
    ratio: { type: "number" },
    reason: { type: "string", enum: ["a", "b"], description: "Why." },
    tags: { type: "array", items: { type: "string" } },
  },
  required: ["reason"],
};
const DETAILS_EXAMPLE = '"byKey": {"key": 0}, "count": 0, "flag": false, "inner": {"x": "x"}, "ratio": 0, "reason": "a", "tags": ["tags"]';

describe("ErrorCode", () => {
  const catalog = once(() => catalogOf("", { "core.yaml": SPEC }));
  const descriptions = [
    "Deprecated since 1.2; use `NEW_ONE` instead. Use the new one.\n\nFirst paragraph\non two lines.\n\nSecond paragraph.",
    "Planned: not returned yet; clients see `NEW_ONE` until it ships.\n\nLater",
    "New one",
    "Alias of `NEW_ONE`.\n\nOther",
    "Plain one",
  ];

  test("enum style: parallel x-enum arrays on one line each, deprecated values listed", () => {
    expect(docOf(catalog()).components.schemas.ErrorCodeKnown).toEqual({
      type: "string",
      description: "Every error code of T (catalog version 0.0.0).",
      enum: ["GONE_AWAY", "LATER", "NEW_ONE", "OTHER", "PLAIN"],
      "x-enum-varnames": ["GONE_AWAY", "LATER", "NEW_ONE", "OTHER", "PLAIN"],
      "x-enum-descriptions": descriptions.map((d) => d.replace(/\n+/g, " ")),
      "x-enum-deprecated": ["GONE_AWAY"],
    });
  });

  test("open by default: ErrorCode is the known codes or any string; codes: closed makes it the enum", () => {
    const open = docOf(catalog()).components.schemas;
    expect(open.ErrorCode).toEqual({
      description: "An error code of T: one of `ErrorCodeKnown` (catalog version 0.0.0) or a code added later, which a client must accept (adding a code is not a breaking change).",
      anyOf: [ref("ErrorCodeKnown"), { type: "string", description: "A code this document does not list." }],
    });
    const closed = docOf(catalog(), { codes: "closed" }).components.schemas;
    expect(closed.ErrorCode).toEqual(open.ErrorCodeKnown);
    expect(closed).not.toHaveProperty("ErrorCodeKnown");
  });

  test("oneOf style: annotated enumeration, deprecated flagged", () => {
    const titles = ["Gone away", "Later", "New one", "Other", "Plain one"];
    expect(docOf(catalog(), { codeEnum: "oneOf" }).components.schemas.ErrorCodeKnown).toEqual({
      type: "string",
      description: "Every error code of T (catalog version 0.0.0).",
      oneOf: ["GONE_AWAY", "LATER", "NEW_ONE", "OTHER", "PLAIN"].map((name, i) => ({
        const: name,
        title: titles[i],
        description: i === 0 ? `${descriptions[i]}\n` : descriptions[i], // the block scalar's final line break stays
        ...(i === 0 ? { deprecated: true } : {}),
      })),
    });
  });

  test("without deprecated codes there is no x-enum-deprecated; without codes, a plain string", () => {
    const schemas = docOf(catalogOf("", { "core.yaml": "codes:\n  - name: A\n    description: |\n      One\n\n      two\n" })).components.schemas;
    expect(schemas.ErrorCodeKnown).toEqual({ type: "string", description: "Every error code of T (catalog version 0.0.0).", enum: ["A"], "x-enum-varnames": ["A"], "x-enum-descriptions": ["One two"] });
    expect(docOf(catalogOf("", { "core.yaml": "codes: []\n" })).components.schemas.ErrorCode).toEqual({
      type: "string",
      description: "Every error code of T (catalog version 0.0.0). None is defined yet.",
    });
  });

  test("a wire name shared by two domains: one value, each domain's description, deprecated only if every use is", () => {
    const catalog = catalogOf("naming: lower_snake\nuniqueness: domain\nenvelope: reason-domain", {
      "a.yaml": "description: Domain A.\ncodes:\n  - name: taken\n    description: In use\n    deprecated: { since: \"1.0\" }\n  - name: old\n    deprecated: {}\n",
      "b.yaml": "title: Bee\ncodes:\n  - name: taken\n    description: Held?\n",
    });
    const { ErrorCodeKnown: ErrorCode, ErrorDomain } = docOf(catalog).components.schemas;
    expect(ErrorCode).toEqual({
      type: "string",
      description: "Every error code of T (catalog version 0.0.0).",
      enum: ["old", "taken"],
      "x-enum-varnames": ["OLD", "TAKEN"],
      "x-enum-descriptions": ["Deprecated. Old", "In a: Deprecated since 1.0. In use. In b: Held?"],
      "x-enum-deprecated": ["old"],
    });
    expect(docOf(catalog, { codeEnum: "oneOf" }).components.schemas.ErrorCodeKnown.oneOf).toEqual([
      { const: "old", title: "Old", description: "Deprecated.\n\nOld", deprecated: true },
      { const: "taken", title: "Taken", description: "In `a`: Deprecated since 1.0.\n\nIn use\n\nIn `b`: Held?" },
    ]);
    expect(ErrorDomain).toEqual({ type: "string", description: "The error domains of T.", enum: ["a", "b"], "x-enum-varnames": ["A", "B"], "x-enum-descriptions": ["Domain A.", "Bee"] });
  });
});

describe("body schemas and examples per envelope", () => {
  const catalog = once(() => catalogOf('docsUrl: "https://d.example/{code}"', { "core.yaml": SPEC }));

  test("RFC 9457: detail members inline, a union by code, type and instance URI references", () => {
    const doc = docOf(withEnvelope(catalog(), "rfc9457"), { union: true });
    const s = doc.components.schemas;
    expect(Object.keys(s)).toEqual(["Error", "ErrorBase", "ErrorCode", "ErrorCodeKnown", "ErrorGeneric", "NewOneDetails", "NewOneError", "OtherDetails", "OtherError"]);
    expect(s.Error).toEqual({
      description: "An error response body. The code selects the variant.",
      oneOf: [ref("NewOneError"), ref("OtherError"), ref("ErrorGeneric")],
      discriminator: {
        propertyName: "code",
        mapping: { GONE_AWAY: ref("ErrorGeneric").$ref, LATER: ref("ErrorGeneric").$ref, NEW_ONE: ref("NewOneError").$ref, OTHER: ref("OtherError").$ref, PLAIN: ref("ErrorGeneric").$ref },
      },
    });
    expect(s.ErrorBase).toEqual({
      type: "object",
      description: "Members every error has; each variant of `Error` adds its code and detail members.",
      properties: {
        code: ref("ErrorCode"),
        detail: MESSAGE,
        title: { type: "string", description: "Short summary of the error code." },
        status: { type: "integer", description: "The HTTP status code of the response." },
        instance: { type: "string", format: "uri-reference", description: "Identifies this occurrence of the problem (RFC 9457 `instance`)." },
        type: { type: "string", format: "uri-reference", description: "The problem type: documentation of the error code (RFC 9457 `type`)." },
      },
      required: ["code", "detail", "title", "status", "instance", "type"],
    });
    expect(s.ErrorGeneric).toEqual({ allOf: [ref("ErrorBase"), { type: "object", properties: { code: { type: "string", not: { enum: ["NEW_ONE", "OTHER"] } } }, required: ["code"] }] });
    expect(s.NewOneError).toEqual({ allOf: [ref("ErrorBase"), ref("NewOneDetails"), { type: "object", properties: { code: { type: "string", enum: ["NEW_ONE"] } }, required: ["code"] }] });
    expect(s.NewOneDetails).toEqual(DETAILS);
    expect(s.OtherDetails).toEqual({ ...DETAILS, description: "Details of `OTHER`." });
    const yaml = generateWith(gen, withEnvelope(catalog(), "rfc9457")).get("errors.yaml")!;
    const instance = '"instance": "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e"';
    expect(yaml).toContain(
      `            NEW_ONE: {"value": {"code": "NEW_ONE", "detail": "New one", "title": "New one", "status": 418, ${instance}, "type": "https://d.example/NEW_ONE", ${DETAILS_EXAMPLE}}}\n`,
    );
    expect(yaml).toContain(
      `            GONE_AWAY: {"summary": "GONE_AWAY (deprecated)", "value": {"code": "GONE_AWAY", "detail": "First paragraph on two lines.", "title": "Gone away", "status": 404, ${instance}, "type": "https://d.example/GONE_AWAY"}}\n`,
    );
    expect(yaml).toContain(`            LATER: {"summary": "LATER (planned)", "value": {"code": "LATER", "detail": "Later", "title": "Later", "status": 409, ${instance}, "type": "https://d.example/LATER"}}\n`);
  });

  test("RFC 9457 without a docs URL for every code: type optional, about:blank by default", () => {
    const s = docOf(withEnvelope(catalogOf("", { "core.yaml": SPEC }), "rfc9457"), { union: true }).components.schemas;
    expect(s.ErrorBase.properties.type).toEqual({ type: "string", format: "uri-reference", description: "The problem type: documentation of the error code (RFC 9457 `type`).", default: "about:blank" });
    expect(s.ErrorBase.required).toEqual(["code", "detail", "title", "status", "instance"]);
  });

  test("success-flag in OpenAPI 3.0: constants of every type, details next to the code", () => {
    const input: EnvelopeInput = { preset: "success-flag", constants: [{ key: "n", value: null }, { key: "i", value: 2 }, { key: "f", value: 1.5 }, { key: "s", value: "x" }] };
    const doc = docOf(withEnvelope(catalog(), input), { version: "3.0", union: true });
    expect(doc.openapi).toBe("3.0.3");
    const s = doc.components.schemas;
    expect(s.ErrorBase).toEqual({
      type: "object",
      description: "Members every error has; each variant of `Error` adds its code and details.",
      properties: {
        success: { type: "boolean", enum: [false] },
        n: { type: "string", nullable: true, enum: [null] },
        i: { type: "integer", enum: [2] },
        f: { type: "number", enum: [1.5] },
        s: { type: "string", enum: ["x"] },
        code: ref("ErrorCode"),
        error: MESSAGE,
      },
      required: ["f", "i", "n", "s", "success", "code", "error"],
    });
    expect(s.NewOneError).toEqual({ allOf: [ref("ErrorBase"), { type: "object", properties: { code: { type: "string", enum: ["NEW_ONE"] }, details: ref("NewOneDetails") }, required: ["code", "details"] }] });
    expect(s.ErrorGeneric.allOf[1].properties.details).toEqual({ type: "object", additionalProperties: true, description: "Details; their shape depends on the code." });
    const json = generateWith(gen, withEnvelope(catalog(), input), { version: "3.0", union: true }).get("errors.json")!;
    expect(json).toContain(`"NEW_ONE": {"value": {"f": 1.5, "i": 2, "n": null, "s": "x", "success": false, "code": "NEW_ONE", "error": "New one", "details": {${DETAILS_EXAMPLE}}}}`);
    expect(json).toContain('"PLAIN": {"value": {"f": 1.5, "i": 2, "n": null, "s": "x", "success": false, "code": "PLAIN", "error": "Plain one"}}');
  });

  test("a null constant in 3.1 is of type null", () => {
    const s = docOf(withEnvelope(catalog(), { preset: "flat", constants: [{ key: "n", value: null }] })).components.schemas;
    expect(s.Error.properties.n).toEqual({ type: "null" });
  });

  test("details in a list under a nested object (reason-domain): variants narrow the list", () => {
    const s = docOf(withEnvelope(catalog(), "reason-domain"), { union: true }).components.schemas;
    expect(s.Error).toEqual({ type: "object", description: "An error response body.", properties: { error: ref("ErrorObject") }, required: ["error"] });
    expect(s.ErrorObjectBase.properties).not.toHaveProperty("details");
    expect(s.NewOneError.allOf[1]).toEqual({ type: "object", properties: { reason: { type: "string", enum: ["NEW_ONE"] }, details: { type: "array", items: ref("NewOneDetails") } }, required: ["reason", "details"] });
    expect(s.ErrorObjectGeneric.allOf[1].properties.details).toEqual({ type: "array", description: "Details; their shape depends on the code.", items: { type: "object", additionalProperties: true } });
  });

  test("by default the object holding the code is one object: details any object, inline detail members allowed", () => {
    const s = docOf(withEnvelope(catalog(), "error-meta")).components.schemas;
    expect(Object.keys(s)).toEqual(["Error", "ErrorCode", "ErrorCodeKnown", "ErrorObject", "NewOneDetails", "OtherDetails"]);
    expect(s.ErrorObject.properties.details).toEqual({ type: "object", additionalProperties: true, description: "Details; their shape depends on the code." });
    expect(s.ErrorObject.properties.code).toEqual(ref("ErrorCode"));
    const rfc = docOf(withEnvelope(catalog(), "rfc9457")).components.schemas;
    expect(rfc.Error.additionalProperties).toBe(true);
    expect(rfc.Error).not.toHaveProperty("oneOf");
  });

  test("union: true with open codes: the generic variant takes any code without a variant; closed: only the listed ones", () => {
    const open = docOf(withEnvelope(catalog(), "error-meta"), { union: true }).components.schemas;
    expect(open.ErrorObjectGeneric.allOf[1].properties.code).toEqual({ type: "string", not: { enum: ["NEW_ONE", "OTHER"] } });
    const closed = docOf(withEnvelope(catalog(), "error-meta"), { union: true, codes: "closed" }).components.schemas;
    expect(closed.ErrorObjectGeneric.allOf[1].properties.code).toEqual({ type: "string", enum: ["GONE_AWAY", "LATER", "PLAIN"] });
  });

  test("details apart from the code (flat + a top-level details member): no union", () => {
    const input: EnvelopeInput = { preset: "error-object", fields: { details: "details" } };
    const s = docOf(withEnvelope(catalog(), input)).components.schemas;
    expect(Object.keys(s)).toEqual(["Error", "ErrorCode", "ErrorCodeKnown", "ErrorObject", "NewOneDetails", "OtherDetails"]);
    expect(s.Error).toEqual({
      type: "object",
      description: "An error response body.",
      properties: { error: ref("ErrorObject"), details: { type: "object", additionalProperties: true, description: "Details; their shape depends on the code." }, request_id: { type: "string", description: "Id of the request; quote it when contacting support." } },
      required: ["error", "request_id"],
    });
    expect(s.ErrorObject).toEqual({ type: "object", description: "The error object: its code says what went wrong.", properties: { code: ref("ErrorCode"), message: MESSAGE }, required: ["code", "message"] });
  });

  test("an optional object left empty is left out of an example", () => {
    const input: EnvelopeInput = { preset: "error-meta" };
    const yaml = generateWith(gen, withEnvelope(catalogOf("", { "core.yaml": "codes:\n  - name: A\n    status: 400\n" }), input)).get("errors.yaml")!;
    expect(yaml).toContain('A: {"value": {"error": {"code": "A", "message": "A", "status": 400}, "meta": {"request_id": "req_0f8fad5bd9cb469f", "timestamp": "2025-01-01T12:00:00Z"}}}\n');
    const docs = generateWith(gen, withEnvelope(catalogOf("", { "core.yaml": "codes:\n  - name: A\n    status: 400\n" }), { preset: "flat", fields: { docsUrl: "meta.docs" } })).get("errors.yaml")!;
    expect(docs).toContain('A: {"value": {"error_code": "A", "message": "A", "request_id": "req_0f8fad5bd9cb469f"}}\n');
  });
});

describe("responses", () => {
  const catalog = once(() => catalogOf("", { "core.yaml": SPEC }));

  test("examples: false lists each response's codes; Retry-After where a code honours it", () => {
    const { responses, headers } = docOf(catalog(), { examples: false }).components;
    const body = { "application/json": { schema: ref("Error") } };
    const retry = { headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } };
    expect(responses).toEqual({
      BadRequest: { description: "HTTP 400 Bad Request.", "x-error-codes": ["LATER"], content: body },
      NotFound: { description: "HTTP 404 Not Found.", "x-error-codes": ["GONE_AWAY"], content: body },
      Conflict: { description: "HTTP 409 Conflict.", "x-error-codes": ["LATER"], content: body },
      Gone: { description: "HTTP 410 Gone.", "x-error-codes": ["GONE_AWAY"], content: body },
      Status418: { description: "HTTP 418.", "x-error-codes": ["NEW_ONE"], ...retry, content: body },
      Error: {
        description: "Any other error, for an operation's `default` response. The examples are the codes whose HTTP status varies without a known list or is not stated; they are shown with status 500.",
        "x-error-codes": ["OTHER", "PLAIN"],
        ...retry,
        content: body,
      },
    });
    expect(headers).toEqual({ RetryAfter: { description: "Seconds to wait, or an HTTP date, before retrying (RFC 9110 `Retry-After`). Sent with codes that honour it.", schema: { type: "string" } } });
  });

  test("without Retry-After codes there is no header; an Error response without codes has no examples or code list", () => {
    for (const examples of [true, false]) {
      const { responses, headers } = docOf(catalogOf("", { "core.yaml": "codes:\n  - name: A\n    status: 400\n" }), { examples }).components;
      expect(headers).toBeUndefined();
      expect(responses.Error).toEqual({ description: expect.any(String), content: { "application/json": { schema: ref("Error") } } });
      expect(Object.keys(responses.BadRequest.content["application/json"])).toEqual(examples ? ["schema", "examples"] : ["schema"]);
    }
  });

  const REASONS: [number, string][] = [
    [400, "Bad Request"], [401, "Unauthorized"], [402, "Payment Required"], [403, "Forbidden"], [404, "Not Found"], [405, "Method Not Allowed"],
    [406, "Not Acceptable"], [407, "Proxy Authentication Required"], [408, "Request Timeout"], [409, "Conflict"], [410, "Gone"], [411, "Length Required"],
    [412, "Precondition Failed"], [413, "Payload Too Large"], [414, "URI Too Long"], [415, "Unsupported Media Type"], [416, "Range Not Satisfiable"],
    [417, "Expectation Failed"], [421, "Misdirected Request"], [422, "Unprocessable Entity"], [423, "Locked"], [424, "Failed Dependency"], [425, "Too Early"],
    [426, "Upgrade Required"], [428, "Precondition Required"], [429, "Too Many Requests"], [431, "Request Header Fields Too Large"],
    [451, "Unavailable For Legal Reasons"], [500, "Internal Server Error"], [501, "Not Implemented"], [502, "Bad Gateway"], [503, "Service Unavailable"],
    [504, "Gateway Timeout"], [505, "HTTP Version Not Supported"], [506, "Variant Also Negotiates"], [507, "Insufficient Storage"], [508, "Loop Detected"],
    [510, "Not Extended"], [511, "Network Authentication Required"],
  ];

  test("one response per registered status, named and described after its reason phrase, in status order", () => {
    const spec = `codes:\n${[...REASONS].reverse().map(([s]) => `  - name: S${s}\n    status: ${s}\n`).join("")}  - name: TEAPOT\n    status: 418\n`;
    const { responses } = docOf(catalogOf("", { "core.yaml": spec }), { examples: false }).components;
    const want = [...REASONS.slice(0, 18), [418, ""] as [number, string], ...REASONS.slice(18)];
    expect(Object.entries(responses).map(([name, r]: [string, any]) => `${name}: ${r.description}`)).toEqual([
      ...want.map(([s, phrase]) => `${phrase ? phrase.split(" ").map((w) => w[0] + w.slice(1).toLowerCase()).join("") : `Status${s}`}: HTTP ${s}${phrase ? ` ${phrase}` : ""}.`),
      `Error: ${responses.Error.description}`,
    ]);
  });

  test.each([
    [404, "NotFound"],
    [414, "UriTooLong"],
    [505, "HttpVersionNotSupported"],
    [431, "RequestHeaderFieldsTooLarge"],
    [418, "Status418"],
    [399, "Status399"],
    [999, "Status999"],
  ])("responseName(%d) is %s", (status, want) => expect(responseName(status)).toBe(want));
});

describe("options and the document around the components", () => {
  test("codeEnum oneOf needs 3.1; unknown options are refused", () => {
    expect(() => gen.parseOptions({ version: "3.0", codeEnum: "oneOf" })).toThrow('option "codeEnum" "oneOf" needs `const`, which OpenAPI 3.0 lacks; use version "3.1" or codeEnum "enum"');
    expect(gen.parseOptions({ version: "3.0", codeEnum: "enum" })).toEqual({ version: "3.0", codeEnum: "enum", codes: "open", union: false, lintConfig: true, examples: true });
    expect(gen.parseOptions({})).toEqual({ version: "3.1", codeEnum: "enum", codes: "open", union: false, lintConfig: true, examples: true });
  });

  test("info, paths and the YAML header", () => {
    const catalog = catalogOf('title: "A  *T*"\nversion: "2.0.0"', { "core.yaml": "codes:\n  - name: A\n" });
    const files = generateWith(gen, catalog, { version: "3.0" });
    const doc = JSON.parse(files.get("errors.json")!) as Json;
    expect(doc.openapi).toBe("3.0.3");
    expect(doc.paths).toEqual({});
    expect(doc.info).toEqual({
      title: "A  *T*",
      version: "2.0.0",
      description: "Reusable error components (codes, error body, responses) of A  *T*, catalog version 2.0.0; reference them with `$ref` from an API description. Code generated by lockstep from spec/core.yaml. DO NOT EDIT.",
    });
    expect(files.get("errors.yaml")!.split("\n").slice(0, 3)).toEqual(["# Code generated by lockstep from spec/core.yaml. DO NOT EDIT.", 'openapi: "3.0.3"', "info:"]);
    expect(docOf(catalog).openapi).toBe("3.1.0");
  });

  test("info.license and info.contact from the config's license and repository (3.0: an SPDX URL)", () => {
    const catalog = catalogOf("license: Apache-2.0\nrepository: https://example.com/r", { "core.yaml": "codes:\n  - name: A\n" });
    expect(docOf(catalog).info).toMatchObject({ license: { name: "Apache-2.0", identifier: "Apache-2.0" }, contact: { name: "T", url: "https://example.com/r" } });
    expect(docOf(catalog, { version: "3.0" }).info.license).toEqual({ name: "Apache-2.0", url: "https://spdx.org/licenses/Apache-2.0.html" });
    const expression = catalogOf("license: MIT OR Apache-2.0", { "core.yaml": "codes:\n  - name: A\n" });
    expect(docOf(expression, { version: "3.0" }).info.license).toEqual({ name: "MIT OR Apache-2.0", url: "https://spdx.org/licenses/" });
    expect(docOf(expression).info).not.toHaveProperty("contact");
  });
});
