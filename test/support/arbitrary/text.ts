// Hostile free text: every character sequence that has broken a string literal,
// comment, docstring, table cell or YAML scalar somewhere, mixed with plain words,
// random graphemes, control, bidi and combining characters and very long lines.
import fc from "fast-check";

/** Sequences with a meaning in some target (code, docs or YAML). */
export const HAZARDS = [
  // quotes, escapes and comment closers
  '"', "'", "\\", "\\\\", '\\"', "\\n", "\\u0041", "\\x00", "*/", "/*", "//", '"""', "'''", "`", "```", "``", "${x}", "#{x}", "%s", "%v", "%%", "{}",
  // templates and JSX/MDX
  "{{", "}}", "{{{x}}}", "{x}", "<x>", "</div>", "<script>alert(1)</script>", "<b>", "<!--", "-->", "&amp;", "&#x27;", "<br />",
  // tables and Markdown
  "|", "\\|", "| --- |", "# ", "## h", "- ", "+ ", "* ", "1. ", "2) ", "> ", "***", "___", "~~~", "~~x~~", "[x](http://y)", "![a](b)", "[ref]: http://x", "<http://x>", "www.x.example", "a_b_", "_x_", "*x*", "**x**",
  // reStructuredText
  ":role:`y`", "`title ref`", "``lit``", "|subst|", "_target", "`ref`_", "__anon", ".. note::", ".. _label:", "::", "#.", "===", "---", "+---+", "C:\\temp\\new", "[#]_",
  // YAML
  ": ", " #", "? ", "&a", "*a", "!tag", "!!str", "%YAML", "@", ",", "[", "]", "{", "}", "yes", "no", "null", "~", "true", "0x1F", "1e3", ".inf", "<<", "--- ", "...",
  // JSDoc, Python and Go tool directives
  "@param x", "{@link Foo}", "@deprecated", "# type: ignore", "# noqa", "mypy: ignore-errors", "//go:generate rm -rf /", "// +build ignore", "#!/bin/sh", "\\N{DASH}", "f'{x}'",
  "Deprecated: ", "TODO(x): ", "Code generated DO NOT EDIT.",
];

/** Control characters, line and paragraph separators, BOM and non-characters. */
const CONTROLS = ["\t", "\n", "\r", "\r\n", "\v", "\f", "\0", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\x01", "\x1f"];

/** Bidi overrides and isolates, zero-width characters, combining marks, RTL and astral text. */
const UNICODE = [
  "\u202E", "\u202A", "\u202C", "\u2066", "\u2067", "\u2069", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060",
  "\u0301", "e\u0301", "n\u0303\u0304", "\u0345\u0345", "שָׁלוֹם", "مرحبا", "日本語", "한국어", "Ⅻ", "ﬁ", "Ǆ", "ß", "İ", "ı",
  "🚫", "👩‍👩‍👧", "🇫🇷", "𝕏", "\u{1F600}", "\u00A0", "\u3000", "\u2003", "…", "—", "«»", "¿", "ʼ",
];

const WORDS = ["the", "error", "code", "is", "invalid", "retry", "later", "Note:", "see", "docs", "and", "or", "HTTP", "400", "field", "value"];

const longLine = fc
  .tuple(fc.constantFrom("word ", "x", "| ", "\\", "`a` ", "é", "*/ ", "-- "), fc.integer({ min: 80, max: 1500 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

const whitespace = fc.constantFrom(" ", "  ", "\n", "\n\n", "\n\n\n", " \n", "\n    ", "\t", " \t ", "\n  - ");

const shortPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS).map((w) => w + " ") },
  { weight: 6, arbitrary: fc.constantFrom(...HAZARDS) },
  { weight: 3, arbitrary: whitespace },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 3 }).map(wellFormed) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
);

/** Long lines are rare per piece (a sample holds about a thousand pieces), common per sample. */
const piece = fc.oneof({ weight: 150, arbitrary: shortPiece }, { weight: 1, arbitrary: longLine });

/** Free text: usually a few words with hazards, sometimes empty, blank or very long. */
export function hostileText(maxPieces = 10): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((p) => p.join("")) },
    { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "\n", "\t", "  \n  ", "-", "|", "*", "#", "\\", '"', "'", "`", "\u202E", "\0") },
  );
}

/** Text that is never blank: for places a generator or option requires content. */
export function nonBlankText(maxPieces = 6): fc.Arbitrary<string> {
  return hostileText(maxPieces).filter((t) => t.trim() !== "");
}

/** Lone surrogates cannot be written in a UTF-8 file (and YAML rejects their escapes): U+FFFD instead. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
