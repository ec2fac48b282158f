// The members of the catalog's error envelope as a tree of JSON paths, each with its
// schema, whether it is required, and its value in an example body.
//
//   envelope error-meta → error: { code, message, status, details }, meta: { request_id, timestamp, docs_url }
//
// Every configured member is required (the server always fills it), except `details`
// (required only in a code's own variant, when one of its fields is) and the docs URL
// (required only when every code has one; RFC 9457 `type` then defaults to `about:blank`).
import { CANONICAL_CODES } from "../catalog/canonical.js";
import { paragraphs } from "../escape/text.js";
import type { Catalog, Envelope, ErrorCode, JsonPath } from "../catalog/model.js";
import { detailFieldsExample } from "./details.js";
import { normaliseText } from "../escape/text.js";
import { schemaRef, type OasVersion, type Schema, type SchemaOrRef } from "./types.js";

export type Role = keyof Envelope["fields"] | "constant";

export interface Member {
  readonly role: Role;
  readonly path: JsonPath;
  readonly schema: SchemaOrRef;
  readonly required: boolean;
  /** The member's value in the example body of `code` returned with `status`; undefined leaves it out. */
  example(code: ErrorCode, status: number): unknown;
}

export interface Branch {
  readonly children: Map<string, Node>;
}
export type Node = Branch | Member;

export const isBranch = (node: Node): node is Branch => "children" in node;

/** `application/problem+json` bodies follow RFC 9457: `type` and `instance` are URI references. */
export const isProblem = (envelope: Envelope): boolean => envelope.contentType === "application/problem+json";

const REQUEST_ID = "req_0f8fad5bd9cb469f";
const INSTANCE = "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e";
const TIMESTAMP = "2025-01-01T12:00:00Z";

/** The first paragraph of the description on one line, else the title. */
export function firstParagraph(code: ErrorCode): string {
  const first = code.description === undefined ? undefined : paragraphs(code.description)[0];
  return first ? first.map((l) => l.trim()).join(" ") : normaliseText(code.title);
}

function constantSchema(value: string | number | boolean | null, version: OasVersion): Schema {
  if (value === null) return version === "3.0" ? { type: "string", nullable: true, enum: [null] } : { type: "null" };
  const type = typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value === "boolean" ? "boolean" : "string";
  return { type, enum: [value] };
}

/**
 * The generic details member: any object (or list of objects); a code's variant narrows it.
 * `lists`: some codes' own details are a list (`detailsList:`), so either is allowed.
 */
export function genericDetailsSchema(envelope: Envelope, lists = false): Schema {
  const object: Schema = { type: "object", additionalProperties: true };
  if (lists && envelope.detailsShape === "object")
    return { description: "Details; their shape depends on the code: one object, or a list of objects.", anyOf: [object, { type: "array", items: object }] };
  return envelope.detailsShape === "list"
    ? { type: "array", description: "Details; their shape depends on the code.", items: object }
    : { ...object, description: "Details; their shape depends on the code." };
}

/** The envelope's members: constants first, then the fields in `ENVELOPE_FIELDS` order. */
export function envelopeMembers(catalog: Catalog, version: OasVersion): Member[] {
  const { envelope } = catalog;
  const problem = isProblem(envelope);
  const docsRequired = catalog.codes.length > 0 && catalog.codes.every((c) => c.docsUrl !== undefined);
  const members: Member[] = envelope.constants.map((c) => ({
    role: "constant",
    path: c.path,
    schema: constantSchema(c.value, version),
    required: true,
    example: () => c.value,
  }));
  const add = (role: Role, path: JsonPath | undefined, schema: SchemaOrRef, required: boolean, example: Member["example"]) => {
    if (path) members.push({ role, path, schema: described(schema, role === "constant" ? undefined : envelope.descriptions?.[role], version), required, example });
  };
  const f = envelope.fields;
  add("code", f.code, schemaRef("ErrorCode"), true, (c) => c.name);
  // The example message is the title (short: a big catalog has one example per code and status),
  // or, next to a title member (RFC 9457 `detail` next to `title`), the description's first paragraph.
  const message = f.title ? firstParagraph : (c: ErrorCode) => normaliseText(c.title);
  add("message", f.message, { type: "string", description: "Human-readable message; match on the code, not on this text." }, true, message);
  add("title", f.title, { type: "string", description: "Short summary of the error code." }, true, (c) => normaliseText(c.title));
  add("status", f.status, { type: "integer", description: "The HTTP status code of the response." }, true, (_, status) => status);
  add("details", f.details, genericDetailsSchema(envelope, catalog.codes.some((c) => c.detailsList)), false, (c) => {
    if (!c.details.length) return undefined;
    const fields = detailFieldsExample(c.details);
    return envelope.detailsShape === "list" || c.detailsList ? [fields] : fields;
  });
  add(
    "requestId",
    f.requestId,
    problem
      ? { type: "string", format: "uri-reference", description: "Identifies this occurrence of the problem (RFC 9457 `instance`)." }
      : { type: "string", description: "Id of the request; quote it when contacting support." },
    true,
    () => (problem ? INSTANCE : REQUEST_ID),
  );
  add(
    "docsUrl",
    f.docsUrl,
    problem
      ? {
          type: "string",
          format: "uri-reference",
          description: "The problem type: documentation of the error code (RFC 9457 `type`).",
          ...(docsRequired ? {} : { default: "about:blank" }),
        }
      : { type: "string", format: "uri", description: "Documentation of the error code." },
    docsRequired,
    (c) => c.docsUrl,
  );
  add("domain", f.domain, schemaRef("ErrorDomain"), true, (c) => c.domain);
  add("timestamp", f.timestamp, { type: "string", format: "date-time", description: "When the error occurred." }, true, () => TIMESTAMP);
  add("canonical", f.canonical, { type: "string", enum: [...CANONICAL_CODES], description: "Canonical status name (google.rpc.Code)." }, true, (c) => c.canonical.name);
  return members;
}

/** The member's schema with the description the config writes for it (a `$ref` in 3.0 is wrapped: it allows no siblings). */
function described(schema: SchemaOrRef, description: string | undefined, version: OasVersion): SchemaOrRef {
  if (description === undefined) return schema;
  const text = normaliseText(description);
  if (!("$ref" in schema)) return { ...schema, description: text };
  return version === "3.0" ? ({ allOf: [schema], description: text } as Schema) : ({ ...schema, description: text } as SchemaOrRef);
}

/** Builds the tree of members; `resolveEnvelope` has ruled out overlapping paths. */
export function memberTree(members: readonly Member[]): Branch {
  const root: Branch = { children: new Map() };
  for (const member of members) {
    let node = root;
    member.path.forEach((key, i) => {
      if (i === member.path.length - 1) {
        node.children.set(key, member);
        return;
      }
      let next = node.children.get(key);
      if (!next || !isBranch(next)) {
        next = { children: new Map() };
        node.children.set(key, next);
      }
      node = next;
    });
  }
  return root;
}

/** A branch is required when anything under it is. */
export function isRequired(node: Node): boolean {
  return isBranch(node) ? [...node.children.values()].some(isRequired) : node.required;
}

/** The branch at `path` (the code's parent object always exists). */
export function branchAt(root: Branch, path: JsonPath): Branch {
  let node: Node = root;
  for (const key of path) {
    const next: Node | undefined = isBranch(node) ? node.children.get(key) : undefined;
    if (!next || !isBranch(next)) throw new Error(`internal: no envelope object at ${path.join(".")}`);
    node = next;
  }
  return node as Branch;
}
