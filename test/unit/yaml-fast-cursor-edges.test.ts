// Fast YAML cursor edges found by mutation testing (src/yaml/fast-cursor.ts): CRLF after
// indicators and inside quoted scalars, empty values at the text's end, only `---` and
// `...` as document markers, a tab before a key's colon, trailing spaces kept in quoted
// text, and markers in a root quoted scalar's continuation lines.
import { expect, test } from "vitest";
import { parseFast } from "../../src/yaml/fast.js";
import { check, toPlain } from "../support/yaml-fast-agree.js";

const accepted: [string, string, unknown][] = [
  ["document start with CRLF", "---\r\na: 1\r\n", { a: 1 }],
  ["sequence dash then CRLF", "-\r\n  x\r\n- y\r\n", ["x", "y"]],
  ["three equal letters are no marker", "aaa\n", "aaa"],
  ["a key of three equal letters and a word", "a: 1\nbbb c: 2\n", { a: 1, "bbb c": 2 }],
  ["tab before a key's colon", "a\t: b\n", { a: "b" }],
  ["single-quoted with a doubled quote and trailing spaces", "a: 'it''s  '\n", { a: "it's  " }],
  ["multi-line single-quoted with a CRLF empty line", "a: 'x\r\n\r\n  y'\r\n", { a: "x\ny" }],
  ["indented marker text in a root quoted scalar", "'x\n  --- y'\n", "x --- y"],
];

test.each(accepted)("accepted: %s", (_name, text, want) => {
  const doc = parseFast(text);
  expect(doc, "parseFast gave up").toBeDefined();
  expect(toPlain(doc!.root)).toEqual(want);
  expect(check(text)).toBe("ok");
});

test.each([
  ["document end before content", "...\na: 1\n"],
  ["document start in a root quoted scalar", "'x\n--- y'\n"],
  ["document end in a root double-quoted scalar", '"x\n... y"\n'],
])("gives up: %s", (_name, text) => expect(parseFast(text)).toBeUndefined());

test("an empty value or item at the text's end, after spaces, is null like one before a line break", () => {
  for (const text of ["a: ", "a:   ", "a:\n"]) {
    const root = parseFast(text)!.root;
    expect(root?.kind === "map" && root.items.map((p) => p.value)).toEqual([null]);
  }
  for (const text of ["- ", "-  ", "-\n"]) {
    const root = parseFast(text)!.root;
    expect(root?.kind === "seq" && root.items).toEqual([null]);
  }
});
