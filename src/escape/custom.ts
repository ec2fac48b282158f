// Builders for a target's own escapers: a plugin for a language Lockstep does not
// ship (Rust, Java, Kotlin…) describes its string-literal, comment and identifier
// rules as data and gets an escaper that cannot be talked out of them. Each builder
// checks its description once, up front, so a rule that would let text break out
// (a quote with no escape, a comment closer left as is) fails when the plugin loads.
import { normaliseText, replaceLoneSurrogates } from "./text.js";

/** Characters no generated source should hold raw: C0/C1 controls, DEL, line/paragraph separators, bidi and zero-width characters. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export interface StringLiteralSpec {
  /** The opening and closing quote, e.g. `"`. It must have an entry in `escapes`. */
  readonly quote: string;
  /**
   * Characters spelled another way, e.g. `{ '"': '\\"', "\\": "\\\\", "\n": "\\n", "$": "\\$" }`
   * (Kotlin's `$`). Keys are single characters; they win over `unicode`.
   */
  readonly escapes: Readonly<Record<string, string>>;
  /**
   * The escape for a code point that must not appear raw (controls, bidi and zero-width
   * characters, line separators, and every non-ASCII one when `nonAscii` is `"escape"`):
   * `(cp) => "\\u{" + cp.toString(16) + "}"`.
   */
  readonly unicode: (codePoint: number) => string;
  /** `keep` (default): printable non-ASCII characters stay as they are. `escape`: they go through `unicode` too (ASCII-only sources). */
  readonly nonAscii?: "keep" | "escape";
  /** A lone surrogate, which most languages' strings cannot hold: `replace` (default) with U+FFFD, or `escape` through `unicode`. */
  readonly loneSurrogate?: "replace" | "escape";
}

function singleChar(key: string, what: string): void {
  if ([...key].length !== 1) throw new Error(`${what}: escape keys are single characters, got ${JSON.stringify(key)}`);
}

/**
 * An escaper for a target's string literals: `value` → the complete literal, quotes
 * included, whose value in the target language is exactly `value`.
 *
 *   const rustString = stringLiteralEscaper({
 *     quote: '"', escapes: { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" },
 *     unicode: (cp) => `\\u{${cp.toString(16)}}`,
 *   });
 *   rustString('a "b"\u202E') // → "a \"b\"\u{202e}" (as Rust source)
 */
export function stringLiteralEscaper(spec: StringLiteralSpec): (value: string) => string {
  const { quote, escapes, unicode } = spec;
  if (quote === "") throw new Error("stringLiteralEscaper: quote must not be empty");
  for (const key of Object.keys(escapes)) singleChar(key, "stringLiteralEscaper");
  const closer = [...quote][0]!;
  if (escapes[closer] === undefined) throw new Error(`stringLiteralEscaper: the quote character ${JSON.stringify(closer)} needs an entry in escapes, or text could end the literal`);
  const escapeAll = spec.nonAscii === "escape";
  const replaceLone = spec.loneSurrogate !== "escape";
  return (value: string): string => {
    let out = quote;
    const text = replaceLone ? replaceLoneSurrogates(value) : value;
    for (const ch of text) {
      const named = escapes[ch];
      if (named !== undefined) out += named;
      else if (UNSAFE.test(ch) || (escapeAll && ch.codePointAt(0)! > 0x7e) || (ch.length === 1 && ch >= "\uD800" && ch <= "\uDFFF")) out += unicode(ch.codePointAt(0)!);
      else out += ch;
    }
    return out + quote;
  };
}

export interface CommentSpec {
  /** Written before each line, e.g. `/// `, ` * `, `# `. Blank lines get it without trailing spaces. */
  readonly prefix: string;
  /**
   * Sequences replaced wherever they occur, longest first in one pass, e.g.
   * `{ "*\/": "*&#47;", "\\u": "&#92;u" }`. A comment closer of the language must be here.
   */
  readonly replace?: Readonly<Record<string, string>>;
  /** Applied to each line after `replace`, e.g. to defuse a leading `@` or `#`. */
  readonly line?: (line: string) => string;
  /** Sequences the result may never hold (checked after escaping; a violation throws): the comment's closer, e.g. `["*\/"]`. */
  readonly forbid?: readonly string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An escaper for a target's comments: spec text → complete comment lines at `indent`,
 * each ending in a newline ("" for no text). Text is normalised first (LF, no trailing
 * blanks, controls and bidi/zero-width characters shown as `<U+202E>`), so nothing
 * invisible reaches the source and no line break can end a line comment early.
 */
export function commentEscaper(spec: CommentSpec): (text: string, indent?: string) => string {
  const replace = spec.replace ?? {};
  const keys = Object.keys(replace).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (keys.includes("")) throw new Error("commentEscaper: replace keys must not be empty");
  const pattern = keys.length ? new RegExp(keys.map(escapeRegExp).join("|"), "g") : undefined;
  const forbid = spec.forbid ?? [];
  for (const f of forbid) {
    if (f === "") throw new Error("commentEscaper: forbid entries must not be empty");
    for (const [k, v] of Object.entries(replace)) if (v.includes(f)) throw new Error(`commentEscaper: the replacement for ${JSON.stringify(k)} contains the forbidden ${JSON.stringify(f)}`);
  }
  const blank = spec.prefix.trimEnd();
  return (text: string, indent = ""): string => {
    const clean = normaliseText(replaceLoneSurrogates(text)).replace(/\t/g, " ").replace(/^\n+|\n+$/g, "");
    if (clean.trim() === "") return "";
    let out = "";
    for (const raw of clean.split("\n")) {
      let line = pattern ? raw.replace(pattern, (m) => replace[m]!) : raw;
      if (spec.line) line = spec.line(line);
      for (const f of forbid) if (line.includes(f)) throw new Error(`commentEscaper: a comment line still holds ${JSON.stringify(f)} after escaping: ${JSON.stringify(line)}`);
      out += line === "" ? `${indent}${blank}\n` : `${indent}${spec.prefix}${line}\n`;
    }
    return out;
  };
}

export interface IdentifierSpec {
  /** Words the language reserves (keywords, and anything else a name must not be). */
  readonly reserved: Iterable<string>;
  /** How a reserved word is spelled instead: `(w) => "r#" + w` (Rust), `` (w) => `\`${w}\`` `` (Kotlin). Default: `w + "_"`. */
  readonly onReserved?: (word: string) => string;
  /** A character allowed anywhere in the name (default ASCII letters, digits and `_`). Others become `_`. */
  readonly part?: RegExp;
  /** A character allowed first (default ASCII letters and `_`); a name starting otherwise gets `_` in front. */
  readonly start?: RegExp;
  /** Compare with reserved words case-insensitively (default false). */
  readonly caseInsensitive?: boolean;
}

/**
 * A sanitiser for a target's identifiers: any string → a valid, non-reserved name.
 * Deterministic; names made of allowed characters and not reserved come back unchanged.
 * Declare the results in the generator's `naming`, so clashes between names it
 * produces are reported instead of written.
 */
export function identifierSanitiser(spec: IdentifierSpec): (name: string) => string {
  const fold = (s: string): string => (spec.caseInsensitive ? s.toLowerCase() : s);
  const reserved = new Set([...spec.reserved].map(fold));
  const part = spec.part ?? /[A-Za-z0-9_]/;
  const start = spec.start ?? /[A-Za-z_]/;
  const onReserved = spec.onReserved ?? ((w: string) => `${w}_`);
  return (name: string): string => {
    let out = "";
    for (const ch of name) out += part.test(ch) ? ch : "_";
    if (out === "" || !start.test([...out][0]!)) out = `_${out}`;
    return reserved.has(fold(out)) ? onReserved(out) : out;
  };
}
