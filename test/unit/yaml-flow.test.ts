// Flow collections in the fast YAML parser (src/yaml/fast-flow.ts): what it accepts, with
// the library's values and offsets, and where it gives up (undefined) for the library.
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { parseFast } from "../../src/yaml/fast.js";
import type { YNode } from "../../src/yaml/node.js";
import { MAX_NESTING } from "../../src/yaml/prescan.js";

function plain(node: YNode | null): unknown {
  if (node === null) return null;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(plain);
  return Object.fromEntries(node.items.map(({ key, value }) => [String(key.value), plain(value)]));
}

describe("parseFast: flow collections it accepts, valued as the library values them", () => {
  const cases: string[] = [
    "a: {b: 1}\n",
    'a: {"b":1}\n',
    "a: {'b':1}\n",
    "a: {b: }\n",
    "a: {b}\n",
    "a: {b, c}\n",
    'a: {"b"}\n',
    "a: {b: 1,}\n",
    "a: {b: 1 , c: 2}\n",
    "a: {b : 1}\n",
    "a: {b:1}\n",
    "a: {b: [c, d], e: {f: g}}\n",
    "a: [[b], {c: [d]}]\n",
    "a: [b c, d]\n",
    "a: [b, # c\n  d]\n",
    "a: [\n  # c\n  b]\n",
    "a: [b,\r\n  c]\r\n",
    "a: [b,\n\n  c]\n",
    "a: [ b ,c ]\n",
    "a: [ ]\n",
    "a: { }\n",
    "a: ['b', \"c\"]\n",
    "a: [\"b\",'c']\n",
    "a: [b, {c: d}, [e]]\n",
    "[a, b]\n",
    "{a: b}\n",
    "- [a]\n- {b: c}\n",
    `a: {${"k".repeat(1000)}: 1}\n`,
    'a: {"x": 1, y: 2}\n',
    "a: [b]  # c\n",
  ];
  test.each(cases)("%j", (text) => {
    const doc = parseFast(text);
    expect(doc, "parseFast gave up").toBeDefined();
    expect(plain(doc!.root)).toEqual(parse(text, { version: "1.2" }));
  });

  test("offsets: a flow collection runs from its bracket to just past its closing one", () => {
    const doc = parseFast("a: [b, {c: d}]\n")!;
    const root = doc.root!;
    const seq = root.kind === "map" ? root.items[0]!.value! : undefined;
    expect(seq).toMatchObject({ kind: "seq", start: 3, end: 14 });
    expect(seq?.kind === "seq" && seq.items.map((i) => [i?.start, i?.end])).toEqual([[4, 5], [7, 13]]);
    const map = seq?.kind === "seq" ? seq.items[1] : undefined;
    expect(map?.kind === "map" && map.items.map((p) => [p.key.start, p.key.end, p.value?.start, p.value?.end])).toEqual([[8, 9, 11, 12]]);
  });

  test("nesting up to the limit is accepted, past it left to the pre-scan", () => {
    // The root node is one level, a block mapping one more.
    const seqs = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}\n`;
    const maps = (n: number) => `a: ${"{b: ".repeat(n)}c${"}".repeat(n)}\n`;
    expect(parseFast(seqs(MAX_NESTING - 1))).toBeDefined();
    expect(parseFast(seqs(MAX_NESTING))).toBeUndefined();
    expect(parseFast(maps(MAX_NESTING - 2))).toBeDefined();
    expect(parseFast(maps(MAX_NESTING - 1))).toBeUndefined();
  });
});

describe("parseFast: flow it leaves to the library", () => {
  const cases: [string, string][] = [
    ["a key longer than 1000 characters", `a: {${"k".repeat(1001)}: 1}\n`],
    ["a multi-line quoted key", 'a: {"b\n  c": 1}\n'],
    ["a complex key", "a: {[b]: 1}\n"],
    ["a map key", "a: {{b: c}: 1}\n"],
    ["a pair in a sequence", "a: [b: c]\n"],
    ["a missing comma", "a: [b c d, [e] f]\n"],
    ["an empty entry", "a: [b,,c]\n"],
    ["an empty first entry", "a: [,b]\n"],
    ["an unclosed sequence", "a: [b, c"],
    ["an unclosed map", "a: {b: c"],
    ["a comment without white space before it", "a: [b,#c\n  d]\n"],
    ["a tab between entries", "a: [b,\tc]\n"],
    ["a tab after the bracket", "a: [\tb]\n"],
    ["a continuation line not indented", "a: [b,\nc]\n"],
    ["a continuation line not indented past the key", "a:\n  b: [c,\n  d]\n"],
    ["a value that is not followed by a comma or brace", "a: {b: c d: e}\n"],
    ["a key without a colon before a bracket", "a: {b [c]}\n"],
    ["a duplicate key", "a: {b: 1, b: 2}\n"],
    ["a duplicate quoted key", "a: {b: 1, \"b\": 2}\n"],
  ];
  test.each(cases)("%s", (_name, text) => expect(parseFast(text)).toBeUndefined());
});
