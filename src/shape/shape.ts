// A tiny description language for the YAML input. One description drives both the
// compiler's reader (precise diagnostics, "did you mean") and the published
// draft-07 JSON Schema that editors use, so the two cannot disagree.

export type Shape =
  | { readonly t: "string"; readonly doc?: string; readonly pattern?: RegExp; readonly values?: readonly string[] }
  | { readonly t: "integer"; readonly doc?: string; readonly min?: number; readonly max?: number }
  | { readonly t: "boolean"; readonly doc?: string }
  /** A string or a number, read as a string (upstream provider codes). */
  | { readonly t: "text"; readonly doc?: string }
  /** Any JSON scalar (envelope constants). */
  | { readonly t: "scalar"; readonly doc?: string }
  | { readonly t: "list"; readonly doc?: string; readonly of: Shape; readonly minItems?: number }
  | {
      readonly t: "object";
      readonly doc?: string;
      readonly fields: Readonly<Record<string, Shape>>;
      readonly required?: readonly string[];
    }
  /** User-chosen keys; read as an ordered list of entries so `__proto__` and friends stay inert. */
  | { readonly t: "map"; readonly doc?: string; readonly keys: RegExp; readonly values: Shape }
  /** Alternatives that differ by YAML node kind or scalar type. */
  | { readonly t: "union"; readonly doc?: string; readonly of: readonly Shape[] }
  | { readonly t: "ref"; readonly name: string }
  /** Free-form data checked by someone else (generator options); maps become null-prototype objects. */
  | { readonly t: "any"; readonly doc?: string };

export type Definitions = Readonly<Record<string, Shape>>;

export const s = {
  string: (doc?: string, extra: { pattern?: RegExp; values?: readonly string[] } = {}): Shape => ({ t: "string", doc, ...extra }),
  integer: (doc?: string, extra: { min?: number; max?: number } = {}): Shape => ({ t: "integer", doc, ...extra }),
  boolean: (doc?: string): Shape => ({ t: "boolean", doc }),
  text: (doc?: string): Shape => ({ t: "text", doc }),
  scalar: (doc?: string): Shape => ({ t: "scalar", doc }),
  list: (of: Shape, doc?: string, minItems?: number): Shape => ({ t: "list", of, doc, minItems }),
  object: (fields: Record<string, Shape>, doc?: string, required?: readonly string[]): Shape => ({ t: "object", fields, doc, required }),
  map: (keys: RegExp, values: Shape, doc?: string): Shape => ({ t: "map", keys, values, doc }),
  union: (of: readonly Shape[], doc?: string): Shape => ({ t: "union", of, doc }),
  ref: (name: string): Shape => ({ t: "ref", name }),
  any: (doc?: string): Shape => ({ t: "any", doc }),
};

/** Words for "expected …" messages. */
export function describeShape(shape: Shape, defs: Definitions): string {
  switch (shape.t) {
    case "string":
      return shape.values ? `one of ${shape.values.map((v) => JSON.stringify(v)).join(", ")}` : "a string";
    case "integer":
      return "an integer";
    case "boolean":
      return "true or false";
    case "text":
      return "a string or a number";
    case "scalar":
      return "a string, number, boolean or null";
    case "list":
      return "a list";
    case "object":
    case "map":
      return "a map";
    case "union":
      return [...new Set(shape.of.map((o) => describeShape(o, defs)))].join(" or ");
    case "ref":
      return describeShape(defs[shape.name]!, defs);
    case "any":
      return "any value";
  }
}

type Json = { [k: string]: unknown };

/** Emits a draft-07 JSON Schema for the shape (patterns are ECMAScript, which JSON Schema uses). */
export function toJsonSchema(root: Shape, defs: Definitions, meta: { id: string; title: string }): Json {
  const definitions: Json = {};
  for (const [name, shape] of Object.entries(defs)) definitions[name] = convert(shape);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: meta.id,
    title: meta.title,
    ...convert(root),
    definitions,
  };
}

function withDoc(doc: string | undefined, body: Json): Json {
  return doc ? { description: doc, ...body } : body;
}

function convert(shape: Shape): Json {
  switch (shape.t) {
    case "string":
      return withDoc(shape.doc, {
        type: "string",
        ...(shape.pattern && { pattern: shape.pattern.source }),
        ...(shape.values && { enum: [...shape.values] }),
      });
    case "integer":
      return withDoc(shape.doc, {
        type: "integer",
        ...(shape.min !== undefined && { minimum: shape.min }),
        ...(shape.max !== undefined && { maximum: shape.max }),
      });
    case "boolean":
      return withDoc(shape.doc, { type: "boolean" });
    case "text":
      return withDoc(shape.doc, { type: ["string", "number"] });
    case "scalar":
      return withDoc(shape.doc, { type: ["string", "number", "boolean", "null"] });
    case "list":
      return withDoc(shape.doc, { type: "array", items: convert(shape.of), ...(shape.minItems && { minItems: shape.minItems }) });
    case "object": {
      const properties: Json = {};
      for (const [k, v] of Object.entries(shape.fields)) properties[k] = convert(v);
      return withDoc(shape.doc, {
        type: "object",
        additionalProperties: false,
        ...(shape.required?.length && { required: [...shape.required] }),
        properties,
      });
    }
    case "map":
      return withDoc(shape.doc, {
        type: "object",
        propertyNames: { pattern: shape.keys.source },
        additionalProperties: convert(shape.values),
      });
    case "union":
      return withDoc(shape.doc, { anyOf: shape.of.map(convert) });
    case "ref":
      return { $ref: `#/definitions/${shape.name}` };
    case "any":
      return withDoc(shape.doc, {});
  }
}
