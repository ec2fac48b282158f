// Escaping for Go output: string literals and `//` comments. Spec text can never end
// a literal, reach the source as a raw control or bidi character, or change what a
// doc comment means: go/doc would read a paragraph starting `Deprecated:` as a
// deprecation, `# x` or a lone capitalised line as a heading, an indented line as
// a code block or list, and a paragraph of `[x]: url` lines as link definitions
// (which gofmt moves). Lines are de-indented and such paragraphs are joined to the
// paragraph before them, so the text survives word for word.
import { normaliseText, replaceLoneSurrogates } from "./text.js";

/** What `strconv.IsPrint` accepts: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;
const NAMED: Readonly<Record<string, string>> = {
  "\u0007": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", '"': '\\"', "\\": "\\\\",
};
const PLAIN = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

/**
 * A double-quoted Go string literal, spelled as `strconv.Quote` would: `\"`, `\\`,
 * `\n`-style escapes, `\x7f` for other ASCII controls, `\u00a0` / `\U0001f600` for
 * characters that are not printable (bidi and zero-width ones included). A lone
 * surrogate, which a Go string cannot hold, becomes U+FFFD as encoding/json does.
 */
export function goString(value: string): string {
  if (PLAIN.test(value)) return `"${value}"`;
  let out = '"';
  for (const ch of replaceLoneSurrogates(value)) {
    const cp = ch.codePointAt(0)!;
    const named = NAMED[ch];
    if (named !== undefined) out += named;
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (PRINTABLE.test(ch)) out += ch;
    else out += cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return out + '"';
}

/** Anything normaliseText would change besides edge blanks: controls, line breaks, invisibles, surrogates. */
const NEEDS_NORMALISING = /[\u0000-\u001F\u007F\u0085\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uD800-\uDFFF]|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000][ \t]*$/;

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** Spaces and tabs off both ends (a scan: /[ \t]+$/ is quadratic in a long inner run of blanks). */
function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Spec text made safe for comments: one normal form, no lone surrogates, no line indentation. */
function commentLines(text: string): string[] {
  // Fast path for the common one-line text (50,000 codes make this hot).
  if (!NEEDS_NORMALISING.test(text)) return [noDocQuotes(isBlank(text.charCodeAt(0)) || isBlank(text.charCodeAt(text.length - 1)) ? trimBlanks(text) : text)];
  return normaliseText(replaceLoneSurrogates(text))
    .split("\n")
    .map((l) => noDocQuotes(l.replace(/^[ \t]+/, "")));
}

/** gofmt turns ``` `` ``` and `''` in doc comments into curly quotes: keep the characters apart. */
function noDocQuotes(line: string): string {
  return line.includes("``") || line.includes("''") ? line.replace(/`(?=`)/g, "` ").replace(/'(?=')/g, "' ") : line;
}

/** Text for a one-line `//` comment (the generated-file notice, a trailing remark). */
export function goLineComment(text: string): string {
  return commentLines(text)
    .filter((l) => l !== "")
    .join(" ");
}

/** A block of a doc comment: spec or generated text (paragraphs split on blank lines), or code lines. */
export type GoDocBlock = string | { readonly code: readonly string[] };

export interface GoDoc {
  /** The first paragraph; starts with the documented identifier. Kept as one paragraph. */
  readonly summary: string;
  readonly body: readonly GoDocBlock[];
  /** The text after `Deprecated: `; set only for a real deprecation. */
  readonly deprecated?: string;
}

const LINK_DEF = /^\[[^\]]*\]:[ \t]/;
const OLD_HEADING_PUNCT = /[;:!?+*/=[\]{}_^°&§~%#@<">\\]/;

/**
 * Whether go/doc could read this paragraph as anything but plain text at its
 * position: a deprecation notice, a heading (new `# x` or old implicit style), or a
 * block of link definitions. A superset is harmless: it only joins paragraphs.
 */
function isSpecial(lines: readonly string[]): boolean {
  const first = lines[0]!;
  if (/^Deprecated:/.test(first)) return true;
  if (lines.every((l) => LINK_DEF.test(l))) return true;
  if (lines.length !== 1) return false;
  if (/^#[ \t]/.test(first)) return true;
  const low = first.charCodeAt(first.length - 1);
  const lastChar = first.slice(low >= 0xdc00 && low <= 0xdfff ? -2 : -1);
  return /^\p{Lu}/u.test(first) && /^[\p{L}\p{Nd}]$/u.test(lastChar) && !OLD_HEADING_PUNCT.test(first);
}

function paragraphsOf(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of commentLines(text)) {
    if (line !== "") cur.push(line);
    else if (cur.length) (out.push(cur), (cur = []));
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * A complete doc comment: `// ` lines at `indent`, each ending in a newline, laid out
 * as gofmt prints doc comments (blank `//` between paragraphs, code lines as `//\t`).
 * The deprecation, if any, is its own final paragraph, which gopls, pkgsite and
 * staticcheck recognise.
 */
export function goComment(doc: GoDoc, indent: string): string {
  const summary = commentLines(doc.summary).filter((l) => l !== "");
  if (summary.length === 0) throw new Error("a Go doc comment needs a summary");
  const blocks: { lines: string[]; code: boolean }[] = [{ lines: summary, code: false }];
  for (const block of doc.body) {
    if (typeof block !== "string") {
      const code = block.code.map((l) => normaliseText(replaceLoneSurrogates(l)).replace(/\n/g, " "));
      // gofmt drops blank lines at either end of a code block and re-indents it by one tab.
      while (code[0] === "") code.shift();
      while (code[code.length - 1] === "") code.pop();
      // A loop, not Math.min(...lines): spreading a huge array overflows the stack.
      let margin = Infinity;
      for (const l of code) if (l !== "") margin = Math.min(margin, /^[ \t]*/.exec(l)![0].length);
      if (code.length) blocks.push({ lines: code.map((l) => l.slice(margin)), code: true });
      continue;
    }
    for (const para of paragraphsOf(block)) {
      const prev = blocks[blocks.length - 1]!;
      if (!isSpecial(para)) blocks.push({ lines: para, code: false });
      else if (!prev.code) for (const line of para) prev.lines.push(line);
      // No paragraph to join after a code block: a lead-in word keeps it plain text.
      else blocks.push({ lines: [`Note: ${para[0]!}`, ...para.slice(1)], code: false });
    }
  }
  if (doc.deprecated !== undefined) {
    const text = commentLines(doc.deprecated).filter((l) => l !== "");
    blocks.push({ lines: [`Deprecated: ${text[0] ?? ""}`.trimEnd(), ...text.slice(1)], code: false });
  }
  let out = "";
  for (let i = 0; i < blocks.length; i++) {
    const { lines, code } = blocks[i]!;
    if (i > 0) out += `${indent}//\n`;
    for (const line of lines) out += line === "" ? `${indent}//\n` : `${indent}//${code ? "\t" : " "}${line}\n`;
  }
  return out;
}
