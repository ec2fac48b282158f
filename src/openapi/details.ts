// Schemas and example values for a code's typed details.
//
//   details: { field: { type: string, required: true }, errors: { type: map, of: string } }
//   →  type: object
//      properties: { errors: { type: object, additionalProperties: { type: string } }, field: { type: string } }
//      required: [field]
import { normaliseText } from "../escape/text.js";
import type { DetailField, DetailType } from "../catalog/model.js";
import type { Schema } from "./types.js";

/** The schema of one details type. Objects stay open (no `additionalProperties: false`): servers may add fields. */
export function detailTypeSchema(type: DetailType): Schema {
  switch (type.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
      return { type: type.kind };
    case "enum":
      return { type: "string", enum: [...type.values] };
    case "list":
      return { type: "array", items: detailTypeSchema(type.of) };
    case "map":
      return { type: "object", additionalProperties: detailTypeSchema(type.of) };
    case "object":
      return detailFieldsSchema(type.fields, undefined);
  }
}

/** An object schema with one property per field, in field order (the model sorts them by name). */
export function detailFieldsSchema(fields: readonly DetailField[], description: string | undefined): Schema {
  const properties: Record<string, Schema> = {};
  for (const field of fields) {
    const schema = detailTypeSchema(field.type);
    properties[field.name] = field.description ? { ...schema, description: normaliseText(field.description) } : schema;
  }
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return {
    type: "object",
    ...(description === undefined ? {} : { description }),
    properties,
    ...(required.length ? { required } : {}),
  };
}

/** A value of the type, for examples: the first enum value, zeroes, one list item, one map entry. */
export function detailTypeExample(type: DetailType, name: string): unknown {
  switch (type.kind) {
    case "string":
      return name;
    case "integer":
    case "number":
      return 0;
    case "boolean":
      return false;
    case "enum":
      return type.values[0] ?? "";
    case "list":
      return [detailTypeExample(type.of, name)];
    case "map":
      return { key: detailTypeExample(type.of, name) };
    case "object":
      return detailFieldsExample(type.fields);
  }
}

/** Every field (optional ones too: the example documents the shape). */
export function detailFieldsExample(fields: readonly DetailField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field.name] = detailTypeExample(field.type, field.name);
  return out;
}
