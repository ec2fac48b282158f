// Exact-match tables for Markdown escaping (src/escape/markdown.ts).
import { describe, expect, it } from "vitest";
import * as M from "../../src/escape/markdown.js";
import type { MdPart } from "../../src/escape/markdown.js";

describe("escapeMdText", () => {
  it.each([
    ["plain", "plain"],
    ["a\\b`c*d_e[f]g<h>i|j#k~l{m}n&o", "a\\\\b\\`c\\*d\\_e\\[f\\]g\\<h\\>i\\|j\\#k\\~l\\{m\\}n\\&o"],
    ["**", "\\*\\*"],
    ["see http://x.y and WWW.a.b", "see http\\://x.y and WWW\\.a.b"],
    ["www.x", "www\\.x"],
    ["www.a www.b", "www\\.a www\\.b"],
    ["wwwx", "wwwx"],
    ["no scheme:/ here", "no scheme:/ here"],
    ["a://b://c", "a\\://b\\://c"],
  ])("%j → %j", (given, want) => {
    expect(M.escapeMdText(given)).toBe(want);
  });
});

describe("escapeLineStart", () => {
  it.each([
    ["- x", "\\- x"],
    ["+ x", "\\+ x"],
    ["= x", "\\= x"],
    ["1. x", "1\\. x"],
    ["12) x", "12\\) x"],
    ["1x", "1x"],
    ["0.5", "0\\.5"],
    ["9", "9"],
    ["9.", "9\\."],
    ["/x", "/x"],
    [":x", ":x"],
    [",x", ",x"],
    [">x", ">x"],
    ["", ""],
    ["a-", "a-"],
    ["x 1. y", "x 1. y"],
  ])("%j → %j", (given, want) => {
    expect(M.escapeLineStart(given)).toBe(want);
  });
});

describe("escapeProse", () => {
  it.each([
    ["use `a|b` now", false, "use `a|b` now"],
    ["use `a|b` now", true, "use `a\\|b` now"],
    ["`a|b|c`", true, "`a\\|b\\|c`"],
    ["`x\\|y`", true, "\\`x\\\\\\|y\\`"],
    ["`x\\|y`", false, "`x\\|y`"],
    ["``a`b`` c", false, "``a`b`` c"],
    ["` x", false, "\\` x"],
    ["a ``` b ` c", false, "a \\`\\`\\` b \\` c"],
    ["``x` ``", false, "``x` ``"],
    ["a `b` `c` d*", true, "a `b` `c` d\\*"],
    ["``", false, "\\`\\`"],
    ["x `", false, "x \\`"],
    ["`a` and ``b``", false, "`a` and ``b``"],
    ["*`a`*", false, "\\*`a`\\*"],
    ["no code *", true, "no code \\*"],
    ["``` a `` b ```", false, "``` a `` b ```"],
  ] as [string, boolean, string][])("%j (in table: %s)", (given, inTable, want) => {
    expect(M.escapeProse(given, inTable)).toBe(want);
  });
});

describe("lines, cells and blocks", () => {
  it.each([
    ["- item", "\\- item"],
    ["1. x *y*", "1\\. x \\*y\\*"],
  ])("escapeMdLine %j", (given, want) => {
    expect(M.escapeMdLine(given)).toBe(want);
  });

  it.each([
    ["  Title  ", "Title"],
    ["A\nB\n\nC", "A B C"],
    ["x\u202E", "x\\<U+202E\\>"],
    ["- x", "\\- x"],
    ["", ""],
    ["  a \n  b \u0085", "a b"],
  ])("mdLine %j", (given, want) => {
    expect(M.mdLine(given)).toBe(want);
  });

  it.each([
    ["a|b", "a\\|b"],
    [" - x ", "\\- x"],
    ["p1\n\np2", "p1<br /><br />p2"],
    ["l1\nl2", "l1 l2"],
    [" l1 \n  l2 ", "l1 l2"],
    ["x\u0085y", "x y"],
    ["`a|b`", "`a\\|b`"],
    ["1. x\n\n2. y", "1\\. x<br /><br />2. y"],
    ["- x\n\ny", "\\- x<br /><br />y"],
    ["\u200B", "\\<U+200B\\>"],
    ["\u0000", "\\<U+0000\\>"],
    ["\u007F", "\\<U+007F\\>"],
    ["\u001F", "\\<U+001F\\>"],
    ["\u2028x", "x"],
    ["x\u2029", "x"],
  ])("mdCell %j", (given, want) => {
    expect(M.mdCell(given)).toBe(want);
  });

  it.each([
    ["a\nb\n\nc", "", "a\nb\n\nc"],
    ["a\n\n- b", "> ", "> a\n>\n> \\- b"],
    ["  x  ", "> ", "> x"],
    ["", "> ", ""],
    ["   ", "", ""],
    ["one", "", "one"],
    [" one", "", "one"],
    ["a\r\n  b", "", "a\nb"],
    ["a\n \n\nb", "", "a\n\nb"],
  ])("mdBlock %j with %j", (given, prefix, want) => {
    expect(M.mdBlock(given, prefix)).toBe(want);
  });

  it("mdBlock defaults to no prefix; mdQuote quotes", () => {
    expect(M.mdBlock("a\n\nb")).toBe("a\n\nb");
    expect(M.mdQuote("n1\n\nn2")).toBe("> n1\n>\n> n2");
  });
});

describe("mdNotice", () => {
  it.each([
    ["a -- b --> c", false, "<!-- a - - b - -> c -->"],
    ["a */ b */", true, "{/* a *\\/ b *\\/ */}"],
    [" x\ny ", false, "<!-- x y -->"],
    ["---", false, "<!-- - - - -->"],
    ["a-b -c", false, "<!-- a-b -c -->"],
  ] as [string, boolean, string][])("%j (mdx: %s)", (given, mdx, want) => {
    expect(M.mdNotice(given, mdx)).toBe(want);
  });
});

describe("mdAnchor", () => {
  it.each(["billing-x", "a", "a9-"])("%j", (id) => {
    expect(M.mdAnchor(id)).toBe(`<a id="${id}"></a>`);
  });
  it.each(["Bad", "9a", "", "a_b", "-a", "a B", "aB"])("rejects %j", (id) => {
    expect(() => M.mdAnchor(id)).toThrow(new Error(`bad Markdown anchor ${JSON.stringify(id)}`));
  });
});

describe("md", () => {
  it.each([
    [["- x ", { code: "A_B.c/d-1" }, " y"], false, "\\- x `A_B.c/d-1` y"],
    [["", "1. x"], false, "1\\. x"],
    [
      [" since ", { text: "a*b\n c" }, { strong: "S_t\n\nx" }, { anchor: "an" }, { href: "#x", label: "L*" }, { href: "../../a/b-c.md#y", label: { code: "X" } }, { href: "a.md", label: { text: "t" } }],
      false,
      " since a\\*b c**S\\_t x**<a id=\"an\"></a>[L\\*](#x)[`X`](../../a/b-c.md#y)[t](a.md)",
    ],
    [[{ text: "  `x`  " }], false, "\\`x\\`"],
    [[{ strong: " b " }], false, "**b**"],
    [[{ cell: "a|b\n\nc" }], true, "a\\|b<br /><br />c"],
    [["x|y ", "`a|b`"], true, "x\\|y `a\\|b`"],
    [["x|y ", "`a|b`"], false, "x\\|y `a|b`"],
    [[" lead\u202E ", "x"], false, " lead\\<U+202E\\> x"],
    [["\u200B\n", "t"], false, "\\<U+200B\\>t"],
    [["a\n\tb", "c"], false, "a bc"],
    [["\ta\u0000\t", "c"], false, " a\\<U+0000\\> c"],
    [["\u0000 ", "c"], false, "\\<U+0000\\> c"],
    [[" \u0000", "c"], false, " \\<U+0000\\>c"],
    [["\n \n", "c"], false, "c"],
    [[{ href: "errors/billing.md", label: "x" }], false, "[x](errors/billing.md)"],
    [[{ href: "a0-b/c.md#d-9", label: "x" }], false, "[x](a0-b/c.md#d-9)"],
  ] as [MdPart[], boolean, string][])("%j", (parts, inTable, want) => {
    expect(M.md(parts, inTable)).toBe(want);
  });

  it.each([
    [{ code: "a b" }, 'bad Markdown code span "a b"'],
    [{ code: "" }, 'bad Markdown code span ""'],
    [{ code: "_a" }, 'bad Markdown code span "_a"'],
    [{ code: "a`" }, 'bad Markdown code span "a`"'],
    [{ href: "", label: "x" }, 'bad Markdown link ""'],
    [{ href: "http://x", label: "x" }, 'bad Markdown link "http://x"'],
    [{ href: "a.md#B", label: "x" }, 'bad Markdown link "a.md#B"'],
    [{ href: "A.md", label: "x" }, 'bad Markdown link "A.md"'],
    [{ href: "a/.md", label: "x" }, 'bad Markdown link "a/.md"'],
    [{ href: "#", label: "x" }, 'bad Markdown link "#"'],
    [{ href: "a.mdx", label: "x" }, 'bad Markdown link "a.mdx"'],
    [{ href: "./a.md", label: "x" }, 'bad Markdown link "./a.md"'],
    [{ href: "x.md#9", label: "x" }, 'bad Markdown link "x.md#9"'],
    [{ href: "-a.md", label: "x" }, 'bad Markdown link "-a.md"'],
    [{ href: "a.md x", label: "x" }, 'bad Markdown link "a.md x"'],
  ] as [MdPart, string][])("rejects %j", (part, message) => {
    expect(() => M.md([part])).toThrow(new Error(message));
  });
});

describe("tables and headings", () => {
  it("mdRow and mdRule", () => {
    expect(M.mdRow([["a"], [{ code: "X" }, " b|c"], []])).toBe("| a | `X` b\\|c |  |");
    expect(M.mdRow([["- x"]])).toBe("| \\- x |");
    expect(M.mdRow([])).toBe("|");
    expect(M.mdRule([1, 2, 3])).toBe("| --- | --- | --- |");
    expect(M.mdRule([])).toBe("|");
  });
  it("mdHeading", () => {
    expect(M.mdHeading(1, ["T*"])).toBe("# T\\*");
    expect(M.mdHeading(6, ["- x"])).toBe("###### \\- x");
    for (const level of [0, 7, 1.5, -1]) expect(() => M.mdHeading(level, ["x"])).toThrow(new Error(`bad heading level ${level}`));
  });
});
