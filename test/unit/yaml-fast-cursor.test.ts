// The fast YAML parser's line and scalar layer (src/yaml/fast-cursor.ts), exact: plain
// scalars at the text's end, words, comments and colons; quoted scalars with doubled quotes
// and escaped backslashes; blank and comment lines with CRLF; document markers; duplicate
// keys judged as JS object keys (linear scan, then a set past 16 keys); and what cannot
// start a plain scalar. Each accepted case must also agree with the library (check()).
import { describe, expect, test } from "vitest";
import { parseFast } from "../../src/yaml/fast.js";
import { check, toPlain } from "../support/yaml-fast-agree.js";

const accepted: [string, string, unknown][] = [
  ["plain value at the text's end", "a: b", { a: "b" }],
  ["root plain at the text's end", "word", "word"],
  ["sequence item at the text's end", "- x", ["x"]],
  ["key at the text's end", "a:", { a: null }],
  ["dash at the text's end", "- a\n-", ["a", null]],
  ["words, inner and trailing spaces", "a: x y  z   \nb: 1\n", { a: "x y  z", b: 1 }],
  ["comment after words", "a: x y #c\nb: x\t#c\n", { a: "x y", b: "x" }],
  ["hash inside words", "a: x#y z#\n", { a: "x#y z#" }],
  ["colons inside words", "a: x:y z:w\n", { a: "x:y z:w" }],
  ["flow entries without spaces", "[a,b]\n", ["a", "b"]],
  ["flow mapping without spaces after commas", "{a: b,c: d}\n", { a: "b", c: "d" }],
  ["flow words", "[a b, c  d , e]\n", ["a b", "c  d", "e"]],
  ["flow plain with colon and dash", "[a:b, -a, .b]\n", ["a:b", "-a", ".b"]],
  ["flow plain at the collection's end", "a: [x]", { a: ["x"] }],
  ["comment at the text's end", "a: 'x' # c", { a: "x" }],
  ["comment line at the text's end", "a: 1\n# c", { a: 1 }],
  ["tab before a comment", "a: 'x'\t# c\nb: \"y\" \t # d\n", { a: "x", b: "y" }],
  ["CRLF blank and comment lines", "# c\r\na: 1\r\n\r\n  \r\n  # d\r\nb: 2\r\n", { a: 1, b: 2 }],
  ["indented markers are plain", "a:\n  ---\nb:\n  ...\n", { a: "---", b: "..." }],
  ["marker-like keys", "--x: 1\n..x: 2\n--: 3\n---x: 4\n...x: 5\n-.-: 6\n", { "--x": 1, "..x": 2, "--": 3, "---x": 4, "...x": 5, "-.-": 6 }],
  ["question mark and colon starting keys", "?x: 1\n:x: 2\n", { "?x": 1, ":x": 2 }],
  ["doubled single quotes", "a: 'it''s'\nb: ''''\nc: 'x'''\nd: ''\n", { a: "it's", b: "'", c: "x'", d: "" }],
  ["escaped quotes and backslashes", 'a: "a\\"b"\nb: "a\\\\"\nc: "\\\\\\""\nd: ""\n', { a: 'a"b', b: "a\\", c: '\\"', d: "" }],
  ["multi-line single-quoted with a doubled quote", "a: 'one\n  two'' three'\n", { a: "one two' three" }],
  ["multi-line double-quoted without escapes", 'a: "x\n  y"\n', { a: "x y" }],
  ["quoted continuation at the minimum indentation", "a:\n  b: 'x\n   y'\n", { a: { b: "x y" } }],
  ["quoted continuation after empty lines indented any amount", "a:\n  b: 'x\n\n \n   y'\n", { a: { b: "x\n\ny" } }],
  ["quoted keys with doubled quotes and escapes", "'a''b': 1\n\"c\\\"d\": 2\n", { "a'b": 1, 'c"d': 2 }],
  [
    "twenty distinct keys",
    Array.from({ length: 20 }, (_, i) => `k${i}: ${i}\n`).join(""),
    Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i])),
  ],
  [
    "twenty distinct flow keys",
    `{${Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join(", ")}}\n`,
    Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i])),
  ],
  ["keys of every scalar type", "1: a\ntrue: b\n~: c\n1.5: d\nx: e\n", { 1: "a", true: "b", "": "c", "1.5": "d", x: "e" }],
];

describe("fast-cursor: accepted, with the library's values and positions", () => {
  test.each(accepted)("%s", (_name, text, want) => {
    const doc = parseFast(text);
    expect(doc, "parseFast gave up").toBeDefined();
    expect(toPlain(doc!.root)).toEqual(want);
    expect(check(text)).toBe("ok");
  });
});

const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join("");
const flowKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join(", ");

const givesUp: [string, string][] = [
  // Duplicate keys, judged as JS object keys: a linear scan up to 16 keys, then a set.
  ["duplicate of the 17th key (the one the set starts with)", `${keys(17)}k16: x\n`],
  ["duplicate of the first key past 16 keys", `${keys(21)}k0: x\n`],
  ["duplicate of a key added to the set", `${keys(30)}k25: x\n`],
  ["duplicate among the first 16 keys", `${keys(10)}k3: x\n`],
  ["duplicate in a large flow mapping", `{${flowKeys(17)}, k16: x}\n`],
  ["duplicate first key in a large flow mapping", `{${flowKeys(20)}, k0: x}\n`],
  ["null and empty-string keys are both the JS key \"\"", "~: a\n'': b\n"],
  ["true and 'true' are the same JS key", "true: a\n'true': b\n"],
  ["1.0 and '1' are the same JS key", "1.0: a\n'1': b\n"],
  // Line breaks and markers.
  ["a lone CR after a CRLF", "a: 1\r\nb: 2\rc: 3\n"],
  ["a lone CR at the text's end", "a: 1\r"],
  ["a tab after a sequence dash", "-\tx\n"],
  ["a tab after a key's colon", "a:\t1\n"],
  ["document end inside a single-quoted scalar", "a: 'x\n... y'\n"],
  ["document start inside a double-quoted scalar", 'a: "x\n--- y"\n'],
  ["quoted continuation under the minimum indentation", "a:\n  b: 'x\n  y'\n"],
  ["unterminated single quote ending in a doubled quote", "a: 'x''"],
  ["unterminated double quote ending in an escaped quote", 'a: "x\\"'],
  ["comment right after a quoted scalar", "a: 'x'#c\n"],
  ["text after a flow collection", "a: [x] y\n"],
  // What cannot start a plain scalar.
  ["explicit value indicator", "a: 1\n: b\n"],
  ["question mark at the text's end", "a: ?"],
  ["colon then space at a key's start", ": a\n"],
  ["question mark entry in flow", "[?x]\n"],
  ["colon entry in flow", "[:x]\n"],
  ["dash then space in flow", "[- a]\n"],
  ["dash then comma in flow", "[-, a]\n"],
  ["dash then bracket in flow", "[a, -]\n"],
  ...[",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`"].map((c): [string, string] => [`${c} starting a block key`, `a: 1\n${c}b: 2\n`]),
  ...["|", ">", "!", "&", "*", "%", "@", "`"].map((c): [string, string] => [`${c} starting a flow entry`, `[${c}a]\n`]),
  ...[",", "]", "}", "&", "*", "!", "%", "@", "`"].map((c): [string, string] => [`${c} starting a value`, `a: ${c}x\n`]),
];

describe("fast-cursor: gives up (the library decides)", () => {
  test.each(givesUp)("%s", (_name, text) => expect(parseFast(text)).toBeUndefined());
});

test("node ends: a plain scalar ends before trailing spaces and comments, a quoted one at its closing quote", () => {
  const root = parseFast("a: x y  # c\nb: 'q''r'  \nc: \"s\\\"\"\n")!.root;
  expect(root?.kind).toBe("map");
  const spans = root!.kind === "map" ? root!.items.map((p) => [p.key.start, p.key.end, p.value!.start, p.value!.end, p.value!.kind === "scalar" ? p.value!.source : ""]) : [];
  expect(spans).toEqual([
    [0, 1, 3, 6, "x y"],
    [12, 13, 15, 21, "'q''r'"],
    [24, 25, 27, 32, '"s\\""'],
  ]);
});
