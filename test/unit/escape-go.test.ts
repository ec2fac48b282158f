// Exact-match tables for Go escaping (src/escape/go.ts): literals as strconv.Quote
// spells them, comments as gofmt and go/doc read them.
import { describe, expect, it } from "vitest";
import { type GoDoc, goComment, goLineComment, goString } from "../../src/escape/go.js";

describe("goString", () => {
  it.each([
    ["plain", '"plain"'],
    ["", '""'],
    ['a"b', '"a\\"b"'],
    ["a\\b", '"a\\\\b"'],
    ["\u0007\b\f\n\r\t\v", '"\\a\\b\\f\\n\\r\\t\\v"'],
    ["\u0000\u0001\u001f\u007f", '"\\x00\\x01\\x1f\\x7f"'],
    [" !#[]~", '" !#[]~"'],
    ["é", '"é"'],
    ["é\u007f", '"é\\x7f"'],
    ["\u00A0", '"\\u00a0"'],
    ["\u200B", '"\\u200b"'],
    ["😀", '"😀"'],
    ["\u{E0001}", '"\\U000e0001"'],
    ["\uD800", '"\uFFFD"'],
    ["\uDC00x", '"\uFFFDx"'],
    ["\u0080", '"\\u0080"'],
    ["\u00AD", '"\\u00ad"'],
    ["\u2028", '"\\u2028"'],
    ["é`'", '"é`\'"'],
    ["é a+1", '"é a+1"'],
    ["é\u0301", '"é\u0301"'],
    ["é٣", '"é٣"'],
    ["é$", '"é$"'],
  ])("%j → %s", (given, want) => {
    expect(goString(given)).toBe(want);
  });
});

describe("goLineComment", () => {
  it.each([
    ["one line", "one line"],
    [" padded ", "padded"],
    ["\tx\t", "x"],
    ["x ", "x"],
    [" x", "x"],
    ["a\n\nb", "a b"],
    ["a ``b`` c", "a ` `b` ` c"],
    ["it''s", "it' 's"],
    ["plain ``", "plain ` `"],
    ["a `b` 'c'", "a `b` 'c'"],
    ["x\u0000", "x<U+0000>"],
    ["  a\n  b  ", "a b"],
    ["\uD800", "\uFFFD"],
    ["a\u00A0", "a"],
    ["x\u3000 ", "x"],
    ["x\u00A0\t", "x"],
  ])("%j → %j", (given, want) => {
    expect(goLineComment(given)).toBe(want);
  });
});

describe("goComment", () => {
  const cases: [string, GoDoc, string, string][] = [
    ["summary only", { summary: "Foo is x.", body: [] }, "", "// Foo is x.\n"],
    ["paragraphs, indented", { summary: "Foo is x.", body: ["Para one\ncontinues.\n\nPara two."] }, "\t", "\t// Foo is x.\n\t//\n\t// Para one\n\t// continues.\n\t//\n\t// Para two.\n"],
    ["a Deprecated: paragraph joins the one before", { summary: "Foo is x.", body: ["Deprecated: not really."] }, "", "// Foo is x.\n// Deprecated: not really.\n"],
    ["a # heading joins", { summary: "Foo is x.", body: ["Intro.", "# Heading"] }, "", "// Foo is x.\n//\n// Intro.\n// # Heading\n"],
    ["#x is no heading", { summary: "Foo", body: ["Intro.", "#x"] }, "", "// Foo\n//\n// Intro.\n//\n// #x\n"],
    ["#<tab> is a heading", { summary: "Foo", body: ["Intro.", "#\tx"] }, "", "// Foo\n//\n// Intro.\n// #\tx\n"],
    ["an old-style heading joins", { summary: "Foo is x.", body: ["Intro.", "Heading Like"] }, "", "// Foo is x.\n//\n// Intro.\n// Heading Like\n"],
    ["ending in a digit", { summary: "Foo", body: ["Intro.", "Heading 9"] }, "", "// Foo\n//\n// Intro.\n// Heading 9\n"],
    ["a non-ASCII capital", { summary: "Foo", body: ["Intro.", "Éclair ok"] }, "", "// Foo\n//\n// Intro.\n// Éclair ok\n"],
    ["ending in an astral letter", { summary: "Foo", body: ["Intro.", "Heading \uD835\uDC00"] }, "", "// Foo\n//\n// Intro.\n// Heading \uD835\uDC00\n"],
    ["ending in an emoji", { summary: "Foo", body: ["Intro.", "Heading 😀"] }, "", "// Foo\n//\n// Intro.\n//\n// Heading 😀\n"],
    ["ending in punctuation", { summary: "Foo is x.", body: ["Intro.", "Heading like."] }, "", "// Foo is x.\n//\n// Intro.\n//\n// Heading like.\n"],
    ["lower-case start", { summary: "Foo is x.", body: ["Intro.", "lower start"] }, "", "// Foo is x.\n//\n// Intro.\n//\n// lower start\n"],
    ["heading punctuation inside", { summary: "Foo is x.", body: ["Intro.", "Has colon: Word"] }, "", "// Foo is x.\n//\n// Intro.\n//\n// Has colon: Word\n"],
    ["an underscore", { summary: "Foo", body: ["Intro.", "Heading_x"] }, "", "// Foo\n//\n// Intro.\n//\n// Heading_x\n"],
    ["two lines are no heading", { summary: "Foo is x.", body: ["Intro.", "Two\nLines"] }, "", "// Foo is x.\n//\n// Intro.\n//\n// Two\n// Lines\n"],
    ["link definitions join", { summary: "Foo is x.", body: ["Intro.", "[a]: http://x\n[b]:\thttp://y"] }, "", "// Foo is x.\n//\n// Intro.\n// [a]: http://x\n// [b]:\thttp://y\n"],
    ["not all link definitions", { summary: "Foo is x.", body: ["Intro.", "[a]: http://x\nnot a def"] }, "", "// Foo is x.\n//\n// Intro.\n//\n// [a]: http://x\n// not a def\n"],
    ["[a]:x is no definition", { summary: "Foo", body: ["Intro.", "[a]:x"] }, "", "// Foo\n//\n// Intro.\n//\n// [a]:x\n"],
    [
      "code block trimmed and de-indented; a special paragraph after it gets a lead-in",
      { summary: "Foo is x.", body: [{ code: ["", "  x := 1", "    y", ""] }, "Deprecated: after code"] },
      "",
      "// Foo is x.\n//\n//\tx := 1\n//\t  y\n//\n// Note: Deprecated: after code\n",
    ],
    ["a blank line inside code", { summary: "Foo", body: [{ code: ["a", "", "b"] }] }, "", "// Foo\n//\n//\ta\n//\n//\tb\n"],
    ["an all-blank code block is dropped", { summary: "Foo is x.", body: [{ code: ["", ""] }] }, "", "// Foo is x.\n"],
    ["code lines are one line each", { summary: "Foo is x.", body: [{ code: ["a\nb", "\tc"] }] }, "", "// Foo is x.\n//\n//\ta b\n//\t\tc\n"],
    ["code with a lone surrogate", { summary: "Foo", body: [{ code: ["x\uD800"] }] }, "", "// Foo\n//\n//\tx\uFFFD\n"],
    ["deprecation is the last paragraph", { summary: "Foo is x.", body: ["Text"], deprecated: "Use Bar.\nReally." }, "  ", "  // Foo is x.\n  // Text\n  //\n  // Deprecated: Use Bar.\n  // Really.\n"],
    ["empty deprecation", { summary: "Foo is x.", body: [], deprecated: "" }, "", "// Foo is x.\n//\n// Deprecated:\n"],
    ["a multi-paragraph summary stays one paragraph", { summary: "Foo\n\nbar", body: [] }, "", "// Foo\n// bar\n"],
    ["blank lines collapse, lines are de-indented", { summary: "Foo", body: ["x\n  y\n\n\n z"] }, "", "// Foo\n//\n// x\n// y\n//\n// z\n"],
    ["a summary line starting with blanks", { summary: "\tFoo", body: [] }, "", "// Foo\n"],
  ];
  it.each(cases)("%s", (_name, doc, indent, want) => {
    expect(goComment(doc, indent)).toBe(want);
  });

  it("throws without a summary", () => {
    expect(() => goComment({ summary: "  \n ", body: [] }, "")).toThrow(new Error("a Go doc comment needs a summary"));
  });
});
