// Edge cases that separate each escaper from a near miss (each found by a surviving
// mutant): anchors of patterns, boundaries of ranges, fast paths that must agree with
// the general path.
import { describe, expect, it } from "vitest";
import { goComment, goLineComment } from "../../src/escape/go.js";
import { escapeLineStart, escapeMdLine, md, mdCell, mdLine, mdRow } from "../../src/escape/markdown.js";
import { pyDocstring } from "../../src/escape/python.js";
import { rstComment, rstInline, rstLine, rstTitle } from "../../src/escape/rst.js";
import { jsdoc, tsString } from "../../src/escape/ts.js";

describe("Go comments", () => {
  it.each([
    ["  a  b  ", "a  b"],
    ["a b ", "a b"],
    ["x  ", "x"],
    ["  x", "x"],
  ])("goLineComment(%j) trims only the edges", (given, want) => {
    expect(goLineComment(given)).toBe(want);
  });

  it.each([
    ["a paragraph mentioning [a]: inside is plain", ["Intro.", "see [a]: b"], "// Foo\n//\n// Intro.\n//\n// see [a]: b\n"],
    ["a longer link label is a definition", ["Intro.", "[ab]: http://x"], "// Foo\n//\n// Intro.\n// [ab]: http://x\n"],
    ["Deprecated: only counts at the start", ["Intro.", "Not Deprecated: yet"], "// Foo\n//\n// Intro.\n//\n// Not Deprecated: yet\n"],
    ["# only counts at the start", ["Intro.", "a # b"], "// Foo\n//\n// Intro.\n//\n// a # b\n"],
    ["a capital later in the line is no heading", ["Intro.", "lower Upper"], "// Foo\n//\n// Intro.\n//\n// lower Upper\n"],
    ["ending in a BMP letter above the surrogates", ["Intro.", "Heading \uFF21"], "// Foo\n//\n// Intro.\n// Heading \uFF21\n"],
    ["ending in an astral digit whose low surrogate is DFFF", ["Intro.", "Heading \uD835\uDFFF"], "// Foo\n//\n// Intro.\n// Heading \uD835\uDFFF\n"],
  ])("%s", (_name, body, want) => {
    expect(goComment({ summary: "Foo", body }, "")).toBe(want);
  });

  it("blank lines around text after a code block add no paragraph", () => {
    expect(goComment({ summary: "Foo", body: [{ code: ["x"] }, "\n\ntext."] }, "")).toBe("// Foo\n//\n//\tx\n//\n// text.\n");
    expect(goComment({ summary: "Foo", body: [{ code: ["x"] }, "\n"] }, "")).toBe("// Foo\n//\n//\tx\n");
  });

  it("blank code lines do not count for the common indent", () => {
    expect(goComment({ summary: "Foo", body: [{ code: ["  a", "", "    b"] }] }, "")).toBe("// Foo\n//\n//\ta\n//\n//\t  b\n");
  });

  it("a deprecation's blank lines are dropped", () => {
    expect(goComment({ summary: "Foo", body: [], deprecated: "Use A.\n\nThen B." }, "")).toBe("// Foo\n//\n// Deprecated: Use A.\n// Then B.\n");
  });
});

describe("TypeScript", () => {
  it("one double quote and no single quote picks single quotes", () => {
    expect(tsString('a"b')).toBe(`'a"b'`);
  });
  it("a lone CR starts a new JSDoc line, so a tag after it is escaped", () => {
    expect(jsdoc([{ parts: ["a\r@b"] }], "")).toBe("/**\n * a\n * \\@b\n */\n");
  });
});

describe("Python", () => {
  it("a docstring line of special characters only is still escaped", () => {
    expect(pyDocstring(["\\"], "")).toBe('"""\\\\"""');
    expect(pyDocstring(['a\n"""'], "")).toBe('"""a\n\\"\\"\\"\n"""');
  });
});

describe("Markdown", () => {
  it.each([
    ["an enumerator later in a line that starts with a digit", "1x 2. y", "1x 2. y"],
  ])("escapeLineStart: %s", (_name, given, want) => {
    expect(escapeLineStart(given)).toBe(want);
  });

  it("outside a table a code span keeps its pipe; inside one it is escaped", () => {
    expect(escapeMdLine("`a|b`")).toBe("`a|b`");
    expect(mdLine("`a|b`\n")).toBe("`a|b`");
    expect(md(["`a|b`"])).toBe("`a|b`");
    expect(mdCell("`a|b`\n\nx")).toBe("`a\\|b`<br /><br />x");
    expect(mdRow([["`a|b`"]])).toBe("| `a\\|b` |");
  });

  it("fragments keep their spacing; only the first part can start a block", () => {
    expect(md(["x  ", "y"])).toBe("x  y");
    expect(md(["\n ", "x"])).toBe("x");
    expect(md(["x", "- y"])).toBe("x- y");
  });
});

describe("reStructuredText", () => {
  it.each([
    ["12. x", "12\\. x"],
    ["0:x", "0\\:x"],
    ["z:x", "z\\:x"],
    ["\\a\\", "\\\\a\\\\"],
  ])("rstLine(%j)", (given, want) => {
    expect(rstLine(given)).toBe(want);
  });

  it("a U+0080 counts two columns in a title underline", () => {
    expect(rstTitle("ab\u0080cd", "=")).toBe("ab\u0080cd\n======");
  });

  it("a directive-like comment with a multi-letter part after a separator", () => {
    expect(rstComment("a-bc::")).toBe("..\n   a-bc::");
  });

  it("a later inline part gains a trailing space only when it had one", () => {
    expect(rstInline(["x", " a b"])).toBe("x a b");
  });
});
