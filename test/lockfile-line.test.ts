// The lockfile's code lines are built as strings for speed: they must be the bytes
// JSON.stringify gives the object they describe (codeObject), whatever the keys hold.
import { describe, expect, it } from "vitest";
import { codeLine, codeObject, type LockCode } from "../src/evolution/lockfile.js";

const base: LockCode = {
  domain: "core",
  lifecycle: "live",
  status: 400,
  retryable: "no",
  details: {},
  identifiers: {},
  added: "1.0.0",
  deprecated: undefined,
  replacement: undefined,
  removed: undefined,
};

const cases: [string, LockCode][] = [
  ["bare", base],
  ["no status, planned", { ...base, lifecycle: "planned", status: undefined, added: undefined }],
  ["several statuses", { ...base, status: [400, 422] }],
  ["varies", { ...base, status: "varies" }],
  ["varies among", { ...base, status: { varies: [409, 423] } }],
  ["details sorted", { ...base, details: { zeta: "string", alpha: "integer?", "a.b": "list<string>", "a_b": "enum(x|y)" } }],
  ["list details", { ...base, details: { a: "string" }, detailsList: true }],
  ["identifiers", { ...base, identifiers: { ts: "CodeA", go: "CodeA", goField: { b_c: "BC", a: "A" }, anchor: "core-a" } }],
  ["every version", { ...base, deprecated: "1.1.0", replacement: "OTHER", removed: "2.0.0" }],
  ["hostile text", { ...base, domain: 'd"\\\n\u2028\u0000é😀', retryable: "</script>", details: { 'x"y': "a\u007fb", "\ud800": "lone" }, replacement: "\t" }],
  ["index-like detail keys", { ...base, details: { "10": "string", "9": "integer", "09": "string", b: "string" } }],
  ["index-like scheme keys", { ...base, identifiers: { "2": "X", "10": "Y", a: { "1": "one", b: "bee" } } }],
  ["large index-like key", { ...base, details: { "4294967295": "string", "4294967294": "string", a: "string" } }],
  ["undefined inside a record", { ...base, details: { a: undefined as unknown as string, b: "string" } }],
];

describe("lockfile code line", () => {
  it.each(cases)("%s: same bytes as JSON.stringify of the object", (_, code) => {
    expect(codeLine(code)).toBe(JSON.stringify(codeObject(code)));
  });
  it("writes the facts in the documented order, empty maps left out", () => {
    expect(codeLine({ ...base, details: { b: "string", a: "integer?" }, identifiers: { go: "CodeA" }, deprecated: "1.1.0" })).toBe(
      '{"domain":"core","lifecycle":"live","status":400,"retryable":"no","details":{"a":"integer?","b":"string"},"identifiers":{"go":"CodeA"},"added":"1.0.0","deprecated":"1.1.0"}',
    );
  });
});
