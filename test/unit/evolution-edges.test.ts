// Edges of change classification and of the next lockfile (each found by a surviving
// mutant): which codes count as moved, published or new, where a change points, how
// enum values and nested paths compare, and what the lockfile keeps.
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import { LOCKFILE_NAME } from "../../src/evolution/lockfile.js";
import { compareVersions } from "../../src/evolution/versions.js";
import { compileStep, history, type Step } from "./evolution-support.js";

const card = (body = "") => `codes:\n  - name: CARD\n    status: 402\n${body}`;
const v = (version: string, text: string): Step => ({ version, files: { "spec/pay.yaml": text } });
const scoped = (version: string, files: Record<string, string>): Step => ({ version, catalog: "  uniqueness: domain\n", files });
const codes = (...names: string[]) => `codes:\n${names.map((n) => `  - name: ${n}\n`).join("")}`;
const ls073 = (at: string, rule: string, change: string) =>
  `${at} error LS073: [${rule}] breaking change: ${change}; clients may depend on the old value. Revert it, or to accept it, add to CARD: acknowledge: [{rule: ${rule}, version: "2.0.0", reason: "…"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)`;

describe("moves between domains count only for a published live code with one new home", () => {
  it("a planned code that goes live in another domain is added there", () => {
    const r = history([
      scoped("1.0.0", { "spec/a.yaml": "codes:\n  - name: X\n    lifecycle: planned\n", "spec/b.yaml": codes("Y") }),
      scoped("2.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y", "X") }),
    ]);
    expect([r.errors, r.summary]).toEqual([[], ["added a/Z: Z added", "added b/X: X added"]]);
  });

  it("a draft of this version that changes domain is added in its new one", () => {
    const r = history([
      scoped("1.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y") }),
      scoped("2.0.0", { "spec/a.yaml": codes("Z", "X"), "spec/b.yaml": codes("Y") }),
      scoped("2.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y", "X") }),
    ]);
    expect([r.errors, r.summary]).toEqual([[], ["added b/X: X added"]]);
    expect(r.lockfile.includes('"a/X"')).toBe(false);
  });

  it("two candidate homes are no move: the old code is gone", () => {
    const r = history([
      scoped("1.0.0", { "spec/a.yaml": codes("X"), "spec/b.yaml": codes("Y"), "spec/c.yaml": codes("W") }),
      scoped("2.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y", "X"), "spec/c.yaml": codes("W", "X") }),
    ]);
    expect(r.summary).toEqual([
      "forbidden a/X [code-removed]: X was published in 1.0.0 and is gone from the spec; published codes never disappear: put it back and deprecate it (deprecated: {replacement: …}), remove it in a later version with removed: {…}, and if it was renamed, keep X as an aliasOf the new name",
      "added a/Z: Z added",
      "added b/X: X added",
      "added c/X: X added",
    ]);
  });

  it("an acknowledged move keeps the code's history under its new key and drops the old one", () => {
    const ack = '    acknowledge:\n      - { rule: domain-changed, version: "2.0.0", reason: Moved. }\n      - { rule: identifier-changed, version: "2.0.0", reason: Moved. }\n';
    const r = history([scoped("1.0.0", { "spec/a.yaml": codes("X"), "spec/b.yaml": codes("Y") }), scoped("2.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y", "X") + ack })]);
    expect(r.errors).toEqual([]);
    const lock = JSON.parse(r.lockfile) as { codes: Record<string, { added: string }>; acknowledged: { rule: string; code: string }[] };
    expect(Object.entries(lock.codes).map(([k, c]) => [k, c.added])).toEqual([
      ["a/Z", "2.0.0"],
      ["b/X", "1.0.0"],
      ["b/Y", "1.0.0"],
    ]);
    expect(lock.acknowledged.map((a) => `${a.code} ${a.rule}`)).toEqual(["b/X domain-changed", "b/X identifier-changed"]);
  });
});

describe("lifecycle edges", () => {
  const deprecateThenRemove = [
    v("1.0.0", card() + "  - name: NEW\n"),
    v("2.0.0", card("    deprecated: { replacement: NEW }\n") + "  - name: NEW\n"),
    v("3.0.0", card("    removed: { replacement: NEW }\n") + "  - name: NEW\n"),
  ];

  it("a tombstone that stays is no change", () => {
    const r = history([...deprecateThenRemove, v("4.0.0", card("    removed: { replacement: NEW }\n") + "  - name: NEW\n")]);
    expect([r.errors, r.summary]).toEqual([[], []]);
  });

  it("removed-before-deprecated points at removed:", () => {
    expect(history([v("1.0.0", card()), v("2.0.0", card("    deprecated: true\n    removed: { reason: Gone. }\n"))]).errors).toEqual([
      "spec/pay.yaml:5:14 error LS072: [removed-before-deprecated] CARD is removed in 2.0.0 but no published version deprecated it; ship a version that deprecates it first (deprecated: {replacement: …}), then remove it in a later version",
    ]);
  });

  it("new planned codes and new tombstones are not added", () => {
    const r = history([v("1.0.0", card()), v("2.0.0", card() + "  - name: SOON\n    lifecycle: planned\n  - name: OLD\n    removed: { reason: Never shipped. }\n")]);
    expect([r.errors, r.summary]).toEqual([[], []]);
  });

  it("a planned code that stays planned is not added, and the lockfile gives it no version", () => {
    const r = history([v("1.0.0", card() + "  - name: SOON\n    lifecycle: planned\n"), v("2.0.0", card() + "  - name: SOON\n    lifecycle: planned\n")]);
    expect([r.errors, r.summary]).toEqual([[], []]);
    expect(JSON.parse(r.lockfile).codes.SOON).toEqual({
      domain: "pay",
      lifecycle: "planned",
      retryable: "unknown",
      identifiers: { anchor: "soon", go: "CodeSoon", python: "SOON", ts: "SOON" },
    });
  });

  it("deprecating a published code: a safe change at deprecated:, after the breaking ones of that code", () => {
    const r = history([v("1.0.0", card()), v("2.0.0", "codes:\n  - name: CARD\n    status: 400\n    deprecated: true\n")]);
    expect(r.summary).toEqual(["breaking CARD [status-changed]: the primary status of CARD changed from 402 to 400", "deprecated CARD: CARD deprecated"]);
    expect(r.changes!.map((c) => [c.kind, c.loc])).toEqual([
      ["breaking", { file: "spec/pay.yaml", line: 3, col: 13 }],
      ["deprecated", { file: "spec/pay.yaml", line: 4, col: 17 }],
    ]);
  });

  it("a code that stays deprecated is no change", () => {
    const r = history([v("1.0.0", card("    deprecated: true\n")), v("2.0.0", card("    deprecated: true\n"))]);
    expect([r.errors, r.summary]).toEqual([[], []]);
  });

  it("a published code missing from the spec stays in the lockfile", () => {
    const r = history([v("1.0.0", card() + "  - name: KEEP\n"), v("2.0.0", "codes:\n  - name: KEEP\n")]);
    expect(r.errors).toEqual([
      "spec/lockstep.lock.json:6:5 error LS070: [code-removed] CARD was published in 1.0.0 and is gone from the spec; published codes never disappear: put it back and deprecate it (deprecated: {replacement: …}), remove it in a later version with removed: {…}, and if it was renamed, keep CARD as an aliasOf the new name",
    ]);
    expect(Object.keys(JSON.parse(r.lockfile).codes)).toEqual(["CARD", "KEEP"]);
  });
});

describe("details edges", () => {
  it("an enum value holding ? is not an optional marker", () => {
    const r = history([v("1.0.0", card('    details:\n      e: { type: enum, values: ["a?b"] }\n')), v("2.0.0", card('    details:\n      e: { type: enum, values: ["a?b"], required: true }\n'))]);
    expect(r.errors).toEqual([ls073("spec/pay.yaml:5:7", "detail-now-required", "details field e of CARD became required")]);
  });

  it("a new field whose name prefixes an old object does not hide that object's new member", () => {
    const r = history([
      v("1.0.0", card("    details:\n      ab: { type: object, fields: { z: string } }\n")),
      v("2.0.0", card("    details:\n      ab: { type: object, fields: { z: string, c: { type: string, required: true } } }\n      a: string\n")),
    ]);
    expect(r.errors).toEqual([ls073("spec/pay.yaml:5:7", "detail-added-required", "required details field ab.c was added to CARD")]);
  });

  it("enum values compare whole, not by characters", () => {
    const r = history([v("1.0.0", card("    details:\n      e: { type: enum, values: [ab, ba] }\n")), v("2.0.0", card("    details:\n      e: { type: enum, values: [ab, b, a] }\n"))]);
    expect(r.errors).toEqual([ls073("spec/pay.yaml:5:7", "detail-retyped", "details field e of CARD changed type from enum(ab|ba) to enum(ab|b|a)")]);
  });
});

describe("lockfile edges", () => {
  it("an identifier the lockfile never recorded is no rename", () => {
    const first = compileStep(v("1.0.0", card()), undefined);
    const lock = first.lockfile!.replace(',"ts":"CARD"', "");
    expect(lock).not.toBe(first.lockfile);
    const r = compileStep(v("2.0.0", card()), lock);
    expect([r.diagnostics.map(formatDiagnostic), r.changes]).toEqual([[], []]);
  });

  it("acknowledgements of several versions and rules stay in version order", () => {
    const r = history([
      v("1.0.0", card("    retryable: no\n")),
      v("2.0.0", 'codes:\n  - name: CARD\n    status: 400\n    retryable: no\n    acknowledge:\n      - { rule: status-changed, version: "2.0.0", reason: A. }\n'),
      v(
        "3.0.0",
        'codes:\n  - name: CARD\n    status: 400\n    retryable: yes\n    acknowledge:\n      - { rule: status-changed, version: "2.0.0", reason: A. }\n      - { rule: retryable-changed, version: "3.0.0", reason: B. }\n',
      ),
    ]);
    expect(r.errors).toEqual([]);
    expect((JSON.parse(r.lockfile).acknowledged as { version: string; rule: string }[]).map((a) => `${a.version} ${a.rule}`)).toEqual(["2.0.0 status-changed", "3.0.0 retryable-changed"]);
  });

  it("its file name", () => {
    expect(LOCKFILE_NAME).toBe("lockstep.lock.json");
  });
});

describe("compareVersions on a prefix", () => {
  it.each([
    ["a", "a1", -1],
    ["a1", "a", 1],
    ["1", "1.2", -1],
  ] as [string, string, number][])("%j vs %j", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
