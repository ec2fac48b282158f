// What the next lockfile records of each code's and domain's names (src/evolution/evolve.ts):
// names of a target switched off are kept, names the code no longer has are dropped, and a
// domain with no names gets no entry.
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import { compileStep } from "./evolution-support.js";

const files = { "spec/pay.yaml": "codes:\n  - name: X\n    details:\n      a_b: string\n" };
const tsOnly = "generators:\n  ts: {}\nbuiltins: none\n";
const recorded = (r: ReturnType<typeof compileStep>) => {
  const lock = JSON.parse(r.lockfile!) as { codes: Record<string, { identifiers: object }>; domains: object };
  return { errors: r.diagnostics.map(formatDiagnostic), identifiers: lock.codes.X!.identifiers, domains: lock.domains };
};
const all = { anchor: "x", go: "CodeX", goDetails: "XDetails", goField: { a_b: "AB" }, openapiDetails: "XDetails", openapiError: "XError", python: "X", pythonDetails: "XDetails", ts: "X" };

describe("names the lockfile records", () => {
  it("a target switched off keeps its names, so switching it back on compares with them", () => {
    const first = compileStep({ version: "1.0.0", files }, undefined);
    expect(recorded(compileStep({ version: "1.1.0", files, catalog: tsOnly }, first.lockfile))).toEqual({ errors: [], identifiers: all, domains: { pay: { rstLabel: "domain-pay" } } });
  });

  it("names of details the code no longer has are dropped", () => {
    const first = compileStep({ version: "1.0.0", files }, undefined);
    const ack = '    acknowledge:\n      - { rule: detail-removed, version: "1.1.0", reason: R. }\n';
    expect(recorded(compileStep({ version: "1.1.0", files: { "spec/pay.yaml": "codes:\n  - name: X\n" + ack } }, first.lockfile))).toEqual({
      errors: [],
      identifiers: { anchor: "x", go: "CodeX", python: "X", ts: "X" },
      domains: { pay: { rstLabel: "domain-pay" } },
    });
  });

  it("a target switched off keeps its names while an enabled one drops those of details the code lost", () => {
    const first = compileStep({ version: "1.0.0", files }, undefined);
    const ack = '    acknowledge:\n      - { rule: detail-removed, version: "1.1.0", reason: R. }\n';
    const r = compileStep({ version: "1.1.0", files: { "spec/pay.yaml": "codes:\n  - name: X\n" + ack }, catalog: "generators:\n  go: {}\nbuiltins: none\n" }, first.lockfile);
    expect(recorded(r)).toEqual({
      errors: [],
      identifiers: { anchor: "x", go: "CodeX", openapiDetails: "XDetails", openapiError: "XError", python: "X", pythonDetails: "XDetails", ts: "X" },
      domains: { pay: { rstLabel: "domain-pay" } },
    });
  });

  it("names of targets all switched off are kept even when the record has no name of an enabled one", () => {
    const first = compileStep({ version: "1.0.0", files }, undefined);
    const lock = first.lockfile!.replace(/"identifiers":\{.*"ts":"X"\}/, '"identifiers":{"go":"CodeX"}');
    expect(lock).not.toBe(first.lockfile);
    expect(recorded(compileStep({ version: "1.1.0", files, catalog: tsOnly }, lock))).toEqual({ errors: [], identifiers: { anchor: "x", go: "CodeX", ts: "X" }, domains: { pay: { rstLabel: "domain-pay" } } });
  });

  it("without a target that names domains, no domain is recorded", () => {
    expect(recorded(compileStep({ version: "1.0.0", files, catalog: tsOnly }, undefined))).toEqual({ errors: [], identifiers: { anchor: "x", ts: "X" }, domains: {} });
  });
});
