// OpenAPI: `errors.yaml` and `errors.json`, one OpenAPI document whose `components` an
// API description can `$ref`: the `ErrorCode` enum, the error body shaped like the
// catalog's envelope, a details schema per code with details, and one response per
// HTTP status with an example body per code.
//
//   components:
//     schemas:    { Error, ErrorCode, ErrorObject, CardDeclinedDetails, CardDeclinedError, … }
//     responses:  { NotFound: { content: { application/json: { schema: { $ref: … }, examples: { NOT_FOUND: … } } } }, …, Error }
//
//   # in an API description
//   responses:
//     "404": { $ref: "./errors.yaml#/components/responses/NotFound" }
//     default: { $ref: "./errors.yaml#/components/responses/Error" }
//
// 3.1.0 by default: the current version, whose schemas are JSON Schema 2020-12 (reusable by
// validators as they are) and which every maintained tool reads; `version: "3.0"` writes
// 3.0.3 for the gateways and generators still limited to it. An API description should
// `$ref` components of its own version.
//
// Defaults chosen for generated clients (openapi-generator with its default settings,
// openapi-typescript): `ErrorCode` is open (a client accepts a code added later; `codes:
// closed` writes the bare enum) and the object holding the code is one object whose
// `details` is a free-form object (`union: true` writes the `oneOf` discriminated by the
// code, which openapi-generator's Go client decodes only with useOneOfDiscriminatorLookup).
import { catalogNotes } from "../src/catalog/catalog-notes.js";
import type { OpenAPIV3, OpenAPIV3_1 } from "openapi-types";
import { compareStrings, type Catalog } from "../src/catalog/model.js";
import { errorCodeSchema, errorDomainSchema, openCodeSchema } from "../src/openapi/code-enum.js";
import { detailFieldsSchema } from "../src/openapi/details.js";
import { codeSchemaName, envelopeComponents } from "../src/openapi/envelope-schema.js";
import { infoMetadata } from "../src/openapi/info.js";
import { emitJson } from "../src/openapi/json-emit.js";
import { errorResponses, needsRetryAfter, RETRY_AFTER_HEADER } from "../src/openapi/responses.js";
import { normaliseText } from "../src/escape/text.js";
import { OPENAPI_VERSION, type Document, type Schema } from "../src/openapi/types.js";
import { emitYaml } from "../src/openapi/yaml-emit.js";
import { redoclyConfig, spectralConfig } from "../src/openapi/lint-config.js";
import { OptionError, opt, parseOptionsWith } from "../src/generate/options.js";
import { defineGenerator, type GeneratorNaming } from "../src/generate/plugin.js";

/** The component schemas it names per code with details: `<Code>Details` and `<Code>Error`. */
const naming: GeneratorNaming = {
  schemes: [
    { key: "openapiDetails", label: "OpenAPI schema", per: "details", namespace: "schemas", mint: (o) => codeSchemaName(o.code, "Details") },
    { key: "openapiError", label: "OpenAPI schema", per: "details", namespace: "schemas", mint: (o) => codeSchemaName(o.code, "Error") },
  ],
};

const parseRaw = parseOptionsWith({
  version: opt.oneOf(["3.1", "3.0"], "3.1", "OpenAPI version: `3.1` writes 3.1.0, `3.0` writes 3.0.3 (for tools and gateways that only read 3.0)."),
  codeEnum: opt.oneOf(
    ["enum", "oneOf"],
    "enum",
    "`enum`: an enum with `x-enum-varnames` / `x-enum-descriptions`. `oneOf` (3.1 only): annotated enumeration of `{const, title, description, deprecated}`.",
  ),
  codes: opt.oneOf(
    ["open", "closed"],
    "open",
    "`open`: `ErrorCode` is `anyOf: [ErrorCodeKnown, string]`, so a client generated from the document accepts a code added later (not a breaking change). `closed`: `ErrorCode` is the enum itself; a client rejects a body with an unknown code.",
  ),
  union: opt.boolean(
    false,
    "`true`: when details sit next to the code, the object holding it is a `oneOf` discriminated by the code (`<Code>Error` per code with details, typed details in openapi-typescript); openapi-generator's Go client then needs `useOneOfDiscriminatorLookup=true`. `false`: one object whose `details` is any object; `<Code>Details` describe them.",
  ),
  lintConfig: opt.boolean(
    true,
    "Also write `redocly.yaml` and `spectral.yaml`: the default rulesets (Redocly `recommended`, `spectral:oas`) less the two rules a components-only document cannot meet (servers, unused components).",
  ),
  examples: opt.boolean(
    true,
    "An example body per code under each response. They are about half of both files: for a huge catalog, `false` lists each response's codes in `x-error-codes` instead.",
  ),
});

/** `codeEnum: oneOf` needs `const`, which OpenAPI 3.0 does not have. */
const parseOptions = Object.assign((raw: Readonly<Record<string, unknown>>) => {
  const options = parseRaw(raw);
  if (options.codeEnum === "oneOf" && options.version === "3.0") {
    throw new OptionError("codeEnum", 'option "codeEnum" "oneOf" needs `const`, which OpenAPI 3.0 lacks; use version "3.1" or codeEnum "enum"');
  }
  return options;
}, { specs: parseRaw.specs });

type Options = ReturnType<typeof parseOptions>;

export function openapiDocument(catalog: Catalog, options: Options, notice: string): Document {
  const open = options.codes === "open" && catalog.codes.length > 0;
  const envelope = envelopeComponents(catalog, options.version, { union: options.union, openCodes: open });
  const schemas: Record<string, Schema> = { ...envelope.schemas };
  if (open) {
    schemas.ErrorCode = openCodeSchema(catalog);
    schemas.ErrorCodeKnown = errorCodeSchema(catalog, options.codeEnum);
  } else {
    schemas.ErrorCode = errorCodeSchema(catalog, options.codeEnum);
  }
  if (catalog.envelope.fields.domain) schemas.ErrorDomain = errorDomainSchema(catalog);
  for (const code of catalog.codes) {
    if (!code.details.length) continue;
    const name = codeSchemaName(code, "Details");
    if (Object.hasOwn(schemas, name)) throw new Error(`internal: schema name ${name} used twice`);
    // `detailsList:` the details are a list of such objects, the schema an array of them.
    schemas[name] = code.detailsList
      ? { type: "array", description: `Details of \`${code.name}\`: a list of objects.`, items: detailFieldsSchema(code.details, undefined) }
      : detailFieldsSchema(code.details, `Details of \`${code.name}\`.`);
  }
  const example = options.examples ? envelope.example : undefined;
  const responses = errorResponses(catalog, { contentType: catalog.envelope.contentType, schema: "Error", example });
  const components = {
    schemas: Object.fromEntries(Object.entries(schemas).sort((a, b) => compareStrings(a[0], b[0]))),
    responses,
    ...(needsRetryAfter(catalog) ? { headers: { RetryAfter: RETRY_AFTER_HEADER } } : {}),
  };
  const info = {
    title: normaliseText(catalog.title),
    version: catalog.version,
    description: `Reusable error components (codes, error body, responses) of ${normaliseText(catalog.title)}, catalog version ${normaliseText(catalog.version)}; reference them with \`$ref\` from an API description. ${notice}${notesText(catalog)}`,
    ...infoMetadata(catalog, options.version),
  };
  const openapi = OPENAPI_VERSION[options.version];
  // The builders write schemas valid in both versions (or told which); only the container types differ.
  // 3.1 allows a document without `paths`, but swagger-parser (and older tools) reject one.
  return options.version === "3.0"
    ? ({ openapi, info, paths: {}, components: components as OpenAPIV3.ComponentsObject } satisfies OpenAPIV3.Document)
    : ({ openapi, info, paths: {}, components: components as OpenAPIV3_1.ComponentsObject } satisfies OpenAPIV3_1.Document);
}

export default defineGenerator({
  name: "openapi",
  description: "OpenAPI 3.1 / 3.0 components: ErrorCode enum, error body schema, details schemas, responses per HTTP status",
  defaultOut: "openapi",
  parseOptions,
  naming,
  generate(catalog, ctx) {
    const doc = openapiDocument(catalog, ctx.options, ctx.notice);
    const yamlNotice = ctx.notice.split("\n").map((line) => normaliseText(line).replace(/\n/g, " ")).join("\n");
    const header = yamlNotice.split("\n").map((line) => `# ${line}\n`).join("");
    return [
      // Only responses hold inline examples: each schema takes the native JSON.stringify path
      // (one schema at a time: small strings that die young, not one 20 MB string).
      { path: "errors.json", contents: emitJson(doc, new Set(Object.values(doc.components!.schemas!))) },
      { path: "errors.yaml", contents: emitYaml(doc, header) },
      ...(ctx.options.lintConfig
        ? [
            { path: "redocly.yaml", contents: redoclyConfig(yamlNotice) },
            { path: "spectral.yaml", contents: spectralConfig(yamlNotice) },
          ]
        : []),
    ];
  },
});

/** The catalog's notes and defaults after the generated description, as paragraphs (empty when there are none). */
function notesText(catalog: Catalog): string {
  const notes = catalogNotes(catalog);
  return notes === undefined ? "" : `\n\n${normaliseText(notes)}`;
}
