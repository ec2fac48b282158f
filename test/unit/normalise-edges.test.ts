// Edges of normalisation (each found by a surviving mutant): where each reference error
// points, what a tombstone may point at, scoped references, cycle messages and
// collisions reported pair by pair.
import { describe, expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";

function compile(files: Record<string, string>, cfg = "catalog:\n  name: t\n") {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: cfg });
  const r = compileSpecs(config!, Object.entries(files).map(([path, text]) => ({ path, text })), undefined, enabledGenerators(config!));
  return { catalog: r.catalog, errors: r.diagnostics.map(formatDiagnostic) };
}

describe("normalise edges", () => {
  it("only the final .yaml/.yml is the extension", () => {
    expect(compile({ "spec/a.yml.yaml": "codes:\n  - name: A\n" }).errors).toEqual([
      'spec/a.yml.yaml:1:1 error LS028: file name "a.yml" is not a domain id (lower-case letters, digits and single hyphens, starting with a letter)',
    ]);
  });

  it("a domain without domain: is located at the file start, even after a comment", () => {
    const r = compile({ "spec/a.yaml": "# comment\n\ncodes:\n  - name: A\n" });
    expect(r.catalog!.domains.map((d) => d.loc)).toEqual([{ file: "spec/a.yaml", line: 1, col: 1 }]);
  });

  it("LS033 points at the field that names the removed code", () => {
    const spec =
      "codes:\n  - name: A\n    removed: { reason: Gone. }\n  - name: S\n    lifecycle: planned\n    surfacesAs: A\n" +
      "  - name: R\n    deprecated: { replacement: A }\n  - name: T\n    removed: { replacement: A }\n";
    expect(compile({ "spec/a.yaml": spec }).errors).toEqual([
      "spec/a.yaml:6:17 error LS033: surfacesAs of S points at A, which is removed; point it at a live code",
      "spec/a.yaml:8:32 error LS033: replacement of R points at A, which is removed; point it at a live code",
      "spec/a.yaml:10:29 error LS033: replacement of T points at A, which is removed; point it at a live code",
    ]);
  });

  it("a tombstone may be an alias of another tombstone; an alias's tombstone points at its target", () => {
    expect(compile({ "spec/a.yaml": "codes:\n  - name: A\n    removed: { reason: Gone. }\n  - name: B\n    aliasOf: A\n    removed: { reason: Also gone. }\n" }).errors).toEqual([]);
    const r = compile({ "spec/a.yaml": 'codes:\n  - name: A\n  - name: B\n    aliasOf: A\n    removed: { since: "1.0" }\n' });
    expect(r.errors).toEqual([]);
    expect(r.catalog!.tombstones.map((t) => [t.key, t.replacement])).toEqual([["B", "A"]]);
  });

  it("in a domain-scoped catalog a bare reference means the same domain", () => {
    const r = compile(
      { "spec/a.yaml": "codes:\n  - name: x\n  - name: y\n    aliasOf: x\n", "spec/b.yaml": "codes:\n  - name: x\n" },
      "catalog:\n  name: t\n  naming: lower_snake\n  uniqueness: domain\n",
    );
    expect(r.errors).toEqual([]);
    expect(r.catalog!.codes.map((c) => [c.key, c.aliasOf])).toEqual([
      ["a/x", undefined],
      ["a/y", "a/x"],
      ["b/x", undefined],
    ]);
  });

  it("LS024 points at the field that names the unknown code", () => {
    const spec =
      "codes:\n  - name: A\n    deprecated: { replacement: NOPE }\n  - name: S\n    lifecycle: planned\n    surfacesAs: NOPE\n" +
      "  - name: R\n    related: [{ code: NOPE }]\n  - name: T\n    removed: { replacement: NOPE }\n";
    expect(compile({ "spec/a.yaml": spec }).errors).toEqual([
      "spec/a.yaml:3:32 error LS024: replacement of A points at unknown code NOPE",
      "spec/a.yaml:6:17 error LS024: surfacesAs of S points at unknown code NOPE",
      "spec/a.yaml:8:23 error LS024: related of R points at unknown code NOPE",
      "spec/a.yaml:10:14 error LS034: removed code T needs a replacement or a reason, so its docs entry tells clients what to do",
      "spec/a.yaml:10:29 error LS024: replacement of T points at unknown code NOPE",
    ]);
  });

  it("a cycle message names the cycle, not the path into it", () => {
    expect(compile({ "spec/a.yaml": "codes:\n  - name: A\n    aliasOf: B\n  - name: B\n    aliasOf: C\n  - name: C\n    aliasOf: B\n" }).errors).toEqual([
      "spec/a.yaml:5:14 error LS025: aliasOf cycle: B → C → B",
    ]);
  });

  it("envelope members are only reserved when details sit next to the code", () => {
    expect(compile({ "spec/a.yaml": "codes:\n  - name: A\n    details:\n      message: string\n      code: string\n" }).errors).toEqual([]);
    expect(compile({ "spec/a.yaml": "codes:\n  - name: A\n    details:\n      limit: integer\n      title: string\n" }, "catalog:\n  name: t\n  envelope: rfc9457\n").errors).toEqual([
      'spec/a.yaml:5:7 error LS032: details field "title" of A clashes with the envelope\'s title member; details sit next to the code in this envelope, so rename the field',
    ]);
  });

  it("each colliding pair gets its own message", () => {
    expect(compile({ "spec/a.yaml": "codes:\n  - name: HTTP_S\n  - name: HTTPS\n  - name: UI_D\n  - name: UID\n" }).errors).toEqual([
      "spec/a.yaml:3:11 error LS027: HTTPS and HTTP_S (spec/a.yaml:2:11) both become Go identifier CodeHTTPS; rename one of them",
      "spec/a.yaml:5:11 error LS027: UID and UI_D (spec/a.yaml:4:11) both become Go identifier CodeUID; rename one of them",
    ]);
  });
});
