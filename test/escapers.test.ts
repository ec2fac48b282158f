// The escapers of the public API (src/escape/public.ts, exported from "lockstep"):
// exact-match tables for the built-in languages' literals, comments and identifiers,
// and for the builders a plugin uses to define its own target's.
import { describe, expect, test } from "vitest";
import {
  commentEscaper,
  escapeJsDocLine,
  goComment,
  goIdentifier,
  goLineComment,
  goString,
  identifierSanitiser,
  mdBlock,
  pyComment,
  pyDocstring,
  pyIdentifier,
  pyString,
  stringLiteralEscaper,
  tomlString,
  tsComment,
  tsIdentifier,
  tsString,
} from "../src/index.js";

const table = (fn: (s: string) => string, rows: readonly (readonly [string, string])[]): void => {
  for (const [input, expected] of rows) expect(fn(input), JSON.stringify(input)).toBe(expected);
};

describe("built-in string literals", () => {
  test("Go (strconv.Quote spelling)", () =>
    table(goString, [
      ["plain", '"plain"'],
      ['a "b" \\ c', '"a \\"b\\" \\\\ c"'],
      ["line\nbreak\ttab\r", '"line\\nbreak\\ttab\\r"'],
      ["bidi\u202Eend", '"bidi\\u202eend"'],
      ["\u0001\u007f", '"\\x01\\x7f"'],
      ["café 🚫", '"café 🚫"'],
      ["lone \uD800", '"lone \uFFFD"'],
    ]));
  test("TypeScript (prettier's quote choice)", () =>
    table(tsString, [
      ["plain", '"plain"'],
      ['say "hi"', "'say \"hi\"'"],
      ["it's", '"it\'s"'],
      ["a\nb\u2028c", '"a\\nb\\u2028c"'],
      ["zero\u200Bwidth", '"zero\\u200bwidth"'],
    ]));
  test("Python (ruff format's quote choice)", () =>
    table(pyString, [
      ["plain", '"plain"'],
      ['say "hi"', "'say \"hi\"'"],
      ["back\\slash \\d", '"back\\\\slash \\\\d"'],
      ["a\nb\u0085c", '"a\\nb\\x85c"'],
      ["rtl\u202E", '"rtl\\u202e"'],
    ]));
  test("TOML basic strings", () =>
    table(tomlString, [
      ['a "b" \\', '"a \\"b\\" \\\\"'],
      ["x\ny\u0000", '"x\\ny\\u0000"'],
    ]));
});

describe("built-in comments", () => {
  test("Go line comments fold to one line and show invisible characters", () => {
    table(goLineComment, [
      ["one\ntwo", "one two"],
      ["rtl\u202Ex", "rtl<U+202E>x"],
    ]);
    expect(goComment({ summary: "CodeX is x.", body: ["Deprecated: not really.\n\n  indented"] }, "\t")).toBe("\t// CodeX is x.\n\t// Deprecated: not really.\n\t//\n\t// indented\n");
  });
  test("TSDoc: no comment end, no tags", () => {
    table(escapeJsDocLine, [
      ["ends */ here", "ends *\\/ here"],
      ["@param x", "\\@param x"],
      ["{@link y}", "{\\@link y}"],
    ]);
    expect(tsComment("a\r\nb")).toBe("a b");
  });
  test("Python: docstrings cannot end early, comments cannot be directives", () => {
    expect(pyDocstring(['ends with "'], "    ")).toBe('"""ends with \\""""');
    expect(pyDocstring(['has """ inside'], "    ")).toBe('"""has \\"\\"\\" inside"""');
    expect(pyComment("ruff: noqa\n# x", "")).toBe("# > ruff: noqa\n# \uFF03 x\n");
  });
  test("Markdown blocks (e.g. for rustdoc comments) escape block syntax line by line", () => {
    expect(mdBlock("- not a list\n```fence\n    code", "/// ")).toBe("/// \\- not a list\n/// \\`\\`\\`fence\n/// code");
  });
});

describe("built-in identifiers", () => {
  test("Go", () => table(goIdentifier, [["type", "type_"], ["Type", "Type"], ["a-b", "a_b"], ["1x", "_1x"], ["", "_"]]));
  test("TypeScript", () => table(tsIdentifier, [["class", "class_"], ["$x", "$x"], ["a.b", "a_b"], ["await", "await_"]]));
  test("Python: hard keywords only", () => table(pyIdentifier, [["None", "None_"], ["class", "class_"], ["match", "match"], ["é", "_"]]));
});

describe("stringLiteralEscaper", () => {
  const rust = stringLiteralEscaper({
    quote: '"',
    escapes: { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" },
    unicode: (cp) => `\\u{${cp.toString(16)}}`,
  });
  test("a Rust-like literal: named escapes, then \\u{…} for controls and invisible characters", () =>
    table(rust, [
      ["plain", '"plain"'],
      ['q"b\\', '"q\\"b\\\\"'],
      ["nul\0 bell\u0007", '"nul\\0 bell\\u{7}"'],
      ["rtl\u202E zw\u200B bom\uFEFF ls\u2028", '"rtl\\u{202e} zw\\u{200b} bom\\u{feff} ls\\u{2028}"'],
      ["c1\u0085", '"c1\\u{85}"'],
      ["café 日本 🚫", '"café 日本 🚫"'],
      ["lone \uDC00 end", '"lone \uFFFD end"'],
    ]));
  test("Kotlin's `$` is one more escape", () => {
    const kotlin = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"', "\\": "\\\\", $: "\\$", "\n": "\\n" }, unicode: (cp) => `\\u${cp.toString(16).padStart(4, "0")}` });
    table(kotlin, [["${x} costs $5", '"\\${x} costs \\$5"']]);
  });
  test("ASCII-only output, astral characters as UTF-16 pairs (Java), lone surrogates escaped", () => {
    const utf16 = (cp: number): string =>
      String.fromCodePoint(cp)
        .split("")
        .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`)
        .join("");
    const java = stringLiteralEscaper({ quote: '"', escapes: { '"': '\\"', "\\": "\\\\", "\n": "\\n" }, unicode: utf16, nonAscii: "escape", loneSurrogate: "escape" });
    table(java, [
      ["é~", '"\\u00e9~"'],
      ["🚫", '"\\ud83d\\udeab"'],
      ["\uD800x", '"\\ud800x"'],
      ["\u007f", '"\\u007f"'],
    ]);
  });
  test("a description that would let text end the literal is refused when built", () => {
    expect(() => stringLiteralEscaper({ quote: '"', escapes: { "\\": "\\\\" }, unicode: String })).toThrow('the quote character "\\"" needs an entry in escapes');
    expect(() => stringLiteralEscaper({ quote: '"', escapes: { '"': '""', ab: "x" }, unicode: String })).toThrow("escape keys are single characters");
    expect(() => stringLiteralEscaper({ quote: "", escapes: {}, unicode: String })).toThrow("quote must not be empty");
  });
});

describe("commentEscaper", () => {
  const javadoc = commentEscaper({
    prefix: " * ",
    replace: { "*/": "*&#47;", "\\": "&#92;", "<": "&lt;", ">": "&gt;", "&": "&amp;", "{@": "{&#64;" },
    line: (l) => l.replace(/^(\s*)@/, "$1&#64;"),
    forbid: ["*/", "\\u"],
  });
  test("a Javadoc-like comment: lines prefixed, sequences replaced longest first, line starts defused", () => {
    expect(javadoc("ends */ here & <b>\n@deprecated not a tag\n\n{@link x} C:\\u0022", "  ")).toBe(
      "   * ends *&#47; here &amp; &lt;b&gt;\n   * &#64;deprecated not a tag\n   *\n   * {&#64;link x} C:&#92;u0022\n",
    );
  });
  test("the longest sequence wins, whatever the order of the keys", () => {
    expect(commentEscaper({ prefix: "# ", replace: { "-": "&#45;", "-->": "--&gt;" } })("a --> b - c")).toBe("# a --&gt; b &#45; c\n");
  });
  test("text is normalised: CR, trailing blanks, invisible characters, tabs, empty text", () => {
    // The marker is shown text, so the replacements apply to it too.
    expect(javadoc("a  \r\nb  \u202E\tc")).toBe(" * a\n * b  &lt;U+202E&gt; c\n");
    expect(javadoc(" \n\n")).toBe("");
    const rustdoc = commentEscaper({ prefix: "/// " });
    expect(rustdoc("x\n\n\ny\n")).toBe("/// x\n///\n///\n/// y\n");
  });
  test("a replacement or line rule that leaves a forbidden sequence throws", () => {
    expect(() => commentEscaper({ prefix: "// ", replace: { x: "*/" }, forbid: ["*/"] })).toThrow('the replacement for "x" contains the forbidden "*/"');
    const leaky = commentEscaper({ prefix: " * ", line: (l) => `${l}*/`, forbid: ["*/"] });
    expect(() => leaky("a")).toThrow('a comment line still holds "*/" after escaping: "a*/"');
  });
});

describe("identifierSanitiser", () => {
  const RUST_KEYWORDS = ["as", "fn", "type", "match", "self", "Self", "crate", "super"];
  const rust = identifierSanitiser({ reserved: RUST_KEYWORDS, onReserved: (w) => (["self", "Self", "crate", "super"].includes(w) ? `${w}_` : `r#${w}`) });
  test("Rust raw identifiers, with the words that cannot be raw suffixed", () =>
    table(rust, [["type", "r#type"], ["match", "r#match"], ["Self", "Self_"], ["typed", "typed"], ["a b", "a_b"], ["9lives", "_9lives"]]));
  test("Kotlin backticks, case-insensitive reserved words", () => {
    const kotlin = identifierSanitiser({ reserved: ["fun", "val"], onReserved: (w) => `\`${w}\``, caseInsensitive: true });
    table(kotlin, [["fun", "`fun`"], ["VAL", "`VAL`"], ["value", "value"]]);
  });
});
