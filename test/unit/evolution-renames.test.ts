// Published names that change (src/evolution/changes.ts, found by surviving mutants on
// 2026-12-07): a domain's RST label that changed without a code taking it, a domain
// whose codes are all drafts, a target switched off, and a lockfile that recorded a
// scheme as one name where it is now one per field (or the other way round).
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import { compileStep, history } from "./evolution-support.js";

const result = (r: ReturnType<typeof compileStep>) => ({
  errors: r.diagnostics.map(formatDiagnostic),
  changes: (r.changes ?? []).map((c) => [c.kind, c.code, c.change, c.loc]),
});

describe("a domain's published name", () => {
  // `aaa` sorts first; in `pay` a tombstone comes before its first live code.
  const files = { "spec/aaa.yaml": "codes:\n  - name: A\n", "spec/pay.yaml": "codes:\n  - name: B\n    removed: { reason: Never shipped. }\n  - name: C\n" };

  it("that changed with no code taking it is reported on the domain's first live code, without naming a taker", () => {
    const first = compileStep({ version: "1.0.0", files }, undefined);
    const lock = first.lockfile!.replace('"pay": {"rstLabel":"domain-pay"}', '"pay": {"rstLabel":"domain-pay-old"}');
    expect(lock).not.toBe(first.lockfile);
    const change = "the rstLabel name of domain pay changed from domain-pay-old to domain-pay";
    expect(result(compileStep({ version: "1.1.0", files }, lock))).toEqual({
      errors: [
        `spec/pay.yaml:4:11 error LS073: [identifier-changed] breaking change: ${change}; clients may depend on the old value. Revert it, or to accept it, add to C: acknowledge: [{rule: identifier-changed, version: "1.1.0", reason: "…"}] (1.1.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)`,
      ],
      changes: [["breaking", "C", change, { file: "spec/pay.yaml", line: 4, col: 11 }]],
    });
  });

  it("of a target switched off is no change (the lockfile keeps it)", () => {
    const first = compileStep({ version: "1.0.0", files }, undefined);
    const r = compileStep({ version: "1.1.0", files, catalog: "generators:\n  ts: {}\nbuiltins: none\n" }, first.lockfile);
    expect(result(r)).toEqual({ errors: [], changes: [] });
    expect(JSON.parse(r.lockfile!).domains).toEqual({ aaa: { rstLabel: "domain-aaa" }, pay: { rstLabel: "domain-pay" } });
  });

  it("of a domain whose codes are all drafts of this version may change freely", () => {
    const billing = (codes: string) => ({ "spec/billing.yaml": `codes:\n  - name: CARD\n    status: 402\n${codes}` });
    const r = history([
      { version: "1.0.0", files: billing("") },
      { version: "1.0.0", files: billing("  - name: DOMAIN_BILLING\n    status: 400\n") },
    ]);
    expect([r.errors, r.summary]).toEqual([[], ["added DOMAIN_BILLING: DOMAIN_BILLING added"]]);
    expect(JSON.parse(r.lockfile).domains).toEqual({ billing: { rstLabel: "domain-billing-2" } });
  });
});

describe("a scheme recorded in another shape", () => {
  const files = { "spec/pay.yaml": "codes:\n  - name: X\n    details:\n      a_b: string\n" };

  it.each([
    ["one name where there is now one per field", '"goField":{"a_b":"AB"}', '"goField":"AB"'],
    ["one per field where there is now one name", '"go":"CodeX"', '"go":{"x":"CodeX"}'],
  ])("%s is no rename", (_, from, to) => {
    const first = compileStep({ version: "1.0.0", files }, undefined);
    const lock = first.lockfile!.replace(from, to);
    expect(lock).not.toBe(first.lockfile);
    expect(result(compileStep({ version: "1.1.0", files }, lock))).toEqual({ errors: [], changes: [] });
  });
});
