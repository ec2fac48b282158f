// The normalised catalog (src/catalog/normalise.ts): sorting by code units, defaults, alias
// inheritance, docs URLs and the reference checks, with exact values.
import { describe, expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import { expandDocsUrl } from "../../src/catalog/normalise.js";

function compile(files: Record<string, string>, cfg = "catalog:\n  name: t\n") {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: cfg });
  const r = compileSpecs(config!, Object.entries(files).map(([path, text]) => ({ path, text })), undefined, enabledGenerators(config!));
  return { catalog: r.catalog, errors: r.diagnostics.map(formatDiagnostic) };
}

describe("sorting", () => {
  it("domains by id and codes by name in code-unit order, whatever the file order (a < a-b, B < B_X < Z)", () => {
    // File order is spec/a-b.yaml before spec/a.yaml ('-' < '.'); domain ids sort the other way.
    const { catalog, errors } = compile({
      "spec/a-b.yaml": "codes:\n  - name: Z\n  - name: B_X\n  - name: B\n",
      "spec/a.yaml": "title: Alpha\nnotes: \"\\u0085 \"\ncodes:\n  - name: A\n    tags: [z, a, z, B]\n    upstream:\n      zeta: [1]\n      alpha: [x]\n",
    });
    expect(errors).toEqual([]);
    expect(catalog!.domains.map((d) => [d.id, d.title, d.notes, d.codes.map((c) => c.name), d.file, d.loc])).toEqual([
      ["a", "Alpha", undefined, ["A"], "spec/a.yaml", { file: "spec/a.yaml", line: 1, col: 1 }],
      ["a-b", "A B", undefined, ["B", "B_X", "Z"], "spec/a-b.yaml", { file: "spec/a-b.yaml", line: 1, col: 1 }],
    ]);
    expect(catalog!.codes.map((c) => [c.key, c.tags, c.upstream, c.title, c.words, c.anchor])).toEqual([
      ["A", ["B", "a", "z"], [{ provider: "alpha", codes: ["x"] }, { provider: "zeta", codes: ["1"] }], "A", ["a"], "a"],
      ["B", [], [], "B", ["b"], "b"],
      ["B_X", [], [], "B x", ["b", "x"], "b-x"],
      ["Z", [], [], "Z", ["z"], "z"],
    ]);
    expect([...catalog!.codeIndex.keys()]).toEqual(["A", "B", "B_X", "Z"]);
  });
});

describe("codes", () => {
  it("aliases inherit what they leave unset, through chains; deprecated forms", () => {
    const { catalog, errors } = compile({
      "spec/sms-gateway.yaml":
        "domain: sms-gateway\nnotes: Real notes.\ncodes:\n" +
        "  - name: A\n    description: d\n    cause: c\n    fix: f\n    status: 400\n    retryable: no\n    details: { n: string }\n" +
        "  - name: B\n    aliasOf: A\n" +
        "  - name: C\n    aliasOf: B\n    status: 409\n    retryable: yes\n    details: { m: integer }\n    description: own\n    cause: own c\n    fix: own f\n" +
        "  - name: D\n    deprecated: true\n" +
        "  - name: E\n    deprecated: false\n" +
        '  - name: F\n    deprecated: { since: "1.0", replacement: A, reason: r }\n' +
        "  - name: G\n    aliasOf: C\n    retry: { retryAfter: true }\n",
    });
    expect(errors).toEqual([]);
    expect(catalog!.domains.map((d) => [d.id, d.title, d.notes, d.loc])).toEqual([["sms-gateway", "Sms Gateway", "Real notes.", { file: "spec/sms-gateway.yaml", line: 1, col: 9 }]]);
    expect(catalog!.codes.map((c) => [c.key, c.status.primary, c.retry.retryable, c.details.map((d) => d.name), c.description, c.cause, c.fix, c.aliasOf, c.deprecated])).toEqual([
      ["A", 400, "no", ["n"], "d", "c", "f", undefined, undefined],
      ["B", 400, "no", ["n"], "d", "c", "f", "A", undefined],
      ["C", 409, "yes", ["m"], "own", "own c", "own f", "B", undefined],
      ["D", undefined, "unknown", [], undefined, undefined, undefined, undefined, { since: undefined, replacement: undefined, reason: undefined }],
      ["E", undefined, "unknown", [], undefined, undefined, undefined, undefined, undefined],
      ["F", undefined, "unknown", [], undefined, undefined, undefined, undefined, { since: "1.0", replacement: "A", reason: "r" }],
      ["G", 409, "unknown", ["m"], "own", "own c", "own f", "C", undefined],
    ]);
  });
});

describe("expandDocsUrl", () => {
  it.each([
    ["https://x/{code}/{codeLower}/{domain}#{anchor}", "https://x/A%20B%26C/a%20b%26c/d%2Fx#an"],
    ["{code}{other}", "A%20B%26C{other}"],
    ["a b/{code}", "a b/A%20B%26C"],
    ["{code}{code}", "A%20B%26CA%20B%26C"],
  ])("%j", (template, want) => {
    expect(expandDocsUrl(template, "A B&C", "d/x", "an")).toBe(want);
  });
  it("no template, no URL", () => {
    expect(expandDocsUrl(undefined, "A", "d", "a")).toBe(undefined);
  });
});

describe("reference checks", () => {
  it("cycles of aliases and replacements; surfacesAs on a live code", () => {
    const { errors } = compile({
      "spec/a.yaml":
        "codes:\n  - name: X\n    aliasOf: Y\n  - name: Y\n    aliasOf: Z\n  - name: Z\n    aliasOf: X\n" +
        "  - name: P\n    deprecated: { replacement: Q }\n  - name: Q\n    deprecated: { replacement: P }\n  - name: S\n    surfacesAs: X\n",
    });
    expect(errors).toEqual([
      "spec/a.yaml:3:14 error LS025: aliasOf cycle: X → Y → Z → X",
      "spec/a.yaml:9:17 error LS025: replacement cycle: P → Q → P",
      "spec/a.yaml:13:17 error LS030: surfacesAs only applies to a planned code; set lifecycle: planned on S",
    ]);
  });

  it("two names that become one Go identifier", () => {
    expect(compile({ "spec/a.yaml": "codes:\n  - name: HTTP_S\n  - name: HTTPS\n" }).errors).toEqual([
      "spec/a.yaml:3:11 error LS027: HTTPS and HTTP_S (spec/a.yaml:2:11) both become Go identifier CodeHTTPS; rename one of them",
    ]);
  });

  it("tombstones need a replacement or reason, and live codes may not point at them", () => {
    const { errors } = compile({
      "spec/a.yaml": 'codes:\n  - name: A\n    removed: { since: "1" }\n  - name: B\n    aliasOf: A\n    related: [{ code: A }]\n  - name: C\n    aliasOf: B\n    removed: {}\n',
    });
    expect(errors).toEqual([
      "spec/a.yaml:3:14 error LS034: removed code A needs a replacement or a reason, so its docs entry tells clients what to do",
      "spec/a.yaml:5:14 error LS033: aliasOf of B points at A, which is removed; point it at a live code",
      "spec/a.yaml:6:23 error LS033: related of B points at A, which is removed; point it at a live code",
    ]);
  });
});
