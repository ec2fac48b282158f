// Every append-only rule with its exact message: a spec at version 1 is compiled to
// a lockfile, then the edited spec at version 2 is compiled against that lockfile.
import { describe, expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../src/catalog/compile.js";
import { enabledGenerators } from "../src/io/plan.js";
import { formatDiagnostic } from "../src/diagnostics/diagnostics.js";
import { compareVersions } from "../src/evolution/versions.js";

const config = (version: string, extra = "") => `catalog:\n  name: shop\n  version: "${version}"\n${extra}`;

function compile(version: string, files: Record<string, string>, lock?: string, extra = "") {
  const { config: cfg } = compileConfig({ path: "lockstep.config.yaml", text: config(version, extra) });
  const specs = Object.entries(files).map(([path, text]) => ({ path, text }));
  return compileSpecs(cfg!, specs, lock === undefined ? undefined : { path: "spec/lockstep.lock.json", text: lock }, enabledGenerators(cfg!));
}

/** Diagnostics of `after` (at version `v2`) against the lockfile `before` (at 1.0.0) produced. */
function evolve(before: Record<string, string>, after: Record<string, string>, v2 = "2.0.0", extra = ""): string[] {
  const first = compile("1.0.0", before, undefined, extra);
  expect(first.diagnostics.map(formatDiagnostic)).toEqual([]);
  return compile(v2, after, first.lockfile!, extra).diagnostics.map(formatDiagnostic);
}

const code = (body: string) => `codes:\n  - name: CARD_DECLINED\n${body}`;
const BASE = code("    status: 402\n    retryable: no\n    details:\n      reason: { type: string, required: true }\n      limit: integer\n");
const spec = (text: string) => ({ "spec/payments.yaml": text });

describe("breaking-change rules (acknowledgeable)", () => {
  const ack = (rule: string, version = "2.0.0") => `    acknowledge:\n      - { rule: ${rule}, version: "${version}", reason: Needed. }\n`;
  const cases: [string, string, string][] = [
    [
      "status-changed",
      BASE.replace("status: 402", "status: 400"),
      "spec/payments.yaml:3:13 error LS073: [status-changed] breaking change: the primary status of CARD_DECLINED changed from 402 to 400; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: status-changed, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ],
    [
      "retryable-changed",
      BASE.replace("retryable: no", "retryable: yes"),
      "spec/payments.yaml:4:16 error LS073: [retryable-changed] breaking change: retryable of CARD_DECLINED changed from no to yes; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: retryable-changed, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ],
    [
      "detail-removed",
      BASE.replace("      limit: integer\n", ""),
      "spec/payments.yaml:6:7 error LS073: [detail-removed] breaking change: details field limit of CARD_DECLINED was removed; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: detail-removed, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ],
    [
      "detail-retyped",
      BASE.replace("limit: integer", "limit: string"),
      "spec/payments.yaml:6:7 error LS073: [detail-retyped] breaking change: details field limit of CARD_DECLINED changed type from integer to string; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: detail-retyped, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ],
    [
      "detail-now-required",
      BASE.replace("limit: integer", "limit: { type: integer, required: true }"),
      "spec/payments.yaml:6:7 error LS073: [detail-now-required] breaking change: details field limit of CARD_DECLINED became required; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: detail-now-required, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ],
    [
      "detail-added-required",
      BASE + "      issuer: { type: string, required: true }\n",
      "spec/payments.yaml:6:7 error LS073: [detail-added-required] breaking change: required details field issuer was added to CARD_DECLINED; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: detail-added-required, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ],
    [
      "details-shape-changed",
      BASE.replace("    details:\n", "    detailsList:\n"),
      "spec/payments.yaml:6:7 error LS073: [details-shape-changed] breaking change: the details of CARD_DECLINED changed from one object to a list of objects; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: details-shape-changed, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ],
  ];
  for (const [rule, after, message] of cases) {
    it(`${rule}: fails without an acknowledgement, passes with one`, () => {
      expect(evolve(spec(BASE), spec(after))).toEqual([message]);
      expect(evolve(spec(BASE), spec(after + ack(rule)))).toEqual([]);
    });
  }

  it("identifier-changed: a naming-style change renames every identifier", () => {
    const lower = { "spec/payments.yaml": "codes:\n  - name: card_declined\n    status: 402\n" };
    const first = compile("1.0.0", spec("codes:\n  - name: CARD_DECLINED\n    status: 402\n"));
    const renamed = compile("2.0.0", lower, first.lockfile!, "  naming: lower_snake\n");
    expect(renamed.diagnostics.map(formatDiagnostic)).toEqual([
      "spec/lockstep.lock.json:6:5 error LS070: [code-removed] CARD_DECLINED was published in 1.0.0 and is gone from the spec; published codes never disappear: put it back and deprecate it (deprecated: {replacement: …}), remove it in a later version with removed: {…}, and if it was renamed, keep CARD_DECLINED as an aliasOf the new name",
    ]);
    // Same wire name, but the TS member follows the style: only the identifier changed.
    const tsOnly = compile("2.0.0", spec("codes:\n  - name: CARD_DECLINED\n    status: 402\n    title: Declined\n"), first.lockfile!);
    expect(tsOnly.diagnostics).toEqual([]);
  });

  it("details-shape-changed: back from a list (the lockfile keeps detailsList), and new details are safe", () => {
    const list = BASE.replace("    details:\n", "    detailsList:\n");
    expect(compile("1.0.0", spec(list)).lockfile).toContain('"details":{"limit":"integer?","reason":"string"},"detailsList":true,');
    expect(evolve(spec(list), spec(BASE))).toEqual([
      "spec/payments.yaml:6:7 error LS073: [details-shape-changed] breaking change: the details of CARD_DECLINED changed from a list of objects to one object; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: details-shape-changed, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ]);
    const none = code("    status: 402\n    retryable: no\n");
    expect(evolve(spec(none), spec(none + "    detailsList:\n      limit: integer\n"))).toEqual([]);
  });

  it("domain-changed: moving a code between domains of a domain-scoped catalog", () => {
    const scope = "  uniqueness: domain\n";
    const before = { "spec/cards.yaml": "codes:\n  - name: DECLINED\n    status: 402\n", "spec/payments.yaml": "codes: []\n" };
    const after = { "spec/cards.yaml": "codes: []\n", "spec/payments.yaml": "codes:\n  - name: DECLINED\n    status: 402\n" };
    expect(evolve(before, after, "2.0.0", scope)).toEqual([
      "spec/payments.yaml:2:11 error LS073: [domain-changed] breaking change: DECLINED moved from domain cards to payments; clients may depend on the old value. Revert it, or to accept it, add to DECLINED: acknowledge: [{rule: domain-changed, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
      "spec/payments.yaml:2:11 error LS073: [identifier-changed] breaking change: the generated identifier of DECLINED changed (anchor cards-declined → payments-declined, go CodeCardsDeclined → CodePaymentsDeclined, python CARDS_DECLINED → PAYMENTS_DECLINED, ts CARDS_DECLINED → PAYMENTS_DECLINED); clients may depend on the old value. Revert it, or to accept it, add to DECLINED: acknowledge: [{rule: identifier-changed, version: \"2.0.0\", reason: \"…\"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    ]);
    const acked = after["spec/payments.yaml"] + '    acknowledge:\n      - { rule: domain-changed, version: "2.0.0", reason: Moved. }\n      - { rule: identifier-changed, version: "2.0.0", reason: Moved. }\n';
    expect(evolve(before, { ...after, "spec/payments.yaml": acked }, "2.0.0", scope)).toEqual([]);
  });
  it("removing a details enum value is breaking, alone or with an added one; reordering is not", () => {
    const reason = (values: string) => code(`    status: 402\n    details:\n      reason: { type: enum, values: [${values}] }\n`);
    const retyped = (to: string) =>
      `spec/payments.yaml:5:7 error LS073: [detail-retyped] breaking change: details field reason of CARD_DECLINED changed type from enum(a|b|c) to ${to}; clients may depend on the old value. Revert it, or to accept it, add to CARD_DECLINED: acknowledge: [{rule: detail-retyped, version: "2.0.0", reason: "…"}] (2.0.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)`;
    expect(evolve(spec(reason("a, b, c")), spec(reason("a, b")))).toEqual([retyped("enum(a|b)")]);
    expect(evolve(spec(reason("a, b, c")), spec(reason("a, c, d")))).toEqual([retyped("enum(a|c|d)")]);
    expect(evolve(spec(reason("a, b, c")), spec(reason("c, a, b, d")))).toEqual([]);
  });
});

describe("acknowledgements", () => {
  const changed = BASE.replace("status: 402", "status: 400");
  it("must name the catalog version that ships the change", () => {
    expect(evolve(spec(BASE), spec(changed + '    acknowledge:\n      - { rule: status-changed, version: "1.5.0", reason: Needed. }\n'))).toEqual([
      "spec/payments.yaml:9:17 error LS074: acknowledgement of status-changed on CARD_DECLINED is for version 1.5.0, but catalog.version is 2.0.0; it must name the version that ships the change",
    ]);
  });
  it("are not needed for codes added in the version being prepared: drafts change freely", () => {
    const draft = BASE + "  - name: CARD_EXPIRED\n    status: 402\n";
    const first = compile("1.0.0", spec(draft));
    // same version: CARD_EXPIRED is a draft of 1.0.0, so it may change or go away
    expect(compile("1.0.0", spec(BASE + "  - name: CARD_EXPIRED\n    status: 410\n"), first.lockfile!).diagnostics).toEqual([]);
    const dropped = compile("1.0.0", spec(BASE), first.lockfile!);
    expect(dropped.diagnostics).toEqual([]);
    expect(JSON.parse(dropped.lockfile!).codes.CARD_EXPIRED).toBeUndefined();
    // once the version moves on, it is published
    expect(compile("1.1.0", spec(BASE), first.lockfile!).diagnostics.map(formatDiagnostic)[0]).toMatch(/^spec\/lockstep\.lock\.json:\d+:5 error LS070: \[code-removed\] CARD_EXPIRED was published in 1\.0\.0/);
  });
  it("that accept nothing are reported", () => {
    expect(evolve(spec(BASE), spec(BASE + '    acknowledge:\n      - { rule: detail-removed, version: "2.0.0", reason: Needed. }\n'))).toEqual([
      "spec/payments.yaml:9:17 error LS074: acknowledgement of detail-removed on CARD_DECLINED accepts nothing: CARD_DECLINED has no detail-removed change since the lockfile; remove the entry",
    ]);
  });
  it("name a known acknowledgeable rule", () => {
    expect(evolve(spec(BASE), spec(BASE + '    acknowledge:\n      - { rule: code-removed, version: "2.0.0", reason: Needed. }\n'))).toEqual([
      'spec/payments.yaml:9:17 error LS013: invalid value "code-removed": expected one of "status-changed", "retryable-changed", "detail-removed", "detail-retyped", "detail-now-required", "detail-added-required", "details-shape-changed", "identifier-changed", "domain-changed"',
    ]);
  });
});

describe("forbidden changes (never acknowledgeable)", () => {
  const two = BASE + "  - name: CARD_EXPIRED\n    status: 402\n";
  it("code-removed: a published code disappears", () => {
    expect(evolve(spec(two), spec(BASE))).toEqual([
      "spec/lockstep.lock.json:7:5 error LS070: [code-removed] CARD_EXPIRED was published in 1.0.0 and is gone from the spec; published codes never disappear: put it back and deprecate it (deprecated: {replacement: …}), remove it in a later version with removed: {…}, and if it was renamed, keep CARD_EXPIRED as an aliasOf the new name",
    ]);
  });
  it("removed-before-deprecated: a tombstone without a deprecation in an earlier version", () => {
    expect(evolve(spec(two), spec(two + "    removed: { reason: Merged into CARD_DECLINED. }\n"))).toEqual([
      "spec/payments.yaml:10:14 error LS072: [removed-before-deprecated] CARD_EXPIRED is removed in 2.0.0 but no published version deprecated it; ship a version that deprecates it first (deprecated: {replacement: …}), then remove it in a later version",
    ]);
  });
  it("deprecated and removed in one version is also too soon", () => {
    const first = compile("1.0.0", spec(two));
    const deprecated = compile("2.0.0", spec(two + "    deprecated: { replacement: CARD_DECLINED }\n"), first.lockfile!);
    expect(deprecated.diagnostics).toEqual([]);
    const removed = compile("2.0.0", spec(two + "    deprecated: { replacement: CARD_DECLINED }\n    removed: {}\n"), deprecated.lockfile!);
    expect(removed.diagnostics.map(formatDiagnostic)).toEqual([
      "spec/payments.yaml:11:14 error LS072: [removed-before-deprecated] CARD_EXPIRED is removed in 2.0.0 but it was deprecated in 2.0.0, the same version; ship a version that deprecates it first (deprecated: {replacement: …}), then remove it in a later version",
    ]);
    const later = compile("3.0.0", spec(two + "    deprecated: { replacement: CARD_DECLINED }\n    removed: {}\n"), deprecated.lockfile!);
    expect(later.diagnostics).toEqual([]);
    expect(later.catalog!.tombstones.map((t) => [t.name, t.removedIn, t.deprecatedIn, t.replacement])).toEqual([["CARD_EXPIRED", "3.0.0", "2.0.0", "CARD_DECLINED"]]);
    expect(later.catalog!.codes.map((c) => c.name)).toEqual(["CARD_DECLINED"]);

    // name-reused: the tombstone's entry is turned back into a live code
    expect(compile("4.0.0", spec(two), later.lockfile!).diagnostics.map(formatDiagnostic)).toEqual([
      "spec/payments.yaml:8:11 error LS071: [name-reused] CARD_EXPIRED was removed in 3.0.0 and its name is reserved forever; give the new code another name",
    ]);
    // the tombstone entry may not be deleted either
    expect(compile("4.0.0", spec(BASE), later.lockfile!).diagnostics.map(formatDiagnostic)).toEqual([
      "spec/lockstep.lock.json:7:5 error LS070: [code-removed] the tombstone of CARD_EXPIRED (removed in 3.0.0) is gone from the spec; keep its entry with removed: so the docs list it and its name stays reserved",
    ]);
  });
});

describe("safe changes", () => {
  it("text, optional details fields, new enum values, stating retryability, new codes and domains pass", () => {
    const before = code("    status: 402\n    details:\n      reason: { type: enum, values: [a, b] }\n");
    const after =
      code("    status: [402, 400]\n    title: Declined\n    description: New text.\n    retryable: no\n    details:\n      reason: { type: enum, values: [a, b, c] }\n      hint: string\n") +
      "  - name: CARD_EXPIRED\n    status: 402\n";
    expect(evolve(spec(before), { ...spec(after), "spec/auth.yaml": "codes:\n  - name: TOKEN_EXPIRED\n    status: 401\n" })).toEqual([]);
  });
  it("planned codes are not published: they change and disappear freely", () => {
    const planned = BASE + "  - name: CARD_FROZEN\n    lifecycle: planned\n    status: 402\n";
    expect(evolve(spec(planned), spec(BASE))).toEqual([]);
  });
});

describe("tombstones in the spec", () => {
  it("need a replacement or a reason, and live codes may not point at them", () => {
    const files = spec(two() + "  - name: CARD_BLOCKED\n    status: 402\n    aliasOf: CARD_EXPIRED\n");
    expect(compile("1.0.0", files).diagnostics.map(formatDiagnostic)).toEqual([
      "spec/payments.yaml:10:14 error LS034: removed code CARD_EXPIRED needs a replacement or a reason, so its docs entry tells clients what to do",
      "spec/payments.yaml:13:14 error LS033: aliasOf of CARD_BLOCKED points at CARD_EXPIRED, which is removed; point it at a live code",
    ]);
    function two() {
      return BASE + "  - name: CARD_EXPIRED\n    status: 402\n    removed: {}\n";
    }
  });
});

describe("the lockfile", () => {
  it("is deterministic, sorted and diff-friendly", () => {
    const a = compile("1.0.0", spec(BASE + "  - name: ALPHA\n    status: [400, 409]\n"));
    const b = compile("1.0.0", spec(BASE + "  - name: ALPHA\n    status: [400, 409]\n"));
    expect(a.lockfile).toBe(b.lockfile);
    expect(a.lockfile).toBe(
      [
        "{",
        '  "lockfileVersion": 2,',
        '  "catalog": "shop",',
        '  "version": "1.0.0",',
        '  "codes": {',
        '    "ALPHA": {"domain":"payments","lifecycle":"live","status":[400,409],"retryable":"unknown","identifiers":{"anchor":"alpha","go":"CodeAlpha","python":"ALPHA","ts":"ALPHA"},"added":"1.0.0"},',
        '    "CARD_DECLINED": {"domain":"payments","lifecycle":"live","status":402,"retryable":"no","details":{"limit":"integer?","reason":"string"},"identifiers":{"anchor":"card-declined","go":"CodeCardDeclined","goDetails":"CardDeclinedDetails","goField":{"limit":"Limit","reason":"Reason"},"openapiDetails":"CardDeclinedDetails","openapiError":"CardDeclinedError","python":"CARD_DECLINED","pythonDetails":"CardDeclinedDetails","ts":"CARD_DECLINED"},"added":"1.0.0"}',
        "  },",
        '  "domains": {',
        '    "payments": {"rstLabel":"domain-payments"}',
        "  },",
        '  "acknowledged": []',
        "}",
        "",
      ].join("\n"),
    );
  });
  it("that is not JSON is an error with a location", () => {
    const result = compile("1.0.0", spec(BASE), '{\n  "lockfileVersion": 1,\n  oops\n}\n');
    expect(result.diagnostics.map(formatDiagnostic)[0]).toMatch(/^spec\/lockstep\.lock\.json:3:3 error LS075: spec\/lockstep\.lock\.json is not valid JSON/);
  });
  it("of an unknown format version is refused", () => {
    expect(compile("1.0.0", spec(BASE), '{"lockfileVersion": 9}').diagnostics.map(formatDiagnostic)).toEqual([
      "spec/lockstep.lock.json:1:1 error LS075: spec/lockstep.lock.json: lockfileVersion 9 is not supported (expected 2); restore it from version control, or delete it to start a new history",
    ]);
  });
});

describe("version order", () => {
  const cases: [string, string, number][] = [
    ["1.9.2", "1.10.0", -1],
    ["2.0.0", "2.0.0", 0],
    ["v3", "v10", -1],
    ["2024.12", "2025.1", -1],
    ["1.0.0", "1.0.0-rc.1", -1],
  ];
  for (const [a, b, want] of cases) it(`${a} vs ${b}`, () => expect(compareVersions(a, b)).toBe(want));
});
