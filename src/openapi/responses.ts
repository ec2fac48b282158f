// One response component per HTTP status a code can return, named after the status's
// reason phrase (`404` → `NotFound`, an unregistered status → `Status418`), whose
// examples are the bodies of every code returned with that status:
//
//   NotFound:
//     description: HTTP 404 Not Found.
//     content:
//       application/json:
//         schema: { $ref: "#/components/schemas/Error" }
//         examples:
//           TO_STRING: {"value": {"error": {"code": "TO_STRING", …}}}
//
// A code with several statuses appears under each, and so does one whose status varies
// among listed statuses. A code with no known status (unstated, or `varies` without a
// list) appears under `Error`, the response for an operation's `default`, shown with 500.
import type { OpenAPIV3 } from "openapi-types";
import type { Catalog, ErrorCode } from "../catalog/model.js";
import { InlineJson, quoted } from "./inline-json.js";
import type { Extensions, Header, Response } from "./types.js";

/** Reason phrases of the 4xx and 5xx statuses in the IANA registry (classic names where RFC 9110 renamed one). */
const REASONS: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  421: "Misdirected Request",
  422: "Unprocessable Entity",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  510: "Not Extended",
  511: "Network Authentication Required",
};

/** The default-style response for codes without a fixed status. */
export const DEFAULT_RESPONSE = "Error";

/** `404` → `NotFound`, `505` → `HttpVersionNotSupported`, `418` → `Status418`. */
export function responseName(status: number): string {
  const phrase = REASONS[status];
  if (!phrase) return `Status${status}`;
  return phrase
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join("");
}

export const RETRY_AFTER_HEADER: Header = {
  description: "Seconds to wait, or an HTTP date, before retrying (RFC 9110 `Retry-After`). Sent with codes that honour it.",
  schema: { type: "string" },
};

export interface ResponseInputs {
  readonly contentType: string;
  /** Name of the body schema in `components.schemas`. */
  readonly schema: string;
  /** The JSON text of an example body; without it a response lists its codes in `x-error-codes` instead. */
  readonly example: ((code: ErrorCode, status: number) => string) | undefined;
}

/** Statuses in ascending order, each with its codes in catalog order; `fallback`: codes with no known status. */
export function codesByStatus(catalog: Catalog): { byStatus: Map<number, ErrorCode[]>; fallback: ErrorCode[] } {
  const byStatus = new Map<number, ErrorCode[]>();
  const fallback: ErrorCode[] = [];
  for (const code of catalog.codes) {
    for (const status of code.status.all) {
      const list = byStatus.get(status);
      if (list) list.push(code);
      else byStatus.set(status, [code]);
    }
    if (code.status.all.length === 0) fallback.push(code);
  }
  return { byStatus: new Map([...byStatus].sort((a, b) => a[0] - b[0])), fallback };
}

/** Only deprecated and planned codes get a summary: the example's key already names the code. */
function exampleSummary(code: ErrorCode): string | undefined {
  const marks = [code.deprecated ? "deprecated" : undefined, code.lifecycle === "planned" ? "planned" : undefined].filter(Boolean);
  return marks.length ? `${code.name} (${marks.join(", ")})` : undefined;
}

function response(description: string, codes: readonly ErrorCode[], status: number, inputs: ResponseInputs): Response & Extensions {
  const { example } = inputs;
  // Each Example Object on one line: a big catalog has one per code and status.
  const examples: Record<string, InlineJson> = {};
  if (example) {
    for (const code of codes) {
      const summary = exampleSummary(code);
      examples[code.key] = new InlineJson(`{${summary ? `"summary": ${quoted(summary)}, ` : ""}"value": ${example(code, status)}}`);
    }
  }
  return {
    description,
    ...(example || !codes.length ? {} : { "x-error-codes": [...new Set(codes.map((c) => c.name))] }),
    ...(codes.some((c) => c.retry.retryAfter) ? { headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } } : {}),
    content: {
      [inputs.contentType]: {
        schema: { $ref: `#/components/schemas/${inputs.schema}` },
        ...(example && codes.length ? { examples: examples as Record<string, OpenAPIV3.ExampleObject> } : {}),
      },
    },
  };
}

/** Responses by name: statuses ascending, then `Error`. */
export function errorResponses(catalog: Catalog, inputs: ResponseInputs): Record<string, Response> {
  const { byStatus, fallback } = codesByStatus(catalog);
  const out: Record<string, Response> = {};
  for (const [status, codes] of byStatus) {
    const phrase = REASONS[status];
    out[responseName(status)] = response(`HTTP ${status}${phrase ? ` ${phrase}` : ""}.`, codes, status, inputs);
  }
  out[DEFAULT_RESPONSE] = response(
    "Any other error, for an operation's `default` response. The examples are the codes whose HTTP status varies " +
      "without a known list or is not stated; they are shown with status 500.",
    fallback,
    500,
    inputs,
  );
  return out;
}

/** Whether any response sends `Retry-After` (then `components.headers.RetryAfter` is emitted). */
export const needsRetryAfter = (catalog: Catalog): boolean => catalog.codes.some((c) => c.retry.retryAfter);
