// OpenAPI documents, in process: errors.json passes the OpenAPI schema validator,
// errors.yaml is the same document, every code is in the ErrorCode schema, and
// every example body matches the schema of its response (ajv).
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import type { BatchItem, Failure } from "./batch.js";

type Doc = { openapi: string; components: { schemas: Record<string, unknown>; responses: Record<string, { content: Record<string, { schema: { $ref: string }; examples?: Record<string, { value: unknown }> }> }> } };

/** Every string value of the ErrorCode schema (an enum, or the consts of a oneOf). */
function codeValues(schema: unknown): string[] {
  const s = schema as { enum?: string[]; oneOf?: { const: string }[] };
  return s.enum ?? s.oneOf?.map((o) => o.const) ?? [];
}

export async function checkOpenapi(items: readonly BatchItem[]): Promise<Failure[]> {
  const failures: Failure[] = [];
  // One validator: it compiles the OpenAPI meta-schemas once per version.
  const validator = new Validator();
  // One ajv per dialect (creating one compiles its meta-schemas); each document is added and removed.
  const ajvs = { "3.1": new Ajv2020({ strict: false, validateFormats: false, ownProperties: true }), "3.0": new Ajv({ strict: false, validateFormats: false, ownProperties: true }) };
  for (const item of items) {
    const files = item.run.files.filter((f) => f.generator === "openapi");
    const json = files.find((f) => f.path.endsWith(".json"));
    const yaml = files.find((f) => f.path.endsWith(".yaml"));
    if (!json || !yaml || !item.run.catalog) continue;
    const fail = (message: string) => failures.push({ index: item.index, check: "openapi", message: `${item.dir}/${json.path}: ${message}` });
    let doc: Doc;
    try {
      doc = JSON.parse(json.bytes.toString("utf8")) as Doc;
      const fromYaml: unknown = parse(yaml.bytes.toString("utf8"), { version: "1.2", uniqueKeys: true, strict: true });
      if (!isDeepStrictEqual(fromYaml, doc)) fail("errors.yaml and errors.json are different documents");
    } catch (e) {
      fail(`does not parse: ${(e as Error).message}`);
      continue;
    }
    const result = await validator.validate(structuredClone(doc) as never);
    if (!result.valid) fail(`the OpenAPI validator rejects it: ${JSON.stringify(result.errors).slice(0, 2000)}`);
    const codes = codeValues(doc.components.schemas.ErrorCodeKnown ?? doc.components.schemas.ErrorCode);
    const want = item.run.catalog.codes.map((c) => c.name);
    if (!want.every((n) => codes.includes(n))) fail(`ErrorCode lacks ${JSON.stringify(want.filter((n) => !codes.includes(n)))}`);
    const ajv = doc.openapi.startsWith("3.1") ? ajvs["3.1"] : ajvs["3.0"];
    const roots: object[] = [];
    try {
      ajv.addSchema(doc as object, "doc");
      const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
      for (const [name, response] of Object.entries(doc.components.responses)) {
        for (const media of Object.values(response.content)) {
          const ref = media.schema.$ref;
          if (!compiled.has(ref)) {
            const root = { $ref: `doc${ref}` };
            roots.push(root);
            compiled.set(ref, ajv.compile(root));
          }
          const validate = compiled.get(ref)!;
          for (const [key, example] of Object.entries(media.examples ?? {})) {
            if (!validate(example.value)) fail(`example ${key} of response ${name} does not match its schema: ${JSON.stringify(validate.errors).slice(0, 1000)}`);
          }
        }
      }
    } catch (e) {
      fail(`ajv cannot compile its schemas: ${(e as Error).message.slice(0, 1000)}`);
    } finally {
      // Compiled schemas are cached per schema object: drop this document's.
      for (const root of roots) ajv.removeSchema(root);
      ajv.removeSchema("doc");
    }
  }
  return failures;
}
