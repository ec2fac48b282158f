// Exact-match tables for reStructuredText escaping (src/escape/rst.ts).
import { describe, expect, it } from "vitest";
import * as R from "../../src/escape/rst.js";
import type { RstBlock, RstInline } from "../../src/escape/rst.js";

describe("rstEscapeInline", () => {
  it.each([
    ["a\\b`c*d_e|f:g<h>i[j]k", "a\\\\b\\`c\\*d\\_e\\|f\\:g\\<h\\>i\\[j\\]k"],
    ["x\ty\tz", "x y z"],
  ])("%j → %j", (given, want) => {
    expect(R.rstEscapeInline(given)).toBe(want);
  });
});

describe("rstLine", () => {
  it.each([
    ["Plain text.", "Plain text."],
    ["Plain, (text); 'a' \"b\" ? ! & % $ # @ + = / {x} ~ ^ -", "Plain, (text); 'a' \"b\" ? ! & % $ # @ + = / {x} ~ ^ -"],
    ["x,", "x,"],
    ["x!", "x!"],
    ["x)", "x\\)"],
    ["xy)", "xy)"],
    ["x ", "x"],
    ["1. item", "1\\. item"],
    ["a) item", "a\\) item"],
    ["iv. x", "iv\\. x"],
    ["IV. x", "IV\\. x"],
    ["MCM) x", "MCM\\) x"],
    ["12 items", "12 items"],
    ["1.5 x", "1.5 x"],
    ["- bullet", "\\- bullet"],
    ["* star", "\\* star"],
    ["\\\\", "\\ \\\\\\\\"],
    ["\\x", "\\\\x"],
    ["..", "\\.."],
    ["é ok", "é ok"],
    ["٣ ok", "٣ ok"],
    ["•x", "\\•x"],
    ["😀 x", "\\😀 x"],
    ["\u00A0x", "x"],
    ["  padded  ", "padded"],
    ["a\tb\nc", "a b c"],
    ["x\u202E", "x\\<U+202E\\>"],
    ["", ""],
    ["   ", ""],
    ["_x", "\\_x"],
    ["a.", "a\\."],
    ["A) ", "A\\)"],
    ["ab. x", "ab. x"],
    ["1)", "1\\)"],
    ["Z.", "Z\\."],
    ["z.x", "z.x"],
    ["#. x", "\\#. x"],
    [">>> x", "\\>\\>\\> x"],
    ["(a) x", "\\(a) x"],
    ["Ünï", "Ünï"],
    ["1", "1"],
    ["a\u0085b", "a b"],
    ["x_", "x\\_"],
    ["x:y", "x\\:y"],
    ["0x", "0x"],
    ["9.", "9\\."],
  ])("%j → %j", (given, want) => {
    expect(R.rstLine(given)).toBe(want);
  });
});

describe("rstText", () => {
  it.each([
    ["one", "  ", "one"],
    [" one ", "  ", "one"],
    ["- one", "  ", "\\- one"],
    ["a\nb\n\nc", "   ", "a\n   b\n\n   c"],
    ["- x\n\n\n1. y\n  \n", "  ", "\\- x\n\n  1\\. y"],
    ["t\tab", "", "t ab"],
    ["t\tab\nx", "", "t ab\nx"],
    ["  \n\n ", " ", ""],
    ["x\r\ny", "\t", "x\n\ty"],
    ["a\n \t\nb", "", "a\n\nb"],
    ["a\n  b  \nc", "", "a\nb\nc"],
  ])("%j at %j", (given, indent, want) => {
    expect(R.rstText(given, indent)).toBe(want);
  });
});

describe("one-line forms", () => {
  it("foldLine and rstInlineLine", () => {
    expect(R.foldLine("a \n\t b  ")).toBe("a b");
    expect(R.foldLine(" x\u200B")).toBe("x<U+200B>");
    expect(R.rstInlineLine("x\u200B")).toBe("x\\<U+200B\\>");
    expect(R.rstInlineLine(" - a\n\nb ")).toBe("\\- a b");
  });

  it.each([
    ["Title", "=", "Title\n====="],
    ["Ünï", "-", "Ünï\n-----"],
    ["ab", "~", "ab\n~~~~"],
    ["A *b*", "^", "A \\*b\\*\n^^^^^^^"],
    ["12345", "=", "12345\n====="],
    ...['"', "'", "`", "#", "*", "+", ".", ":", "_"].map((c) => ["x", c, `x\n${c.repeat(4)}`]),
  ])("rstTitle(%j, %j)", (text, char, want) => {
    expect(R.rstTitle(text, char)).toBe(want);
  });

  it.each([
    ["x", "==", 'not an RST title character: "=="'],
    ["x", "a", 'not an RST title character: "a"'],
    ["x", "", 'not an RST title character: ""'],
    ["x", "!", 'not an RST title character: "!"'],
    ["x", "=\n", 'not an RST title character: "=\\n"'],
    [" ", "=", "empty RST title"],
  ])("rstTitle(%j, %j) throws", (text, char, message) => {
    expect(() => R.rstTitle(text, char)).toThrow(new Error(message));
  });

  it.each([
    ["note", ".. note"],
    ["", ".."],
    [" \n ", ".."],
    ["_target:", "..\n   _target:"],
    ["[cit]", "..\n   [cit]"],
    ["|sub|", "..\n   |sub|"],
    ["image:: x", "..\n   image:: x"],
    ["a-b.c:d+e ::", "..\n   a-b.c:d+e ::"],
    ["a_b::", "..\n   a_b::"],
    ["x: y", ".. x: y"],
    ["see ::", "..\n   see ::"],
    ["a::", "..\n   a::"],
    ["é::", "..\n   é::"],
    ["a  ::", "..\n   a ::"],
    ["a b ::", ".. a b ::"],
    ["a -b::", ".. a -b::"],
    ["a--b::", ".. a--b::"],
    ["x _y", ".. x _y"],
  ])("rstComment(%j)", (given, want) => {
    expect(R.rstComment(given)).toBe(want);
  });
});

describe("labels, code and references", () => {
  it("valid forms", () => {
    expect(R.rstLabel("a-b9")).toBe(".. _a-b9:");
    expect(R.rstCode("INVALID_PHONE")).toBe("``INVALID_PHONE``");
    expect(R.rstCode("q9")).toBe("``q9``");
    expect(R.rstRef("A/b-c_9", "x-y")).toBe("`A/b-c_9 <x-y_>`__");
  });
  it.each(["A", "a_b", "a--b", "9", "", "a-", "a b"])("rstLabel rejects %j", (label) => {
    expect(() => R.rstLabel(label)).toThrow(new Error(`not an RST label: ${JSON.stringify(label)}`));
  });
  it.each(["9a", "a-b", "", "_a", "a b"])("rstCode rejects %j", (name) => {
    expect(() => R.rstCode(name)).toThrow(new Error(`not a code name: ${JSON.stringify(name)}`));
  });
  it.each([
    ["9", "x", 'not a code reference text: "9"'],
    ["a b", "x", 'not a code reference text: "a b"'],
    ["", "x", 'not a code reference text: ""'],
    ["a`", "x", 'not a code reference text: "a`"'],
    ["a", "X", 'not an RST label: "X"'],
  ])("rstRef(%j, %j) throws", (text, label, message) => {
    expect(() => R.rstRef(text, label)).toThrow(new Error(message));
  });
});

describe("rstInline", () => {
  it.each([
    [["- First", " ", { code: "A" }, " then ", { ref: "B", label: "b" }, ", ", { em: "Very Much" }, " *x*\t", "y"], "\\- First ``A`` then `B <b_>`__, *Very Much* \\*x\\* y"],
    [[" see\n\nmore  ", "a\tb "], "see  morea b "],
    [[{ em: "x" }, "  a  b  "], "*x* a b "],
    [["x", "a\u200B "], "xa\\<U+200B\\> "],
    [["x", " a\u00A0"], "x a "],
    [["x", "a\u00A0\u00A0"], "xa "],
    [["x", "a"], "xa"],
    [[], ""],
  ] as [RstInline[], string][])("%j", (parts, want) => {
    expect(R.rstInline(parts)).toBe(want);
  });
  it.each(["a1", "", " a", "a  b", "a ", "a*"])("rejects emphasis %j", (em) => {
    expect(() => R.rstInline([{ em }])).toThrow(new Error(`not plain words: ${JSON.stringify(em)}`));
  });
});

describe("rstBlocks and rstRow", () => {
  it.each([
    [[{ label: "l-1" }, { text: "p1\n\np2" }, { text: "" }, { inline: [] }, { inline: ["x"] }], "  ", ".. _l-1:\n\n  p1\n\n  p2\n\n  x"],
    [[], "  ", ""],
    [[{ text: "" }, { text: "a" }], "  ", "a"],
    [[{ text: "a\nb" }, { inline: ["c"] }], "\t", "a\n\tb\n\n\tc"],
  ] as [RstBlock[], string, string][])("rstBlocks %j", (blocks, indent, want) => {
    expect(R.rstBlocks(blocks, indent)).toBe(want);
  });
  it("rstRow", () => {
    expect(R.rstRow([[{ text: "a" }], [], [{ text: "b\nc" }]])).toBe("   * - a\n     -\n     - b\n       c");
    expect(R.rstRow([])).toBe("");
    expect(R.rstRow([[]])).toBe("   * -");
    expect(R.rstRow([[{ text: "p1\n\np2" }, { label: "x" }]])).toBe("   * - p1\n\n       p2\n\n       .. _x:");
  });
});

describe("docutilsId", () => {
  it.each([
    ["Hello World", "hello-world"],
    ["Straße", "strasze"],
    ["æ œ ß ø", "ae-oe-sz-o"],
    ["123abc", "abc"],
    ["--a--", "a"],
    ["Ünïcödé", "unicode"],
    ["a_b.c", "a-b-c"],
    ["ȸȹ đħ", "dbqp-dh"],
    ["\uFB01", "fi"],
    ["😀x", "x"],
    ["ƀƃƈƌƒƙƚƞƥƫƭƴƶǥȥȴȵȶȷȼȿɀɇɉɋɍɏ", "bbcdfklnpttyzgzlntjcszejqry"],
    ["ıłŧ", "ilt"],
    ["-9-a", "a"],
    ["A--B", "a-b"],
    ["a9", "a9"],
    ["x y-", "x-y"],
    ["ÀÉ", "ae"],
  ])("%j → %j", (given, want) => {
    expect(R.docutilsId(given)).toBe(want);
  });
});
