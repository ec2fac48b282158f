// The `ErrorCode` and `ErrorDomain` schemas: string enums documented value by value.
//
//   ErrorCode:
//     type: string
//     enum: [CLASS, MATCH]
//     x-enum-varnames: [CLASS, MATCH]                   # openapi-generator, openapi-typescript --enum
//     x-enum-descriptions: ["Deprecated since 0.9.0; use `MATCH` instead. …", "Match"]
//     x-enum-deprecated: [CLASS]                         # deprecated values, in enum order
//
// `codeEnum: oneOf` (3.1 only) writes annotated enumerations instead:
//   oneOf: [{ const: CLASS, title: Class, description: …, deprecated: true }, …]
//
// Open by default (`codes: open`): adding a code is not a breaking change, so a client
// generated from the document must accept a code it does not know. The enum above is then
// `ErrorCodeKnown`, and `ErrorCode` (what the body references) is
//   ErrorCode: { anyOf: [{ $ref: ErrorCodeKnown }, { type: string }] }
// openapi-generator's Go client decodes it into `ErrorCode{ErrorCodeKnown | String}`, its Python
// client into `actual_instance` (ErrorCodeKnown or str), openapi-typescript into
// `"CLASS" | "MATCH" | string` (test/openapi-clients.test.ts). `x-extensible-enum` would be
// a bare string to both generators.
// A domain-scoped catalog can reuse a wire name in several domains; the enum lists each
// value once and its description names every domain that uses it.
import { codeOf, type Catalog, type ErrorCode } from "../catalog/model.js";
import { splitWords, upperSnake } from "../naming/words.js";
import { normaliseText } from "../escape/text.js";
import { oneLine } from "./text.js";
import { schemaRef, type Schema } from "./types.js";

export type CodeEnumStyle = "enum" | "oneOf";

/** What a client should know besides the description: deprecation, planned status, aliasing. */
export function codeNotes(catalog: Catalog, code: ErrorCode): string[] {
  const notes: string[] = [];
  const d = code.deprecated;
  if (d) {
    const replacement = d.replacement ? `; use \`${codeOf(catalog, d.replacement).name}\` instead` : "";
    notes.push(`Deprecated${d.since ? ` since ${normaliseText(d.since)}` : ""}${replacement}.${d.reason ? ` ${normaliseText(d.reason)}` : ""}`);
  }
  if (code.lifecycle === "planned") {
    notes.push(code.surfacesAs ? `Planned: not returned yet; clients see \`${codeOf(catalog, code.surfacesAs).name}\` until it ships.` : "Planned: not returned yet.");
  }
  if (code.aliasOf) notes.push(`Alias of \`${codeOf(catalog, code.aliasOf).name}\`.`);
  return notes;
}

/** Notes, then the description (or the title when there is none); Markdown paragraphs. */
function codeParagraphs(catalog: Catalog, code: ErrorCode): string[] {
  return [...codeNotes(catalog, code), normaliseText(code.description ?? code.title)];
}

export function codeDescription(catalog: Catalog, code: ErrorCode): string {
  return codeParagraphs(catalog, code).join("\n\n");
}

/** The same on one line: a note that ends without punctuation (a deprecation reason) must not run into the next part. */
function codeLine(catalog: Catalog, code: ErrorCode): string {
  const parts = codeParagraphs(catalog, code).map(oneLine);
  return [...parts.slice(0, -1).map(sentence), parts.at(-1)!].join(" ");
}

interface EnumValue {
  readonly value: string;
  readonly title: string;
  /** Markdown; one paragraph per domain for a name several domains share. */
  readonly description: string;
  /** The same on one line. */
  readonly line: string;
  readonly deprecated: boolean;
}

/** Ends a sentence that has no final punctuation, so one-line parts don't run together. */
const sentence = (text: string): string => (/[.!?:)`"']$/.test(text) ? text : `${text}.`);

/** One entry per wire name, in catalog order; a name shared by several domains is deprecated only if every use is. */
function codeValues(catalog: Catalog): EnumValue[] {
  const byName = new Map<string, ErrorCode[]>();
  for (const code of catalog.codes) {
    const list = byName.get(code.name);
    if (list) list.push(code);
    else byName.set(code.name, [code]);
  }
  return [...byName].map(([value, codes]) => {
    const texts = codes.map((c) => codeDescription(catalog, c));
    const lines = codes.map((c) => codeLine(catalog, c));
    const shared = codes.length > 1;
    return {
      value,
      title: normaliseText(codes[0]!.title),
      description: shared ? texts.map((t, i) => `In \`${codes[i]!.domain}\`: ${t}`).join("\n\n") : texts[0]!,
      line: shared ? lines.map((t, i) => `In ${codes[i]!.domain}: ${sentence(t)}`).join(" ") : lines[0]!,
      deprecated: codes.every((c) => c.deprecated !== undefined),
    };
  });
}

export function errorCodeSchema(catalog: Catalog, style: CodeEnumStyle): Schema {
  const values = codeValues(catalog);
  const description = `Every error code of ${normaliseText(catalog.title)} (catalog version ${normaliseText(catalog.version)}).`;
  // OpenAPI wants a non-empty `enum`/`oneOf`; a catalog without codes yet gets a plain string.
  if (values.length === 0) return { type: "string", description: `${description} None is defined yet.` };
  if (style === "oneOf") {
    return {
      type: "string",
      description,
      oneOf: values.map((v) => ({ const: v.value, title: v.title, description: v.description, ...(v.deprecated ? { deprecated: true } : {}) })),
    };
  }
  const deprecated = values.filter((v) => v.deprecated).map((v) => v.value);
  return {
    type: "string",
    description,
    enum: values.map((v) => v.value),
    "x-enum-varnames": values.map((v) => v.value.toUpperCase()),
    // One line each: tools put them in `//` comments (openapi-typescript --enum breaks on a newline).
    "x-enum-descriptions": values.map((v) => v.line),
    ...(deprecated.length ? { "x-enum-deprecated": deprecated } : {}),
  };
}

/**
 * `ErrorCode` that also accepts codes added after this document: the known ones (the enum,
 * named `ErrorCodeKnown`) or any other string.
 */
export function openCodeSchema(catalog: Catalog): Schema {
  return {
    description: `An error code of ${normaliseText(catalog.title)}: one of \`ErrorCodeKnown\` (catalog version ${normaliseText(catalog.version)}) or a code added later, which a client must accept (adding a code is not a breaking change).`,
    anyOf: [schemaRef("ErrorCodeKnown"), { type: "string", description: "A code this document does not list." }],
  };
}

export function errorDomainSchema(catalog: Catalog): Schema {
  return {
    type: "string",
    description: `The error domains of ${normaliseText(catalog.title)}.`,
    enum: catalog.domains.map((d) => d.id),
    "x-enum-varnames": catalog.domains.map((d) => upperSnake(splitWords(d.id))),
    "x-enum-descriptions": catalog.domains.map((d) => oneLine(normaliseText(d.description ?? d.title))),
  };
}
