// More of the go generator's envelope view (generators/go.ts): a domain member that
// scopes codes (domainPath) or is only information (domain), list details in the sample,
// the sample of a catalog with no codes, and members named like Object.prototype's.
import { expect, test } from "vitest";
import { view } from "../../generators/go.js";
import type { Names } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };
const OPTIONS = { modulePath: "", goVersion: "1.21", packageName: "" };
const IMPLEMENTS =
  "It implements error: errors.Is(err, CodeX) reports whether err is an\n*Error with code CodeX (or another name of the same error), and\nerrors.As(err, &apiErr) extracts it.";
const at = (label: string) => ({ path: label.split("."), label, description: undefined });
const doc = (sample: string) => ({ summary: "Error is an error response of this API, as its envelope carries it:", body: [{ code: [sample] }, IMPLEMENTS] });

const envelope = (config: string, codes: string) => view(catalogOf(config, { "core.yaml": codes }), OPTIONS, "N", NAMES).envelope;

const REASON_DOMAIN = {
  code: at("error.reason"),
  message: at("error.message"),
  title: undefined,
  status: at("error.status"),
  details: at("error.details"),
  inline: false,
  hasDetails: true,
  listDetails: true,
  requestId: at("error.request_id"),
  docsUrl: undefined,
  timestamp: undefined,
  canonical: undefined,
  constants: [],
  holder: ["error"],
  indexed: false,
  itemMatches: [],
  envelopeKeys: ["details", "domain", "message", "reason", "request_id", "status"],
};

test("domain-scoped: the domain member is the code's scope (domainPath), details a list", () => {
  expect(envelope("uniqueness: domain\nenvelope: reason-domain\n", "codes:\n  - name: A\n")).toStrictEqual({
    doc: doc('{"error":{"reason":"A","domain":"core","message":"…","status":400,"details":[{}],"request_id":"…"}}'),
    domain: undefined,
    domainPath: at("error.domain"),
    ...REASON_DOMAIN,
  });
});

test("not scoped, no codes: the domain member is information; the sample uses placeholders", () => {
  expect(envelope("envelope: reason-domain\n", "codes: []\n")).toStrictEqual({
    doc: doc('{"error":{"reason":"CODE","domain":"domain","message":"…","status":400,"details":[{}],"request_id":"…"}}'),
    domain: at("error.domain"),
    domainPath: undefined,
    ...REASON_DOMAIN,
  });
});

test("members named toString, valueOf, constructor and hasOwnProperty are the envelope's own", () => {
  const config = "envelope:\n  fields: { code: toString.code, message: toString.valueOf, domain: constructor }\n  constants: { toString.hasOwnProperty: 1 }\n";
  expect(envelope(config, "codes:\n  - name: A\n")).toStrictEqual({
    doc: doc('{"toString":{"hasOwnProperty":1,"code":"A","valueOf":"…"},"constructor":"core"}'),
    code: at("toString.code"),
    domain: at("constructor"),
    domainPath: undefined,
    message: at("toString.valueOf"),
    title: undefined,
    status: undefined,
    details: undefined,
    inline: false,
    hasDetails: false,
    listDetails: false,
    requestId: undefined,
    docsUrl: undefined,
    timestamp: undefined,
    canonical: undefined,
    constants: [{ path: ["toString", "hasOwnProperty"], value: 1 }],
    holder: ["toString"],
    indexed: false,
    itemMatches: [],
    envelopeKeys: ["code", "hasOwnProperty", "valueOf"],
  });
});

test("item constants of two lists are grouped by list, in order", () => {
  const config = "envelope:\n  fields: { code: errors.0.code }\n  constants: { errors.0.kind: x, meta.items.0.kind: 7, meta.items.0.on: null }\n";
  expect(envelope(config, "codes:\n  - name: A\n").itemMatches).toStrictEqual([
    { list: "errors", members: [{ key: "kind", json: '"x"' }] },
    {
      list: "meta.items",
      members: [
        { key: "kind", json: "7" },
        { key: "on", json: "null" },
      ],
    },
  ]);
});

test("a `0` step is the first item of a list in the sample", () => {
  const config = "envelope:\n  fields: { code: errors.0.code }\n  constants: { errors.0.kind: x, meta.items.0.kind: 7, meta.items.0.on: null }\n";
  expect(envelope(config, "codes:\n  - name: A\n").doc).toStrictEqual(doc('{"errors":[{"kind":"x","code":"A"}],"meta":{"items":[{"kind":7,"on":null}]}}'));
});
