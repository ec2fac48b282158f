// More gaps found by surviving mutants of src/catalog/normalise.ts (2026-12-07): long
// code names, `order: source`, list details and the envelopes they need, what an alias
// inherits (canonical status, list details), surfacesAs cycles, related entries without
// a code, one upstream provider written the same way twice, catalog notes left out.
import { describe, expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";

function compile(files: Record<string, string>, cfg = "catalog:\n  name: t\n") {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: cfg });
  const r = compileSpecs(config!, Object.entries(files).map(([path, text]) => ({ path, text })), undefined, enabledGenerators(config!));
  return { catalog: r.catalog, errors: r.diagnostics.map(formatDiagnostic) };
}
const one = (spec: string, cfg?: string) => compile({ "spec/a.yaml": spec }, cfg);

describe("code names", () => {
  it("a name of 256 characters is fine, one of 257 is LS021", () => {
    const ok = "A".repeat(256);
    expect(one(`codes:\n  - name: ${ok}\n`).errors).toEqual([]);
    expect(one(`codes:\n  - name: ${ok}B\n`).errors).toEqual([
      `spec/a.yaml:2:11 error LS021: code name "${"A".repeat(40)}"… (257 characters) is longer than 256 characters`,
    ]);
  });
});

describe("order: source", () => {
  it("keeps the codes as written; the default sorts them", () => {
    const spec = "codes:\n  - name: B\n  - name: A\n";
    expect(one(spec, "catalog:\n  name: t\n  order: source\n").catalog!.codes.map((c) => c.key)).toEqual(["B", "A"]);
    expect(one(spec).catalog!.codes.map((c) => c.key)).toEqual(["A", "B"]);
  });
});

describe("catalog notes", () => {
  it("are left out when the config has none", () => {
    expect("notes" in one("codes:\n  - name: A\n").catalog!).toBe(false);
  });
});

describe("list details", () => {
  const list = "codes:\n  - name: A\n    detailsList:\n      x: string\n";
  it("need an envelope with a details member of one value per code", () => {
    expect(one("codes:\n  - name: A\n    details:\n      y: string\n    detailsList:\n      x: string\n").errors).toEqual([
      "spec/a.yaml:6:7 error LS026: A declares both `details` and `detailsList`; keep one",
    ]);
    expect(one(list, "catalog:\n  name: t\n  envelope: rfc9457\n").errors).toEqual([
      "spec/a.yaml:4:7 error LS035: A declares a list of details, but the envelope puts details next to the code (`detailsShape: inline`), where a list cannot go; use `details:` or an envelope with a details member",
    ]);
    expect(one(list, "catalog:\n  name: t\n  envelope: { preset: error-object, detailsShape: list }\n").errors).toEqual([
      "spec/a.yaml:4:7 error LS035: A declares a list of details, but every code's details are a list already in this envelope (`detailsShape: list`); write `details:` for the fields of each item",
    ]);
    expect(one(list, "catalog:\n  name: t\n  envelope: flat\n").errors).toEqual([
      "spec/a.yaml:4:7 error LS035: A declares details, but the envelope has no details member to carry them; list one (`fields: { details: details }`) or put them next to the code (`detailsShape: inline`)",
    ]);
    const r = one(list);
    expect([r.errors, r.catalog!.codes.map((c) => [c.detailsList, c.details.map((d) => d.name)])]).toEqual([[], [[true, ["x"]]]]);
  });

  it("an alias without details of its own is not reported where the envelope has no details member", () => {
    expect(one("codes:\n  - name: A\n    details:\n      x: string\n  - name: B\n    aliasOf: A\n", "catalog:\n  name: t\n  envelope: flat\n").errors).toEqual([
      "spec/a.yaml:4:7 error LS035: A declares details, but the envelope has no details member to carry them; list one (`fields: { details: details }`) or put them next to the code (`detailsShape: inline`)",
    ]);
  });
  it("empty details need no details member", () => {
    expect(one("codes:\n  - name: A\n    details: {}\n", "catalog:\n  name: t\n  envelope: flat\n").errors).toEqual([]);
  });
});

describe("what an alias inherits", () => {
  it("the canonical status: its target's, derived from its own status, or as written", () => {
    const r = one("codes:\n  - name: A\n    status: 404\n    canonical: NOT_FOUND\n  - name: B\n    aliasOf: A\n  - name: C\n    aliasOf: A\n    status: 409\n  - name: D\n    aliasOf: A\n    canonical: ABORTED\n");
    expect([r.errors, r.catalog!.codes.map((c) => [c.key, c.canonical])]).toEqual([
      [],
      [
        ["A", { name: "NOT_FOUND", written: true }],
        ["B", { name: "NOT_FOUND", written: true }],
        ["C", { name: "ABORTED", written: false }],
        ["D", { name: "ABORTED", written: true }],
      ],
    ]);
  });

  it("list details, unless it writes its own", () => {
    const r = one("codes:\n  - name: A\n    detailsList:\n      x: string\n  - name: B\n    aliasOf: A\n  - name: C\n    aliasOf: A\n    detailsList:\n      y: string\n  - name: D\n    aliasOf: A\n    details:\n      z: string\n");
    expect([r.errors, r.catalog!.codes.map((c) => [c.key, c.detailsList, c.details.map((d) => d.name)])]).toEqual([
      [],
      [
        ["A", true, ["x"]],
        ["B", true, ["x"]],
        ["C", true, ["y"]],
        ["D", false, ["z"]],
      ],
    ]);
  });
});

describe("references", () => {
  it("a surfacesAs cycle is LS025", () => {
    expect(one("codes:\n  - name: A\n    lifecycle: planned\n    surfacesAs: B\n  - name: B\n    lifecycle: planned\n    surfacesAs: A\n").errors).toEqual(["spec/a.yaml:4:17 error LS025: surfacesAs cycle: A → B → A"]);
  });

  it("a related entry without a code is only the reader's error", () => {
    expect(one("codes:\n  - name: A\n    related: [{ note: See. }]\n").errors).toEqual(['spec/a.yaml:3:15 error LS012: missing required key "code"']);
  });

  it("one upstream provider written the same way in two codes is one provider", () => {
    const r = one("codes:\n  - name: A\n    upstream:\n      acme: [1]\n  - name: B\n    upstream:\n      acme: [2]\n");
    expect([r.errors, r.catalog!.codes.map((c) => c.upstream)]).toEqual([[], [[{ provider: "acme", codes: ["1"] }], [{ provider: "acme", codes: ["2"] }]]]);
  });
});
