// The envelope as the python generator sees it (generators/python.ts `views(...).error`),
// for the envelope families the golden loop does not run: an indexed path with item
// constants (AIP-193), inline details (RFC 9457, Stripe-style), member descriptions with
// catalog defaults, list details next to object details, and no details at all. Whole
// objects, undefined members included.
import { expect, test } from "vitest";
import { views } from "../../generators/python.js";
import type { Names } from "../../src/generate/plugin.js";
import { loadFixture } from "../support/fixture.js";

/** No names allocated: every name is the generator's own fallback. */
const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };

function error(fixture: string, enumBase: "StrEnum" | "str-enum" = "StrEnum") {
  return views(loadFixture(fixture), { packageName: "", distributionName: "", enumBase }, "N", NAMES).error;
}

const NEVER_RAISES =
  "``ApiError.from_response(body)`` never raises: a code this version does not\nknow gives ``code=None`` with ``raw_code`` set. ``to_body()`` writes the\nenvelope back.";
const OBJECT = "Details are one object; ``details_as(code)`` types them.";
const INLINE = "Details are the members next to the code; ``details_as(code)`` types them.";

const classDoc = (title: string, contentType: string, shape: string[], details: string) => [
  `An error response of ${title}.`,
  `Envelope (${contentType}), by JSON path:`,
  shape.join("\n"),
  details,
  NEVER_RAISES,
];

const REQUEST_ID = { attr: "request_id", const: "_REQUEST_ID", doc: ["Request id."] };
const DOCS_URL = { attr: "docs_url", const: "_DOCS_URL", doc: ["Link to the code's documentation."] };

test("AIP-193: paths into the first list item, constants, item matches", () => {
  const canonical = { attr: "canonical", const: "_CANONICAL", doc: ["Canonical status name (google.rpc.Code), e.g. ``PERMISSION_DENIED``."], path: ["error", "status"] };
  expect(error("envelopes/aip193")).toStrictEqual({
    notice: "N",
    strEnum: false,
    classDoc: classDoc(
      "Compute",
      "application/json",
      [
        "- code: ``error.details.0.reason``",
        "- message: ``error.message``",
        "- status: ``error.code``",
        "- details: ``error.details.0.metadata``",
        "- canonical: ``error.status``",
        '- ``error.details.0.@type`` is always ``"type.googleapis.com/google.rpc.ErrorInfo"``',
        '- ``error.details.0.domain`` is always ``"compute.googleapis.com"``',
      ],
      OBJECT,
    ),
    paths: [
      { const: "_CODE", path: ["error", "details", "0", "reason"] },
      { const: "_MESSAGE", path: ["error", "message"] },
      { const: "_STATUS", path: ["error", "code"] },
      { const: "_DETAILS", path: ["error", "details", "0", "metadata"] },
      canonical,
    ],
    fields: [canonical],
    messageConst: "_MESSAGE",
    statusConst: "_STATUS",
    hasDetails: true,
    detailsObject: true,
    detailsList: false,
    detailsMixed: false,
    detailsInline: false,
    envelopeKeys: ["@type", "domain", "metadata", "reason"],
    indexed: true,
    unknownRetryable: undefined,
    itemMatches: [
      { list: ["error", "details"], key: "@type", value: "type.googleapis.com/google.rpc.ErrorInfo" },
      { list: ["error", "details"], key: "domain", value: "compute.googleapis.com" },
    ],
    constants: [
      // Its `_put(...)` call is over 88 columns: ruff format writes it one argument a line.
      { path: ["error", "details", "0", "@type"], value: "type.googleapis.com/google.rpc.ErrorInfo", wrap: true },
      { path: ["error", "details", "0", "domain"], value: "compute.googleapis.com", wrap: false },
    ],
    domainField: false,
    scopedParse: false,
    detailsCodes: [{ member: "RESOURCE_AVAILABILITY", typeName: "ResourceAvailabilityDetails", list: false }],
    typingImports: ["Literal", "Self", "cast", "overload"],
  });
});

test("RFC 9457: inline details next to a top-level code; title, request id and docs URL fields", () => {
  const fields = [
    { attr: "title", const: "_TITLE", doc: ["Short title of the error."], path: ["title"] },
    { ...REQUEST_ID, path: ["instance"] },
    { ...DOCS_URL, path: ["type"] },
  ];
  expect(error("envelopes/problem")).toStrictEqual({
    notice: "N",
    strEnum: false,
    classDoc: classDoc(
      "Problem",
      "application/problem+json",
      ["- code: ``code``", "- message: ``detail``", "- status: ``status``", "- title: ``title``", "- request_id: ``instance``", "- docs_url: ``type``"],
      INLINE,
    ),
    paths: [{ const: "_CODE", path: ["code"] }, { const: "_MESSAGE", path: ["detail"] }, { const: "_STATUS", path: ["status"] }, ...fields],
    fields,
    messageConst: "_MESSAGE",
    statusConst: "_STATUS",
    hasDetails: true,
    detailsObject: false,
    detailsList: false,
    detailsMixed: false,
    detailsInline: true,
    envelopeKeys: ["code", "detail", "instance", "status", "title", "type"],
    indexed: false,
    unknownRetryable: undefined,
    itemMatches: [],
    constants: [],
    domainField: false,
    scopedParse: false,
    detailsCodes: [{ member: "OUT_OF_CREDIT", typeName: "OutOfCreditDetails", list: false }],
    typingImports: ["Literal", "Self", "cast", "overload"],
  });
});

test("Stripe-style: inline details inside the error object, no status; str-enum imports TYPE_CHECKING instead of Self", () => {
  const fields = [
    { ...REQUEST_ID, path: ["error", "request_id"] },
    { ...DOCS_URL, path: ["error", "doc_url"] },
  ];
  expect(error("envelopes/stripe", "str-enum")).toStrictEqual({
    notice: "N",
    strEnum: true,
    classDoc: classDoc(
      "Stripe",
      "application/json",
      ["- code: ``error.code``", "- message: ``error.message``", "- request_id: ``error.request_id``", "- docs_url: ``error.doc_url``"],
      INLINE,
    ),
    paths: [{ const: "_CODE", path: ["error", "code"] }, { const: "_MESSAGE", path: ["error", "message"] }, ...fields],
    fields,
    messageConst: "_MESSAGE",
    statusConst: undefined,
    hasDetails: true,
    detailsObject: false,
    detailsList: false,
    detailsMixed: false,
    detailsInline: true,
    envelopeKeys: ["code", "doc_url", "message", "request_id"],
    indexed: false,
    unknownRetryable: undefined,
    itemMatches: [],
    constants: [],
    domainField: false,
    scopedParse: false,
    detailsCodes: [
      { member: "CARD_DECLINED", typeName: "CardDeclinedDetails", list: false },
      { member: "PARAMETER_MISSING", typeName: "ParameterMissingDetails", list: false },
    ],
    typingImports: ["TYPE_CHECKING", "Literal", "cast", "overload"],
  });
});

test("member descriptions follow each field's own doc line; catalog defaults give unknownRetryable", () => {
  const fields = [
    { ...REQUEST_ID, doc: ["Request id.", "Id of the request: quote it to support (a `req_` prefix | never <b>bold</b>)."], path: ["meta", "request_id"] },
    { ...DOCS_URL, doc: ["Link to the code's documentation.", "Link to this code's documentation."], path: ["meta", "docs_url"] },
    { attr: "timestamp", const: "_TIMESTAMP", doc: ["When the error happened, as sent.", "When the error happened, RFC 3339."], path: ["meta", "timestamp"] },
  ];
  expect(error("documented")).toStrictEqual({
    notice: "N",
    strEnum: false,
    classDoc: classDoc(
      "Documented API errors",
      "application/json",
      [
        "- code: ``error.code``",
        "- message: ``error.message``",
        "- status: ``error.status``",
        "- details: ``error.details``",
        "- request_id: ``meta.request_id``",
        "- docs_url: ``meta.docs_url``",
        "- timestamp: ``meta.timestamp``",
      ],
      OBJECT,
    ),
    paths: [
      { const: "_CODE", path: ["error", "code"] },
      { const: "_MESSAGE", path: ["error", "message"] },
      { const: "_STATUS", path: ["error", "status"] },
      { const: "_DETAILS", path: ["error", "details"] },
      ...fields,
    ],
    fields,
    messageConst: "_MESSAGE",
    statusConst: "_STATUS",
    hasDetails: true,
    detailsObject: true,
    detailsList: false,
    detailsMixed: false,
    detailsInline: false,
    envelopeKeys: ["code", "details", "message", "status"],
    indexed: false,
    unknownRetryable: "yes",
    itemMatches: [],
    constants: [],
    domainField: false,
    scopedParse: false,
    detailsCodes: [{ member: "CARD_DECLINED", typeName: "CardDeclinedDetails", list: false }],
    typingImports: ["Literal", "Self", "cast", "overload"],
  });
});

test("list details next to object details are mixed", () => {
  const fields = [{ ...REQUEST_ID, path: ["request_id"] }];
  expect(error("envelopes/list-details")).toStrictEqual({
    notice: "N",
    strEnum: false,
    classDoc: classDoc(
      "Fields",
      "application/json",
      ["- code: ``error.code``", "- message: ``error.message``", "- details: ``error.details``", "- request_id: ``request_id``"],
      OBJECT,
    ),
    paths: [{ const: "_CODE", path: ["error", "code"] }, { const: "_MESSAGE", path: ["error", "message"] }, { const: "_DETAILS", path: ["error", "details"] }, ...fields],
    fields,
    messageConst: "_MESSAGE",
    statusConst: undefined,
    hasDetails: true,
    detailsObject: true,
    detailsList: false,
    detailsMixed: true,
    detailsInline: false,
    envelopeKeys: ["code", "details", "message"],
    indexed: false,
    unknownRetryable: undefined,
    itemMatches: [],
    constants: [],
    domainField: false,
    scopedParse: false,
    detailsCodes: [
      { member: "BAD_FIELDS", typeName: "BadFieldsDetails", list: true },
      { member: "INVALID_FIELDS", typeName: "InvalidFieldsDetails", list: true },
      { member: "RATE_LIMITED", typeName: "RateLimitedDetails", list: false },
    ],
    typingImports: ["Literal", "Self", "cast", "overload"],
  });
});

test("a flat envelope without details: no details attribute, no Literal or overload import", () => {
  const fields = [
    { ...REQUEST_ID, path: ["request_id"] },
    { ...DOCS_URL, path: ["documentation_url"] },
  ];
  expect(error("envelopes/flat")).toStrictEqual({
    notice: "N",
    strEnum: false,
    classDoc: classDoc(
      "Flat",
      "application/json",
      ["- code: ``error_code``", "- message: ``message``", "- request_id: ``request_id``", "- docs_url: ``documentation_url``"],
      "The envelope has no details member.",
    ),
    paths: [{ const: "_CODE", path: ["error_code"] }, { const: "_MESSAGE", path: ["message"] }, ...fields],
    fields,
    messageConst: "_MESSAGE",
    statusConst: undefined,
    hasDetails: false,
    detailsObject: false,
    detailsList: false,
    detailsMixed: false,
    detailsInline: false,
    envelopeKeys: ["documentation_url", "error_code", "message", "request_id"],
    indexed: false,
    unknownRetryable: undefined,
    itemMatches: [],
    constants: [],
    domainField: false,
    scopedParse: false,
    detailsCodes: [],
    typingImports: ["Self", "cast"],
  });
});
