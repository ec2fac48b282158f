// Canonical status names: the 17 codes of gRPC / `google.rpc.Code`, a per-code fact
// next to the HTTP status (AIP-193 sends it as `error.status`). Written in the spec
// (`canonical: PERMISSION_DENIED`) or derived from the primary HTTP status by the
// standard HTTP → google.rpc.Code mapping (Google's ESP `HttpCodeToStatusCode`).
import type { Catalog } from "./model.js";

export const CANONICAL_CODES = [
  "OK",
  "CANCELLED",
  "UNKNOWN",
  "INVALID_ARGUMENT",
  "DEADLINE_EXCEEDED",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "PERMISSION_DENIED",
  "RESOURCE_EXHAUSTED",
  "FAILED_PRECONDITION",
  "ABORTED",
  "OUT_OF_RANGE",
  "UNIMPLEMENTED",
  "INTERNAL",
  "UNAVAILABLE",
  "DATA_LOSS",
  "UNAUTHENTICATED",
] as const;

export type CanonicalCode = (typeof CANONICAL_CODES)[number];

const BY_STATUS: Readonly<Record<number, CanonicalCode>> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  416: "OUT_OF_RANGE",
  429: "RESOURCE_EXHAUSTED",
  499: "CANCELLED",
  501: "UNIMPLEMENTED",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

/** The canonical code of an HTTP status: the table, else by class (2xx OK, 4xx FAILED_PRECONDITION, 5xx INTERNAL), else UNKNOWN. */
export function canonicalOf(status: number | undefined): CanonicalCode {
  if (status === undefined) return "UNKNOWN";
  const exact = BY_STATUS[status];
  if (exact) return exact;
  if (status >= 200 && status < 300) return "OK";
  if (status >= 400 && status < 500) return "FAILED_PRECONDITION";
  if (status >= 500 && status < 600) return "INTERNAL";
  return "UNKNOWN";
}

/**
 * Whether the catalog speaks of canonical codes (an envelope member, or one written in the
 * spec): only then do the targets carry them, so other catalogs keep their bytes.
 */
export function usesCanonical(catalog: Catalog): boolean {
  // Generators ask once per code: remembered per catalog (a catalog never changes), or the
  // scan over every code made them quadratic (~8 s of a 20 s run at 5,000 codes).
  let uses = USES.get(catalog);
  if (uses === undefined) {
    uses = catalog.envelope.fields.canonical !== undefined || catalog.codes.some((c) => c.canonical.written);
    USES.set(catalog, uses);
  }
  return uses;
}

const USES = new WeakMap<Catalog, boolean>();
