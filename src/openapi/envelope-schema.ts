// The error body schema, shaped exactly like the catalog's envelope, and a union
// discriminated by the code where the envelope allows one.
//
// Names: `Error` is the whole body. When the code sits in a nested object (`error.code`),
// that object is `ErrorObject`. A discriminated union replaces the object holding the
// code (`Error` or `ErrorObject`, called H below):
//
//   H:          oneOf: [CardDeclinedError, …, HGeneric], discriminator: { propertyName: code, mapping }
//   HBase:      the members every error has, without details
//   <Code>Error: allOf: [HBase, { code: enum [CARD_DECLINED], details: CardDeclinedDetails }]
//   HGeneric:   allOf: [HBase, { code: enum [codes without details], details: any object }]
//
// The union is opt-in (`union: true`): openapi-generator's clients with default settings
// try every `oneOf` variant and reject a body more than one matches (the generic variant
// always does), so by default H is one object and `details` any object.
//
// OpenAPI's discriminator names a property of the object that holds the `oneOf`, so the
// union exists only when details sit next to the code (a sibling member, or inline as
// RFC 9457 extension members) and no two codes with details share a wire name (in a
// domain-scoped catalog the name alone would not tell their details apart). Otherwise
// details stay a generic object and the `<Code>Details` schemas are there to `$ref`.
import { itemMatches } from "../catalog/envelope.js";
import type { Catalog, ErrorCode } from "../catalog/model.js";
import { goTypeName } from "../naming/go.js";
import { detailFieldsExample } from "./details.js";
import { exampleWriter } from "./example-writer.js";
import { jsonText } from "./inline-json.js";
import { branchAt, envelopeMembers, genericDetailsSchema, isBranch, isRequired, memberTree, type Branch, type Member } from "./members.js";
import { schemaRef, type OasVersion, type Schema, type SchemaOrRef } from "./types.js";

/**
 * Component names are the code's Go type name (`HTTP_TIMEOUT` → `HTTPTimeout`), which the
 * compiler has already checked for collisions (as `CodeHTTPTimeout`), plus a suffix.
 */
export const codeSchemaName = (code: ErrorCode, suffix: "Details" | "Error"): string => goTypeName(code.words) + suffix;

export interface EnvelopeComponents {
  readonly schemas: Record<string, Schema>;
  /** The JSON text of the example body of `code` returned with `status`. */
  example(code: ErrorCode, status: number): string;
}

type Placement = "sibling" | "inline" | "apart";

export interface EnvelopeOptions {
  /** Write the discriminated union where the envelope allows one. */
  readonly union: boolean;
  /** `ErrorCode` accepts unknown codes: the generic variant then takes any code. */
  readonly openCodes: boolean;
}

export function envelopeComponents(catalog: Catalog, version: OasVersion, options: EnvelopeOptions): EnvelopeComponents {
  const { envelope } = catalog;
  const codePath = envelope.fields.code;
  const holderPath = codePath.slice(0, -1);
  const codeKey = codePath[codePath.length - 1]!;
  const detailsPath = envelope.fields.details;
  const placement: Placement =
    envelope.detailsShape === "inline"
      ? "inline"
      : detailsPath && detailsPath.length === codePath.length && holderPath.every((k, i) => detailsPath[i] === k)
        ? "sibling"
        : "apart";
  const detailsKey = placement === "sibling" ? detailsPath![detailsPath!.length - 1] : undefined;

  const tree = memberTree(envelopeMembers(catalog, version));
  const holder = branchAt(tree, holderPath);
  const detailed = catalog.codes.filter((c) => c.details.length > 0);
  if (placement === "inline") checkInlineFields(detailed, holder);

  const codesPerName = new Map<string, number>();
  for (const code of catalog.codes) codesPerName.set(code.name, (codesPerName.get(code.name) ?? 0) + 1);
  const union = options.union && placement !== "apart" && detailed.length > 0 && detailed.every((c) => codesPerName.get(c.name) === 1);

  const H = holderPath.length ? "ErrorObject" : "Error";
  const matched = new Set(itemMatches(envelope).map((m) => m.list.join(".")));
  const objectSchema = (branch: Branch, description: string | undefined, skipKey?: string, path: readonly string[] = []): Schema => {
    const properties: Record<string, SchemaOrRef> = {};
    const required: string[] = [];
    const schemaOf = (node: Branch | Member, path: readonly string[]): SchemaOrRef =>
      !isBranch(node) ? node.schema : node === holder ? schemaRef(H) : node.children.has("0") ? listSchema(node, path) : objectSchema(node, undefined, undefined, path);
    // A `0` segment: a list whose first item is the member below it (AIP-193's `details`); 3.0 has no prefixItems.
    // An item the envelope identifies by constants (ErrorInfo's `@type`) may sit anywhere in the list: `contains`.
    const listSchema = (node: Branch, path: readonly string[]): Schema => {
      const item = schemaOf(node.children.get("0")!, [...path, "0"]);
      const anywhere = matched.has(path.join("."));
      // Other items are any objects (Help, BadRequest, …): `additionalProperties` says so to type generators.
      const rest: Schema = anywhere ? ({ type: "object", additionalProperties: true } as Schema) : { type: "object" };
      return version === "3.0"
        ? { type: "array", description: anywhere ? "A list; one of its items is described by the envelope." : "A list; its first item is described by the envelope.", minItems: 1, items: rest }
        : ({ type: "array", minItems: 1, ...(anywhere ? { contains: item } : { prefixItems: [item] }), items: rest } as Schema);
    };
    for (const [key, node] of branch.children) {
      if (key === skipKey) continue;
      properties[key] = schemaOf(node, [...path, key]);
      if (isRequired(node)) required.push(key);
    }
    return { type: "object", ...(description ? { description } : {}), properties, ...(required.length ? { required } : {}) };
  };

  const schemas: Record<string, Schema> = {};
  if (holderPath.length) schemas.Error = objectSchema(tree, "An error response body.");
  const holderDoc = holderPath.length ? "The error object: its code says what went wrong." : "An error response body.";
  if (!union) {
    schemas[H] = objectSchema(holder, holderDoc, undefined, holderPath);
    // Inline detail members sit next to the envelope's; `<Code>Details` describe them.
    if (placement === "inline" && detailed.length) Object.assign(schemas[H], { additionalProperties: true });
  } else {
    const what = placement === "inline" ? "detail members" : "details";
    schemas[`${H}Base`] = objectSchema(holder, `Members every error has; each variant of \`${H}\` adds its code and ${what}.`, detailsKey, holderPath);
    Object.assign(schemas, unionSchemas(catalog, H, `${holderDoc} The code selects the variant.`, codeKey, detailsKey, options.openCodes));
  }

  const writeExample = exampleWriter(tree, holder);
  return {
    schemas,
    example(code, status) {
      // Inline detail members follow the envelope's members in the object holding the code.
      const extra = placement === "inline" && code.details.length ? jsonText(detailFieldsExample(code.details)).slice(1, -1) : "";
      return writeExample(code, status, extra);
    },
  };
}

/**
 * The union `H` (`oneOf` + `discriminator` on the code), a variant per code with details
 * and `HGeneric` for the others, all `allOf` `HBase`. `detailsKey` names the details member
 * next to the code; without it the details schema's fields are merged in (inline).
 */
function unionSchemas(catalog: Catalog, H: string, description: string, codeKey: string, detailsKey: string | undefined, openCodes: boolean): Record<string, Schema> {
  const { detailsShape } = catalog.envelope;
  const base = schemaRef(`${H}Base`);
  const generic = `${H}Generic`;
  const codeSchema = (names: string[]): Schema => ({ type: "string", enum: names });
  const schemas: Record<string, Schema> = {};
  const oneOf: SchemaOrRef[] = [];
  for (const code of catalog.codes) {
    if (!code.details.length) continue;
    const name = codeSchemaName(code, "Error");
    const details = schemaRef(codeSchemaName(code, "Details"));
    const narrow: Schema = { type: "object", properties: { [codeKey]: codeSchema([code.name]) }, required: [codeKey] };
    if (detailsKey) {
      narrow.properties![detailsKey] = detailsShape === "list" ? { type: "array", items: details } : details;
      if (code.details.some((f) => f.required)) narrow.required!.push(detailsKey);
    }
    schemas[name] = { allOf: detailsKey ? [base, narrow] : [base, details, narrow] };
    oneOf.push(schemaRef(name));
  }
  const genericNames = [...new Set(catalog.codes.filter((c) => c.details.length === 0).map((c) => c.name))];
  // Open codes: the generic variant also takes a code added later, any code but those with a variant.
  const detailedNames = catalog.codes.filter((c) => c.details.length > 0).map((c) => c.name);
  if (genericNames.length || openCodes) {
    const code: Schema = openCodes ? { type: "string", not: { enum: detailedNames } } : codeSchema(genericNames);
    const properties: Record<string, SchemaOrRef> = { [codeKey]: code };
    if (detailsKey) properties[detailsKey] = genericDetailsSchema(catalog.envelope);
    schemas[generic] = { allOf: [base, { type: "object", properties, required: [codeKey] }] };
    oneOf.push(schemaRef(generic));
  }
  // Every code in the mapping, in catalog order: a value missing from it would be read as a schema name.
  const mapping: Record<string, string> = {};
  for (const code of catalog.codes) mapping[code.name] = schemaRef(code.details.length ? codeSchemaName(code, "Error") : generic).$ref;
  schemas[H] = { description, oneOf, discriminator: { propertyName: codeKey, mapping } };
  return schemas;
}

/** Inline detail fields sit next to the envelope's members; a field named like one would contradict it. */
function checkInlineFields(detailed: readonly ErrorCode[], holder: Branch): void {
  for (const code of detailed) {
    for (const field of code.details) {
      if (holder.children.has(field.name)) {
        throw new Error(`detail field "${field.name}" of ${code.key} (${code.loc.file}:${code.loc.line}) has the name of an envelope member; rename the field`);
      }
    }
  }
}
