// A published code that is set back to `lifecycle: planned` stays published: the lockfile
// keeps its added version, and leaving the spec later is LS070 like any published code's
// removal (it used to be forgotten silently: published codes never disappear).
import { expect, it } from "vitest";
import { history, type Step } from "./evolution-support.js";

const v = (version: string, text: string): Step => ({ version, files: { "spec/pay.yaml": text } });
const lockKeys = (lockfile: string) => Object.keys((JSON.parse(lockfile) as { codes: object }).codes);

it("a published code set back to planned and then deleted is refused, and the lockfile keeps it", () => {
  const r = history([
    v("1.0.0", "codes:\n  - name: KEEP\n  - name: X\n"),
    v("2.0.0", "codes:\n  - name: KEEP\n  - name: X\n    lifecycle: planned\n"),
    v("3.0.0", "codes:\n  - name: KEEP\n"),
  ]);
  expect(r.summary).toEqual([
    "forbidden X [code-removed]: X was published in 1.0.0 and is gone from the spec; published codes never disappear: put it back and deprecate it (deprecated: {replacement: …}), remove it in a later version with removed: {…}, and if it was renamed, keep X as an aliasOf the new name",
  ]);
  expect(lockKeys(r.lockfile)).toEqual(["KEEP", "X"]);
});

it("a draft that never went live can still leave the spec freely", () => {
  const r = history([v("1.0.0", "codes:\n  - name: KEEP\n  - name: X\n    lifecycle: planned\n"), v("2.0.0", "codes:\n  - name: KEEP\n")]);
  expect([r.errors, r.summary, lockKeys(r.lockfile)]).toEqual([[], [], ["KEEP"]]);
});

it("a published code set back to planned that goes live again is not added a second time", () => {
  const r = history([v("1.0.0", "codes:\n  - name: X\n"), v("2.0.0", "codes:\n  - name: X\n    lifecycle: planned\n"), v("3.0.0", "codes:\n  - name: X\n")]);
  expect([r.errors, r.summary]).toEqual([[], []]);
});
