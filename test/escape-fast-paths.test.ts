// The escapers answer most text with a quick test and return it unchanged (issue 16:
// 50,000 codes pass several texts each through them). These are the texts at the edge
// of each quick test, where the fast answer and the full escaping must agree: a
// trailing blank, the one character that needs escaping, a non-ASCII character,
// a lone surrogate, a line separator.
import { describe, expect, test } from "vitest";
import { escapeHtmlAttr, escapeHtmlFragment, escapeHtmlText, html, htmlProse, type HtmlNode } from "../src/escape/html.js";
import { escapeMdText } from "../src/escape/markdown.js";
import { pyComment, pyDocstring } from "../src/escape/python.js";
import { rstEscapeInline, rstInline } from "../src/escape/rst.js";
import { codeFacts } from "../src/catalog/code-facts.js";
import { hostileCatalog } from "../src/testing/run.js";

describe("html", () => {
  test.each([
    ["plain text", "plain text"],
    [" leading blank kept", " leading blank kept"],
    ["trailing blank ", "trailing blank"],
    ["tab\t", "tab"],
    ["a & b", "a &amp; b"],
    ["<b>", "&lt;b&gt;"],
    ["it's \"quoted\"", "it's \"quoted\""],
    ["é", "é"],
    ["zero\u200Bwidth", "zero&lt;U+200B&gt;width"],
    ["c1\u0085next", "c1\nnext"],
    ["", ""],
  ])("escapeHtmlText(%j)", (text, expected) => {
    expect(escapeHtmlText(text)).toBe(expected);
  });

  test.each([
    [" since ", " since "],
    ["a  ", "a "],
    ["   ", " "],
    ["", ""],
    ["x", "x"],
    ["<x> ", "&lt;x&gt; "],
  ])("escapeHtmlFragment(%j) keeps one outer blank", (text, expected) => {
    expect(escapeHtmlFragment(text)).toBe(expected);
  });

  test.each([
    ["plain", "plain"],
    ["it's", "it&#39;s"],
    ['say "x"', "say &quot;x&quot;"],
    ["a&b", "a&amp;b"],
    ["end ", "end"],
  ])("escapeHtmlAttr(%j)", (text, expected) => {
    expect(escapeHtmlAttr(text)).toBe(expected);
  });

  test.each([
    ["  one line  ", "<p>one line</p>"],
    ["   ", ""],
    ["a\u2028b", "<p>a b</p>"],
    ["one\n\ntwo `x<y`", "<p>one</p><p>two <code>x&lt;y</code></p>"],
    ["`a & b` & c", "<p><code>a &amp; b</code> &amp; c</p>"],
  ])("htmlProse(%j)", (text, expected) => {
    expect(htmlProse(text)).toBe(expected);
  });

  test("markup: attributes in order, undefined left out, bare `true`, names checked on every use", () => {
    const node: HtmlNode = { el: "button", attrs: { type: "button", class: "copy", title: undefined, hidden: true }, kids: ["Copy & go "] };
    expect(html([node, " then"])).toBe('<button type="button" class="copy" hidden>Copy &amp; go </button> then');
    expect(() => html({ el: "a", attrs: { onclick: "x" } })).toThrow(/not allowed/);
    expect(() => html({ el: "a", attrs: { onclick: "x" } })).toThrow(/not allowed/);
  });
});

describe("markdown, rst, python", () => {
  test.each([
    ["plain", "plain"],
    ["a_b", "a\\_b"],
    ["see https://x.example", "see https\\://x.example"],
    ["www.example.com", "www\\.example.com"],
  ])("escapeMdText(%j)", (text, expected) => {
    expect(escapeMdText(text)).toBe(expected);
  });

  test("rst: inline markup and tabs escaped, later parts keep one outer blank", () => {
    expect(rstEscapeInline("plain")).toBe("plain");
    expect(rstEscapeInline("a\t*b*")).toBe("a \\*b\\*");
    expect(rstInline(["Use", " ", { code: "X" }, " instead."])).toBe("Use ``X`` instead.");
    expect(rstInline(["Use", "  two\tblanks\u00A0", { code: "X" }])).toBe("Use two blanks ``X``");
    expect(rstInline(["Use", " a_b: ", { code: "X" }])).toBe("Use a\\_b\\: ``X``");
  });

  test("python: lone surrogates replaced, paired ones kept, leading blank lines dropped", () => {
    expect(pyDocstring(["lone \uD800 here"], "    ")).toBe('"""lone \uFFFD here"""');
    expect(pyDocstring(["pair \uD83D\uDE00 kept"], "    ")).toBe('"""pair \uD83D\uDE00 kept"""');
    expect(pyDocstring(["\n\nafter blanks"], "    ")).toBe('"""after blanks"""');
    expect(pyComment("lone \uDC00", "")).toBe("# lone \uFFFD\n");
  });
});

test("code facts: built once per code, deeply frozen, text is the lead and the parts", () => {
  const catalog = hostileCatalog();
  for (const code of catalog.codes) {
    const facts = codeFacts(catalog, code);
    expect(codeFacts(catalog, code)).toBe(facts);
    expect(Object.isFrozen(facts)).toBe(true);
    for (const fact of facts) {
      expect(Object.isFrozen(fact) && Object.isFrozen(fact.parts)).toBe(true);
      for (const part of fact.parts) if (typeof part === "object") expect(Object.isFrozen(part)).toBe(true);
      const words = fact.parts.map((p) => (typeof p === "string" ? p : "prose" in p ? p.prose : p.ref)).join("");
      expect(fact.text).toBe(fact.lead + words);
      expect("value" in fact).toBe(fact.value !== undefined);
    }
  }
});
