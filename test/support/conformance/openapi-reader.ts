// OpenAPI components, read by swagger-parser: `errors.yaml` (and `errors.json`, which
// must parse to the same document).
//
// Checks per code:
// - enum: its name is a value of `ErrorCode` (`enum` or `oneOf` consts); values
//   catalog.json lacks are extra, and `x-enum-varnames` must line up with the enum.
// - For a name only one code uses: deprecated (`x-enum-deprecated` / `deprecated`),
//   and from the generator's notes at the start of its description:
//   deprecated.since, replacement.name, lifecycle, surfacesAs.name, aliasOf.name.
// - responseStatuses: the responses whose examples (or `x-error-codes`) list it.
// - Per example body (by the envelope paths of catalog.json): exampleStatuses,
//   example.name, example.domain, example.docsUrl, example.detailNames, and
//   example.deprecated / example.lifecycle from the example's summary marks.
// - details: `components.schemas[<detailsSchema>]` (properties, required, types, enums).
// - variantDetails: the details schema the discriminator's variant for its name uses.
import { existsSync } from "node:fs";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { FULL_PROFILE, sameValue } from "./compare.js";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, JsonDetailField, JsonDetailType, Mismatch, Reading, Target } from "./types.js";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
// Own members only: an envelope member may be named `valueOf` or `toString`.
const at = (value: unknown, path: readonly string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === "object" && Object.hasOwn(v, k) ? (v as Obj)[k] : undefined), value);

/** Sets a fact; a second, different value turns it into the list of both (which never matches). */
function note(facts: Facts, field: string, value: unknown): void {
  if (!(field in facts)) facts[field] = value;
  else if (!sameValue(facts[field], value) && !(Array.isArray(facts[field]) && (facts[field] as unknown[]).some((v) => sameValue(v, value)))) {
    facts[field] = [facts[field], value];
  }
}

function typeOf(schema: Obj): JsonDetailType {
  if (Array.isArray(schema.enum)) return { kind: "enum", values: schema.enum as string[] };
  if (schema.type === "array") return { kind: "list", of: typeOf(obj(schema.items)) };
  if (schema.type === "object" && !schema.properties && schema.additionalProperties) return { kind: "map", of: typeOf(obj(schema.additionalProperties)) };
  if (schema.type === "object") return { kind: "object", fields: fieldsOf(schema) };
  return { kind: schema.type as "string" };
}

function fieldsOf(schema: Obj): JsonDetailField[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(obj(schema.properties)).map(([name, s]) => ({ name, required: required.has(name), type: typeOf(obj(s)) }));
}

/** Notes the generator puts before a code's description: `Deprecated since 2.0; use `X` instead.` etc. */
function noteFacts(text: string, deprecated: boolean): Facts {
  const facts: Facts = {};
  if (deprecated) {
    facts["deprecated.since"] = /^Deprecated since (.*?)(?:; use `[^`]*` instead)?\.(?:\s|$)/s.exec(text)?.[1] ?? null;
    facts["replacement.name"] = /; use `([^`]*)` instead\./.exec(text)?.[1] ?? null;
  }
  const planned = /Planned: not returned yet(?:; clients see `([^`]*)` until it ships)?\./.exec(text);
  facts.lifecycle = planned ? "planned" : "live";
  facts["surfacesAs.name"] = planned?.[1] ?? null;
  facts["aliasOf.name"] = /Alias of `([^`]*)`\./.exec(text)?.[1] ?? null;
  return facts;
}

/** Statuses of a response: `HTTP 404 Not Found.` → 404; the `Error` response → "default". */
const responseStatus = (name: string, response: Obj): number | "default" =>
  name === "Error" ? "default" : Number(/^HTTP (\d+)/.exec(String(response.description))?.[1] ?? NaN);

function readDoc(target: Target, doc: Obj): Reading {
  const { catalog } = target;
  const schemas = obj(obj(doc.components).schemas);
  const problems: Mismatch[] = [];
  const codes = new Map<string, Facts>(catalog.codes.map((c) => [c.key, {}]));
  const keysByName = new Map<string, string[]>();
  for (const c of catalog.codes) keysByName.set(c.name, [...(keysByName.get(c.name) ?? []), c.key]);

  // The ErrorCode enum.
  const enumSchema = obj(schemas.ErrorCodeKnown ?? schemas.ErrorCode); // open codes: the enum is ErrorCodeKnown
  const oneOf = Array.isArray(enumSchema.oneOf) ? (enumSchema.oneOf as Obj[]) : undefined;
  const values = oneOf ? oneOf.map((o) => String(o.const)) : ((enumSchema.enum as string[] | undefined) ?? []);
  const descriptions = oneOf ? oneOf.map((o) => String(o.description ?? "")) : ((enumSchema["x-enum-descriptions"] as string[] | undefined) ?? []);
  const deprecatedValues = new Set(oneOf ? oneOf.filter((o) => o.deprecated === true).map((o) => String(o.const)) : ((enumSchema["x-enum-deprecated"] as string[] | undefined) ?? []));
  const varnames = enumSchema["x-enum-varnames"] as string[] | undefined;
  if (varnames && !sameValue(varnames, values.map((v) => v.toUpperCase()))) {
    problems.push({ code: "*", artifact: "openapi", field: "x-enum-varnames", expected: values.map((v) => v.toUpperCase()), actual: varnames });
  }
  const extra = values.filter((v) => !keysByName.has(v));
  values.forEach((value, i) => {
    const keys = keysByName.get(value) ?? [];
    for (const key of keys) codes.get(key)!.enum = true;
    if (keys.length !== 1) return; // a shared name's notes and deprecation speak for several codes
    const deprecated = deprecatedValues.has(value);
    Object.assign(codes.get(keys[0]!)!, { deprecated, ...noteFacts(descriptions[i] ?? "", deprecated) });
  });

  // Responses and their examples.
  const fields = catalog.envelope.fields;
  const holder = fields.code.slice(0, -1);
  // Inline details are the members of the code's object that no envelope member or constant claims.
  const claimed = [...Object.values(fields), ...catalog.envelope.constants.map((c) => c.path)];
  const envelopeKeys = new Set(claimed.flatMap((p) => (p && p.length > holder.length && holder.every((k, i) => p[i] === k) ? [p[holder.length]!] : [])));
  const ambiguous = new Set<string>();
  for (const [name, raw] of Object.entries(obj(obj(doc.components).responses))) {
    const response = obj(raw);
    const status = responseStatus(name, response);
    // `x-error-codes` (examples off) lists names: a name several domains share cannot say which code it means.
    const listed: string[] = [];
    for (const n of (response["x-error-codes"] as string[] | undefined) ?? []) {
      const keys = keysByName.get(n) ?? [`<unknown ${n}>`];
      if (keys.length === 1) listed.push(keys[0]!);
      else for (const k of keys) ambiguous.add(k);
    }
    for (const media of Object.values(obj(response.content))) {
      for (const [key, ex] of Object.entries(obj(obj(media).examples))) {
        listed.push(key);
        const facts = codes.get(key);
        if (!facts) continue;
        const example = obj(ex);
        const body = example.value;
        const marks = /\(([^)]*)\)$/.exec(String(example.summary ?? ""))?.[1]?.split(", ") ?? [];
        note(facts, "example.deprecated", marks.includes("deprecated"));
        note(facts, "example.lifecycle", marks.includes("planned") ? "planned" : "live");
        note(facts, "example.name", at(body, fields.code));
        if (fields.domain) note(facts, "example.domain", at(body, fields.domain));
        if (fields.docsUrl) note(facts, "example.docsUrl", at(body, fields.docsUrl) ?? null);
        if (fields.status) facts.exampleStatuses = [...((facts.exampleStatuses as number[] | undefined) ?? []), at(body, fields.status)];
        const { detailsShape } = catalog.envelope;
        const details =
          detailsShape === "inline" ? obj(at(body, holder)) : fields.details ? obj(at(body, detailsShape === "list" ? [...fields.details, "0"] : fields.details)) : undefined;
        if (details) note(facts, "example.detailNames", Object.keys(details).filter((k) => detailsShape !== "inline" || !envelopeKeys.has(k)).sort());
      }
    }
    for (const key of listed) {
      const facts = codes.get(key);
      if (!facts) extra.push(`${key} (response ${name})`);
      else facts.responseStatuses = [...((facts.responseStatuses as unknown[] | undefined) ?? []), status];
    }
  }
  for (const [key, facts] of codes) {
    if (ambiguous.has(key)) {
      delete facts.responseStatuses;
      continue;
    }
    for (const f of ["responseStatuses", "exampleStatuses"]) {
      if (Array.isArray(facts[f])) facts[f] = (facts[f] as (number | string)[]).sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : 1));
    }
    if (!("responseStatuses" in facts)) facts.responseStatuses = [];
  }

  // Details schemas and the discriminated union.
  const union = Object.values(schemas).map(obj).find((s) => s.discriminator);
  const mapping = obj(obj(union?.discriminator).mapping);
  for (const c of catalog.codes) {
    const facts = codes.get(c.key)!;
    const name = c.identifiers.openapiDetails;
    if (name) {
      const schema = schemas[name];
      if (schema) facts.details = { fields: fieldsOf(obj(schema)), profile: FULL_PROFILE };
      else problems.push({ code: c.key, artifact: "openapi", field: "details", expected: `schema ${name}`, actual: "missing" });
    }
    if (union) {
      const variant = String(mapping[c.name] ?? "").replace("#/components/schemas/", "");
      const refs = JSON.stringify(schemas[variant] ?? {}).match(/#\/components\/schemas\/[A-Za-z0-9_]+/g) ?? [];
      facts.variantDetails = refs.map((r) => r.slice("#/components/schemas/".length)).find((n) => !n.endsWith("Base")) ?? null;
    }
  }
  return { artifact: "openapi", complete: true, codes, extra, problems };
}

export async function readOpenapi(targets: readonly Target[]): Promise<Reading[]> {
  return Promise.all(
    targets.map(async (target): Promise<Reading> => {
      const yamlFile = join(target.dirs.openapi, "errors.yaml");
      const jsonFile = join(target.dirs.openapi, "errors.json");
      const missing = [yamlFile, jsonFile].filter((f) => !existsSync(f));
      if (missing.length) return unreadable("openapi", ...missing.map((f) => missingFile("openapi", f)));
      const [fromYaml, fromJson] = await Promise.all([SwaggerParser.parse(yamlFile), SwaggerParser.parse(jsonFile)]);
      const reading = readDoc(target, fromYaml as unknown as Obj);
      if (!sameValue(fromYaml, fromJson)) {
        return { ...reading, problems: [...reading.problems, { code: "*", artifact: "openapi", field: "errors.json", expected: "the document errors.yaml holds", actual: "a different document" }] };
      }
      return reading;
    }),
  );
}
