// What each kind of edit between two releases is classified as, with the exact
// diagnostics, next lockfile, tombstones and release history (src/evolution/).
import { describe, expect, it } from "vitest";
import { history, type Step } from "./evolution-support.js";

const card = (body = "") => `codes:\n  - name: CARD\n    status: 402\n${body}`;
const pay = (text: string) => ({ "spec/pay.yaml": text });
const v = (version: string, text: string): Step => ({ version, files: pay(text) });

/** The LS073 line for an unacknowledged breaking change. */
const ls073 = (at: string, rule: string, change: string, name = "CARD", version = "2.0.0") =>
  `${at} error LS073: [${rule}] breaking change: ${change}; clients may depend on the old value. Revert it, or to accept it, add to ${name}: acknowledge: [{rule: ${rule}, version: "${version}", reason: "…"}] (${version} is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)`;

describe("details", () => {
  it("dropping an enum value retypes the field", () => {
    const r = history([v("1.0.0", card("    details:\n      r: { type: enum, values: [a, b] }\n")), v("2.0.0", card("    details:\n      r: { type: enum, values: [a] }\n"))]);
    expect(r.errors).toEqual([ls073("spec/pay.yaml:5:7", "detail-retyped", "details field r of CARD changed type from enum(a|b) to enum(a)")]);
    expect(r.summary).toEqual(["breaking CARD [detail-retyped]: details field r of CARD changed type from enum(a|b) to enum(a)"]);
  });

  it("adding enum values in any order is safe", () => {
    const r = history([v("1.0.0", card("    details:\n      r: { type: enum, values: [a, b] }\n")), v("2.0.0", card("    details:\n      r: { type: enum, values: [b, a, c] }\n"))]);
    expect([r.errors, r.summary]).toEqual([[], []]);
  });

  it.each([
    ["enum to string", "{ type: enum, values: [a] }", "string", "enum(a)", "string"],
    ["string to enum", "string", "{ type: enum, values: [a] }", "string", "enum(a)"],
  ])("%s retypes the field", (_name, before, after, t0, t1) => {
    const r = history([v("1.0.0", card(`    details:\n      r: ${before}\n`)), v("2.0.0", card(`    details:\n      r: ${after}\n`))]);
    expect(r.errors).toEqual([ls073("spec/pay.yaml:5:7", "detail-retyped", `details field r of CARD changed type from ${t0} to ${t1}`)]);
  });

  it("nested members: added, now required, removed; members of an added or removed object are not repeated", () => {
    const r = history([
      v("1.0.0", card("    details:\n      o: { type: object, fields: { x: string, y: { type: object, fields: { z: string } } } }\n")),
      v(
        "2.0.0",
        card("    details:\n      o: { type: object, fields: { x: { type: string, required: true }, n: { type: integer, required: true }, q: { type: object, required: true, fields: { w: { type: string, required: true } } } } }\n"),
      ),
    ]);
    expect(r.summary).toEqual([
      "breaking CARD [detail-added-required]: required details field o.n was added to CARD",
      "breaking CARD [detail-added-required]: required details field o.q was added to CARD",
      "breaking CARD [detail-now-required]: details field o.x of CARD became required",
      "breaking CARD [detail-removed]: details field o.y of CARD was removed",
    ]);
    expect(r.errors).toEqual([
      ls073("spec/pay.yaml:5:7", "detail-added-required", "required details field o.n was added to CARD"),
      ls073("spec/pay.yaml:5:7", "detail-added-required", "required details field o.q was added to CARD"),
      ls073("spec/pay.yaml:5:7", "detail-now-required", "details field o.x of CARD became required"),
      ls073("spec/pay.yaml:5:7", "detail-removed", "details field o.y of CARD was removed"),
    ]);
  });

  it("required to optional is safe; a removed field is not", () => {
    const r = history([v("1.0.0", card("    details:\n      a: { type: string, required: true }\n      b: string\n")), v("2.0.0", card("    details:\n      a: string\n"))]);
    expect(r.summary).toEqual(["breaking CARD [detail-removed]: details field b of CARD was removed"]);
  });
});

describe("status and retryable", () => {
  it("stating a status for the first time changes the primary; stating retryable does not", () => {
    const r = history([v("1.0.0", "codes:\n  - name: CARD\n"), v("2.0.0", "codes:\n  - name: CARD\n    status: 400\n    retryable: yes\n")]);
    expect(r.errors).toEqual([ls073("spec/pay.yaml:3:13", "status-changed", "the primary status of CARD changed from unstated to 400")]);
  });

  it("dropping the status and changing a stated retryable", () => {
    const r = history([v("1.0.0", card("    retryable: no\n")), v("2.0.0", "codes:\n  - name: CARD\n    retryable: auto\n")]);
    expect(r.errors).toEqual([
      ls073("spec/pay.yaml:2:11", "status-changed", "the primary status of CARD changed from 402 to unstated"),
      ls073("spec/pay.yaml:3:16", "retryable-changed", "retryable of CARD changed from no to auto"),
    ]);
    expect(r.summary).toEqual([
      "breaking CARD [retryable-changed]: retryable of CARD changed from no to auto",
      "breaking CARD [status-changed]: the primary status of CARD changed from 402 to unstated",
    ]);
  });

  it.each([
    ["secondary statuses change freely", "[400, 422]", "[400, 409]"],
    ["varies gains candidates", "varies", "{ varies: [400] }"],
  ])("%s", (_name, before, after) => {
    const r = history([v("1.0.0", `codes:\n  - name: CARD\n    status: ${before}\n`), v("2.0.0", `codes:\n  - name: CARD\n    status: ${after}\n`)]);
    expect([r.errors, r.summary]).toEqual([[], []]);
  });
});

describe("lifecycle", () => {
  const deprecateThenRemove = (extra = "") => [
    v("1.0.0", card() + "  - name: NEW\n"),
    v("2.0.0", card("    deprecated: { replacement: NEW }\n") + "  - name: NEW\n"),
    v("3.0.0", card("    removed: { replacement: NEW }\n") + "  - name: NEW\n" + extra),
  ];

  it("deprecate, then remove a version later: lockfile, tombstone and releases", () => {
    const r = history(deprecateThenRemove('  - name: LATER\n    since: "3.0.0"\n'));
    expect(r.errors).toEqual([]);
    expect(r.summary).toEqual(["removed CARD: CARD removed in 3.0.0", "added LATER: LATER added"]);
    expect(r.catalog!.releases).toEqual([
      { version: "3.0.0", added: ["LATER"], deprecated: [], removed: ["CARD"], breaking: [] },
      { version: "2.0.0", added: [], deprecated: ["CARD"], removed: [], breaking: [] },
      { version: "1.0.0", added: ["CARD", "NEW"], deprecated: [], removed: [], breaking: [] },
    ]);
    expect(r.catalog!.tombstones).toEqual([
      {
        key: "CARD",
        name: "CARD",
        domain: "pay",
        title: "Card",
        removedIn: "3.0.0",
        deprecatedIn: "2.0.0",
        replacement: "NEW",
        reason: undefined,
        anchor: "card",
        docsUrl: undefined,
        loc: { file: "spec/pay.yaml", line: 2, col: 11 },
      },
    ]);
    const ids = (n: string, go: string) => `"identifiers":{"anchor":"${n.toLowerCase()}","go":"${go}","python":"${n}","ts":"${n}"}`;
    expect(r.lockfile).toBe(
      [
        "{",
        '  "lockfileVersion": 2,',
        '  "catalog": "shop",',
        '  "version": "3.0.0",',
        '  "codes": {',
        `    "CARD": {"domain":"pay","lifecycle":"live","status":402,"retryable":"unknown",${ids("CARD", "CodeCard")},"added":"1.0.0","deprecated":"2.0.0","replacement":"NEW","removed":"3.0.0"},`,
        `    "LATER": {"domain":"pay","lifecycle":"live","retryable":"unknown",${ids("LATER", "CodeLater")},"added":"3.0.0"},`,
        `    "NEW": {"domain":"pay","lifecycle":"live","retryable":"unknown",${ids("NEW", "CodeNew")},"added":"1.0.0"}`,
        "  },",
        '  "domains": {',
        '    "pay": {"rstLabel":"domain-pay"}',
        "  },",
        '  "acknowledged": []',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("a tombstone that leaves the spec is LS070 at its lockfile entry", () => {
    const r = history([...deprecateThenRemove(), v("4.0.0", "codes:\n  - name: NEW\n")]);
    expect(r.errors).toEqual([
      "spec/lockstep.lock.json:6:5 error LS070: [code-removed] the tombstone of CARD (removed in 3.0.0) is gone from the spec; keep its entry with removed: so the docs list it and its name stays reserved",
    ]);
  });

  it("a removed name coming back is LS071", () => {
    const r = history([...deprecateThenRemove(), v("4.0.0", card() + "  - name: NEW\n")]);
    expect(r.errors).toEqual(["spec/pay.yaml:2:11 error LS071: [name-reused] CARD was removed in 3.0.0 and its name is reserved forever; give the new code another name"]);
  });

  it("a planned code going live is added, not breaking", () => {
    const r = history([v("1.0.0", card() + "  - name: SOON\n    lifecycle: planned\n    surfacesAs: CARD\n"), v("2.0.0", card() + "  - name: SOON\n")]);
    expect([r.errors, r.summary]).toEqual([[], ["added SOON: SOON added (was planned)"]]);
  });

  it("a draft of the version being prepared changes freely", () => {
    const r = history([v("1.0.0", card()), v("2.0.0", card() + "  - name: DRAFT\n    status: 400\n"), v("2.0.0", card() + "  - name: DRAFT\n    status: 409\n    deprecated: true\n")]);
    expect([r.errors, r.summary]).toEqual([[], []]);
  });

  it("a code added already deprecated is added and deprecated", () => {
    const r = history([v("1.0.0", card()), v("2.0.0", card() + "  - name: OLDX\n    deprecated: true\n")]);
    expect([r.errors, r.summary]).toEqual([[], ["added OLDX: OLDX added", "deprecated OLDX: OLDX deprecated"]]);
  });
});

describe("domain-scoped catalogs", () => {
  it("a code moving domain is domain-changed, its renamed identifiers and other changes are reported at the new place", () => {
    const scoped = (version: string, a: string, b: string): Step => ({ version, catalog: "  uniqueness: domain\n", files: { "spec/a.yaml": a, "spec/b.yaml": b } });
    const r = history([
      scoped("1.0.0", "codes:\n  - name: X\n    status: 400\n", "codes:\n  - name: Y\n"),
      scoped("2.0.0", "codes:\n  - name: Z\n", "codes:\n  - name: Y\n  - name: X\n    status: 409\n"),
    ]);
    expect(r.summary).toEqual([
      "added a/Z: Z added",
      "breaking b/X [domain-changed]: X moved from domain a to b",
      "breaking b/X [identifier-changed]: the generated identifier of X changed (anchor a-x → b-x, go CodeAX → CodeBX, python A_X → B_X, ts A_X → B_X)",
      "breaking b/X [status-changed]: the primary status of X changed from 400 to 409",
    ]);
    expect(r.errors).toEqual([
      ls073("spec/b.yaml:3:11", "domain-changed", "X moved from domain a to b", "X"),
      ls073("spec/b.yaml:3:11", "identifier-changed", "the generated identifier of X changed (anchor a-x → b-x, go CodeAX → CodeBX, python A_X → B_X, ts A_X → B_X)", "X"),
      ls073("spec/b.yaml:4:13", "status-changed", "the primary status of X changed from 400 to 409", "X"),
    ]);
  });
});
