// The pre-scan (src/yaml/prescan.ts) skips the body of a block scalar at the root of the
// document (`|` or `>` with no key and no `- ` before it). Such a body may start at any
// column, column 0 included ("|\n[[\n" is the string "[[\n"), so none of its lines is
// nesting. The pre-scan once used -1 both for "no block scalar open" and for "the body is
// everything more indented than column -1", so a root scalar's body was counted.
import { expect, test } from "vitest";
import { MAX_NESTING, prescan } from "../../src/yaml/prescan.js";

const N = MAX_NESTING;
const BRACKETS = "[".repeat(N + 50);
const DASHES = "- ".repeat(N + 50) + "x";

test.each([
  ["brackets at column 0", `|\n${BRACKETS}\n`],
  ["brackets at column 1", `|\n ${BRACKETS}\n`],
  ["brackets at column 2", `|\n  ${BRACKETS}\n`],
  ["`- ` prefixes at column 0", `>\n${DASHES}\n`],
  ["`- ` prefixes at column 1, after a blank line", `|-\n\n ${DASHES}\n`],
  ["a `%` line at column 0 is text, not a directive", `|\n%YAML 1.1\n`],
  ["a body without a final line break", `|\n${BRACKETS}`],
])("a root block scalar's body is text: %s", (_name, text) => {
  expect(prescan(text)).toBe(undefined);
});

test("a block scalar under a root sequence entry still ends at column 0", () => {
  // `- |` at the root: the body is what is indented past column 0; `[` at column 0 is a new node.
  expect(prescan(`- |\n x\n${BRACKETS}\n`)).toEqual({ code: "LS001", message: `nesting deeper than ${N} levels`, offset: 7 + N - 1 });
});
