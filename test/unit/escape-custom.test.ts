// The escaper builders a plugin uses for its own target (src/escape/custom.ts), exactly:
// which characters reach `unicode` (each end of each unsafe range, and the neighbours
// that stay raw), the non-ASCII and lone-surrogate options, the checks made when a
// builder is called (with their messages), comment replacements longest first with every
// regex-special character taken literally, and identifier defaults.
import { describe, expect, test } from "vitest";
import { thrownMessage as thrown } from "./thrown.js";
import { commentEscaper, identifierSanitiser, stringLiteralEscaper } from "../../src/escape/custom.js";

const hex = (cp: number): string => `{${cp.toString(16)}}`;

describe("stringLiteralEscaper", () => {
  test("each end of each unsafe range goes through unicode, its neighbours stay raw", () => {
    const lit = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"' }, unicode: hex });
    const unsafe = [0x00, 0x01, 0x1f, 0x7f, 0x80, 0x9f, 0x2028, 0x2029, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064, 0x2066, 0x2069, 0xfeff];
    for (const cp of unsafe) expect(lit(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(`"a${hex(cp)}b"`);
    const safe = [0x20, 0x7e, 0xa0, 0x200a, 0x2010, 0x2027, 0x202f, 0x205f, 0x2065, 0x206a, 0xfefe, 0xff00, 0x1f6ab];
    for (const cp of safe) expect(lit(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(`"a${String.fromCodePoint(cp)}b"`);
  });

  test("named escapes win over unicode, for unsafe and (with nonAscii: escape) non-ASCII characters", () => {
    const lit = stringLiteralEscaper({ quote: "'", escapes: { "'": "\\'", "\n": "\\n", é: "E" }, unicode: hex, nonAscii: "escape" });
    expect(lit("it's\né~ü\u007f")).toBe("'it\\'s\\nE~{fc}{7f}'");
  });

  test("nonAscii: keep (the default) leaves printable non-ASCII raw; escape sends everything above ~ to unicode", () => {
    const keep = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"' }, unicode: hex });
    const keepToo = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"' }, unicode: hex, nonAscii: "keep" });
    const ascii = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"' }, unicode: hex, nonAscii: "escape" });
    expect(keep(" ~é🚫")).toBe('" ~é🚫"');
    expect(keepToo(" ~é🚫")).toBe('" ~é🚫"');
    expect(ascii(" ~é🚫")).toBe('" ~{e9}{1f6ab}"');
  });

  test("lone surrogates: replaced by U+FFFD by default, escaped one by one with loneSurrogate: escape; pairs are one character", () => {
    const replace = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"' }, unicode: hex });
    const replaceToo = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"' }, unicode: hex, loneSurrogate: "replace" });
    const escape = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"' }, unicode: hex, loneSurrogate: "escape" });
    const text = "\uD800|\uDBFF|\uDC00|\uDFFF|\uD7FF|\uE000|🚫";
    expect(replace(text)).toBe('"\uFFFD|\uFFFD|\uFFFD|\uFFFD|\uD7FF|\uE000|🚫"');
    expect(replaceToo(text)).toBe('"\uFFFD|\uFFFD|\uFFFD|\uFFFD|\uD7FF|\uE000|🚫"');
    expect(escape(text)).toBe('"{d800}|{dbff}|{dc00}|{dfff}|\uD7FF|\uE000|🚫"');
  });

  test("a quote of several characters is written whole at both ends; its first character is the one to escape", () => {
    const lit = stringLiteralEscaper({ quote: '"""', escapes: { '"': '\\"' }, unicode: hex });
    expect(lit('say "hi"')).toBe('"""say \\"hi\\""""');
    expect(lit("")).toBe('""""""');
    const astral = stringLiteralEscaper({ quote: "🙂", escapes: { "🙂": ":)" }, unicode: hex });
    expect(astral("a🙂b")).toBe("🙂a:)b🙂");
  });

  test("the checks when it is built, with their messages", () => {
    expect(thrown(() => stringLiteralEscaper({ quote: "", escapes: {}, unicode: hex }))).toBe("stringLiteralEscaper: quote must not be empty");
    expect(thrown(() => stringLiteralEscaper({ quote: '"', escapes: { '"': "x", ab: "y" }, unicode: hex }))).toBe(
      'stringLiteralEscaper: escape keys are single characters, got "ab"',
    );
    expect(thrown(() => stringLiteralEscaper({ quote: '"', escapes: { '"': "x", "": "y" }, unicode: hex }))).toBe(
      'stringLiteralEscaper: escape keys are single characters, got ""',
    );
    expect(thrown(() => stringLiteralEscaper({ quote: "'", escapes: { '"': "x" }, unicode: hex }))).toBe(
      `stringLiteralEscaper: the quote character "'" needs an entry in escapes, or text could end the literal`,
    );
    // A key of one astral character (two UTF-16 units) is one character.
    expect(thrown(() => stringLiteralEscaper({ quote: '"', escapes: { '"': "x", "🚫": "no" }, unicode: hex }))).toBe(undefined);
  });
});

describe("commentEscaper", () => {
  test("each regex-special character in a key is taken literally", () => {
    const specials = [".", "*", "+", "?", "^", "$", "{", "}", "(", ")", "|", "[", "]", "\\"];
    const replace = Object.fromEntries(specials.map((c, i) => [c, `<${i}>`]));
    const c = commentEscaper({ prefix: "# ", replace });
    expect(c("a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o")).toBe("# a<0>b<1>c<2>d<3>e<4>f<5>g<6>h<7>i<8>j<9>k<10>l<11>m<12>n<13>o\n");
    // Longer keys with specials: `x{2}` is not a quantifier, `a.c` does not match `abc`.
    const d = commentEscaper({ prefix: "# ", replace: { "x{2}": "X2", "a.c": "AC", "(q)": "Q", "$1": "D" } });
    expect(d("xx x{2} abc a.c q (q) $1")).toBe("# xx X2 abc AC q Q D\n");
  });

  test("the longest key wins at a position, whichever order the keys come in", () => {
    const out = "# a --&gt; b &#45; c -&gt; d\n";
    expect(commentEscaper({ prefix: "# ", replace: { "-": "&#45;", "-->": "--&gt;", "->": "-&gt;" } })("a --> b - c -> d")).toBe(out);
    expect(commentEscaper({ prefix: "# ", replace: { "-->": "--&gt;", "->": "-&gt;", "-": "&#45;" } })("a --> b - c -> d")).toBe(out);
    expect(commentEscaper({ prefix: "# ", replace: { "->": "-&gt;", "-": "&#45;", "-->": "--&gt;" } })("a --> b - c -> d")).toBe(out);
  });

  test("without replace, text is only normalised and prefixed; blank lines get the prefix without its trailing blanks", () => {
    const c = commentEscaper({ prefix: " * " });
    expect(c("\n\na\tb\tc  \n\n\n x\u202E\uD800\n\n")).toBe(" * a b c\n *\n *\n *  x<U+202E>\uFFFD\n");
    expect(c("a", "\t")).toBe("\t * a\n");
    expect(c("a\n\nb", "  ")).toBe("   * a\n   *\n   * b\n");
    expect(c("")).toBe("");
    expect(c(" \t\n \n")).toBe("");
    expect(commentEscaper({ prefix: "//" })("a\n\nb")).toBe("//a\n//\n//b\n");
  });

  test("line runs after replace on every line", () => {
    const c = commentEscaper({ prefix: "# ", replace: { "@": "(at)" }, line: (l) => `[${l}]` });
    expect(c("@a\n\nb")).toBe("# [(at)a]\n# []\n# [b]\n");
  });

  test("the checks when it is built and when it runs, with their messages", () => {
    expect(thrown(() => commentEscaper({ prefix: "# ", replace: { "": "x" } }))).toBe("commentEscaper: replace keys must not be empty");
    expect(thrown(() => commentEscaper({ prefix: "# ", forbid: [""] }))).toBe("commentEscaper: forbid entries must not be empty");
    expect(thrown(() => commentEscaper({ prefix: "# ", replace: { a: "b", x: "*/" }, forbid: ["--", "*/"] }))).toBe(
      'commentEscaper: the replacement for "x" contains the forbidden "*/"',
    );
    const leaky = commentEscaper({ prefix: " * ", replace: { "*/": "*&#47;" }, forbid: ["*/"] });
    expect(leaky("a */ b\n*/")).toBe(" * a *&#47; b\n * *&#47;\n");
    expect(thrown(() => leaky("a * / b"))).toBe(undefined);
    const unchecked = commentEscaper({ prefix: " * ", line: (l) => `${l}*/`, forbid: ["--", "*/"] });
    expect(thrown(() => unchecked("ok\nb"))).toBe('commentEscaper: a comment line still holds "*/" after escaping: "ok*/"');
    // A forbidden sequence the prefix holds is the prefix's business, not the line's.
    expect(commentEscaper({ prefix: "-- ", forbid: ["--"] })("a")).toBe("-- a\n");
  });
});

describe("identifierSanitiser", () => {
  test("the default alphabet: ASCII letters, digits and _; others become _", () => {
    const id = identifierSanitiser({ reserved: [] });
    expect(id("AZaz09_")).toBe("AZaz09_");
    expect(id("a@[`{/:-é b")).toBe("a_________b");
    expect(id("x🚫y")).toBe("x_y");
  });

  test("the default first character: a letter or _; a digit gets _ in front; empty is _", () => {
    const id = identifierSanitiser({ reserved: [] });
    expect(["A", "Z", "a", "z", "_", "0", "9", "-", "", "é"].map(id)).toEqual(["A", "Z", "a", "z", "_", "_0", "_9", "_", "_", "_"]);
  });

  test("reserved words get _ appended by default, compared exactly unless caseInsensitive", () => {
    const id = identifierSanitiser({ reserved: new Set(["type", "Class"]) });
    expect(["type", "Type", "Class", "class", "types", "typ"].map(id)).toEqual(["type_", "Type", "Class_", "class", "types", "typ"]);
    const folded = identifierSanitiser({ reserved: ["Type"], caseInsensitive: true });
    expect(["type", "TYPE", "Type", "types"].map(folded)).toEqual(["type_", "TYPE_", "Type_", "types"]);
    const exact = identifierSanitiser({ reserved: ["Type"], caseInsensitive: false });
    expect(["type", "Type"].map(exact)).toEqual(["type", "Type_"]);
  });

  test("the sanitised name is what is compared with reserved words and given to onReserved", () => {
    const id = identifierSanitiser({ reserved: ["a_b", "_1"], onReserved: (w) => `r#${w}` });
    expect(["a-b", "1", "a_b", "ab"].map(id)).toEqual(["r#a_b", "r#_1", "r#a_b", "ab"]);
  });

  test("own part and start patterns", () => {
    const id = identifierSanitiser({ reserved: [], part: /[a-z$]/, start: /[$]/ });
    expect(["$ab", "ab", "A$", ""].map(id)).toEqual(["$ab", "_ab", "__$", "_"]);
  });
});
