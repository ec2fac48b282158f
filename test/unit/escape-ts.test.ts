// Exact-match tables for TypeScript escaping (src/escape/ts.ts).
import { describe, expect, it } from "vitest";
import { escapeJsDocLine, jsdoc, tsComment, tsString } from "../../src/escape/ts.js";

describe("tsString", () => {
  it.each([
    ["plain", '"plain"'],
    ['say "hi"', `'say "hi"'`],
    ["it's", `"it's"`],
    [`a"b'c`, `"a\\"b'c"`],
    [`"x"'`, `'"x"\\''`],
    [`""'`, `'""\\''`],
    ["a\\b", '"a\\\\b"'],
    ["\u2028\u2029", '"\\u2028\\u2029"'],
    ["\u200B\u202E\uFEFF", '"\\u200b\\u202e\\ufeff"'],
    ["\n\t", '"\\n\\t"'],
    ["é😀", '"é😀"'],
    [`'"'"'`, `"'\\"'\\"'"`],
  ])("%j → %s", (given, want) => {
    expect(tsString(given)).toBe(want);
  });
});

describe("escapeJsDocLine", () => {
  it.each([
    ["a */ b", "a *\\/ b"],
    ["*/ and */", "*\\/ and *\\/"],
    ["{@link x}", "{\\@link x}"],
    ["{@a} {@b}", "{\\@a} {\\@b}"],
    ["@tag", "\\@tag"],
    ["  @tag", "  \\@tag"],
    ["\t@tag @x", "\t\\@tag @x"],
    ["x @y", "x @y"],
    ["**/", "**\\/"],
    ["a {@ b", "a {\\@ b"],
  ])("%j → %j", (given, want) => {
    expect(escapeJsDocLine(given)).toBe(want);
  });
});

describe("tsComment", () => {
  it.each([
    ["a\nb\r\nc", "a b c"],
    ["x\u202E", "x<U+202E>"],
    [" a ", " a"],
  ])("%j → %j", (given, want) => {
    expect(tsComment(given)).toBe(want);
  });
});

describe("jsdoc", () => {
  it("paragraph and tag with a link, indented", () => {
    expect(jsdoc([{ parts: ["Hello */ world"] }, { tag: "deprecated", parts: ["Use ", { link: "Foo.Bar" }, " instead."] }], "  ")).toBe(
      "  /**\n   * Hello *\\/ world\n   *\n   * @deprecated Use {@link Foo.Bar} instead.\n   */\n",
    );
  });
  it("nothing for no content", () => {
    expect(jsdoc([{ parts: [""] }], "")).toBe("");
    expect(jsdoc([], "")).toBe("");
    expect(jsdoc([{ parts: ["  \n "] }], "")).toBe("");
  });
  it("a bare tag has no trailing space", () => {
    expect(jsdoc([{ tag: "deprecated", parts: [] }], "")).toBe("/**\n * @deprecated\n */\n");
  });
  it("CR line ends, an empty paragraph skipped, multi-line tag", () => {
    expect(jsdoc([{ parts: ["a\r\nb\rc"] }, { parts: ["  "] }, { tag: "see", parts: ["x\ny"] }], "\t")).toBe(
      "\t/**\n\t * a\n\t * b\n\t * c\n\t *\n\t * @see x\n\t * y\n\t */\n",
    );
  });
  it("blank lines inside a paragraph become bare ` *` lines", () => {
    expect(jsdoc([{ parts: ["p1\n\np2"] }], "")).toBe("/**\n * p1\n *\n * p2\n */\n");
  });
  it("each line of a part is escaped", () => {
    expect(jsdoc([{ parts: ["a\n@b */"] }], "")).toBe("/**\n * a\n * \\@b *\\/\n */\n");
  });
  it("links and tags at the edges of their patterns", () => {
    expect(jsdoc([{ parts: [{ link: "$a_b.c9" }] }, { tag: "aB", parts: [] }], "")).toBe("/**\n * {@link $a_b.c9}\n *\n * @aB\n */\n");
  });
  it.each([
    [{ tag: "Bad", parts: [] }, 'bad JSDoc tag "Bad"'],
    [{ tag: "bad-x", parts: [] }, 'bad JSDoc tag "bad-x"'],
    [{ tag: "x y", parts: [] }, 'bad JSDoc tag "x y"'],
    [{ tag: "", parts: [] }, 'bad JSDoc tag ""'],
    [{ parts: [{ link: "a b" }] }, 'bad JSDoc link "a b"'],
    [{ parts: [{ link: "1a" }] }, 'bad JSDoc link "1a"'],
    [{ parts: [{ link: "a}" }] }, 'bad JSDoc link "a}"'],
    [{ parts: [{ link: "" }] }, 'bad JSDoc link ""'],
  ])("rejects %j", (block, message) => {
    expect(() => jsdoc([block], "")).toThrow(new Error(message));
  });
});
