// The fast YAML parser's block structure (src/yaml/fast.ts), exact: the document and its
// `---`, nesting depth (per level, released as each node ends), the implicit key limit,
// empty values and items with comments, multi-line plain scalars and what ends them, block
// scalar headers, bodies and ends, and the node ends the library gives. Accepted cases must
// also agree with the library (check()); the rest must be left to it (undefined).
import { describe, expect, test } from "vitest";
import { parseFast } from "../../src/yaml/fast.js";
import type { YNode } from "../../src/yaml/node.js";
import { MAX_NESTING } from "../../src/yaml/prescan.js";
import { check, toPlain } from "../support/yaml-fast-agree.js";

/** `depth` nested block mappings: k0:\n k1:\n  k2: … 1 */
const deepBlock = (depth: number) => Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " 1\n";

const accepted: [string, string, unknown][] = [
  ["document start with spaces and comment", "---   # c\na: 1\n", { a: 1 }],
  ["document start then nothing but comments", "--- # c\n# d\n", null],
  ["quoted key in a sequence item", "- 'a': 1\n  b: 2\n", [{ a: 1, b: 2 }]],
  ["quoted key on a key's next line", "a:\n  \"b\": 1\n  'c': 2\n", { a: { b: 1, c: 2 } }],
  ["flow value then comment", "a: [x] # c\nb: {y: 1}\n", { a: ["x"], b: { y: 1 } }],
  ["empty value with a comment, then a value on the next line", "a: # c\n  b\nc: # d\nd:\n", { a: "b", c: null, d: null }],
  ["empty items with and without comments", "- # c\n-\n- x\n", [null, null, "x"]],
  ["nested sequences under a key, same indentation", "a:\n- - x\n  - y\n- z\nb: 1\n", { a: [["x", "y"], "z"], b: 1 }],
  ["an item's block on the next line", "-\n  - x\n-\n  y\n", [["x"], "y"]],
  ["multi-line plain ended by a comment line", "a: x\n  # c\n  \nb: y\n", { a: "x", b: "y" }],
  ["multi-line plain with CRLF and empty lines", "a: x\r\n  y\r\n\r\n  z\r\nb: 1\r\n", { a: "x y\nz", b: 1 }],
  ["multi-line root plain", "x\ny\n\nz\n", "x y\nz"],
  ["multi-line plain ending at the text's end", "a: x\n  y", { a: "x y" }],
  ["multi-line plain in an item, less indented line ends it", "- x\n  y\n- z\n", ["x y", "z"]],
  ["block scalar header with comment and CRLF", "a: |- # c\r\n  x\r\nb: 1\r\n", { a: "x", b: 1 }],
  ["block scalar with leading empty lines", "a: |\n\n  x\n", { a: "\nx\n" }],
  ["block scalar keep at the text's end", "a: |+\n  x\n\n", { a: "x\n\n" }],
  ["block scalar clip with trailing spaces at the text's end", "a: |\n  x\n  ", { a: "x\n" }],
  ["block scalar strip keeps more-indented trailing white space", "a: >-\n  x\n    \nb: 1\n", { a: "x\n  ", b: 1 }],
  ["folded block in a nested mapping", "a:\n  b: >\n    one\n    two\n  c: 1\n", { a: { b: "one two\n", c: 1 } }],
  ["keep chomping before a less-indented key", "a:\n  b: |+\n    x\n\n  c: 1\n", { a: { b: "x\n\n", c: 1 } }],
  ["root literal at column 0", "|\nx\n  y\n", "x\n  y\n"],
  ["implicit key of 1,000 characters", `${"k".repeat(1000)}: 1\n`, { ["k".repeat(1000)]: 1 }],
  ["quoted implicit key of 1,000 characters", `'${"k".repeat(998)}': 1\n`, { ["k".repeat(998)]: 1 }],
  ["second key of 1,000 characters", `a: 1\n${"k".repeat(1000)}: 2\n`, { a: 1, ["k".repeat(1000)]: 2 }],
  ["nested mapping ends at a less-indented key", "a:\n  b:\n    c: 1\nd: 2\n", { a: { b: { c: 1 } }, d: 2 }],
];

describe("fast.ts: accepted, with the library's values and positions", () => {
  test.each(accepted)("%s", (_name, text, want) => {
    const doc = parseFast(text);
    expect(doc, "parseFast gave up").toBeDefined();
    expect(toPlain(doc!.root)).toEqual(want);
    expect(check(text)).toBe("ok");
  });
});

const givesUp: [string, string][] = [
  ["a line less indented than the root", "  a: 1\nb: 2\n"],
  ["a less-indented item after a nested root", "  - a\n- b\n"],
  ["implicit key of 1,001 characters (the library allows 1,024; the fast path stops at 1,000)", `${"k".repeat(1001)}: 1\n`],
  ["second key of 1,001 characters", `a: 1\n${"k".repeat(1001)}: 2\n`],
  ["quoted key then a second key on the line", 'a: "b": c\n'],
  ["quoted key after a key", "a: 'b': c\n"],
  ["block scalar header in an indented root", "  |\n   x\n"],
  ["block scalar header on a line of its own in a sequence", "-\n  |\n  x\n"],
  ["block scalar header with a comment but no space", "a: |#c\n  x\n"],
  ["block scalar header followed by text", "a: | x\n  y\n"],
  ["block scalar header at the text's end", "a: |"],
  ["block scalar without a body at the text's end", "a: |\n"],
  ["block scalar with only empty lines", "a: |\n\n\n"],
  ["block scalar body as indented as its parent's keys", "a:\n  b: |\n  x\n"],
  ["tab on the line that ends a block scalar", "a: |\n  x\n\tb\n"],
  ["document start after an unindented root block scalar", ">-\na\n---\n"],
  ["document end after an unindented root block scalar", "|\na\n...\n"],
  ["more-indented line after a flow item", "- [a]\n  b\n"],
  ["more-indented line after a mapping", "a:\n  b: 1\n    c: 2\n"],
  ["document start in a multi-line root plain", "x\n---\n"],
  ["document end in a multi-line root plain", "x\n...\n"],
  ...["-", "?", ":", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`"].map((c): [string, string] => [
    `continuation line starting with ${c}`,
    `a: x\n  ${c}y\n`,
  ]),
  ["continuation line starting with a tab", "a: x\n  \ty\n"],
];

describe("fast.ts: gives up (the library decides)", () => {
  test.each(givesUp)("%s", (_name, text) => expect(parseFast(text)).toBeUndefined());
});

describe("nesting depth", () => {
  test("block nesting up to the limit is accepted (the innermost scalar is a level), one more is left to the library", () => {
    expect(parseFast(deepBlock(MAX_NESTING - 1))).toBeDefined();
    expect(parseFast(deepBlock(MAX_NESTING))).toBeUndefined();
    expect(parseFast(`${"- ".repeat(MAX_NESTING - 1)}x\n`)).toBeDefined();
    expect(parseFast(`${"- ".repeat(MAX_NESTING)}x\n`)).toBeUndefined();
  });

  test("depth is released as each node ends: more nested siblings than the limit", () => {
    const n = MAX_NESTING + 10;
    const text = Array.from({ length: n }, (_, i) => `k${i}:\n  a: ${i}\n`).join("") + Array.from({ length: n }, (_, i) => `- - ${i}\n`).join("").replace(/^/, "s:\n");
    const doc = parseFast(text);
    expect(doc, "parseFast gave up").toBeDefined();
    const root = doc!.root;
    expect(root?.kind === "map" ? root.items.length : 0).toBe(n + 1);
  });
});

/** [start, end] of every node, depth first. */
function spans(node: YNode | null): [number, number][] {
  if (node === null) return [];
  if (node.kind === "scalar") return [[node.start, node.end]];
  const inner = node.kind === "seq" ? node.items.flatMap(spans) : node.items.flatMap((p) => [...spans(p.key), ...spans(p.value)]);
  return [[node.start, node.end], ...inner];
}

describe("node ends, as the library gives them", () => {
  const cases: [string, string, [number, number][]][] = [
    // Checked against the library's node ranges. An empty value ends the mapping at its colon's line end, unless a comment follows it.
    ["empty last value", "a: 1\nb:\n", [[0, 7], [0, 1], [3, 4], [5, 6]]],
    ["empty last value with a comment", "a: 1\nb: # c\n", [[0, 12], [0, 1], [3, 4], [5, 6]]],
    ["empty last item", "- x\n-\n", [[0, 5], [2, 3]]],
    ["empty last item with a comment", "- x\n- # c\n", [[0, 10], [2, 3]]],
    ["block scalar", "a: |\n  x\n\nb: 1\n", [[0, 15], [0, 1], [3, 9], [10, 11], [13, 14]]],
    ["block scalar with keep chomping", "a: |+\n  x\n\nb: 1\n", [[0, 16], [0, 1], [3, 11], [11, 12], [14, 15]]],
    ["multi-line plain", "a: x\n  y # c\nb: 1\n", [[0, 18], [0, 1], [3, 8], [13, 14], [16, 17]]],
    ["nested sequence", "a:\n  - x\n  - y\nb: 2\n", [[0, 20], [0, 1], [5, 15], [7, 8], [13, 14], [15, 16], [18, 19]]],
  ];
  test.each(cases)("%s", (_name, text, want) => {
    const doc = parseFast(text);
    expect(doc, "parseFast gave up").toBeDefined();
    expect(spans(doc!.root)).toEqual(want);
    expect(check(text)).toBe("ok");
  });
});
