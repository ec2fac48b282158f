// Error envelopes: where the code, message, status, details, request id and docs
// URL sit in a JSON error body. Presets cover the shapes seen in real catalogs;
// a config may start from a preset and move any member.
import type { Envelope, JsonPath } from "./model.js";

export const ENVELOPE_FIELDS = {
  code: "The error code.",
  message: "Human-readable message.",
  title: "Short title (RFC 9457 `title`).",
  status: "HTTP status, repeated in the body.",
  details: "Details object or list (unset for `detailsShape: inline`).",
  requestId: "Request id.",
  docsUrl: "Link to the code's documentation.",
  domain: "Error domain (reason + domain catalogs).",
  timestamp: "When the error happened.",
  canonical: "Canonical status name (google.rpc.Code, e.g. `PERMISSION_DENIED`).",
} as const;

export type EnvelopeField = keyof typeof ENVELOPE_FIELDS;

interface Preset {
  readonly doc: string;
  readonly contentType: string;
  readonly fields: Partial<Record<EnvelopeField, string>>;
  readonly detailsShape: Envelope["detailsShape"];
  readonly constants?: Readonly<Record<string, string | number | boolean | null>>;
}

export const ENVELOPE_PRESETS: Readonly<Record<string, Preset>> = {
  "error-meta": {
    doc: '{"error": {"code", "message", "status", "details"}, "meta": {"request_id", "timestamp", "docs_url"}}',
    contentType: "application/json",
    fields: {
      code: "error.code",
      message: "error.message",
      status: "error.status",
      details: "error.details",
      requestId: "meta.request_id",
      timestamp: "meta.timestamp",
      docsUrl: "meta.docs_url",
    },
    detailsShape: "object",
  },
  "success-flag": {
    doc: '{"success": false, "code", "error": "<message>", "details": {...}}',
    contentType: "application/json",
    fields: { code: "code", message: "error", details: "details" },
    detailsShape: "object",
    constants: { success: false },
  },
  "reason-domain": {
    doc: '{"error": {"reason", "domain", "message", "status", "details": [...], "request_id"}}',
    contentType: "application/json",
    fields: {
      code: "error.reason",
      domain: "error.domain",
      message: "error.message",
      status: "error.status",
      details: "error.details",
      requestId: "error.request_id",
    },
    detailsShape: "list",
  },
  "error-object": {
    doc: '{"error": {"code", "message", "details"}, "request_id"}',
    contentType: "application/json",
    fields: { code: "error.code", message: "error.message", details: "error.details", requestId: "request_id" },
    detailsShape: "object",
  },
  flat: {
    doc: '{"error_code", "message", "request_id", "documentation_url"}',
    contentType: "application/json",
    fields: { code: "error_code", message: "message", requestId: "request_id", docsUrl: "documentation_url" },
    detailsShape: "object",
  },
  aip193: {
    doc: 'Google AIP-193 (google.rpc.Status): {"error": {"code": <HTTP status>, "message", "status": <canonical>, "details": [{"@type": ".../google.rpc.ErrorInfo", "reason": <code>, "metadata": {...details}}]}}',
    contentType: "application/json",
    fields: {
      status: "error.code",
      message: "error.message",
      canonical: "error.status",
      code: "error.details.0.reason",
      details: "error.details.0.metadata",
    },
    detailsShape: "object",
    constants: { "error.details.0.@type": "type.googleapis.com/google.rpc.ErrorInfo" },
  },
  rfc9457: {
    doc: 'RFC 9457 application/problem+json: {"type": <docs URL>, "title", "status", "detail", "instance", "code", ...details}',
    contentType: "application/problem+json",
    fields: { docsUrl: "type", title: "title", status: "status", message: "detail", requestId: "instance", code: "code" },
    detailsShape: "inline",
  },
};

export const DEFAULT_ENVELOPE = "error-object";

export interface EnvelopeInput {
  readonly preset?: string;
  readonly contentType?: string;
  readonly fields?: Partial<Record<EnvelopeField, string>>;
  readonly detailsShape?: Envelope["detailsShape"];
  readonly constants?: readonly { readonly key: string; readonly value: unknown }[];
  readonly descriptions?: Partial<Record<EnvelopeField, string>>;
}

const path = (dotted: string | undefined): JsonPath | undefined => (dotted ? dotted.split(".") : undefined);

/** Resolves a preset plus overrides; returns problems as messages (the caller knows the location). */
export function resolveEnvelope(input: string | EnvelopeInput | undefined): { envelope: Envelope; problems: string[] } {
  const spec: EnvelopeInput = typeof input === "string" ? { preset: input } : input ?? { preset: DEFAULT_ENVELOPE };
  const preset = spec.preset ? ENVELOPE_PRESETS[spec.preset] : undefined;
  const detailsShape = spec.detailsShape ?? preset?.detailsShape ?? "object";
  // An envelope has exactly the members it lists: no details member unless one is written.
  const fields = { ...preset?.fields, ...spec.fields };
  const problems: string[] = [];
  if (!fields.code) problems.push("envelope has no `code` field");
  if (detailsShape === "inline" && spec.fields?.details) problems.push("`detailsShape: inline` puts details next to the code; remove `fields.details`");
  // A written constant replaces the preset's at the same path.
  const written = new Set((spec.constants ?? []).map((c) => c.key));
  const constants = [
    ...Object.entries(preset?.constants ?? {}).filter(([key]) => !written.has(key)).map(([key, value]) => ({ key, value })),
    ...(spec.constants ?? []),
  ];
  // A constant every target can send as JSON, or a clear error now (not a failed generator later).
  for (const name of Object.keys(spec.descriptions ?? {}) as EnvelopeField[]) {
    if (!fields[name]) problems.push(`envelope description of ${name}: the envelope has no ${name} member`);
  }
  for (const c of constants) {
    const v = c.value;
    if (!(v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)))) {
      problems.push(`envelope constant ${c.key} (${String(v)}) has no JSON value; use a string, a finite number, true, false or null`);
    }
  }
  const seen = new Map<string, string>();
  for (const [name, dotted] of [...Object.entries(fields), ...constants.map((c) => [`constant ${c.key}`, c.key] as const)]) {
    if (!dotted) continue;
    // JavaScript object literals (so the generated TS, and plain objects in every
    // generator) read `__proto__` as the prototype, not as a member.
    if (dotted.split(".").includes("__proto__")) problems.push(`envelope member ${name} (${dotted}): \`__proto__\` cannot name a JSON member; JavaScript reads it as the object's prototype`);
    for (const [otherName, other] of seen) {
      if (other === dotted || other.startsWith(dotted + ".") || dotted.startsWith(other + ".")) {
        problems.push(`envelope members ${otherName} (${other}) and ${name} (${dotted}) overlap`);
      }
    }
    seen.set(name, dotted);
  }
  const byPath = new Map(constants.map((c) => [c.key, c.value as string | number | boolean | null]));
  const envelope: Envelope = {
    preset: spec.preset,
    contentType: spec.contentType ?? preset?.contentType ?? "application/json",
    fields: {
      code: path(fields.code) ?? ["code"],
      message: path(fields.message),
      title: path(fields.title),
      status: path(fields.status),
      details: detailsShape === "inline" ? undefined : path(fields.details),
      requestId: path(fields.requestId),
      docsUrl: path(fields.docsUrl),
      domain: path(fields.domain),
      timestamp: path(fields.timestamp),
      canonical: path(fields.canonical),
    },
    detailsShape,
    constants: [...byPath.keys()].sort().map((k) => ({ path: k.split("."), value: byPath.get(k)! })),
    // In ENVELOPE_FIELDS order, however the config orders them.
    ...(spec.descriptions && Object.keys(spec.descriptions).length
      ? { descriptions: Object.fromEntries((Object.keys(ENVELOPE_FIELDS) as EnvelopeField[]).flatMap((k) => (spec.descriptions?.[k] === undefined ? [] : [[k, spec.descriptions[k]]]))) }
      : {}),
  };
  return { envelope, problems };
}

/** Whether a member sits in a list (a `0` path segment: the list's first item, as AIP-193's `error.details.0`). */
export function isIndexed(envelope: Envelope): boolean {
  return [...Object.values(envelope.fields), ...envelope.constants.map((c) => c.path)].some((p) => p !== undefined && p.includes("0"));
}

/** A member that tells which item of a list a `0` step reads: `error.details.0.@type` = `…ErrorInfo`. */
export interface ItemMatch {
  /** The list's path, `["error", "details"]`. */
  readonly list: JsonPath;
  readonly key: string;
  readonly value: string | number | boolean | null;
}

/**
 * The constants that identify a list item (one segment below a `0` step). Decoders read the
 * first item whose members equal all of them (AIP-193's ErrorInfo by its `@type`, wherever it
 * sits in `details`), else the first item; encoders write that item first.
 */
export function itemMatches(envelope: Envelope): ItemMatch[] {
  return envelope.constants
    .filter((c) => c.path.length >= 3 && c.path.at(-2) === "0")
    .map((c) => ({ list: c.path.slice(0, -2), key: c.path.at(-1)!, value: c.value }));
}
