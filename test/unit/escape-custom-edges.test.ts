// Two edges of the builders in src/escape/custom.ts: a comment escaper without `forbid`
// refuses no text at all, and case-insensitive reserved words are compared lower-cased
// (so `ß` is not `SS`, and dotless `ı` is not `i`, though both upper-case alike).
import { expect, test } from "vitest";
import { commentEscaper, identifierSanitiser } from "../../src/escape/custom.js";

test("without forbid, any text and any replacement is accepted", () => {
  const c = commentEscaper({ prefix: "# ", replace: { x: "Stryker was here" } });
  expect(c("x\n*/ -- Stryker was here")).toBe("# Stryker was here\n# */ -- Stryker was here\n");
});

test("caseInsensitive compares lower-cased names", () => {
  const id = identifierSanitiser({ reserved: ["ss", "IF"], part: /\p{L}/u, start: /\p{L}/u, caseInsensitive: true });
  expect(["ß", "SS", "ıf", "If", "İf"].map(id)).toEqual(["ß", "SS_", "ıf", "If_", "İf"]);
});
