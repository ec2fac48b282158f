// parseYaml's library path (src/yaml/parse.ts): the diagnostics it turns the `yaml`
// library's problems into, and the located tree it converts the library's nodes to.
// Exact codes, places, spans and messages.
import { describe, expect, test } from "vitest";
import { DiagnosticBag, MAX_PER_FILE } from "../../src/diagnostics/diagnostics.js";
import { lineIndex } from "../../src/yaml/node.js";
import { parseYaml } from "../../src/yaml/parse.js";

const report = (text: string, kind?: string): string[] => {
  const bag = new DiagnosticBag();
  expect(parseYaml("f.yaml", text, bag, kind)).toBeUndefined();
  return bag.items.map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}:${d.loc?.col} ${d.span?.start}-${d.span?.end} ${d.message}`);
};

describe("parseYaml: diagnostics, located", () => {
  const cases: [string, string, string | undefined, string[]][] = [
    ["duplicate plain key", "a: 1\na: 2\n", undefined, ['LS002 f.yaml:2:1 5-6 duplicate key "a"']],
    ["duplicate double-quoted key", '"a": 1\n"a": 2\n', undefined, ['LS002 f.yaml:2:1 7-8 duplicate key "a"']],
    ["duplicate single-quoted key keeps its quotes", "'a b': 1\n'a b': 2\n", undefined, ["LS002 f.yaml:2:1 9-10 duplicate key 'a b'"]],
    ["duplicate quoted key with a colon", '"a:b": 1\n"a:b": 2\n', undefined, ['LS002 f.yaml:2:1 9-10 duplicate key "a:b"']],
    ["duplicate single-quoted key with a #", "'a#b': 1\n'a#b': 2\n", undefined, ["LS002 f.yaml:2:1 9-10 duplicate key 'a#b'"]],
    ["duplicate plain key ending in a double quote", 'a": 1\na": 2\n', undefined, ['LS002 f.yaml:2:1 6-7 duplicate key "a\\""']],
    ["duplicate plain key ending in a single quote", "a': 1\na': 2\n", undefined, ['LS002 f.yaml:2:1 6-7 duplicate key "a\'"']],
    ["duplicate plain key before a spaced colon", "a : 1\na : 2\n", undefined, ['LS002 f.yaml:2:1 6-7 duplicate key "a"']],
    ["duplicate empty key", "a: 1\n? \n: 1\n? \n: 2\n", undefined, ['LS002 f.yaml:5:1 15-16 duplicate key ""']],
    ["implicit key past 1024 characters (strict)", `${"k".repeat(1030)}: 1\n`, undefined, ["LS001 f.yaml:1:1 0-1030 The : indicator must be at most 1024 chars after the start of an implicit block mapping key"]],
    ["non-specific tag", "a: ! 1\n", undefined, ["LS003 f.yaml:1:6 5-6 YAML tag ! is not allowed in spec files"]],
    ["non-specific tag, in the config", "a: ! 1\n", "the config", ["LS003 f.yaml:1:6 5-6 YAML tag ! is not allowed in the config"]],
    ["second document", "a: 1\n---\nb: 2\n", undefined, ["LS004 f.yaml:2:1 5-14 a spec file holds one YAML document; remove the --- separator"]],
    ["anchor", "a: &x 1\n", undefined, ["LS003 f.yaml:1:7 6-7 YAML anchors and aliases are not allowed in spec files"]],
    ["anchor, in the config", "a: &x 1\n", "the config", ["LS003 f.yaml:1:7 6-7 YAML anchors and aliases are not allowed in the config"]],
    ["alias", "a: 1\nb: *a\n", undefined, ["LS003 f.yaml:2:4 8-10 YAML anchors and aliases are not allowed in spec files"]],
    ["alias at the root", "*a\n", undefined, ["LS003 f.yaml:1:1 0-2 YAML anchors and aliases are not allowed in spec files"]],
    ["anchor on a key", "&a k: 1\n", undefined, ["LS003 f.yaml:1:4 3-4 YAML anchors and aliases are not allowed in spec files"]],
    ["anchor in a flow sequence", "a: [&x 1]\n", undefined, ["LS003 f.yaml:1:8 7-8 YAML anchors and aliases are not allowed in spec files"]],
    ["anchor on a collection", "a: &m\n  b: 1\n", undefined, ["LS003 f.yaml:2:3 8-13 YAML anchors and aliases are not allowed in spec files"]],
    ["unknown tag", "a: !x 1\n", undefined, ["LS003 f.yaml:1:4 3-5 Unresolved tag: !x"]],
    ["flow sequence key", "? [a]\n: 1\n", undefined, ["LS011 f.yaml:1:3 2-5 keys must be plain strings"]],
    ["flow mapping key", "? {a: 1}\n: 1\n", undefined, ["LS011 f.yaml:1:3 2-8 keys must be plain strings"]],
    ["binary value", "a: !!binary aGk=\n", undefined, ["LS003 f.yaml:1:13 12-16 unsupported YAML value"]],
    ["unterminated quote", "a: 'x\n", undefined, ["LS001 f.yaml:2:1 6-7 Missing closing 'quote"]],
    ["directive, refused before the library", "%YAML 1.1\n---\na: yes\n", undefined, ["LS004 f.yaml:1:1 0-1 YAML directives are not supported: spec files are YAML 1.2"]],
    ["directive later on", "a: 1\n%TAG ! x\n", undefined, ["LS004 f.yaml:2:1 5-6 YAML directives are not supported: spec files are YAML 1.2"]],
  ];
  test.each(cases)("%s", (_name, text, kind, want) => expect(report(text, kind)).toEqual(want));

  test("a message loses the library's own position suffix and keeps its first line", () => {
    const [d] = report("a: [1, 2\n");
    expect(d).toMatch(/^LS001 f\.yaml:\d+:\d+ \d+-\d+ \S/);
    expect(d).not.toMatch(/at line \d+, column \d+|\n/);
  });

  test("a hopeless file: the first problems described, the rest only counted", () => {
    const text = Array.from({ length: MAX_PER_FILE + 30 }, () => "a: 1\n").join("");
    const bag = new DiagnosticBag();
    expect(parseYaml("f.yaml", text, bag)).toBeUndefined();
    expect(bag.items.length).toBe(MAX_PER_FILE);
    expect(bag.count).toBe(MAX_PER_FILE + 29);
    expect(bag.items[0]).toMatchObject({ code: "LS002", loc: { file: "f.yaml", line: 2, col: 1 }, message: 'duplicate key "a"' });
    expect(bag.items.at(-1)).toMatchObject({ loc: { line: MAX_PER_FILE + 1 } });
    expect(bag.sorted().at(-1)?.more).toBe(29);
  });

  test("problems in another file are not counted against this one", () => {
    const bag = new DiagnosticBag();
    for (let i = 0; i < MAX_PER_FILE; i++) bag.error("LS001", "x", { file: "other.yaml", line: 1, col: 1 });
    expect(parseYaml("f.yaml", "a: 1\na: 2\n", bag)).toBeUndefined();
    expect(bag.items.at(-1)).toMatchObject({ code: "LS002", loc: { file: "f.yaml" }, message: 'duplicate key "a"' });
  });
});

describe("parseYaml: the library's tree, converted", () => {
  // Anything outside the fast subset (an explicit key, a core tag) goes through the library.
  test("explicit keys, core tags, empty values and sequences", () => {
    const bag = new DiagnosticBag();
    const text = "? a\n: !!str 1\nb: !!int 2\nc: !!null ~\nd:\ne: [x, !!str , ~]\nf: 'q'\n";
    // A value of its own: an earlier run in the same process may have left any value behind.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 17;
    const doc = parseYaml("f.yaml", text, bag);
    expect(bag.items).toEqual([]);
    expect(doc?.root).toEqual({
      kind: "map",
      start: 0,
      end: text.length,
      items: [
        { key: { kind: "scalar", value: "a", source: "a", start: 2, end: 3 }, value: { kind: "scalar", value: "1", source: "1", start: 12, end: 13 } },
        { key: { kind: "scalar", value: "b", source: "b", start: 14, end: 15 }, value: { kind: "scalar", value: 2, source: "2", start: 23, end: 24 } },
        { key: { kind: "scalar", value: "c", source: "c", start: 25, end: 26 }, value: { kind: "scalar", value: null, source: "~", start: 35, end: 36 } },
        { key: { kind: "scalar", value: "d", source: "d", start: 37, end: 38 }, value: null },
        {
          key: { kind: "scalar", value: "e", source: "e", start: 40, end: 41 },
          value: { kind: "seq", start: 43, end: 57, items: [{ kind: "scalar", value: "x", source: "x", start: 44, end: 45 }, { kind: "scalar", value: "", source: "", start: 53, end: 53 }, { kind: "scalar", value: null, source: "~", start: 55, end: 56 }] },
        },
        { key: { kind: "scalar", value: "f", source: "f", start: 58, end: 59 }, value: { kind: "scalar", value: "q", source: "q", start: 61, end: 64 } },
      ],
    });
    expect(doc?.linePos(12)).toEqual({ line: 2, col: 9 });
    const after = Error.stackTraceLimit;
    Error.stackTraceLimit = limit;
    expect(after, "the stack-trace limit is restored after the library runs").toBe(17);
    expect(doc?.linePos(text.length - 1)).toEqual({ line: 7, col: 7 });
  });

  test("an empty explicit key is left out", () => {
    const bag = new DiagnosticBag();
    expect(parseYaml("f.yaml", "? \n: 1\nb: 2\n", bag)?.root).toMatchObject({ kind: "map", items: [{ key: { value: "b" } }] });
    expect(bag.items).toEqual([]);
  });

  test("booleans through the library", () => {
    const bag = new DiagnosticBag();
    const root = parseYaml("f.yaml", "? a\n: true\nb: !!bool false\n", bag)?.root;
    expect(bag.items).toEqual([]);
    expect(root?.kind === "map" && root.items.map((p) => p.value?.kind === "scalar" && p.value.value)).toEqual([true, false]);
  });

  test("a map of only an empty key, through the library", () => {
    const bag = new DiagnosticBag();
    expect(parseYaml("f.yaml", "? \n", bag)?.root).toEqual({ kind: "map", items: [], start: 0, end: 2 });
    expect(bag.count).toBe(0);
  });

  test("the fast path's result is returned as it is", () => {
    const bag = new DiagnosticBag();
    const doc = parseYaml("f.yaml", "a: 1\n", bag);
    expect(doc?.root).toEqual({ kind: "map", start: 0, end: 5, items: [{ key: { kind: "scalar", value: "a", source: "a", start: 0, end: 1 }, value: { kind: "scalar", value: 1, source: "1", start: 3, end: 4 } }] });
    expect(bag.count).toBe(0);
  });
});

describe("lineIndex", () => {
  const text = "ab\n\ncd\r\ne";
  const cases: [number, string][] = [[0, "1:1"], [1, "1:2"], [2, "1:3"], [3, "2:1"], [4, "3:1"], [6, "3:3"], [7, "3:4"], [8, "4:1"], [9, "4:2"], [100, "4:93"]];
  test.each(cases)("offset %i is %s", (offset, want) => {
    const { line, col } = lineIndex(text)(offset);
    expect(`${line}:${col}`).toBe(want);
  });
  test("a text without line breaks, and many lines", () => {
    expect(lineIndex("abc")(2)).toEqual({ line: 1, col: 3 });
    const many = "x\n".repeat(1000);
    const at = lineIndex(many);
    for (const line of [1, 2, 3, 500, 511, 512, 513, 999, 1000, 1001]) expect(at(2 * (line - 1))).toEqual({ line, col: 1 });
    expect(at(2 * 700 + 1)).toEqual({ line: 701, col: 2 });
  });
});
