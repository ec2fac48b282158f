// A recorded name is kept while it is one of the subject's forms: the direct test of the
// default forms must agree with trying every form, which it replaces for speed.
import { describe, expect, it } from "vitest";
import { isDefaultForm, someForm } from "../src/naming/forms.js";

const byTrying = (base: string, limit: number, name: string) => someForm((n) => (n === 1 ? base : `${base}${n}`), limit, name);

describe("suffix forms", () => {
  const names = ["AB", "AB1", "AB2", "AB02", "AB9", "AB10", "AB11", "AB12", "AB-2", "AB2x", "A", "ABC", "AB 2", "AB+2", "AB2.0", "AB1e1", "AB0", "", "XAB2", "AB99999999999999999999"];
  for (const limit of [1, 2, 9, 10, 11, 12]) {
    it(`default forms up to ${limit}: same answer as trying each`, () => {
      for (const name of names) expect([name, isDefaultForm("AB", limit, name)]).toEqual([name, byTrying("AB", limit, name)]);
    });
  }
  it("a base ending in a digit", () => {
    for (const name of ["V2", "V22", "V23", "V2100", "V21"]) expect([name, isDefaultForm("V2", 30, name)]).toEqual([name, byTrying("V2", 30, name)]);
  });
  it("custom suffixes are tried in turn", () => {
    const form = (n: number) => (n === 1 ? "x" : `x-${n}`);
    expect(someForm(form, 3, "x-3")).toBe(true);
    expect(someForm(form, 3, "x-4")).toBe(false);
    expect(someForm(form, 3, "x")).toBe(true);
  });
});
