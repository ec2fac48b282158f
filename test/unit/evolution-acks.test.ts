// Acknowledgements of breaking changes (src/evolution/evolve.ts): which entry accepts a
// change, what the lockfile and release history keep, and the exact LS074 messages.
import { describe, expect, it } from "vitest";
import { history, type Step } from "./evolution-support.js";

const card = (body = "") => `codes:\n  - name: CARD\n    status: 402\n${body}`;
const v = (version: string, text: string): Step => ({ version, files: { "spec/pay.yaml": text } });
const acks = (...entries: [rule: string, version: string, reason: string][]) =>
  "    acknowledge:\n" + entries.map(([rule, version, reason]) => `      - { rule: ${rule}, version: "${version}", reason: ${reason} }\n`).join("");
const status = (n: number, body = "") => `codes:\n  - name: CARD\n    status: ${n}\n${body}`;

describe("acknowledgements", () => {
  it("accept a break: recorded in the lockfile and the release history", () => {
    const r = history([v("1.0.0", card()), v("2.0.0", status(400, acks(["status-changed", "2.0.0", "Needed."])))]);
    expect(r.errors).toEqual([]);
    expect([...r.acknowledged!].map((c) => `${c.code} ${c.rule}`)).toEqual(["CARD status-changed"]);
    expect(r.catalog!.releases).toEqual([
      { version: "2.0.0", added: [], deprecated: [], removed: [], breaking: [{ rule: "status-changed", code: "CARD", change: "the primary status of CARD changed from 402 to 400", reason: "Needed." }] },
      { version: "1.0.0", added: ["CARD"], deprecated: [], removed: [], breaking: [] },
    ]);
    expect(r.lockfile.slice(r.lockfile.indexOf('  "acknowledged"'))).toBe(
      '  "acknowledged": [\n    {"version":"2.0.0","rule":"status-changed","code":"CARD","change":"the primary status of CARD changed from 402 to 400","reason":"Needed."}\n  ]\n}\n',
    );
  });

  it("old entries may stay in the spec: a new break of the same rule takes this version's entry", () => {
    const both = acks(["status-changed", "2.0.0", "Needed."], ["status-changed", "3.0.0", "Again."]);
    const steps = [v("1.0.0", card()), v("2.0.0", status(400, acks(["status-changed", "2.0.0", "Needed."]))), v("3.0.0", status(409, both))];
    const r = history(steps);
    expect(r.errors).toEqual([]);
    expect(r.catalog!.releases.map((x) => [x.version, x.breaking.map((b) => b.reason)])).toEqual([
      ["3.0.0", ["Again."]],
      ["2.0.0", ["Needed."]],
      ["1.0.0", []],
    ]);
    // Generating 3.0.0 again against its own lockfile: nothing changed, nothing is repeated.
    const again = history([...steps, v("3.0.0", status(409, both))]);
    expect(again.errors).toEqual([]);
    expect(again.lockfile).toBe(r.lockfile);
  });

  it("for another version is LS074 naming both versions", () => {
    expect(history([v("1.0.0", card()), v("2.0.0", status(400, acks(["status-changed", "1.9.0", "Old."])))]).errors).toEqual([
      "spec/pay.yaml:5:17 error LS074: acknowledgement of status-changed on CARD is for version 1.9.0, but catalog.version is 2.0.0; it must name the version that ships the change",
    ]);
  });

  it("that accept nothing are LS074; one of another version is left alone", () => {
    expect(history([v("1.0.0", card()), v("2.0.0", card(acks(["status-changed", "2.0.0", "Needed."])))]).errors).toEqual([
      "spec/pay.yaml:5:17 error LS074: acknowledgement of status-changed on CARD accepts nothing: CARD has no status-changed change since the lockfile; remove the entry",
    ]);
    expect(history([v("1.0.0", card()), v("2.0.0", card(acks(["status-changed", "1.0.0", "Old."])))]).errors).toEqual([]);
  });

  it("each entry accepts one change: a second entry for the same rule accepts nothing", () => {
    const r = history([v("1.0.0", card()), v("2.0.0", status(400, "    retryable: yes\n" + acks(["status-changed", "2.0.0", "A."], ["status-changed", "2.0.0", "B."])))]);
    expect(r.errors).toEqual([
      "spec/pay.yaml:7:17 error LS074: acknowledgement of status-changed on CARD accepts nothing: CARD has no status-changed change since the lockfile; remove the entry",
    ]);
  });
});
