// The normalised catalog that every generator consumes. Built once by
// `normalise.ts`, deeply frozen, sorted by code-unit order, every default filled.
// Generators read it; they never re-validate it.
import type { CanonicalCode } from "./canonical.js";
import type { Identifiers } from "../naming/allocate.js";

export interface SourceLoc {
  /** POSIX path relative to the config file's folder, e.g. `spec/billing.yaml`. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly col: number;
}

export type NamingStyle = "UPPER_SNAKE" | "lower_snake";

/** `catalog`: a name is unique in the whole catalog. `domain`: name + domain identify an error (AIP-193). */
export type Uniqueness = "catalog" | "domain";

export interface Status {
  /**
   * `single`: one status. `multiple`: several, the first is primary.
   * `varies`: depends on the request; `all` lists the known possibilities (may be empty).
   * `unstated`: the spec says nothing.
   */
  readonly kind: "single" | "multiple" | "varies" | "unstated";
  /** Set for `single` and `multiple`. */
  readonly primary: number | undefined;
  /** Primary first for `single`/`multiple`; ascending for `varies`; empty for `unstated`. */
  readonly all: readonly number[];
}

export type Retryable = "yes" | "no" | "auto" | "unknown";

export interface Retry {
  /** `auto`: the platform retries by itself. `unknown`: the spec does not say. */
  readonly retryable: Retryable;
  readonly strategy: string | undefined;
  /** Whether the client should honour a `Retry-After` response header. */
  readonly retryAfter: boolean;
  /** Retry schedule as written, e.g. `["0s", "1m", "5m"]`. */
  readonly schedule: readonly string[];
}

export type DetailType =
  | { readonly kind: "string" | "integer" | "number" | "boolean" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "list" | "map"; readonly of: DetailType }
  | { readonly kind: "object"; readonly fields: readonly DetailField[] };

export interface DetailField {
  /** Wire name, `^[A-Za-z][A-Za-z0-9_]*$`. */
  readonly name: string;
  readonly type: DetailType;
  readonly required: boolean;
  readonly description: string | undefined;
}

export interface Deprecation {
  readonly since: string | undefined;
  /** Key of the replacement code. */
  readonly replacement: string | undefined;
  readonly reason: string | undefined;
}

export interface Relation {
  /** Key of the related code. */
  readonly code: string;
  /** Free text, e.g. "distinct from", "companion to". */
  readonly note: string | undefined;
}

export interface UpstreamMapping {
  /** The provider's id: the name as written when it is one (`twilio`), else its slug (`meta-whatsapp-cloud-api`). */
  readonly provider: string;
  /** The display name as written, when it is not the id (`Meta (WhatsApp Cloud API)`). */
  readonly name?: string;
  /** Provider codes as strings, in spec order. */
  readonly codes: readonly string[];
}

export interface ErrorCode {
  /** Unique in the catalog: `name` (catalog scope) or `domain/name` (domain scope). */
  readonly key: string;
  /** The wire value clients see, e.g. `INVALID_PHONE_NUMBER`. */
  readonly name: string;
  /** Domain id. */
  readonly domain: string;
  /**
   * Lower-case words identifiers are built from; domain-scoped catalogs prefix the
   * domain's words. `INVALID_PHONE_NUMBER` → `["invalid", "phone", "number"]`.
   */
  readonly words: readonly string[];
  /** Defaults to the name in sentence case. */
  readonly title: string;
  /** Markdown. */
  readonly description: string | undefined;
  readonly cause: string | undefined;
  readonly fix: string | undefined;
  readonly status: Status;
  /**
   * The canonical status name (google.rpc.Code): as written, else derived from the primary
   * HTTP status (src/catalog/canonical.ts). `written` is false when derived.
   */
  readonly canonical: { readonly name: CanonicalCode; readonly written: boolean };
  readonly retry: Retry;
  /** Sorted by name. With `detailsList`, the fields of each item of the list. */
  readonly details: readonly DetailField[];
  /** Written as `detailsList:`: the details are a list of objects with the `details` fields. */
  readonly detailsList: boolean;
  readonly deprecated: Deprecation | undefined;
  /** Key of the code this one is an alias of (same error, another wire name). */
  readonly aliasOf: string | undefined;
  readonly lifecycle: "live" | "planned";
  /** For a planned code: key of the code clients see until it ships. */
  readonly surfacesAs: string | undefined;
  /** Catalog version the code was added in. */
  readonly since: string | undefined;
  /** Sorted by provider. */
  readonly upstream: readonly UpstreamMapping[];
  /** Sorted, unique. */
  readonly tags: readonly string[];
  readonly related: readonly Relation[];
  /** Lower-case `^[a-z][a-z0-9-]*$`, unique in the catalog; the docs anchor. */
  readonly anchor: string;
  /** The docs URL template expanded for this code. */
  readonly docsUrl: string | undefined;
  /** Where the code's `name` is written. */
  readonly loc: SourceLoc;
}

/**
 * A published code that was removed (`removed:` in the spec). It leaves the code
 * artifacts; docs keep it, with its replacement, and its name is never reused.
 */
export interface Tombstone {
  readonly key: string;
  readonly name: string;
  readonly domain: string;
  readonly title: string;
  /** Catalog version it was removed in. */
  readonly removedIn: string;
  /** Catalog version it was deprecated in, when known. */
  readonly deprecatedIn: string | undefined;
  /** Key of the live code to use instead. */
  readonly replacement: string | undefined;
  readonly reason: string | undefined;
  readonly anchor: string;
  readonly docsUrl: string | undefined;
  readonly loc: SourceLoc;
}

/** Package metadata from the config's catalog block (each part optional). */
export interface PackageMetadata {
  readonly license: string | undefined;
  readonly repository: string | undefined;
  readonly keywords: readonly string[];
}

/** A breaking change the spec acknowledged (rule id, code key, why). */
export interface AcknowledgedChange {
  /** Rule id, e.g. `status-changed`. */
  readonly rule: string;
  readonly code: string;
  /** What changed, e.g. `primary status 400 → 422`. */
  readonly change: string;
  readonly reason: string;
}

/** What one catalog version changed, from the lockfile's history. */
export interface Release {
  readonly version: string;
  /** Keys, sorted. */
  readonly added: readonly string[];
  /** Keys of codes (live or removed) deprecated in this version, sorted. */
  readonly deprecated: readonly string[];
  /** Keys of tombstones removed in this version, sorted. */
  readonly removed: readonly string[];
  readonly breaking: readonly AcknowledgedChange[];
}

export interface Domain {
  /** `^[a-z][a-z0-9-]*$`. */
  readonly id: string;
  readonly title: string;
  readonly description: string | undefined;
  /** Markdown paragraph(s) shown under the domain heading. */
  readonly notes: string | undefined;
  /** Sorted by name. */
  readonly codes: readonly ErrorCode[];
  /** Removed codes of this domain, sorted by name. */
  readonly tombstones: readonly Tombstone[];
  readonly file: string;
  readonly loc: SourceLoc;
}

/** A JSON path in the envelope: `["error", "code"]` is `body.error.code`. */
export type JsonPath = readonly string[];

export interface Envelope {
  /** The preset it started from, if any. */
  readonly preset: string | undefined;
  /** `application/json` or `application/problem+json`. */
  readonly contentType: string;
  readonly fields: {
    readonly code: JsonPath;
    readonly message: JsonPath | undefined;
    readonly title: JsonPath | undefined;
    readonly status: JsonPath | undefined;
    readonly details: JsonPath | undefined;
    readonly requestId: JsonPath | undefined;
    readonly docsUrl: JsonPath | undefined;
    readonly domain: JsonPath | undefined;
    readonly timestamp: JsonPath | undefined;
    /** The canonical status name (google.rpc.Code), e.g. AIP-193's `error.status`. */
    readonly canonical: JsonPath | undefined;
  };
  /**
   * `object`: details is one object. `list`: an array of detail objects.
   * `inline`: detail fields sit next to the code (RFC 9457 extension members); `fields.details` is unset.
   */
  readonly detailsShape: "object" | "list" | "inline";
  /** Fixed members such as `success: false`, sorted by path. */
  readonly constants: readonly { readonly path: JsonPath; readonly value: string | number | boolean | null }[];
  /** A description per member, as written in the config (absent: none written). */
  readonly descriptions?: Readonly<Partial<Record<keyof Envelope["fields"], string>>>;
}

/** Catalog-wide defaults for what a client does not find in the catalog (a code it does not know). */
export interface CatalogDefaults {
  /** Retry policy for a code the client does not know. */
  readonly unknownRetryable: Retryable;
  /** Retry strategy shown in the docs for such codes. */
  readonly retryStrategy: string | undefined;
}

export interface Catalog {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly naming: NamingStyle;
  readonly uniqueness: Uniqueness;
  /** `source`: domains and codes in the spec's order (`order: source`); `sorted`: by id and name. */
  readonly order: "sorted" | "source";
  /** e.g. `https://docs.example.com/errors#{anchor}`. */
  readonly docsUrlTemplate: string | undefined;
  readonly envelope: Envelope;
  /** License, repository and keywords the publishable packages carry; absent in catalogs built by hand. */
  readonly package?: PackageMetadata;
  /** Markdown notes shown at the top of the docs (absent: none written). */
  readonly notes?: string;
  /** Catalog-wide defaults (absent: none written; clients fall back to `unknown`). */
  readonly defaults?: CatalogDefaults;
  /** Sorted by id. */
  readonly domains: readonly Domain[];
  /** Every live or planned code (not removed ones), sorted by key. */
  readonly codes: readonly ErrorCode[];
  /** Removed codes, sorted by key. Only docs and catalog.json show them. */
  readonly tombstones: readonly Tombstone[];
  /** Catalog versions from the lockfile, newest first (empty without a lockfile). */
  readonly releases: readonly Release[];
  /** Spec files the catalog was read from (config first, then domains), POSIX, sorted. */
  readonly sources: readonly string[];
  /** Lookup by key. */
  readonly codeIndex: ReadonlyMap<string, ErrorCode>;
  /**
   * The final name of every identifier the enabled generators declare (their `naming`),
   * checked for collisions and kept stable against the lockfile. Generators read theirs
   * through `ctx.names`; catalog.json lists them all.
   */
  readonly identifiers: Identifiers;
}

/** Deep-freezes plain data (Maps are frozen shallowly; their values are frozen by the caller). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (!(value instanceof Map)) for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Code-unit comparison: identical on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The code a key points at; throws on a dangling key, which validation rules out. */
export function codeOf(catalog: Catalog, key: string): ErrorCode {
  const code = catalog.codeIndex.get(key);
  if (!code) throw new Error(`internal: no code with key ${key}`);
  return code;
}
