// Whether a recorded name is still one of a subject's `onClash: suffix` forms (forms.ts),
// the ts generator's member cases and the scheme-key rule's capitalised word: the edges
// surviving mutants found (a limit off by one, a number with a leading zero or a tail).
import { describe, expect, it } from "vitest";
import { isDefaultForm, someForm } from "../../src/naming/forms.js";
import { schemeKeyProblem } from "../../src/naming/schemes.js";
import { tsMemberNameAs } from "../../src/naming/ts.js";

describe("someForm: name is form(n) for some n in 1…limit", () => {
  const dashed = (n: number) => (n === 1 ? "ab" : `ab-${n}`);
  it.each([
    ["ab", 3, true],
    ["ab-2", 3, true],
    ["ab-3", 3, true],
    ["ab-4", 3, false],
    ["ab-3", 2, false],
    ["ab-0", 3, false],
    ["ab3", 3, false],
    ["zz", 3, false],
    ["ab", 0, false],
  ] as [string, number, boolean][])("%j with limit %d → %j", (name, limit, want) => {
    expect(someForm(dashed, limit, name)).toBe(want);
  });
});

describe("isDefaultForm: base itself, or base + n for 2 ≤ n ≤ limit", () => {
  it.each([
    ["AB", 5, "AB", true],
    ["AB", 0, "AB", true],
    ["AB", 5, "AB2", true],
    ["AB", 5, "AB5", true],
    ["AB", 30, "AB23", true],
    ["AB", 5, "AB6", false],
    ["AB", 5, "AB99", false],
    ["AB", 5, "AB1", false],
    ["AB", 5, "AB0", false],
    ["AB", 5, "AB03", false],
    ["AB", 5, "AB3e0", false],
    ["AB", 5, "AB3 ", false],
    ["AB", 5, "AB2.0", false],
    ["AB", 5, "ABx", false],
    ["AB", 5, "ABx3", false],
    ["AB", 5, "XY3", false],
    ["AB", 5, "A3", false],
    ["AB", 5, "ab2", false],
  ] as [string, number, string, boolean][])("base %j, limit %d: %j → %j", (base, limit, name, want) => {
    expect(isDefaultForm(base, limit, name)).toBe(want);
  });
});

describe("tsMemberNameAs", () => {
  it.each([
    ["name", "UPPER_SNAKE", "URL_TOO_LONG"],
    ["name", "lower_snake", "url_too_long"],
    ["PascalCase", "UPPER_SNAKE", "UrlTooLong"],
    ["PascalCase", "lower_snake", "UrlTooLong"],
    ["camelCase", "UPPER_SNAKE", "urlTooLong"],
    ["camelCase", "lower_snake", "urlTooLong"],
  ] as const)("%s in a %s catalog → %s", (memberCase, naming, want) => {
    expect(tsMemberNameAs(["url", "too", "long"], naming, memberCase)).toBe(want);
  });
});

describe("schemeKeyProblem: the word after the generator's name starts with a capital", () => {
  const problem = (key: string) => `name scheme key ${JSON.stringify(key)} must be "kt" or "kt" followed by a capitalised word (e.g. "ktDetails")`;
  it.each([
    ["kt", undefined],
    ["ktField", undefined],
    ["ktF2", undefined],
    ["ktfOo", problem("ktfOo")],
    ["kt_Field", problem("kt_Field")],
    ["kt2Field", problem("kt2Field")],
    ["ktField_x", problem("ktField_x")],
  ] as [string, string | undefined][])("%j → %j", (key, want) => {
    expect(schemeKeyProblem("kt", { key })).toBe(want);
  });
});
