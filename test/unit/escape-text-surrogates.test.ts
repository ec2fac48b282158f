// Shared text hygiene (src/escape/text.ts) at its edges: lone surrogates at each end of
// both surrogate ranges, pairs at the ends kept, pairs in the wrong order and halves at
// the text's ends; and quickTest's twin, which keeps no state between calls.
import { expect, test } from "vitest";
import { LONE_SURROGATE, quickTest, replaceLoneSurrogates } from "../../src/escape/text.js";

test.each([
  ["\uD800", "\uFFFD"],
  ["\uDBFF", "\uFFFD"],
  ["\uDC00", "\uFFFD"],
  ["\uDFFF", "\uFFFD"],
  ["a\uD800b", "a\uFFFDb"],
  ["a\uDFFFb", "a\uFFFDb"],
  ["\uD800\uDC00", "\uD800\uDC00"],
  ["\uDBFF\uDFFF", "\uDBFF\uDFFF"],
  ["\uD800\uDFFF\uDBFF\uDC00", "\uD800\uDFFF\uDBFF\uDC00"],
  ["\uDC00\uD800", "\uFFFD\uFFFD"],
  ["\uDFFF\uDBFF", "\uFFFD\uFFFD"],
  ["\uD800\uD800\uDC00", "\uFFFD\uD800\uDC00"],
  ["\uD800\uDC00\uDC00", "\uD800\uDC00\uFFFD"],
  ["x\uD7FF\uE000\uFFFF", "x\uD7FF\uE000\uFFFF"],
  ["\uD800\uE000", "\uFFFD\uE000"],
  ["\uD7FF\uDC00", "\uD7FF\uFFFD"],
  ["🚫 \uDBFF", "🚫 \uFFFD"],
  ["", ""],
  ["plain", "plain"],
])("replaceLoneSurrogates(%j) = %j", (text, want) => {
  expect(replaceLoneSurrogates(text)).toBe(want);
});

test("LONE_SURROGATE is global: every lone half in one replace", () => {
  expect("\uD800a\uDC00b\uDBFF".replace(LONE_SURROGATE, "?")).toBe("?a?b?");
});

test("quickTest: the same source and other flags, without g, so repeated tests keep no position", () => {
  const twin = quickTest(/a[bc]/giu);
  expect([twin.source, twin.flags, twin.global]).toEqual(["a[bc]", "iu", false]);
  expect([twin.test("xab"), twin.test("ab"), twin.test("AC"), twin.test("xx"), twin.test("ab")]).toEqual([true, true, true, false, true]);
  expect(quickTest(/x/).flags).toBe("");
});
