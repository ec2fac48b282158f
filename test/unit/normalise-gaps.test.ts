// Gaps found by surviving mutants of src/catalog/normalise.ts (2026-12-07): the names an
// inline envelope with a nested code reserves beside the code, and the replacement an
// alias's tombstone names when the spec gives one.
import { describe, expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";

function compile(files: Record<string, string>, cfg = "catalog:\n  name: t\n") {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: cfg });
  const r = compileSpecs(config!, Object.entries(files).map(([path, text]) => ({ path, text })), undefined, enabledGenerators(config!));
  return { catalog: r.catalog, errors: r.diagnostics.map(formatDiagnostic) };
}

const ls032 = (line: number, field: string, member: string) =>
  `spec/a.yaml:${line}:7 error LS032: details field "${field}" of A clashes with the envelope's ${member}; details sit next to the code in this envelope, so rename the field`;

describe("inline details beside a nested code", () => {
  // The code is error.code: details sit in `error`, next to message and the meta branch;
  // meta.trace is outside `error`, so `trace` (and `meta`, `error` at the top) are free.
  const envelope =
    "catalog:\n  name: t\n  envelope:\n    fields:\n      code: error.code\n      message: error.message\n      requestId: error.meta.id\n      docsUrl: error.meta.doc\n      status: meta.trace\n    detailsShape: inline\n";

  it("reserves the members and branches inside the code's object only, the first member naming a branch", () => {
    const spec = "codes:\n  - name: A\n    details:\n      message: string\n      meta: string\n      trace: string\n      id: string\n      code: string\n      error: string\n";
    expect(compile({ "spec/a.yaml": spec }, envelope).errors).toEqual([
      ls032(4, "message", "message member"),
      ls032(5, "meta", "requestId member (error.meta.id)"),
      ls032(8, "code", "code member"),
    ]);
  });

  it("details named after members outside the code's object are fine", () => {
    const r = compile({ "spec/a.yaml": "codes:\n  - name: A\n    details:\n      trace: string\n      status: integer\n" }, envelope);
    expect(r.errors).toEqual([]);
    expect(r.catalog!.codes[0]!.details.map((d) => d.name)).toEqual(["status", "trace"]);
  });
});

describe("an alias's tombstone", () => {
  it("keeps the replacement its removed: names", () => {
    const r = compile({ "spec/a.yaml": "codes:\n  - name: A\n  - name: N\n  - name: B\n    aliasOf: A\n    removed: { replacement: N }\n" });
    expect(r.errors).toEqual([]);
    expect(r.catalog!.tombstones.map((t) => [t.key, t.replacement, t.reason])).toEqual([["B", "N", undefined]]);
  });

  it("keeps the replacement its deprecation named", () => {
    const r = compile({ "spec/a.yaml": "codes:\n  - name: A\n  - name: N\n  - name: B\n    aliasOf: A\n    deprecated: { replacement: N }\n    removed: { reason: Gone. }\n" });
    expect(r.errors).toEqual([]);
    expect(r.catalog!.tombstones.map((t) => [t.key, t.replacement, t.reason])).toEqual([["B", "N", "Gone."]]);
  });
});
