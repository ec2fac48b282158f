// catalog.json (generators/json.ts), the keys written only when the catalog sets them, on
// catalogs compiled in memory (the golden fixtures have none of them): catalog notes and
// defaults, envelope member descriptions, canonical status names (on each code and as an
// envelope member), details that are a list, and an upstream provider's display name.
// Without them the keys are absent (not null), so older catalogs keep their bytes.
import { expect, test } from "vitest";
import { catalogJson } from "../../generators/json.js";
import { catalogOf } from "./catalog-support.js";

type Doc = Record<string, any>;
const doc = (config: string, spec: string): Doc => JSON.parse(catalogJson(catalogOf(config, { "core.yaml": spec }), "n")) as Doc;

const CODE_KEYS = ["key", "name", "domain", "title", "description", "cause", "fix", "status", "retry", "details", "deprecated", "aliasOf", "lifecycle", "surfacesAs", "since", "upstream", "tags", "related", "anchor", "docsUrl", "identifiers"];
const TOP_KEYS = ["$schema", "format", "generatedBy", "name", "title", "version", "naming", "uniqueness", "docsUrlTemplate", "envelope", "sources", "domains", "codes", "tombstones", "releases"];

test("notes, defaults, member descriptions, canonical names, a details list and a provider's display name", () => {
  const d = doc(
    "notes: Quote the request id.\ndefaults:\n  unknownRetryable: yes\n  retryStrategy: backoff\nenvelope:\n  preset: aip193\n  descriptions:\n    code: The code.\n",
    'codes:\n  - name: A\n    status: 400\n    canonical: FAILED_PRECONDITION\n    upstream:\n      "Meta (WhatsApp)": ["1"]\n      twilio: ["2"]\n  - name: B\n    status: 422\n    detailsList:\n      field: string\n',
  );
  expect(Object.keys(d)).toEqual([...TOP_KEYS.slice(0, 10), "notes", "defaults", ...TOP_KEYS.slice(10)]);
  expect(d.notes).toBe("Quote the request id.");
  expect(d.defaults).toEqual({ unknownRetryable: "yes", retryStrategy: "backoff" });
  expect(Object.keys(d.envelope)).toEqual(["preset", "contentType", "fields", "detailsShape", "constants", "descriptions"]);
  expect(d.envelope.descriptions).toEqual({ code: "The code." });
  expect(Object.keys(d.envelope.fields)).toEqual(["code", "message", "title", "status", "details", "requestId", "docsUrl", "domain", "timestamp", "canonical"]);
  expect(d.envelope.fields.canonical).toEqual(["error", "status"]);
  const [a, b] = d.codes;
  expect(Object.keys(a)).toEqual([...CODE_KEYS.slice(0, 8), "canonical", ...CODE_KEYS.slice(8)]);
  expect(a.canonical).toBe("FAILED_PRECONDITION");
  // 422 has no canonical name of its own: the code inherits the default for its status.
  expect(b.canonical).toBe("FAILED_PRECONDITION");
  expect(a.upstream).toEqual([
    { provider: "meta-whatsapp", name: "Meta (WhatsApp)", codes: ["1"] },
    { provider: "twilio", codes: ["2"] },
  ]);
  expect(Object.keys(a.upstream[1])).toEqual(["provider", "codes"]);
  expect(Object.keys(b)).toEqual([...CODE_KEYS.slice(0, 8), "canonical", "retry", "details", "detailsList", ...CODE_KEYS.slice(10)]);
  expect(b.detailsList).toBe(true);
  expect(b.details).toEqual([{ name: "field", type: { kind: "string" }, required: false, description: null, identifiers: {} }]);
});

test("defaults without a retry strategy write it as null", () => {
  const d = doc("defaults:\n  unknownRetryable: no\n", "codes:\n  - name: A\n");
  expect(d.defaults).toEqual({ unknownRetryable: "no", retryStrategy: null });
});

test("none of them set: the keys are absent", () => {
  const d = doc("", "codes:\n  - name: A\n    details:\n      field: string\n");
  expect(Object.keys(d)).toEqual(TOP_KEYS);
  expect(Object.keys(d.envelope)).toEqual(["preset", "contentType", "fields", "detailsShape", "constants"]);
  expect(Object.keys(d.envelope.fields)).toEqual(["code", "message", "title", "status", "details", "requestId", "docsUrl", "domain", "timestamp"]);
  expect(Object.keys(d.codes[0])).toEqual(CODE_KEYS);
});
