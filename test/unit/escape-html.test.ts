// The HTML escapers and markup tree (src/escape/html.ts), exactly: each character the
// fast paths let through or send on, each end of the ranges shown as markers (C1
// controls, noncharacters in every plane), code spans, paragraphs, comments, and the
// allow-lists of the tree with their messages. Attribute names that pass are ones no
// other test uses, since the module remembers names it has checked once.
import { describe, expect, test } from "vitest";
import { thrownMessage as thrown } from "./thrown.js";
import {
  escapeHtmlAttr,
  escapeHtmlFragment,
  escapeHtmlText,
  html,
  htmlComment,
  htmlInline,
  htmlLine,
  htmlProse,
  htmlShown,
  rawTextElement,
  type HtmlNode,
} from "../../src/escape/html.js";

const marker = (cp: number): string => `&lt;U+${cp.toString(16).toUpperCase().padStart(4, "0")}&gt;`;

describe("escapeHtmlText", () => {
  test("every printable ASCII character: only & < > change", () => {
    let all = "";
    for (let c = 0x20; c <= 0x7e; c++) all += String.fromCharCode(c);
    const want = all.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    expect(escapeHtmlText(all)).toBe(want);
    expect(escapeHtmlText(`x${all}x`)).toBe(`x${want}x`);
  });

  test.each([
    ["&", "&amp;"],
    ["<", "&lt;"],
    [">", "&gt;"],
    ["a&", "a&amp;"],
    ["a<", "a&lt;"],
    ["a>", "a&gt;"],
    ["&a", "&amp;a"],
    ["a&b<c>d", "a&amp;b&lt;c&gt;d"],
    ["&&", "&amp;&amp;"],
    ["", ""],
    [" ", ""],
    ["a ", "a"],
    ["a\t", "a"],
    ["a \nb", "a\nb"],
    ["\ta", "\ta"],
    ["~", "~"],
    ["a~", "a~"],
    ["!", "!"],
    ["a\u007f", "a&lt;U+007F&gt;"],
    ["a\u001f", "a&lt;U+001F&gt;"],
    ["\u00e9", "\u00e9"],
  ])("escapeHtmlText(%j) = %j", (text, want) => {
    expect(escapeHtmlText(text)).toBe(want);
  });

  test("C1 controls and the BMP noncharacters become markers, their neighbours stay", () => {
    for (const cp of [0x80, 0x81, 0x9f, 0xfdd0, 0xfdd1, 0xfdef, 0xfffe, 0xffff]) expect(escapeHtmlText(`a${String.fromCharCode(cp)}b`), cp.toString(16)).toBe(`a${marker(cp)}b`);
    for (const cp of [0x7e, 0xa0, 0xa1, 0xfdcf, 0xfdf0, 0xfffd, 0xfeff - 1]) expect(escapeHtmlText(`a${String.fromCharCode(cp)}b`), cp.toString(16)).toBe(`a${String.fromCharCode(cp)}b`);
  });

  test("the two noncharacters at the end of every astral plane become markers, nothing near them does", () => {
    for (let plane = 1; plane <= 16; plane++) {
      const end = plane * 0x10000 + 0xfffe;
      for (const cp of [end, end + 1]) expect(escapeHtmlText(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(`a${marker(cp)}b`);
      for (const cp of [end - 1, end - 0x400, end + 1 - 0x400, end + 2]) {
        if (cp > 0x10ffff) continue;
        expect(escapeHtmlText(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(`a${String.fromCodePoint(cp)}b`);
      }
    }
  });

  test("invisible characters, CR and NEL are normalised first, then escaped", () => {
    expect(escapeHtmlText("a\u202Eb<\r\nc\u0085d")).toBe("a&lt;U+202E&gt;b&lt;\nc\nd");
  });
});

describe("htmlShown", () => {
  test("normalised, parse-error characters as markers, nothing escaped", () => {
    expect(htmlShown("a<&>")).toBe("a<&>");
    expect(htmlShown("a\u0080 \u{1FFFF}<  ")).toBe("a<U+0080> <U+1FFFF><");
    expect(htmlShown("\uFDD0\uFFFE")).toBe("<U+FDD0><U+FFFE>");
    expect(htmlShown("\u{10FFFF}\u{10FFFD}")).toBe("<U+10FFFF>\u{10FFFD}");
  });
});

describe("escapeHtmlFragment", () => {
  test.each([
    [" since ", " since "],
    ["   ", " "],
    ["\t", " "],
    ["\t\t", " "],
    [" \u00a0", " "],
    ["\u00a0", ""],
    ["\u00a0\u00a0", ""],
    ["", ""],
    ["a<", "a&lt;"],
    ["a< ", "a&lt; "],
    ["a<\t", "a&lt; "],
    ["a<\u00a0", "a&lt;"],
    [" <a ", " &lt;a "],
    ["a< b", "a&lt; b"],
    ["x\u202E ", "x&lt;U+202E&gt; "],
    ["x\u202E", "x&lt;U+202E&gt;"],
    ["plain ", "plain "],
  ])("escapeHtmlFragment(%j) = %j", (text, want) => {
    expect(escapeHtmlFragment(text)).toBe(want);
  });
});

describe("escapeHtmlAttr", () => {
  test("every printable ASCII character: & < > \" ' change", () => {
    let all = "";
    for (let c = 0x20; c <= 0x7e; c++) all += String.fromCharCode(c);
    const want = all.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;");
    expect(escapeHtmlAttr(all)).toBe(want);
    expect(escapeHtmlAttr(`x${all}x`)).toBe(`x${want}x`);
  });

  test.each([
    ['"', "&quot;"],
    ["'", "&#39;"],
    ['a"', "a&quot;"],
    ["a'", "a&#39;"],
    ["a&", "a&amp;"],
    ["<a>", "&lt;a&gt;"],
    ["a ", "a"],
    ["a\t", "a"],
    ["", ""],
    ["!", "!"],
    ["a\u202E", "a<U+202E>".replace("<", "&lt;").replace(">", "&gt;")],
    ["a\u0080b", "a&lt;U+0080&gt;b"],
    ["a\u00e9", "a\u00e9"],
    ["a\u00e9\u0085b", "a\u00e9\nb"],
  ])("escapeHtmlAttr(%j) = %j", (text, want) => {
    expect(escapeHtmlAttr(text)).toBe(want);
  });
});

describe("htmlLine", () => {
  test.each([
    ["one\ntwo", "one two"],
    ["one  \n  two", "one two"],
    ["one\n\n\ntwo", "one two"],
    ["one\t\n\ttwo", "one two"],
    ["  a\u2028b  ", "a b"],
    ["a  b", "a  b"],
    ["<b>\n&", "&lt;b&gt; &amp;"],
    ["\n", ""],
  ])("htmlLine(%j) = %j", (text, want) => {
    expect(htmlLine(text)).toBe(want);
  });
});

describe("htmlInline", () => {
  test.each([
    ["no code <here> & there", "no code &lt;here&gt; &amp; there"],
    ["a `code` b", "a <code>code</code> b"],
    ["`a`", "<code>a</code>"],
    ["``a``", "<code>a</code>"],
    ["```a```", "<code>a</code>"],
    ["`<a>`&`b&c`<", "<code>&lt;a&gt;</code>&amp;<code>b&amp;c</code>&lt;"],
    ["``a`b`` and ` lone", "<code>a`b</code> and ` lone"],
    ["`` `x` ``", "<code>`x`</code>"],
    ["unmatched ``x` <y>", "unmatched ``x` &lt;y&gt;"],
    ["` <` ``", "<code> &lt;</code> ``"],
    ["<` a `>", "&lt;<code>a</code>&gt;"],
    ["` a`", "<code> a</code>"],
    ["`a `", "<code>a </code>"],
    ["` `", "<code> </code>"],
    ["`  `", "<code>  </code>"],
    ["`   `", "<code>   </code>"],
    ["`  a  `", "<code> a </code>"],
    ["` ab `", "<code>ab</code>"],
    ["`a` `b` `c", "<code>a</code> <code>b</code> `c"],
    ["x ``` y ` z ``` w", "x <code>y ` z</code> w"],
    ["``", "``"],
    ["a `` b `<` c", "a `` b <code>&lt;</code> c"],
  ])("htmlInline(%j) = %j", (line, want) => {
    expect(htmlInline(line)).toBe(want);
  });
});

describe("htmlProse", () => {
  test.each([
    ["one", "<p>one</p>"],
    ["  one  ", "<p>one</p>"],
    ["a <b> `c`", "<p>a &lt;b&gt; <code>c</code></p>"],
    ["", ""],
    ["   ", ""],
    ["one\ntwo\n\nthree `x`", "<p>one two</p><p>three <code>x</code></p>"],
    ["\na", "<p>a</p>"],
    [" a \n  b  \n\n\n  c\n", "<p>a b</p><p>c</p>"],
    ["a\n \n\t\nb", "<p>a</p><p>b</p>"],
    ["\n\n", ""],
    ["x\u2028y", "<p>x y</p>"],
    ["a\u0080", "<p>a&lt;U+0080&gt;</p>"],
    ["a\u0080\nb", "<p>a&lt;U+0080&gt; b</p>"],
  ])("htmlProse(%j) = %j", (text, want) => {
    expect(htmlProse(text)).toBe(want);
  });
});

describe("htmlComment", () => {
  test.each([
    ["Code generated by lockstep. DO NOT EDIT.", "<!-- Code generated by lockstep. DO NOT EDIT. -->"],
    ["a -- b --> c <!-- d --!>", "<!-- a - - b - -> c &lt;!- - d - -!> -->"],
    ["a---b", "<!-- a- - -b -->"],
    ["-", "<!-- - -->"],
    ["x  \n  y\n\nz", "<!-- x y z -->"],
    ["  x  ", "<!-- x -->"],
    ["<<", "<!-- &lt;&lt; -->"],
    ["a\u202E", "<!-- a&lt;U+202E> -->"],
  ])("htmlComment(%j) = %j", (text, want) => {
    expect(htmlComment(text)).toBe(want);
  });
});

describe("rawTextElement", () => {
  test("content is written as it is; its own end tag (any case) and comment openers are refused", () => {
    expect(rawTextElement("style", "a{b:c} </script> <b>")).toBe("<style>a{b:c} </script> <b></style>");
    expect(rawTextElement("script", "a</style>")).toBe("<script>a</style></script>");
    expect(rawTextElement("script", "a <! -- <-- b")).toBe("<script>a <! -- <-- b</script>");
    expect(thrown(() => rawTextElement("script", "x</SCRIPT >"))).toBe('inline script must not contain "</script" or "<!--"');
    expect(thrown(() => rawTextElement("script", "x</script"))).toBe('inline script must not contain "</script" or "<!--"');
    expect(thrown(() => rawTextElement("style", "<!-- x"))).toBe('inline style must not contain "</style" or "<!--"');
    expect(thrown(() => rawTextElement("style", "a</Style>"))).toBe('inline style must not contain "</style" or "<!--"');
  });
});

describe("html", () => {
  test("every allowed element; wbr is void", () => {
    const tags = ["a", "article", "button", "caption", "code", "dd", "div", "dl", "dt", "em", "h2", "h3", "li", "p", "section", "small", "span", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul"];
    for (const el of tags) expect(html({ el, kids: ["x"] })).toBe(`<${el}>x</${el}>`);
    expect(html({ el: "wbr" })).toBe("<wbr>");
    expect(html({ el: "wbr", kids: [] })).toBe("<wbr>");
    expect(html({ el: "p" })).toBe("<p></p>");
    expect(html({ el: "p", kids: [] })).toBe("<p></p>");
  });

  test("elements outside the allow-list, and content in a void one, are refused", () => {
    for (const el of ["img", "script", "style", "P", "", "h1", "pre", "abbr", "wbr2"]) expect(thrown(() => html({ el }))).toBe(`element <${el}> is not allowed`);
    expect(thrown(() => html({ el: "wbr", kids: ["x"] }))).toBe("<wbr> cannot have content");
    expect(thrown(() => html({ el: "wbr", kids: [{ el: "p" }] }))).toBe("<wbr> cannot have content");
  });

  test("text, prose, nodes in a list or alone", () => {
    expect(html("a < b ")).toBe("a &lt; b ");
    expect(html(["a", " & ", { el: "em", kids: [" x< "] }, { prose: "p `<c>`\n\nq" }])).toBe("a &amp; <em> x&lt; </em><p>p <code>&lt;c&gt;</code></p><p>q</p>");
    expect(html([])).toBe("");
    expect(html({ prose: "" })).toBe("");
    expect(html({ el: "ul", kids: [{ el: "li", kids: [{ el: "code", kids: ["A", { el: "wbr" }, "_B"] }] }] })).toBe("<ul><li><code>A<wbr>_B</code></li></ul>");
  });

  test("attributes: in order, values escaped, true bare, undefined and inherited ones left out", () => {
    expect(html({ el: "span", attrs: { title: `a"b'<&>`, hidden: true, role: undefined, scope: "row" } })).toBe('<span title="a&quot;b&#39;&lt;&amp;&gt;" hidden scope="row"></span>');
    const attrs = Object.assign(Object.create({ title: "inherited" }) as Record<string, string>, { colspan: "2" });
    expect(html({ el: "td", attrs })).toBe('<td colspan="2"></td>');
    expect(html({ el: "td", attrs: {} })).toBe("<td></td>");
  });

  test("attribute names: the fixed ones, data-* with hyphenated parts, aria-* with one", () => {
    const ok = ["data-mutescape", "data-mutescape-one-two", "data-m", "aria-mutescape", "aria-m"];
    for (const name of ok) expect(html({ el: "p", attrs: { [name]: "v" } })).toBe(`<p ${name}="v"></p>`);
    const bad = ["onclick", "style", "xclass", "classx", "ids", "xid", "data-", "data-mutescape-", "data-Mutescape", "data-mutescape1", "data--x", "aria-", "aria-mute-scape", "aria-Mutescape", "xaria-m", "aria-m1", "data"];
    for (const name of bad) expect(thrown(() => html({ el: "p", attrs: { [name]: "v" } })), name).toBe(`attribute ${JSON.stringify(name)} is not allowed`);
  });

  test("ids, aria-controls, classes and links", () => {
    expect(html({ el: "div", attrs: { id: "a", "aria-controls": "z-9" } })).toBe('<div id="a" aria-controls="z-9"></div>');
    expect(html({ el: "div", attrs: { id: "a0-b-" } })).toBe('<div id="a0-b-"></div>');
    for (const id of ["", "A", "1a", "-a", "a_b", "a b", "aB", "a.b", "é"]) {
      expect(thrown(() => html({ el: "div", attrs: { id } })), id).toBe(`bad HTML id ${JSON.stringify(id)}`);
      expect(thrown(() => html({ el: "div", attrs: { "aria-controls": id } })), id).toBe(`bad HTML id ${JSON.stringify(id)}`);
    }
    expect(html({ el: "div", attrs: { class: "a b-c d1 z-" } })).toBe('<div class="a b-c d1 z-"></div>');
    for (const cls of ["", "A", "a B", "a  b", "a ", " a", "1a", "a -b", "a_b", "a\tb"]) {
      expect(thrown(() => html({ el: "div", attrs: { class: cls } })), cls).toBe(`bad HTML class ${JSON.stringify(cls)}`);
    }
    expect(html({ el: "a", attrs: { href: "#card-1" } })).toBe('<a href="#card-1"></a>');
    for (const href of ["", "#", "#A", "card", "x#card", "##card", "#card x", "https://e.com/#a", "javascript:alert(1)"]) {
      expect(thrown(() => html({ el: "a", attrs: { href } })), href).toBe(`bad link ${JSON.stringify(href)} (only #anchor links)`);
    }
    // Other attributes take any text, escaped.
    expect(html({ el: "td", attrs: { title: "A B#1", "data-mutescape-id": "Not An Id" } })).toBe('<td title="A B#1" data-mutescape-id="Not An Id"></td>');
  });
});

test("a node is text, prose or an element", () => {
  const nodes: HtmlNode[] = ["x", { prose: "y" }, { el: "p" }];
  expect(html(nodes)).toBe("x<p>y</p><p></p>");
});
