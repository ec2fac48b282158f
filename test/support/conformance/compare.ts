// The comparer: what catalog.json expects for each fact a reader reports, and the
// mismatches between the two. Readers never compute expectations; this file is the
// one place that maps a fact name to catalog.json.
//
// Fact names (a reader sets only those its artifact carries):
//   value            the enum/constant value. TS: the wire name. Go and Python: the key,
//                    which in a domain-scoped catalog is `domain/name` (equal wire names
//                    in two domains would otherwise collapse into one value).
//   name domain title anchor docsUrl lifecycle   as in catalog.json
//   status           {kind, primary, all}
//   retryable retryAfter deprecated deprecated.since
//   replacement aliasOf surfacesAs               the key; `.name`: its wire name; `.anchor`: its docs anchor
//   retryTable.anchor retryTable.retryable       Markdown's retry-strategy table row of the code
//   related.anchor   anchors of the related codes, in order
//   details          {fields, profile}: compared field by field as `details.<field>`
//   lookup isCode known enum                     the artifact finds the code by its own API (true)
//   parse            what the artifact's parse returns for the code's name (+ domain): the key
//   responseStatuses OpenAPI responses listing the code: its statuses ascending, or ["default"]
//   exampleStatuses  statuses its examples carry: its statuses ascending, or [500]
//   example.name example.domain example.docsUrl example.detailNames example.deprecated example.lifecycle
//   variantDetails   OpenAPI: the details schema its union variant references (null: the generic one)
// Removed codes (docs only), reported as `tombstone.<fact>`: domain anchor removedIn
// deprecatedIn replacement.anchor; every tombstone of catalog.json must be listed.
import type { CatalogJson, JsonCode, JsonDetailField, JsonDetailType, JsonTombstone, Mismatch, Reading } from "./types.js";

/** How much of a details type an artifact can show. */
export interface DetailsProfile {
  /** TS has one `number` type: integer is shown as number. */
  readonly integer: boolean;
  /** Go types an enum as `string`. */
  readonly enumValues: boolean;
  /** The TS checker may reorder a union's literals: compare enum values as a set. */
  readonly enumOrder: boolean;
  /**
   * Enum values as the artifact can show them, applied to both sides: a page shows
   * text, not bytes (control characters as `<U+000B>`, white space not significant).
   */
  readonly shown?: (value: string) => string;
}

export const FULL_PROFILE: DetailsProfile = { integer: true, enumValues: true, enumOrder: true };

/** One line per type: `list<enum["a","b"]>`, `{a: string, b?: integer}` (fields by name). */
export function typeText(type: JsonDetailType, profile: DetailsProfile): string {
  switch (type.kind) {
    case "integer":
      return profile.integer ? "integer" : "number";
    case "enum": {
      if (!profile.enumValues) return "string";
      const shown = profile.shown ? type.values.map(profile.shown) : type.values;
      const values = profile.enumOrder ? shown : [...shown].sort();
      return `enum${JSON.stringify(values)}`;
    }
    case "list":
    case "map":
      return `${type.kind}<${typeText(type.of, profile)}>`;
    case "object":
      return `{${fieldsText(type.fields, profile)}}`;
    default:
      return type.kind;
  }
}

const byName = (a: JsonDetailField, b: JsonDetailField) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function fieldsText(fields: readonly JsonDetailField[], profile: DetailsProfile): string {
  return [...fields].sort(byName).map((f) => `${f.name}${f.required ? "" : "?"}: ${typeText(f.type, profile)}`).join(", ");
}

/** Canonical JSON: object keys sorted, undefined as null. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : (v ?? null),
  );
}

export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

type Ref = "replacement" | "aliasOf" | "surfacesAs";
const refKey = (code: JsonCode, ref: Ref): string | null => (ref === "replacement" ? (code.deprecated?.replacement ?? null) : code[ref]);

/** What catalog.json says for `field` of `code`; `artifact` matters only for `value`. */
export function expectedFact(catalog: CatalogJson, index: ReadonlyMap<string, JsonCode>, code: JsonCode, field: string, artifact: string): unknown {
  const ref = /^(replacement|aliasOf|surfacesAs)(?:\.(name|anchor))?$/.exec(field);
  if (ref) {
    const key = refKey(code, ref[1] as Ref);
    if (key === null || !ref[2]) return key;
    const target = index.get(key);
    return target ? target[ref[2] as "name" | "anchor"] : `<dangling ${key}>`;
  }
  const sorted = [...code.status.all].sort((a, b) => a - b);
  switch (field) {
    case "value":
      // The pinned difference: TS enum values are wire names; Go and Python values are keys.
      return artifact === "ts" ? code.name : code.key;
    case "name":
    case "domain":
    case "title":
    case "anchor":
    case "docsUrl":
    case "lifecycle":
      return code[field];
    case "status":
      return code.status;
    case "retryable":
    case "retryTable.retryable":
      return code.retry.retryable;
    case "retryTable.anchor":
      return code.anchor;
    case "retryAfter":
      return code.retry.retryAfter;
    case "deprecated":
    case "example.deprecated":
      return code.deprecated !== null;
    case "example.lifecycle":
      return code.lifecycle;
    case "deprecated.since":
      return code.deprecated?.since ?? null;
    case "related.anchor":
      return code.related.map((r) => index.get(r.code)?.anchor ?? `<dangling ${r.code}>`);
    case "lookup":
    case "isCode":
    case "known":
    case "enum":
      return true;
    case "parse":
      return code.key;
    case "responseStatuses":
      return sorted.length ? sorted : ["default"];
    case "exampleStatuses":
      return sorted.length ? sorted : [500];
    case "example.name":
      return code.name;
    case "example.domain":
      return code.domain;
    case "example.docsUrl":
      return code.docsUrl;
    case "example.detailNames":
      return code.details.map((f) => f.name).sort();
    case "variantDetails":
      return code.identifiers.openapiDetails;
    default:
      throw new Error(`conformance: no expectation for fact "${field}" (${catalog.name})`);
  }
}

/** Field-by-field details comparison: `details.<name>` as `type` or `type?` (optional), or "absent". */
function compareDetails(code: JsonCode, artifact: string, actual: { fields: readonly JsonDetailField[]; profile: DetailsProfile }): Mismatch[] {
  const text = (fields: readonly JsonDetailField[]) => new Map(fields.map((f) => [f.name, `${typeText(f.type, actual.profile)}${f.required ? "" : "?"}`]));
  const want = text(code.details);
  const got = text(actual.fields);
  const names = [...new Set([...want.keys(), ...got.keys()])].sort();
  return names
    .filter((n) => want.get(n) !== got.get(n))
    .map((n) => ({ code: code.key, artifact, field: `details.${n}`, expected: want.get(n) ?? "absent", actual: got.get(n) ?? "absent" }));
}

/**
 * Tombstone facts (docs keep removed codes): domain, anchor, removedIn, deprecatedIn,
 * replacement.anchor (the live code to use instead).
 */
function expectedTombstoneFact(index: ReadonlyMap<string, JsonCode>, t: JsonTombstone, field: string): unknown {
  switch (field) {
    case "domain":
    case "anchor":
    case "removedIn":
    case "deprecatedIn":
      return t[field];
    case "replacement.anchor":
      return t.replacement === null ? null : (index.get(t.replacement)?.anchor ?? `<dangling ${t.replacement}>`);
    default:
      throw new Error(`conformance: no expectation for tombstone fact "${field}"`);
  }
}

/**
 * Versions embedded in docs prose (`**Deprecated** since 1.2: …`, `2.0 (deprecated in 1.1)`)
 * are read back only when they are plain version-like tokens: escaping, code spans and
 * line folding make arbitrary text ambiguous there. The code artifacts carry them exactly.
 */
const PROSE_FIELDS = new Set(["deprecated.since", "tombstone.removedIn", "tombstone.deprecatedIn"]);
const PROSE_ARTIFACTS = new Set(["markdown", "rst", "openapi", "html"]);
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const unreadableProse = (artifact: string, field: string, expected: unknown): boolean =>
  PROSE_ARTIFACTS.has(artifact) && PROSE_FIELDS.has(field) && typeof expected === "string" && !PLAIN.test(expected);

/** Every disagreement between one reading and catalog.json. */
export function compareReading(catalog: CatalogJson, reading: Reading): Mismatch[] {
  const index = new Map(catalog.codes.map((c) => [c.key, c]));
  const out: Mismatch[] = [...reading.problems];
  const { artifact } = reading;
  for (const code of catalog.codes) {
    const facts = reading.codes.get(code.key);
    if (!facts) {
      if (reading.complete) out.push({ code: code.key, artifact, field: "present", expected: true, actual: false });
      continue;
    }
    for (const [field, actual] of Object.entries(facts)) {
      if (field === "details") {
        out.push(...compareDetails(code, artifact, actual as { fields: JsonDetailField[]; profile: DetailsProfile }));
        continue;
      }
      const expected = expectedFact(catalog, index, code, field, artifact);
      if (unreadableProse(artifact, field, expected)) continue;
      if (!sameValue(expected, actual)) out.push({ code: code.key, artifact, field, expected, actual: actual ?? null });
    }
  }
  if (reading.tombstones) {
    for (const t of catalog.tombstones) {
      const facts = reading.tombstones.get(t.key);
      if (!facts) {
        out.push({ code: t.key, artifact, field: "tombstone.present", expected: true, actual: false });
        continue;
      }
      for (const [field, actual] of Object.entries(facts)) {
        const expected = expectedTombstoneFact(index, t, field);
        if (unreadableProse(artifact, `tombstone.${field}`, expected)) continue;
        if (!sameValue(expected, actual)) out.push({ code: t.key, artifact, field: `tombstone.${field}`, expected, actual: actual ?? null });
      }
    }
    for (const key of reading.tombstones.keys()) {
      if (!catalog.tombstones.some((t) => t.key === key)) out.push({ code: key, artifact, field: "tombstone.present", expected: false, actual: true });
    }
  }
  for (const extra of reading.extra) out.push({ code: extra, artifact, field: "present", expected: false, actual: true });
  return out;
}
