// Escaping for Python output: string literals, docstrings, `#` comments, and TOML
// strings for pyproject.toml. Spec text can never end a literal or comment early,
// form an invalid escape (`\d`, a SyntaxWarning since 3.12) or reach the source as
// a raw bidi/zero-width character.
import { INVISIBLE, LONE_SURROGATE, normaliseText, replaceLoneSurrogates } from "./text.js";

const hex = (c: string, width: number): string => c.charCodeAt(0).toString(16).padStart(width, "0");

/** Characters a Python literal spells as an escape: controls, C1 controls, bidi/zero-width, line separators. */
const PY_ESCAPED = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const PY_NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Text that needs no escaping in a `"…"` literal (the common case, tested once). */
const PLAIN = /^[^"\\\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uD800-\uDFFF]*$/;


/**
 * A double-quoted Python string literal with the exact value (lone surrogates kept
 * as `\udXXX` escapes). Single quotes when the text holds more `"` than `'`, as
 * ruff format and black choose.
 */
export function pyString(value: string): string {
  if (PLAIN.test(value)) return `"${value}"`;
  const doubles = (value.match(/"/g) ?? []).length;
  const singles = (value.match(/'/g) ?? []).length;
  const quote = doubles > singles ? "'" : '"';
  const body = value
    .replace(/\\/g, "\\\\")
    .replace(quote === '"' ? /"/g : /'/g, `\\${quote}`)
    .replace(PY_ESCAPED, (c) => PY_NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`))
    .replace(LONE_SURROGATE, (c) => `\\u${hex(c, 4)}`);
  return quote + body + quote;
}

/** One docstring line: backslashes doubled, tabs and C1 controls as escapes, no run of three quotes. */
function docLine(line: string): string {
  if (!/[\\\t"\u0080-\u009F]/.test(line)) return line;
  return line
    .replace(/\\/g, "\\\\")
    .replace(/\t/g, "\\t")
    .replace(/[\u0080-\u009F]/g, (c) => `\\x${hex(c, 2)}`)
    .replace(/"{3,}/g, (run) => '\\"'.repeat(run.length));
}

/**
 * A complete `"""…"""` docstring for paragraphs of spec text. The opening quotes go
 * where the template puts them; continuation lines get `indent`. One line stays on
 * one line; otherwise the closing quotes sit on their own line (PEP 257).
 */
export function pyDocstring(paragraphs: readonly string[], indent: string): string {
  const joined = paragraphs.filter((p) => p.trim() !== "").join("\n\n");
  const clean = replaceLoneSurrogates(normaliseText(joined));
  const text = (clean.charCodeAt(0) === 10 ? clean.replace(/^\n+/, "") : clean).trimEnd();
  const raw = text.split("\n");
  if (raw.length === 1) {
    // A quote right before the closing `"""` would end the literal early. Escaped
    // before docLine runs: escaping its `\"` output again would leave a bare quote.
    const trailing = /"*$/.exec(raw[0]!)![0].length;
    return `"""${docLine(raw[0]!.slice(0, raw[0]!.length - trailing))}${'\\"'.repeat(trailing)}"""`;
  }
  const lines = raw.map(docLine);
  const body = lines.map((l, i) => (i === 0 || l === "" ? l : indent + l)).join("\n");
  return `"""${body}\n${indent}"""`;
}

/** Comment text tools would read as a directive: `# ruff: noqa` anywhere, `# mypy: …` at the start, a coding cookie. */
const DIRECTIVE = /^\s*(?:mypy|type|fmt|isort|pyright|pylint|ruff|flake8|noqa|pragma|yapf)\b/i;

/**
 * `# ` comment lines at `indent`, one per line of text, each ending in a newline;
 * "" for no text. For generated text such as the notice: spec text goes in
 * docstrings. `#` becomes `＃` and directive-like lines are prefixed, so no text
 * can switch a linter off (`# ruff: noqa`) or set the file's encoding.
 */
export function pyComment(text: string | undefined, indent: string): string {
  if (text === undefined) return "";
  const clean = replaceLoneSurrogates(normaliseText(text)).trim();
  if (clean === "") return "";
  return clean
    .split("\n")
    .map((l) => l.replace(/#/g, "\uFF03").replace(/coding([:=])/g, "coding $1"))
    .map((l) => (l === "" ? `${indent}#\n` : `${indent}# ${DIRECTIVE.test(l) ? "> " : ""}${l}\n`))
    .join("");
}

/** A TOML basic string (`"…"`): `"` and `\` escaped, controls and invisible characters as `\uXXXX`. */
export function tomlString(value: string): string {
  const body = replaceLoneSurrogates(value)
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\u0000-\u001F\u007F]/g, (c) => PY_NAMED[c] ?? `\\u${hex(c, 4)}`)
    .replace(INVISIBLE, (c) => `\\u${hex(c, 4)}`)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${hex(c, 4)}`);
  return `"${body}"`;
}

/** `("error", "code")`, `(429,)`, `()`: a tuple of string or integer literals. */
export function pyTuple(values: readonly (string | number)[]): string {
  const items = values.map((v) => (typeof v === "number" ? pyInt(v) : pyString(v)));
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

function pyInt(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
}

/** `Literal["a", "b"]`, or `str` for no values (`Literal[]` is not valid). */
export function pyLiteralType(values: readonly string[]): string {
  return values.length ? `Literal[${values.map(pyString).join(", ")}]` : "str";
}

/** A JSON scalar as a Python literal: `"x"`, `3`, `1.5`, `True`, `None`. */
export function pyConst(value: string | number | boolean | null): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "string") return pyString(value);
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value); // `3`, `1.5`, `1e+21`: all valid Python literals
}

/** `Literal, cast`: names for an import list, each checked to be an identifier. */
export function pyNames(names: readonly string[]): string {
  for (const n of names) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) throw new Error(`not a Python name: ${JSON.stringify(n)}`);
  return names.join(", ");
}

/** A value for `pyKwargs`: a literal, a tuple of integers, or a reference such as `ErrorCode.MATCH`. */
export type PyValue = string | number | boolean | null | readonly number[] | { readonly ref: string };

const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function pyValue(value: PyValue): string {
  if (Array.isArray(value)) return pyTuple(value as readonly number[]);
  if (value !== null && typeof value === "object") {
    const { ref } = value as { readonly ref: string };
    if (!DOTTED.test(ref)) throw new Error(`not a Python reference: ${JSON.stringify(ref)}`);
    return ref;
  }
  return pyConst(value as string | number | boolean | null);
}

/** Keyword arguments, one `name=value,` line each at `indent` (ruff format's exploded call layout). */
export function pyKwargs(args: readonly { readonly name: string; readonly value: PyValue }[], indent: string): string {
  let out = "";
  for (const { name, value } of args) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a keyword argument name: ${JSON.stringify(name)}`);
    out += `${indent}${name}=${pyValue(value)},\n`;
  }
  return out;
}
