// The identifier sanitisers of the public API (src/escape/public.ts): each built-in
// language's reserved words, alphabet and first character, exactly.
import { expect, test } from "vitest";
import { GO_KEYWORDS, PYTHON_KEYWORDS, TS_KEYWORDS, goIdentifier, pyIdentifier, tsIdentifier } from "../../src/escape/public.js";

test("Go: keywords get _ appended; ASCII letters, digits and _ kept, others _; a leading digit gets _ in front", () => {
  expect(["type", "func", "Type", "match", "class", "a$b", "AZaz09_", "9x", "", "é"].map(goIdentifier)).toEqual([
    "type_", "func_", "Type", "match", "class", "a_b", "AZaz09_", "_9x", "_", "_",
  ]);
  for (const k of GO_KEYWORDS) expect(goIdentifier(k)).toBe(`${k}_`);
});

test("TypeScript: reserved words get _ appended; $ allowed anywhere, first included; a leading digit gets _ in front", () => {
  expect(["class", "await", "Class", "type", "None", "$", "$x", "a$b", "AZaz09_$", "_", "9x", "0", "a-b", "#x", "`x", "@x", "[x", "{x", ""].map(tsIdentifier)).toEqual([
    "class_", "await_", "Class", "type", "None", "$", "$x", "a$b", "AZaz09_$", "_", "_9x", "_0", "a_b", "_x", "_x", "_x", "_x", "_x", "_",
  ]);
  for (const k of TS_KEYWORDS) expect(tsIdentifier(k)).toBe(`${k}_`);
});

test("Python: hard keywords get _ appended, soft ones stay; $ is not a name character", () => {
  expect(["class", "None", "True", "match", "type", "_", "case", "func", "a$b", "$x", "9x", ""].map(pyIdentifier)).toEqual([
    "class_", "None_", "True_", "match", "type", "_", "case", "func", "a_b", "_x", "_9x", "_",
  ]);
  for (const k of PYTHON_KEYWORDS) expect(pyIdentifier(k)).toBe(`${k}_`);
});
