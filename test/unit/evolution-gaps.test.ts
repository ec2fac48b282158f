// Gaps found by surviving mutants of src/evolution/ (2026-12-07): which lockfile codes
// count as moved to another domain, what a moved tombstone is compared on, where a
// removal or a new code's deprecation points, enum values that merge, and which
// acknowledgement accepts a change or is excused by the lockfile.
import { describe, expect, it } from "vitest";
import { history, type Step } from "./evolution-support.js";

const v = (version: string, text: string): Step => ({ version, files: { "spec/pay.yaml": text } });
const scoped = (version: string, files: Record<string, string>): Step => ({ version, catalog: "  uniqueness: domain\n", files });
const codes = (...names: string[]) => `codes:\n${names.map((n) => `  - name: ${n}\n`).join("")}`;
const acks = (...entries: [rule: string, version: string, reason: string][]) =>
  "    acknowledge:\n" + entries.map(([rule, version, reason]) => `      - { rule: ${rule}, version: "${version}", reason: ${reason} }\n`).join("");
const moveAcks = acks(["domain-changed", "2.0.0", "Moved."], ["identifier-changed", "2.0.0", "Moved."]);
const lockKeys = (lockfile: string) => Object.keys((JSON.parse(lockfile) as { codes: object }).codes);
const ls073 = (at: string, code: string, rule: string, change: string, version: string) =>
  `${at} error LS073: [${rule}] breaking change: ${change}; clients may depend on the old value. Revert it, or to accept it, add to ${code}: acknowledge: [{rule: ${rule}, version: "${version}", reason: "…"}] (${version} is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)`;
const ls074 = (at: string, code: string, rule: string) =>
  `${at} error LS074: acknowledgement of ${rule} on ${code} accepts nothing: ${code} has no ${rule} change since the lockfile; remove the entry`;

describe("moves between domains", () => {
  it("a code still in its domain has not moved, even when a new code of its name appears in another", () => {
    const r = history([scoped("1.0.0", { "spec/a.yaml": codes("X"), "spec/b.yaml": codes("Y") }), scoped("2.0.0", { "spec/a.yaml": codes("X"), "spec/b.yaml": codes("Y", "X") })]);
    expect([r.errors, r.summary]).toEqual([[], ["added b/X: X added"]]);
    expect(lockKeys(r.lockfile)).toEqual(["a/X", "b/X", "b/Y"]);
  });

  it("a tombstone that left the spec has not moved to a new code of its name", () => {
    const r = history([
      scoped("1.0.0", { "spec/a.yaml": codes("X"), "spec/b.yaml": codes("Y") }),
      scoped("2.0.0", { "spec/a.yaml": "codes:\n  - name: X\n    deprecated: true\n", "spec/b.yaml": codes("Y") }),
      scoped("3.0.0", { "spec/a.yaml": "codes:\n  - name: X\n    removed: { reason: Gone. }\n", "spec/b.yaml": codes("Y") }),
      scoped("4.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y", "X") }),
    ]);
    expect(r.summary).toEqual([
      "forbidden a/X [code-removed]: the tombstone of X (removed in 3.0.0) is gone from the spec; keep its entry with removed: so the docs list it and its name stays reserved",
      "added a/Z: Z added",
      "added b/X: X added",
    ]);
  });

  it("a code that moves as a tombstone is only a domain change: its facts are not compared", () => {
    const r = history([
      scoped("1.0.0", { "spec/a.yaml": "codes:\n  - name: X\n    status: 402\n", "spec/b.yaml": codes("Y") }),
      scoped("2.0.0", { "spec/a.yaml": "codes:\n  - name: X\n    status: 402\n    deprecated: true\n", "spec/b.yaml": codes("Y") }),
      scoped("3.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y") + "  - name: X\n    removed: { reason: Gone. }\n" }),
    ]);
    expect(r.summary).toEqual(["added a/Z: Z added", "breaking b/X [domain-changed]: X moved from domain a to b"]);
    expect(r.errors).toEqual([ls073("spec/b.yaml:3:11", "X", "domain-changed", "X moved from domain a to b", "3.0.0")]);
  });

  it("two acknowledged moves: each new key takes the entry of its own old key", () => {
    const r = history([
      scoped("1.0.0", { "spec/a.yaml": codes("A", "X"), "spec/b.yaml": codes("Y") }),
      scoped("2.0.0", { "spec/a.yaml": codes("Z"), "spec/b.yaml": codes("Y") + "  - name: A\n" + moveAcks + "  - name: X\n" + moveAcks }),
    ]);
    expect(r.errors).toEqual([]);
    expect(lockKeys(r.lockfile)).toEqual(["a/Z", "b/A", "b/X", "b/Y"]);
  });

  it("a move takes the entry its old key left, not that of a code of the same name that stays", () => {
    const r = history([
      scoped("1.0.0", { "spec/a.yaml": codes("X"), "spec/b.yaml": codes("Y"), "spec/c.yaml": codes("X") }),
      scoped("2.0.0", { "spec/a.yaml": codes("X"), "spec/b.yaml": codes("Y") + "  - name: X\n" + moveAcks, "spec/c.yaml": codes("W") }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.summary).toEqual([
      "breaking b/X [domain-changed]: X moved from domain c to b",
      "breaking b/X [identifier-changed]: the generated identifier of X changed (anchor c-x → b-x, go CodeCX → CodeBX, python C_X → B_X, ts C_X → B_X)",
      "added c/W: W added",
    ]);
    expect(lockKeys(r.lockfile)).toEqual(["a/X", "b/X", "b/Y", "c/W"]);
  });
});

describe("where safe changes point", () => {
  it("a removal points at removed:", () => {
    const r = history([
      v("1.0.0", codes("C", "N")),
      v("2.0.0", "codes:\n  - name: C\n    deprecated: { replacement: N }\n  - name: N\n"),
      v("3.0.0", "codes:\n  - name: C\n    title: Old card\n    removed: { replacement: N }\n  - name: N\n"),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.changes!.map((c) => [c.kind, c.code, c.loc])).toEqual([["removed", "C", { file: "spec/pay.yaml", line: 4, col: 14 }]]);
  });

  it("a new code added deprecated: the addition points at its name, the deprecation at deprecated:", () => {
    const r = history([v("1.0.0", codes("C")), v("2.0.0", "codes:\n  - name: C\n  - name: N\n    title: New\n    deprecated: true\n")]);
    expect(r.errors).toEqual([]);
    expect(r.changes!.map((c) => [c.kind, c.code, c.loc])).toEqual([
      ["added", "N", { file: "spec/pay.yaml", line: 3, col: 11 }],
      ["deprecated", "N", { file: "spec/pay.yaml", line: 5, col: 17 }],
    ]);
  });
});

describe("enum values", () => {
  it("values merged into one are a retype (the new values are not split into characters)", () => {
    const r = history([v("1.0.0", "codes:\n  - name: C\n    details:\n      e: { type: enum, values: [a, b] }\n"), v("2.0.0", "codes:\n  - name: C\n    details:\n      e: { type: enum, values: [ab] }\n")]);
    expect(r.errors).toEqual([ls073("spec/pay.yaml:4:7", "C", "detail-retyped", "details field e of C changed type from enum(a|b) to enum(ab)", "2.0.0")]);
  });
});

describe("which acknowledgement accepts a change", () => {
  const two = (a: string, b: string) => `codes:\n  - name: A\n    status: ${a}\n  - name: B\n    status: ${b}\n`;
  const before = v("1.0.0", two("402", "400"));
  const a400 = (ackA: string, ackB = "") => "codes:\n  - name: A\n    status: 400\n" + ackA + "  - name: B\n    status: 400\n" + ackB;

  it("an entry for another rule accepts nothing, and the change is unaccepted", () => {
    const r = history([before, v("2.0.0", a400(acks(["retryable-changed", "2.0.0", "R."])))]);
    expect(r.errors).toEqual([
      ls073("spec/pay.yaml:3:13", "A", "status-changed", "the primary status of A changed from 402 to 400", "2.0.0"),
      ls074("spec/pay.yaml:5:17", "A", "retryable-changed"),
    ]);
    expect(r.lockfile.slice(r.lockfile.indexOf('  "acknowledged"'))).toBe('  "acknowledged": []\n}\n');
  });

  // Generating a version again against its own lockfile: the lockfile's record excuses
  // only the very entry it recorded (same version, rule and code).
  const accepted = v("2.0.0", a400(acks(["status-changed", "2.0.0", "R."])));

  it("the lockfile's record of one code's acknowledgement does not excuse another code's", () => {
    const r = history([before, accepted, v("2.0.0", a400(acks(["status-changed", "2.0.0", "R."]), acks(["status-changed", "2.0.0", "S."])))]);
    expect([r.errors, r.summary]).toEqual([[ls074("spec/pay.yaml:9:17", "B", "status-changed")], []]);
  });

  it("nor one of another rule on the same code", () => {
    const r = history([before, accepted, v("2.0.0", a400(acks(["status-changed", "2.0.0", "R."], ["retryable-changed", "2.0.0", "S."])))]);
    expect([r.errors, r.summary]).toEqual([[ls074("spec/pay.yaml:6:17", "A", "retryable-changed")], []]);
  });

  it("nor one for this version when it recorded an earlier version's", () => {
    const r = history([
      before,
      v("1.5.0", a400(acks(["status-changed", "1.5.0", "R."]))),
      v("2.0.0", a400(acks(["status-changed", "1.5.0", "R."], ["status-changed", "2.0.0", "S."]))),
    ]);
    expect([r.errors, r.summary]).toEqual([[ls074("spec/pay.yaml:6:17", "A", "status-changed")], []]);
  });

  it("the lockfile lists acknowledgements by code within a version, whatever order they were accepted in", () => {
    const r = history([
      before,
      v("2.0.0", two("402", "422").replace("    status: 422\n", "    status: 422\n" + acks(["status-changed", "2.0.0", "B."]))),
      v("2.0.0", "codes:\n  - name: A\n    status: 400\n" + acks(["status-changed", "2.0.0", "A."]) + "  - name: B\n    status: 422\n" + acks(["status-changed", "2.0.0", "B."])),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.lockfile.slice(r.lockfile.indexOf('  "acknowledged"'))).toBe(
      '  "acknowledged": [\n' +
        '    {"version":"2.0.0","rule":"status-changed","code":"A","change":"the primary status of A changed from 402 to 400","reason":"A."},\n' +
        '    {"version":"2.0.0","rule":"status-changed","code":"B","change":"the primary status of B changed from 400 to 422","reason":"B."}\n' +
        "  ]\n}\n",
    );
  });
});
