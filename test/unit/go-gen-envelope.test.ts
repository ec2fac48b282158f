// The envelope as the go generator sees it (generators/go.ts `view(...).envelope`), for the
// envelope families the golden loop does not run: an indexed path into a list with item
// constants (AIP-193), inline details at the top level (RFC 9457) and inside an object
// (Stripe-style), and members with descriptions. Whole objects, undefined members included.
import { expect, test } from "vitest";
import { view } from "../../generators/go.js";
import type { Names } from "../../src/generate/plugin.js";
import { loadFixture } from "../support/fixture.js";

/** No names allocated: every name is the generator's own fallback. */
const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };
const OPTIONS = { modulePath: "", goVersion: "1.21", packageName: "" };
const IMPLEMENTS =
  "It implements error: errors.Is(err, CodeX) reports whether err is an\n*Error with code CodeX (or another name of the same error), and\nerrors.As(err, &apiErr) extracts it.";

const at = (label: string, description?: string) => ({ path: label.split("."), label, description });

function envelope(fixture: string) {
  return view(loadFixture(fixture), OPTIONS, "N", NAMES).envelope;
}

function doc(sample: string) {
  return { summary: "Error is an error response of this API, as its envelope carries it:", body: [{ code: [sample] }, IMPLEMENTS] };
}

test("AIP-193: the code inside the first list item, which constants identify", () => {
  expect(envelope("envelopes/aip193")).toStrictEqual({
    doc: doc(
      '{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","domain":"compute.googleapis.com","reason":"INSTANCE_NOT_READY","metadata":{}}],"message":"…","code":400,"status":"INVALID_ARGUMENT"}}',
    ),
    code: at("error.details.0.reason"),
    domain: undefined,
    domainPath: undefined,
    message: at("error.message"),
    title: undefined,
    status: at("error.code"),
    details: at("error.details.0.metadata"),
    inline: false,
    hasDetails: true,
    listDetails: false,
    requestId: undefined,
    docsUrl: undefined,
    timestamp: undefined,
    canonical: at("error.status"),
    constants: [
      { path: ["error", "details", "0", "@type"], value: "type.googleapis.com/google.rpc.ErrorInfo" },
      { path: ["error", "details", "0", "domain"], value: "compute.googleapis.com" },
    ],
    holder: ["error", "details", "0"],
    indexed: true,
    itemMatches: [
      {
        list: "error.details",
        members: [
          { key: "@type", json: '"type.googleapis.com/google.rpc.ErrorInfo"' },
          { key: "domain", json: '"compute.googleapis.com"' },
        ],
      },
    ],
    envelopeKeys: ["@type", "domain", "metadata", "reason"],
  });
});

test("RFC 9457: inline details next to a top-level code", () => {
  expect(envelope("envelopes/problem")).toStrictEqual({
    doc: doc('{"code":"OUT_OF_CREDIT","detail":"…","title":"…","status":400,"instance":"…","type":"…"} + details members'),
    code: at("code"),
    domain: undefined,
    domainPath: undefined,
    message: at("detail"),
    title: at("title"),
    status: at("status"),
    details: undefined,
    inline: true,
    hasDetails: true,
    listDetails: false,
    requestId: at("instance"),
    docsUrl: at("type"),
    timestamp: undefined,
    canonical: undefined,
    constants: [],
    holder: [],
    indexed: false,
    itemMatches: [],
    envelopeKeys: ["code", "detail", "instance", "status", "title", "type"],
  });
});

test("Stripe-style: inline details inside the error object; members outside it are not envelope keys", () => {
  expect(envelope("envelopes/stripe")).toStrictEqual({
    doc: doc('{"error":{"code":"card_declined","message":"…","request_id":"…","doc_url":"…"}} + details members'),
    code: at("error.code"),
    domain: undefined,
    domainPath: undefined,
    message: at("error.message"),
    title: undefined,
    status: undefined,
    details: undefined,
    inline: true,
    hasDetails: true,
    listDetails: false,
    requestId: at("error.request_id"),
    docsUrl: at("error.doc_url"),
    timestamp: undefined,
    canonical: undefined,
    constants: [],
    holder: ["error"],
    indexed: false,
    itemMatches: [],
    envelopeKeys: ["code", "doc_url", "message", "request_id"],
  });
});

test("descriptions of envelope members are carried to the members (the code's own is not used)", () => {
  expect(envelope("documented")).toStrictEqual({
    doc: doc('{"error":{"code":"CARD_DECLINED","message":"…","status":400,"details":{}},"meta":{"request_id":"…","docs_url":"…","timestamp":"…"}}'),
    code: at("error.code"),
    domain: undefined,
    domainPath: undefined,
    message: at("error.message"),
    title: undefined,
    status: at("error.status"),
    details: at("error.details"),
    inline: false,
    hasDetails: true,
    listDetails: false,
    requestId: at("meta.request_id", "Id of the request: quote it to support (a `req_` prefix | never <b>bold</b>)."),
    docsUrl: at("meta.docs_url", "Link to this code's documentation."),
    timestamp: at("meta.timestamp", "When the error happened, RFC 3339."),
    canonical: undefined,
    constants: [],
    holder: ["error"],
    indexed: false,
    itemMatches: [],
    envelopeKeys: ["code", "details", "message", "status"],
  });
});
