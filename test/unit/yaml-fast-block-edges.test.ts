// Fast YAML block edges found by mutation testing (src/yaml/fast.ts): an indented `---` is
// text, a second key cannot span lines, keys and continuation lines are block (not flow)
// plain scalars, `...` inside a continuation is text, and the ends of block scalars with
// keep chomping, CRLF and marker-like lines.
import { expect, test } from "vitest";
import { parseFast } from "../../src/yaml/fast.js";
import { check, toPlain } from "../support/yaml-fast-agree.js";

const accepted: [string, string, unknown][] = [
  ["an indented --- at the start is a plain scalar", "  ---\n", "---"],
  ["flow indicators inside a later key", "x: 0\na,b: 1\nc[d]: 2\n", { x: 0, "a,b": 1, "c[d]": 2 }],
  ["... inside a continuation line", "a: x\n  ... y\n", { a: "x ... y" }],
  ["flow indicators inside a continuation line", "a: x\n  y,z [w]\n", { a: "x y,z [w]" }],
  ["keep chomping, white space as indented as the body at the end", "a: |+\n  x\n  ", { a: "x\n" }],
  ["keep chomping, less-indented white space at the end", "a: |+\n  x\n ", { a: "x\n" }],
  ["over-indented white-space line with CRLF", "a: |\r\n  x\r\n    \r\nb: 1\r\n", { a: "x\n  \n", b: 1 }],
  ["marker-like lines inside an indented block scalar", "a: |\n  x\n  ---\n  y\n", { a: "x\n---\ny\n" }],
];

test.each(accepted)("accepted: %s", (_name, text, want) => {
  const doc = parseFast(text);
  expect(doc, "parseFast gave up").toBeDefined();
  expect(toPlain(doc!.root)).toEqual(want);
  expect(check(text)).toBe("ok");
});

test("a multi-line quoted second key is left to the library", () => {
  expect(parseFast('a: 1\n"b\n  c": 2\n')).toBeUndefined();
  expect(parseFast("a: 1\n'b\n  c': 2\n")).toBeUndefined();
});
