// Code spans in src/escape/html.ts: CommonMark strips one space from each side only when
// both sides have one (and the span is not all spaces); a space on one side alone stays.
import { expect, test } from "vitest";
import { escapeHtmlAttr, htmlInline } from "../../src/escape/html.js";

test.each([
  ["`ab `", "<code>ab </code>"],
  ["` ab`", "<code> ab</code>"],
  ["`abc  `", "<code>abc  </code>"],
  ["`  abc`", "<code>  abc</code>"],
  ["` ab `", "<code>ab</code>"],
])("htmlInline(%j) = %j", (line, want) => {
  expect(htmlInline(line)).toBe(want);
});

// The attribute fast path accepts only clean characters: text that starts with characters to
// escape and ends in a clean one is escaped too.
test.each([
  ['"a', "&quot;a"],
  ["'a", "&#39;a"],
  ["&<>a", "&amp;&lt;&gt;a"],
])("escapeHtmlAttr(%j) = %j", (text, want) => {
  expect(escapeHtmlAttr(text)).toBe(want);
});
