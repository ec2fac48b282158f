// The OpenAPI generator: emitter table tests, then the real toolchains on every fixture
// and both versions (swagger-parser, openapi-schema-validator, openapi-typescript + tsc),
// the envelope schema of every preset checked against its own examples with ajv.
import SwaggerParser from "@apidevtools/swagger-parser";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import openapi from "../generators/openapi.js";
import { ENVELOPE_PRESETS, resolveEnvelope, type EnvelopeInput } from "../src/catalog/envelope.js";
import type { Catalog, ErrorCode } from "../src/catalog/model.js";
import { inlineJson } from "../src/openapi/inline-json.js";
import { emitJson as jsonBytes } from "../src/openapi/json-emit.js";
import { responseName } from "../src/openapi/responses.js";
import { emitYaml as yamlBytes, yamlString } from "../src/openapi/yaml-emit.js";
import type { Generator } from "../src/generate/plugin.js";
import { GENERATOR_FIXTURES, generate, loadFixture } from "./support/fixture.js";
import { run, withTempDir } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

// The emitters write bytes; these tables compare their text.
const emitJson = (value: unknown, plain?: ReadonlySet<object>): string => jsonBytes(value, plain).toString("utf8");
const emitYaml = (value: unknown): string => yamlBytes(value).toString("utf8");

type Doc = { components: { schemas: Record<string, any>; responses: Record<string, any> } } & Record<string, any>;
const VERSIONS = ["3.0", "3.1"] as const;
const gen = openapi as Generator<unknown>;

/** Both files, checked to be the same document; returns it. */
function outputs(catalog: Catalog, options: Record<string, unknown> = {}): { doc: Doc; yaml: string; json: string } {
  const files = generate(gen, catalog, options);
  const yaml = files.get("errors.yaml")!;
  const json = files.get("errors.json")!;
  const doc = JSON.parse(json) as Doc;
  expect(parse(yaml)).toStrictEqual(doc);
  return { doc, yaml, json };
}

const withEnvelope = (catalog: Catalog, input: string | EnvelopeInput): Catalog => {
  const { envelope, problems } = resolveEnvelope(input);
  expect(problems).toEqual([]);
  return { ...catalog, envelope };
};

/**
 * The torture catalog in a preset's envelope. RFC 9457 puts detail fields next to `type`,
 * `title`, `status`…, so TYPE's detail field `type` is renamed `kind` there (a clash is an error, tested below).
 */
function presetCatalog(preset: string): Catalog {
  const torture = loadFixture("torture");
  // A preset without a details member (flat) takes codes without details (LS035).
  if (ENVELOPE_PRESETS[preset]!.detailsShape !== "inline" && !ENVELOPE_PRESETS[preset]!.fields.details) return withEnvelope({ ...torture, codes: torture.codes.map((c) => ({ ...c, details: [] })) }, preset);
  if (ENVELOPE_PRESETS[preset]!.detailsShape !== "inline") return withEnvelope(torture, preset);
  const rename = (c: ErrorCode): ErrorCode => ({ ...c, details: c.details.map((f) => (f.name === "type" ? { ...f, name: "kind" } : f)) });
  return withEnvelope({ ...torture, codes: torture.codes.map(rename) }, preset);
}

async function validate(doc: unknown): Promise<void> {
  await SwaggerParser.validate(structuredClone(doc) as never);
  const result = await new Validator().validate(structuredClone(doc) as never);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
}

/** Every example of every response as [response, example key, value]. */
function examples(doc: Doc): [string, string, unknown][] {
  return Object.entries(doc.components.responses).flatMap(([name, r]) =>
    Object.values(r.content as Record<string, { examples?: Record<string, { value: unknown }> }>).flatMap((m) =>
      Object.entries(m.examples ?? {}).map(([key, ex]) => [name, key, ex.value] as [string, string, unknown]),
    ),
  );
}

/** Checks each example against the schema its response names, with ajv (draft 2020-12 for 3.1, draft-07 + nullable for 3.0). */
function checkExamples(doc: Doc, version: (typeof VERSIONS)[number]): void {
  const ajv = version === "3.1" ? new Ajv2020({ strict: false, validateFormats: false }) : new Ajv({ strict: false, validateFormats: false });
  ajv.addSchema(doc as object, "doc");
  for (const [name, key, value] of examples(doc)) {
    const media = Object.values(doc.components.responses[name].content)[0] as { schema: { $ref: string } };
    const valid = ajv.validate({ $ref: `doc${media.schema.$ref}` }, value);
    expect(valid ? [] : [name, key, ajv.errors], `${name} ${key}`).toEqual([]);
  }
}

describe("yamlString", () => {
  test.each([
    ["NOT_FOUND", "NOT_FOUND"],
    ["application/problem+json", "application/problem+json"],
    ["Bad Request", "Bad Request"],
    ["x-enum-varnames", "x-enum-varnames"],
    ["$ref", "$ref"],
    ["#/components/schemas/Error", '"#/components/schemas/Error"'],
    ["a: b", '"a: b"'],
    ["a #b", '"a #b"'],
    ["TRUE", '"TRUE"'],
    ["no", '"no"'],
    ["Null", '"Null"'],
    ["Y", '"Y"'],
    ["3.1.0", '"3.1.0"'],
    ["0x1F", '"0x1F"'],
    ["", '""'],
    [" lead", '" lead"'],
    ["trail ", '"trail "'],
    ["two  spaces", '"two  spaces"'],
    ["- item", '"- item"'],
    ["*alias", '"*alias"'],
    ["it's", '"it\'s"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["line\nbreak", '"line\\nbreak"'],
    ["tab\there", '"tab\\there"'],
    ["del\u007f c1\u0085 ls\u2028 bom\ufeff", '"del\\u007f c1\\u0085 ls\\u2028 bom\\ufeff"'],
    ["café → ok", '"café → ok"'],
    ["{{x}} */", '"{{x}} */"'],
  ])("%j → %s", (given, want) => {
    expect(yamlString(given)).toBe(want);
  });
});

describe("emitYaml", () => {
  test.each([
    [{}, "{}\n"],
    [[], "[]\n"],
    ["x", "x\n"],
    [{ a: 1, b: true, c: null, d: "x y" }, "a: 1\nb: true\nc: null\nd: x y\n"],
    [{ a: [], b: {}, c: undefined }, "a: []\nb: {}\n"],
    [{ a: { b: { c: 1 } } }, "a:\n  b:\n    c: 1\n"],
    [{ a: [1, "two"] }, "a:\n  - 1\n  - two\n"],
    [{ a: [{ b: 1, c: 2 }, [3, 4], []] }, "a:\n  - b: 1\n    c: 2\n  - - 3\n    - 4\n  - []\n"],
    [[{ a: { b: 1 } }], "- a:\n    b: 1\n"],
    [{ "a:b": "#", "1": -0 }, '"1": 0\n"a:b": "#"\n'],
    [{ ex: inlineJson({ value: { code: "X", ok: false, n: [1, 2] } }) }, 'ex: {"value": {"code": "X", "ok": false, "n": [1, 2]}}\n'],
  ])("%j", (given, want) => {
    expect(emitYaml(given)).toBe(want);
  });

  test("a key longer than YAML's 1024-character implicit-key limit becomes an explicit key", () => {
    const key = "k".repeat(1100);
    expect(emitYaml({ [key]: 1 })).toBe(`? ${key}\n: 1\n`);
    expect(parse(emitYaml({ [key]: { a: [1] } }))).toStrictEqual({ [key]: { a: [1] } });
  });

  test("yaml parses the output back to the same data, hazards included", () => {
    const hazards = ["TRUE", "off", "~", "null", "1e3", ".inf", "0o17", "12:30", "@x", "`x`", "%x", "!x", "&x", "|x", ">x", "'x'", "a\\b", "\t", "\r\n", "\u0000", "🚫", "\ud800"];
    const value = { list: hazards, map: Object.fromEntries(hazards.map((h) => [h, h])), nested: [[[]], [{}], { deep: [{ x: hazards }] }], nums: [0, -1, 1.5, 1e21] };
    expect(parse(emitYaml(value))).toStrictEqual(value);
  });
});

describe("emitJson", () => {
  test("equals JSON.stringify(value, null, 2) for plain data, native subtrees included", () => {
    const value = { a: [1, { b: [] }, [2]], c: {}, d: "x", e: { f: { g: null } } };
    expect(emitJson(value)).toBe(JSON.stringify(value, null, 2) + "\n");
    expect(emitJson(value, new Set([value.e, value.a]))).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  test.each([
    [{ ex: inlineJson({ value: { a: 1 } }) }, '{\n  "ex": {"value": {"a": 1}}\n}\n'],
    [{ s: "café \u2028 🚫" }, '{\n  "s": "caf\\u00e9 \\u2028 \\ud83d\\udeab"\n}\n'],
    [[], "[]\n"],
  ])("%j", (given, want) => {
    expect(emitJson(given)).toBe(want);
    expect(JSON.parse(want)).toStrictEqual(JSON.parse(JSON.stringify(given)));
  });
});

describe("responseName", () => {
  test.each([
    [400, "BadRequest"],
    [404, "NotFound"],
    [413, "PayloadTooLarge"],
    [414, "UriTooLong"],
    [422, "UnprocessableEntity"],
    [429, "TooManyRequests"],
    [505, "HttpVersionNotSupported"],
    [418, "Status418"],
    [999, "Status999"],
  ])("%d → %s", (given, want) => {
    expect(responseName(given)).toBe(want);
  });
});

describe("options", () => {
  test("codeEnum oneOf needs 3.1", () => {
    expect(() => gen.parseOptions({ version: "3.0", codeEnum: "oneOf" })).toThrow(/needs `const`/);
    expect(() => gen.parseOptions({ verison: "3.0" })).toThrow(/unknown option "verison"/);
  });
});

describe.each(GENERATOR_FIXTURES)("fixture %s", (fixture) => {
  const catalog = loadFixture(fixture);

  test.each(VERSIONS)("OpenAPI %s: both validators accept errors.yaml and errors.json; examples match their schema", async (version) => {
    const { doc, yaml, json } = outputs(catalog, { version });
    expect(doc.openapi).toBe(version === "3.0" ? "3.0.3" : "3.1.0");
    expect(doc.paths).toEqual({});
    expect(doc.info).toMatchObject({ version: catalog.version });
    expect(yaml.split("\n")[0]).toMatch(/^# Code generated by lockstep from .* DO NOT EDIT\.$/);
    expect(json.endsWith("}\n") && yaml.endsWith("\n")).toBe(true);
    await validate(parse(yaml));
    await validate(JSON.parse(json));
    checkExamples(doc, version);
    expect(generate(gen, catalog, { version }).get("errors.yaml")).toBe(yaml);
  });

  test("ErrorCode is open: the known codes (ErrorCodeKnown) or any string; codes: closed makes it the enum itself", () => {
    const { schemas } = outputs(catalog).doc.components;
    expect(schemas.ErrorCode.anyOf).toEqual([{ $ref: "#/components/schemas/ErrorCodeKnown" }, { type: "string", description: "A code this document does not list." }]);
    expect(schemas.ErrorCode.enum).toBeUndefined();
    const closed = outputs(catalog, { codes: "closed" }).doc.components.schemas;
    expect(closed.ErrorCodeKnown).toBeUndefined();
    expect(closed.ErrorCode).toEqual(schemas.ErrorCodeKnown);
  });

  test("ErrorCode lists every wire name once, with parallel x-enum arrays and the deprecated ones", () => {
    const { doc } = outputs(catalog);
    const schema = doc.components.schemas.ErrorCodeKnown;
    const names = [...new Set(catalog.codes.map((c) => c.name))];
    expect(schema.enum).toEqual(names);
    expect(schema["x-enum-varnames"]).toEqual(names.map((n) => n.toUpperCase()));
    expect(schema["x-enum-descriptions"]).toHaveLength(names.length);
    for (const d of schema["x-enum-descriptions"]) expect(d).not.toMatch(/\n/);
    const deprecated = names.filter((n) => catalog.codes.filter((c) => c.name === n).every((c) => c.deprecated));
    expect(schema["x-enum-deprecated"] ?? []).toEqual(deprecated);
  });

  test("responses list every code under each of its statuses; codes with no known status under Error", () => {
    const { doc } = outputs(catalog);
    const got = new Set(examples(doc).map(([name, key]) => `${name} ${key}`));
    const want = new Set(catalog.codes.flatMap((c: ErrorCode) => (c.status.all.length ? c.status.all.map((s) => `${responseName(s)} ${c.key}`) : [`Error ${c.key}`])));
    expect([...got].sort()).toEqual([...want].sort());
  });
});

test("openapi-typescript turns every output into types tsc --strict accepts, examples included", async () => {
  const cases: [string, Catalog, Record<string, unknown>][] = [];
  for (const fixture of GENERATOR_FIXTURES) for (const version of VERSIONS) cases.push([`${fixture}_${version}`, loadFixture(fixture), { version }]);
  for (const preset of Object.keys(ENVELOPE_PRESETS)) cases.push([`${preset}_3_1`, presetCatalog(preset), {}]);
  cases.push(["oneof", loadFixture("torture"), { codeEnum: "oneOf" }]);
  cases.push(["union", loadFixture("torture"), { union: true }], ["closed_union", loadFixture("torture"), { union: true, codes: "closed" }]);
  // withTempDir is synchronous; the conversions are async, so they happen first.
  const sources = new Map<string, string>();
  for (const [name, catalog, options] of cases) {
    const { yaml, doc } = outputs(catalog, options);
    const id = name.replace(/\W/g, "_");
    const values = examples(doc).map(([, , v]) => JSON.stringify(v));
    sources.set(`${id}.ts`, astToString(await openapiTS(yaml, { silent: true })));
    sources.set(`${id}.check.ts`, `import type { components } from "./${id}.js";\nexport const examples: components["schemas"]["Error"][] = [\n${values.join(",\n")}\n];\n`);
  }
  withTempDir((dir) => {
    const files = [...sources.keys()];
    for (const [file, text] of sources) writeFileSync(join(dir, file), text);
    const tsconfig = { compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", types: [], skipLibCheck: false }, files };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    run(TSC, ["-p", join(dir, "tsconfig.json")]);
  });
});

describe.each(Object.keys(ENVELOPE_PRESETS))("envelope preset %s", (preset) => {
  const catalog = presetCatalog(preset);

  test.each(VERSIONS)("OpenAPI %s validates, and every example matches its schema", async (version) => {
    const { doc } = outputs(catalog, { version });
    await validate(doc);
    checkExamples(doc, version);
  });

  test("the body schema has the preset's members, all required but the docs URL without a template and details", () => {
    const { doc } = outputs(catalog);
    const { schemas } = doc.components;
    // The object holding the code: the body itself or `ErrorObject`, a union whose base holds the members.
    const holder = schemas.ErrorObject ?? schemas.Error;
    const required = (s: { required?: string[] }) => [...(s.required ?? [])].sort();
    const want: Record<string, [string[], string[]]> = {
      "error-meta": [["error", "meta"], ["code", "message", "status"]],
      "success-flag": [["code", "error", "success"], ["code", "error", "success"]],
      "reason-domain": [["error"], ["domain", "message", "reason", "request_id", "status"]],
      "error-object": [["error", "request_id"], ["code", "message"]],
      flat: [["documentation_url", "error_code", "message", "request_id"], ["documentation_url", "error_code", "message", "request_id"]],
      rfc9457: [["code", "detail", "instance", "status", "title", "type"], ["code", "detail", "instance", "status", "title", "type"]],
      aip193: [["error"], ["@type", "reason"]],
    };
    const [body, inner] = want[preset]!;
    expect(required(schemas.ErrorBase ? schemas.ErrorBase : schemas.Error)).toEqual(body);
    expect(required(holder)).toEqual(inner);
    if (preset === "error-meta") expect(required(schemas.Error.properties.meta)).toEqual(["docs_url", "request_id", "timestamp"]);
    if (preset === "success-flag") expect(holder.properties.success).toEqual({ type: "boolean", enum: [false] });
    // AIP-193: the code sits in an item of `error.details` (ErrorInfo, told by its @type, anywhere in the list); `error.status` is the canonical name.
    if (preset === "aip193") {
      expect(schemas.Error.properties.error.properties.details).toEqual({
        type: "array",
        minItems: 1,
        contains: { $ref: "#/components/schemas/ErrorObject" },
        items: { type: "object", additionalProperties: true },
      });
      expect(schemas.Error.properties.error.properties.status.enum).toHaveLength(17);
      expect(holder.properties["@type"]).toEqual({ type: "string", enum: ["type.googleapis.com/google.rpc.ErrorInfo"] });
    }
    // An envelope has exactly the members it lists: flat lists no details.
    if (preset === "flat") expect(Object.keys(schemas.Error.properties).sort()).toEqual(["documentation_url", "error_code", "message", "request_id"]);
  });

  test("by default the object holding the code is one object (no oneOf), so openapi-generator's default clients decode it", () => {
    const { schemas } = outputs(catalog).doc.components;
    const holder = schemas.ErrorObject ?? schemas.Error;
    expect(holder.oneOf).toBeUndefined();
    expect(holder.type).toBe("object");
    expect(Object.keys(schemas).filter((n) => /(Base|Generic)$/.test(n) || (n.endsWith("Error") && n !== "Error"))).toEqual([]);
  });

  test("union: true validates too, and its examples match (open codes: the generic variant takes any code without a variant)", async () => {
    const { doc } = outputs(catalog, { union: true });
    await validate(doc);
    checkExamples(doc, "3.1");
  });

  const carriesDetails = !!ENVELOPE_PRESETS[preset]!.fields.details || ENVELOPE_PRESETS[preset]!.detailsShape === "inline";
  test(carriesDetails ? "union: true: a union discriminated by the code, with one variant per code with details" : "union: true without a details member: no per-code variants, no discriminator", () => {
    const { doc } = outputs(catalog, { union: true });
    const union = doc.components.schemas.ErrorObject ?? doc.components.schemas.Error;
    if (!carriesDetails) {
      expect(doc.components.schemas.TypeError).toBeUndefined();
      expect(union.discriminator).toBeUndefined();
      return;
    }
    const codeKey = catalog.envelope.fields.code.at(-1)!;
    expect(union.discriminator.propertyName).toBe(codeKey);
    expect(Object.keys(union.discriminator.mapping)).toEqual([...new Set(catalog.codes.map((c) => c.name))]);
    expect(union.discriminator.mapping.TYPE).toBe("#/components/schemas/TypeError");
    expect(union.oneOf.map((r: { $ref: string }) => r.$ref.split("/").pop())).toEqual(["TypeError", union === doc.components.schemas.Error ? "ErrorGeneric" : "ErrorObjectGeneric"]);
  });
});

describe("RFC 9457", () => {
  test("application/problem+json; `type` is the code's docs URL, a URI reference; `instance` too", () => {
    const catalog = presetCatalog("rfc9457");
    const { doc } = outputs(catalog);
    const base = doc.components.schemas.Error;
    expect(base.properties.type).toMatchObject({ type: "string", format: "uri-reference" });
    expect(base.properties.instance).toMatchObject({ type: "string", format: "uri-reference" });
    expect(Object.keys(doc.components.responses.NotFound.content)).toEqual(["application/problem+json"]);
    const body = doc.components.responses.NotFound.content["application/problem+json"].examples.TO_STRING.value;
    expect(body).toMatchObject({ type: catalog.codeIndex.get("TO_STRING")!.docsUrl, title: "To string", status: 404, code: "TO_STRING" });
    // Detail fields are extension members next to `code`.
    expect(doc.components.responses.BadRequest.content["application/problem+json"].examples.TYPE.value).toMatchObject({ code: "TYPE", kind: "kind", from: [0] });
  });

  test("without a docs URL template `type` is optional and defaults to about:blank", async () => {
    const catalog = withEnvelope(loadFixture("minimal"), "rfc9457");
    const { doc } = outputs(catalog);
    expect(doc.components.schemas.Error.required).not.toContain("type");
    expect(doc.components.schemas.Error.properties.type.default).toBe("about:blank");
    await validate(doc);
    checkExamples(doc, "3.1");
  });
});

describe("envelopes the union cannot cover", () => {
  test("details apart from the code: no union, generic details, constants of every type", async () => {
    const catalog = withEnvelope(loadFixture("torture"), {
      fields: { code: "error.code", details: "extra.details", message: "error.message" },
      constants: [
        { key: "ok", value: false },
        { key: "api.version", value: 2 },
        { key: "api.name", value: "errors" },
        { key: "api.next", value: null },
      ],
    });
    for (const version of VERSIONS) {
      const { doc } = outputs(catalog, { version });
      const { schemas } = doc.components;
      expect(schemas.ErrorObject.oneOf).toBeUndefined();
      expect(schemas.TypeDetails).toBeDefined();
      expect(schemas.Error.properties.extra.properties.details).toMatchObject({ type: "object", additionalProperties: true });
      expect(schemas.Error.properties.api.properties.next).toEqual(version === "3.0" ? { type: "string", nullable: true, enum: [null] } : { type: "null" });
      await validate(doc);
      checkExamples(doc, version);
    }
  });

  test("a wire name with details shared by two domains: no union", async () => {
    const scoped = loadFixture("scoped");
    const field = { name: "limit", type: { kind: "integer" as const }, required: true, description: undefined };
    const codes = scoped.codes.map((c) => (c.key === "channel/quota_exceeded" ? { ...c, details: [field] } : c));
    const { doc } = outputs({ ...scoped, codes });
    expect(doc.components.schemas.ErrorObject.oneOf).toBeUndefined();
    expect(doc.components.schemas.ChannelQuotaExceededDetails.required).toEqual(["limit"]);
    await validate(doc);
  });

  test("an inline detail field named like an envelope member is an error naming it", () => {
    const torture = loadFixture("torture");
    const codes = torture.codes.map((c) => (c.name === "TYPE" ? { ...c, details: [{ ...c.details[0]!, name: "status" }] } : c));
    expect(() => generate(gen, withEnvelope({ ...torture, codes }, "rfc9457"))).toThrow(/detail field "status" of TYPE .* envelope member/);
  });
});

test("examples: false lists each response's codes instead of example bodies", async () => {
  const catalog = loadFixture("torture");
  const { doc } = outputs(catalog, { examples: false });
  expect(examples(doc)).toEqual([]);
  expect(doc.components.responses.PayloadTooLarge["x-error-codes"]).toEqual(["FUNC"]);
  expect(doc.components.responses.BadRequest["x-error-codes"]).toEqual(["NONE", "STRING", "TYPE"]);
  await validate(doc);
});

test("codeEnum oneOf: annotated enumeration in 3.1", async () => {
  const catalog = loadFixture("torture");
  const { doc } = outputs(catalog, { codeEnum: "oneOf" });
  const values = doc.components.schemas.ErrorCodeKnown.oneOf as { const: string; title: string; deprecated?: boolean }[];
  expect(values.map((v) => v.const)).toEqual(catalog.codes.map((c) => c.name));
  expect(values.find((v) => v.const === "CLASS")).toMatchObject({ title: "Class", deprecated: true });
  await validate(doc);
  checkExamples(doc, "3.1");
});

describe("Retry-After", () => {
  test("a code whose status varies still sends it: with known statuses on each, without on the default response", () => {
    const minimal = loadFixture("minimal");
    const varies = (all: number[]) => (c: ErrorCode): ErrorCode => ({ ...c, status: { kind: "varies", primary: undefined, all }, retry: { ...c.retry, retryAfter: true } });
    for (const [all, responses] of [[[], ["Error"]], [[502, 503], ["BadGateway", "ServiceUnavailable"]]] as const) {
      const catalog = { ...minimal, codes: minimal.codes.map((c) => (c.name === "NOT_FOUND" ? varies([...all])(c) : { ...c, retry: { ...c.retry, retryAfter: false } })) };
      const { doc } = outputs(catalog);
      const withHeader = Object.keys(doc.components.responses).filter((r) => doc.components.responses[r].headers?.["Retry-After"]);
      expect(withHeader).toEqual(responses);
      expect((doc.components as { headers?: Record<string, unknown> }).headers?.RetryAfter).toBeDefined();
    }
  });
});
