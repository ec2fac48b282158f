// Shared types of the conformance suite: what catalog.json holds (format
// lockstep-catalog/1, see docs/catalog-json.md), what a reader reports, and a mismatch.

/** One disagreement between an artifact and catalog.json. */
export interface Mismatch {
  /** Code key, or `*` for a problem with the artifact as a whole (missing file, parse error). */
  readonly code: string;
  /** `ts`, `ts-types`, `go`, `python`, `openapi`, `markdown`, `rst`, `html`. */
  readonly artifact: string;
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

export const ARTIFACTS = ["ts", "ts-types", "go", "python", "openapi", "markdown", "rst", "html"] as const;
export type Artifact = (typeof ARTIFACTS)[number];

/** Raw generator options by generator name, as in the config's `generators` map. */
export type GeneratorOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** An out dir, with the generator options it was generated with when they are not the defaults. */
export type OutDir = string | { readonly dir: string; readonly generatorOptions?: GeneratorOptions };

export interface ConformanceOptions {
  /** Artifacts to check; default all. `ts-types` reads the TS details types with the TypeScript checker. */
  readonly artifacts?: readonly Artifact[];
  /**
   * Where each generator's output sits under the out dir, relative POSIX paths. Defaults:
   * ts `ts`, go `go`, python `python`, openapi `openapi`; markdown `markdown` else `docs`,
   * rst `rst` else `docs`, html `html` else `docs` (the first that has the file); catalog.json at the root.
   */
  readonly layout?: Partial<Record<"ts" | "go" | "python" | "openapi" | "markdown" | "rst" | "html" | "json", string>>;
  /**
   * Generator options the out dirs were generated with (an out dir given as an object
   * may override them). Readers follow what changes an artifact's shape: ts `typeName`,
   * markdown `columns`, rst `columns`. Titles and other options need nothing.
   */
  readonly generatorOptions?: GeneratorOptions;
}

// ---- catalog.json (lockstep-catalog/1) ----

export type JsonDetailType =
  | { readonly kind: "string" | "integer" | "number" | "boolean" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "list" | "map"; readonly of: JsonDetailType }
  | { readonly kind: "object"; readonly fields: readonly JsonDetailField[] };

export interface JsonDetailField {
  readonly name: string;
  readonly type: JsonDetailType;
  readonly required: boolean;
  readonly description?: string | null;
}

export interface JsonStatus {
  readonly kind: "single" | "multiple" | "varies" | "unstated";
  readonly primary: number | null;
  readonly all: readonly number[];
}

export interface JsonCode {
  readonly key: string;
  readonly name: string;
  readonly domain: string;
  readonly title: string;
  readonly description: string | null;
  readonly cause: string | null;
  readonly fix: string | null;
  readonly status: JsonStatus;
  readonly retry: { readonly retryable: "yes" | "no" | "auto" | "unknown"; readonly strategy: string | null; readonly retryAfter: boolean; readonly schedule: readonly string[] };
  readonly details: readonly JsonDetailField[];
  readonly deprecated: { readonly since: string | null; readonly replacement: string | null; readonly reason: string | null } | null;
  readonly aliasOf: string | null;
  readonly lifecycle: "live" | "planned";
  readonly surfacesAs: string | null;
  readonly related: readonly { readonly code: string; readonly note: string | null }[];
  readonly anchor: string;
  readonly docsUrl: string | null;
  readonly identifiers: {
    readonly ts: string;
    readonly go: string;
    readonly goDetails: string | null;
    readonly python: string;
    readonly pythonDetails: string | null;
    readonly openapiDetails: string | null;
  };
}

export interface JsonTombstone {
  readonly key: string;
  readonly name: string;
  readonly domain: string;
  readonly removedIn: string;
  readonly deprecatedIn: string | null;
  readonly replacement: string | null;
  readonly anchor: string;
}

export interface CatalogJson {
  readonly format: string;
  readonly name: string;
  readonly version: string;
  readonly naming: "UPPER_SNAKE" | "lower_snake";
  readonly uniqueness: "catalog" | "domain";
  readonly envelope: {
    readonly contentType: string;
    readonly fields: { readonly code: readonly string[] } & Readonly<
      Record<"message" | "title" | "status" | "details" | "requestId" | "docsUrl" | "domain" | "timestamp", readonly string[] | null>
    >;
    readonly detailsShape: "object" | "list" | "inline";
    readonly constants: readonly { readonly path: readonly string[]; readonly value: unknown }[];
  };
  readonly domains: readonly { readonly id: string; readonly title: string; readonly codes: readonly string[] }[];
  readonly codes: readonly JsonCode[];
  readonly tombstones: readonly JsonTombstone[];
}

// ---- what a reader reports ----

/**
 * What an artifact says about one code, in catalog.json's vocabulary. Only the
 * fields the artifact carries are set; the comparer checks exactly those. Field
 * names and their expected values are listed in `compare.ts`.
 */
export type Facts = Record<string, unknown>;

export interface Reading {
  readonly artifact: Artifact;
  /** By code key; a code of catalog.json missing here is reported as `present`. */
  readonly codes: Map<string, Facts>;
  /** What the docs say about removed codes (tombstones), by key; undefined for artifacts without them. */
  readonly tombstones?: Map<string, Facts>;
  /** Codes the artifact has that catalog.json does not (identifier or name as found). */
  readonly extra: readonly string[];
  /** Problems found while reading (a missing file, an inconsistency inside the artifact). */
  readonly problems: readonly Mismatch[];
  /** Whether the artifact lists every code (docs may leave none out either). */
  readonly complete: boolean;
}

/** One out dir and its parsed catalog.json, as every reader receives it. */
export interface Target {
  readonly outDir: string;
  readonly catalog: CatalogJson;
  readonly generatorOptions: GeneratorOptions;
  /** Absolute folder of each generator's output. */
  readonly dirs: Readonly<Record<"ts" | "go" | "python" | "openapi" | "markdown" | "rst" | "html", string>>;
}
