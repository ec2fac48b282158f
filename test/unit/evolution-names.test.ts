// Published names are API: a new clash numbers the newcomer, never a name the lockfile
// records, and a recorded name that would change is a breaking change to acknowledge
// (issue 13: the Go field `AB` silently moving from `a_b` to `aB`, `UserID2`, the RST
// label renamed `-2`). Also: only enabled targets' names are checked, and a format 1
// lockfile reads without a spurious report.
import { describe, expect, it } from "vitest";
import go from "../../generators/go.js";
import rst from "../../generators/rst.js";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import { enabledGenerators } from "../../src/io/plan.js";
import type { Catalog } from "../../src/catalog/model.js";
import { generate } from "../support/fixture.js";
import { compileStep, history, type Step } from "./evolution-support.js";

const v = (version: string, text: string): Step => ({ version, files: { "spec/pay.yaml": text } });
const withDetails = (fields: string, extra = "") => `codes:\n  - name: X\n    status: 400\n    details:\n${fields}${extra}`;
/** `Name type json-tag` of every field line of details.go. */
const goFields = (catalog: Catalog) => [...generate(go, catalog).get("details.go")!.matchAll(/^\t(\w+) (\S+) `json:"([^"]+)"`$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

describe("a new clash numbers the new name, never a published one", () => {
  it("Go: optional a_b (AB) at 1.0.0, optional aB added at 1.1.0: a_b keeps AB, aB becomes AB2", () => {
    const r = history([v("1.0.0", withDetails("      a_b: string\n")), v("1.1.0", withDetails("      a_b: string\n      aB: integer\n"))]);
    expect(r.errors).toEqual([]);
    expect(r.summary).toEqual([]);
    expect(goFields(r.catalog!)).toEqual(["AB2 int aB,omitempty", "AB string a_b,omitempty"]);
    expect(JSON.parse(r.lockfile).codes.X.identifiers.goField).toEqual({ a_b: "AB", aB: "AB2" });
  });

  it("Go: user_id (UserID) then userId: user_id keeps UserID, userId becomes UserID2", () => {
    const r = history([v("1.0.0", withDetails("      user_id: string\n")), v("1.1.0", withDetails("      user_id: string\n      userId: string\n"))]);
    expect(r.errors).toEqual([]);
    expect(goFields(r.catalog!)).toEqual(["UserID2 string userId,omitempty", "UserID string user_id,omitempty"]);
  });

  it("without a lockfile, repeated names are numbered in field order, as before", () => {
    const r = history([v("1.0.0", withDetails("      a_b: string\n      aB: integer\n"))]);
    expect(r.errors).toEqual([]);
    expect(goFields(r.catalog!)).toEqual(["AB int aB,omitempty", "AB2 string a_b,omitempty"]);
  });

  it("a later run keeps the numbers: the lockfile pins AB2 on aB", () => {
    const steps = [v("1.0.0", withDetails("      a_b: string\n")), v("1.1.0", withDetails("      a_b: string\n      aB: integer\n"))];
    const r = history([...steps, v("1.2.0", withDetails("      a_b: string\n      aB: integer\n      a__b: boolean\n"))]);
    expect(r.errors).toEqual([]);
    expect(goFields(r.catalog!)).toEqual(["AB2 int aB,omitempty", "AB3 bool a__b,omitempty", "AB string a_b,omitempty"]);
  });
});

describe("a published name that changes is a breaking change", () => {
  const billing = (codes: string) => ({ "spec/billing.yaml": `codes:\n  - name: CARD\n    status: 402\n${codes}` });
  const step = (version: string, codes: string): Step => ({ version, files: billing(codes) });
  const newCode = "  - name: DOMAIN_BILLING\n    status: 400\n";

  it("RST: a new code whose anchor is the domain's published label fails until acknowledged", () => {
    const r = history([step("1.0.0", ""), step("1.1.0", newCode)]);
    expect(r.errors).toEqual([
      'spec/billing.yaml:4:11 error LS073: [identifier-changed] breaking change: the rstLabel name of domain billing changed from domain-billing to domain-billing-2: DOMAIN_BILLING takes it; clients may depend on the old value. Revert it, or to accept it, add to DOMAIN_BILLING: acknowledge: [{rule: identifier-changed, version: "1.1.0", reason: "…"}] (1.1.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)',
    ]);
  });

  it("RST: acknowledged, the label moves to domain-billing-2 and the lockfile records it", () => {
    const ack = '    acknowledge:\n      - { rule: identifier-changed, version: "1.1.0", reason: Docs links to the section change. }\n';
    const r = history([step("1.0.0", ""), step("1.1.0", newCode + ack)]);
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.lockfile).domains).toEqual({ billing: { rstLabel: "domain-billing-2" } });
    expect(generate(rst, r.catalog!).get("errors.rst")).toContain(".. _domain-billing-2:\n");
  });

  it("a recorded name the naming rules no longer give (Go field Ab → AB) is identifier-changed", () => {
    const first = compileStep(v("1.0.0", withDetails("      a_b: string\n")), undefined);
    const lock = first.lockfile!.replace('"goField":{"a_b":"AB"}', '"goField":{"a_b":"Ab"}');
    expect(lock).not.toBe(first.lockfile);
    const r = compileStep(v("1.1.0", withDetails("      a_b: string\n")), lock);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'spec/pay.yaml:2:11 error LS073: [identifier-changed] breaking change: the generated identifier of X changed (goField a_b: Ab → AB); clients may depend on the old value. Revert it, or to accept it, add to X: acknowledge: [{rule: identifier-changed, version: "1.1.0", reason: "…"}] (1.1.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)',
    ]);
  });
});

describe("format 1 lockfiles", () => {
  it("read without a spurious change, and the next lockfile is format 2", () => {
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      catalog: "shop",
      version: "1.0.0",
      codes: { X: { domain: "pay", lifecycle: "live", status: 400, retryable: "unknown", details: { a_b: "string?" }, identifiers: { go: "CodeX", python: "X", ts: "X" }, added: "1.0.0" } },
      acknowledged: [],
    });
    const r = compileStep(v("1.1.0", withDetails("      a_b: string\n")), v1);
    expect([r.diagnostics.map(formatDiagnostic), r.changes]).toEqual([[], []]);
    expect(JSON.parse(r.lockfile!)).toMatchObject({ lockfileVersion: 2, codes: { X: { identifiers: { go: "CodeX", goField: { a_b: "AB" }, python: "X", ts: "X" } } } });
  });
});

describe("only the enabled targets' names are checked", () => {
  const compile = (generators: string) => {
    const { config } = compileConfig({ path: "lockstep.config.yaml", text: `catalog:\n  name: t\n${generators}` });
    return compileSpecs(config!, [{ path: "spec/a.yaml", text: "codes:\n  - name: HTTP_S\n  - name: HTTPS\n" }], undefined, enabledGenerators(config!)).diagnostics.map(formatDiagnostic);
  };

  it("HTTP_S and HTTPS are one Go constant, not one TypeScript member", () => {
    expect(compile("generators:\n  ts: {}\nbuiltins: none\n")).toEqual([]);
    expect(compile("generators:\n  ts: {}\n  go: {}\nbuiltins: none\n")).toEqual([
      "spec/a.yaml:3:11 error LS027: HTTPS and HTTP_S (spec/a.yaml:2:11) both become Go identifier CodeHTTPS; rename one of them",
    ]);
  });
});
