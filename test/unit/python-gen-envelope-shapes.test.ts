// More of the python generator's envelope view (generators/python.ts views(...).error): a
// domain member that scopes parsing or is only information, list details, and members
// named like Object.prototype's, with a constant.
import { expect, test } from "vitest";
import { views } from "../../generators/python.js";
import type { Names } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };
const OPTIONS = { packageName: "", distributionName: "", enumBase: "StrEnum" as const };
const NEVER_RAISES =
  "``ApiError.from_response(body)`` never raises: a code this version does not\nknow gives ``code=None`` with ``raw_code`` set. ``to_body()`` writes the\nenvelope back.";

const error = (config: string, codes: string) => views(catalogOf(config, { "core.yaml": codes }), OPTIONS, "N", NAMES).error;

function reasonDomain(scopedParse: boolean) {
  const fields = [
    { attr: "request_id", const: "_REQUEST_ID", doc: ["Request id."], path: ["error", "request_id"] },
    { attr: "domain", const: "_DOMAIN", doc: ["Error domain."], path: ["error", "domain"] },
  ];
  return {
    notice: "N",
    strEnum: false,
    classDoc: [
      "An error response of T.",
      "Envelope (application/json), by JSON path:",
      "- code: ``error.reason``\n- message: ``error.message``\n- status: ``error.status``\n- details: ``error.details``\n- request_id: ``error.request_id``\n- domain: ``error.domain``",
      "Details are a list of objects; ``details_as(code)`` types them.",
      NEVER_RAISES,
    ],
    paths: [
      { const: "_CODE", path: ["error", "reason"] },
      { const: "_MESSAGE", path: ["error", "message"] },
      { const: "_STATUS", path: ["error", "status"] },
      { const: "_DETAILS", path: ["error", "details"] },
      ...fields,
    ],
    fields,
    messageConst: "_MESSAGE",
    statusConst: "_STATUS",
    hasDetails: true,
    detailsObject: false,
    detailsList: true,
    detailsMixed: false,
    detailsInline: false,
    envelopeKeys: ["details", "domain", "message", "reason", "request_id", "status"],
    indexed: false,
    unknownRetryable: undefined,
    itemMatches: [],
    constants: [],
    domainField: true,
    scopedParse,
    detailsCodes: [],
    typingImports: ["Self", "cast"],
  };
}

test("domain-scoped with a domain member: parsing takes the domain; details a list", () => {
  expect(error("uniqueness: domain\nenvelope: reason-domain\n", "codes:\n  - name: A\n")).toStrictEqual(reasonDomain(true));
});

test("a domain member in a catalog not scoped by domain is only a field", () => {
  expect(error("envelope: reason-domain\n", "codes: []\n")).toStrictEqual(reasonDomain(false));
});

test("domain-scoped without a domain member: no domain field, no scoped parse", () => {
  const v = error("uniqueness: domain\n", "codes:\n  - name: A\n");
  expect([v.domainField, v.scopedParse]).toEqual([false, false]);
});

test("members named toString, valueOf, constructor and hasOwnProperty are the envelope's own", () => {
  const config = "envelope:\n  fields: { code: toString.code, message: toString.valueOf, domain: constructor }\n  constants: { toString.hasOwnProperty: 1 }\n";
  const fields = [{ attr: "domain", const: "_DOMAIN", doc: ["Error domain."], path: ["constructor"] }];
  expect(error(config, "codes:\n  - name: A\n")).toStrictEqual({
    notice: "N",
    strEnum: false,
    classDoc: [
      "An error response of T.",
      "Envelope (application/json), by JSON path:",
      "- code: ``toString.code``\n- message: ``toString.valueOf``\n- domain: ``constructor``\n- ``toString.hasOwnProperty`` is always ``1``",
      "The envelope has no details member.",
      NEVER_RAISES,
    ],
    paths: [{ const: "_CODE", path: ["toString", "code"] }, { const: "_MESSAGE", path: ["toString", "valueOf"] }, ...fields],
    fields,
    messageConst: "_MESSAGE",
    statusConst: undefined,
    hasDetails: false,
    detailsObject: false,
    detailsList: false,
    detailsMixed: false,
    detailsInline: false,
    envelopeKeys: ["code", "hasOwnProperty", "valueOf"],
    indexed: false,
    unknownRetryable: undefined,
    itemMatches: [],
    constants: [{ path: ["toString", "hasOwnProperty"], value: 1, wrap: false }],
    domainField: true,
    scopedParse: false,
    detailsCodes: [],
    typingImports: ["Self", "cast"],
  });
});

test("str-enum without details imports only TYPE_CHECKING and cast", () => {
  const v = views(catalogOf("envelope: flat\n", { "core.yaml": "codes:\n  - name: A\n" }), { ...OPTIONS, enumBase: "str-enum" }, "N", NAMES).error;
  expect([v.strEnum, v.typingImports]).toStrictEqual([true, ["TYPE_CHECKING", "cast"]]);
});
