// Exact-match tables for the text hygiene every escaper starts from (src/escape/text.ts).
import { describe, expect, it } from "vitest";
import { INVISIBLE, normaliseText, paragraphs, showInvisible } from "../../src/escape/text.js";

describe("normaliseText", () => {
  const cases: [string, string, string][] = [
    ["plain text is returned as is", "plain", "plain"],
    ["inner spaces and tabs stay", "tab\there  x", "tab\there  x"],
    ["bidi override becomes a marker", "a\u202Eb", "a<U+202E>b"],
    ["every invisible range edge", "\u200B\u200F\u202A\u202E\u2060\u2064\u2066\u2069\uFEFF", "<U+200B><U+200F><U+202A><U+202E><U+2060><U+2064><U+2066><U+2069><U+FEFF>"],
    ["neighbours of the invisible ranges stay", "\u200A\u2010\u2029x\u205F\u2065\u206A", "\u200A\u2010\nx\u205F\u2065\u206A"],
    ["CRLF and lone CR become LF", "a\r\nb\rc", "a\nb\nc"],
    ["a CR first", "\rx", "\nx"],
    ["C0 controls but tab and LF become markers", "x\u0000\u0001\u0008\u000B\u000C\u000E\u001F\u007Fy", "x<U+0000><U+0001><U+0008><U+000B><U+000C><U+000E><U+001F><U+007F>y"],
    ["controls alone (no other trigger)", "\u0007", "<U+0007>"],
    ["DEL alone", "a\u007F", "a<U+007F>"],
    ["NEL and the Unicode separators are line breaks", "a\u0085b\u2028c\u2029d", "a\nb\nc\nd"],
    ["trailing blanks of every line go", "a \t\nb\u00A0\u3000\nc\u2000\u200A\u202F\u205F\u1680", "a\nb\nc"],
    ["one trailing space", "trail ", "trail"],
    ["one trailing tab", "trail\t", "trail"],
    ["one trailing NBSP", "x\u00A0", "x"],
    ["trailing blank before a newline only", "a \nb", "a\nb"],
    ["a leading space stays", " lead", " lead"],
    ["a space before other text stays", "a b\u00A0c", "a b\u00A0c"],
    ["high characters are kept", "é 😀 \u0080 \u00A0x", "é 😀 \u0080 \u00A0x"],
  ];
  it.each(cases)("%s", (_name, given, want) => {
    expect(normaliseText(given)).toBe(want);
  });
});

describe("showInvisible", () => {
  it.each([
    ["a\u200Bb\u2069", "a<U+200B>b<U+2069>"],
    ["\uFEFF", "<U+FEFF>"],
    ["a\u202Ab\u202Ec", "a<U+202A>b<U+202E>c"],
    ["visible", "visible"],
    ["\u0000", "\u0000"],
  ])("%j → %j", (given, want) => {
    expect(showInvisible(given)).toBe(want);
  });

  it("INVISIBLE is global (every occurrence is replaced)", () => {
    expect("\u200B\u200B".replace(INVISIBLE, "")).toBe("");
  });
});

describe("paragraphs", () => {
  it.each([
    ["a\n\nb\nc", [["a"], ["b", "c"]]],
    ["a\n \t\nb", [["a"], ["b"]]],
    ["\n\n  \n\nx", [["x"]]],
    ["a\n\n\n\nb", [["a"], ["b"]]],
    ["a\nxx\nb", [["a", "xx", "b"]]],
    ["a\nx x\nb", [["a", "x x", "b"]]],
    ["  \n\n", []],
    ["", []],
    ["a\r\n\r\nb", [["a"], ["b"]]],
    ["  a\n\n  \n", [["  a"]]],
  ] as [string, string[][]][])("%j", (given, want) => {
    expect(paragraphs(given)).toEqual(want);
  });
});
