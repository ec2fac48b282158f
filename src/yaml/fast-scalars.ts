// Scalar values for the fast parser (fast.ts), computed exactly as the `yaml`
// library (v2, YAML 1.2 core schema) computes them: the tag tests and resolvers of
// its core schema, and ports of its flow and block scalar folding. Each function
// returns undefined where the library would report an error.

// The core schema's tests, in the order the library tries them.
// (null: `~`, `null`, `Null`, `NULL` or empty; bool: `true`, `True`, `TRUE`, `false`, `False`, `FALSE`.)
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain scalar: null, boolean, number, or else the string itself. */
export function resolvePlain(s: string): string | number | boolean | null {
  // The first character tells which tests can match; most strings match none, and
  // comparing with the few null and boolean spellings is cheaper than their tests.
  switch (s.charCodeAt(0)) {
    case 126: // ~
    case 110: // n
    case 78: // N
      return s === "null" || s === "Null" || s === "NULL" || s === "~" ? null : s;
    case 116: // t
    case 84: // T
      return s === "true" || s === "True" || s === "TRUE" ? true : s;
    case 102: // f
    case 70: // F
      return s === "false" || s === "False" || s === "FALSE" ? false : s;
    case 43: // +
    case 45: // -
    case 46: // .
      break;
    default: {
      const c = s.charCodeAt(0);
      if (s === "") return null;
      if (c < 48 || c > 57) return s;
    }
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Folds a multi-line plain or single-quoted scalar (the library's `unfoldLines`). */
export function unfoldLines(source: string): string {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = match[1]!.replace(/(?<![ \t])[ \t]+$/, "");
  let sep = " ";
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const lm = match[1]!.replace(/^[ \t]+|(?<![ \t])[ \t]+$/g, "");
    if (lm === "") {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "\t": "\t",
};

const HEX = /^[0-9a-fA-F]+$/;

/**
 * The value of the double-quoted scalar `src[start, end)` (quotes included): the
 * library's `doubleQuotedValue`, or undefined for an invalid escape.
 */
export function doubleQuotedValue(src: string, start: number, end: number): string | undefined {
  let res = "";
  const last = end - 1;
  for (let i = start + 1; i < last; ++i) {
    const ch = src[i]!;
    if (ch === "\r" && src[i + 1] === "\n") continue;
    if (ch === "\n") {
      // A line break folds to a space, or to n-1 breaks when followed by empty lines.
      let fold = "";
      let c = src[i + 1];
      while (c === " " || c === "\t" || c === "\n" || (c === "\r" && src[i + 2] === "\n")) {
        if (c === "\n") fold += "\n";
        c = src[++i + 1];
      }
      res += fold || " ";
    } else if (ch === "\\") {
      let next = src[++i]!;
      const cc = ESCAPES[next];
      if (cc) res += cc;
      else if (next === "\n" || (next === "\r" && src[i + 1] === "\n")) {
        // An escaped line break: drop it and the next line's leading white space.
        if (next === "\r") i++;
        next = src[i + 1]!;
        while (next === " " || next === "\t") next = src[++i + 1]!;
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        const code = src.substr(i + 1, length);
        if (code.length !== length || !HEX.test(code)) return undefined;
        const cp = parseInt(code, 16);
        if (cp > 0x10ffff) return undefined;
        res += String.fromCodePoint(cp);
        i += length;
      } else return undefined;
    } else if (ch === " " || ch === "\t") {
      // White space before a line break is dropped.
      const wsStart = i;
      let next = src[i + 1];
      while (next === " " || next === "\t") next = src[++i + 1];
      if (next !== "\n" && !(next === "\r" && src[i + 2] === "\n")) res += i > wsStart ? src.slice(wsStart, i + 1) : ch;
    } else res += ch;
  }
  return res;
}

/**
 * The value of a block scalar's body (the lines after its header, up to where the
 * library's lexer ends it) without an indentation indicator: the library's
 * `resolveBlockScalar`, or undefined where it reports an error.
 */
export function blockScalarValue(body: string, literal: boolean, chomp: "" | "-" | "+", atRoot: boolean): string | undefined {
  const lines = splitLines(body);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]![1];
    if (content === "" || content === "\r") chompStart = i;
    else break;
  }
  if (chompStart === 0) return undefined;
  let trimIndent = 0;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content === "" || content === "\r") {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      // More-indented leading empty lines need an indentation indicator.
      if (indent.length < trimIndent || (indent.length === 0 && !atRoot)) return undefined;
      trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  // Trailing empty lines indented more than the content are content.
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, raw] = lines[i]!;
    const content = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (content && indent.length < trimIndent) return undefined;
    if (literal) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "\t") {
      // More-indented lines of a folded scalar keep their line breaks.
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  if (chomp === "+") {
    for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i]![0].slice(trimIndent);
    if (value[value.length - 1] !== "\n") value += "\n";
  } else if (chomp === "") value += "\n";
  return value;
}

/** Lines as [indentation, rest], split as the library splits them. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  return lines;
}
