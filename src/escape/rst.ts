// Escaping for reStructuredText (docutils and Sphinx). Spec text becomes literal
// text: it can never start inline markup (`*`, `` ` ``, `_`, `|x|`, roles, links),
// a block construct (lists, comments, directives, field lists, literal blocks,
// section titles, transitions) or break out of an indented cell or note.
//
// Folding, as the docs tests check it: text is normalised (`normaliseText`, so
// bidi and zero-width characters show as `<U+202E>`), tabs become spaces, each
// line is trimmed, lines stay lines within a paragraph, blank lines separate
// paragraphs. Titles, headers and comments are folded to one line.
import { normaliseText, quickTest } from "./text.js";

/** Characters that start or end inline markup anywhere in a line. */
const INLINE_MARKUP = /[\\`*_|:<>[\]]/g;
/** INLINE_MARKUP's non-global twin, for a quick test: text without any is returned as it is. */
const HAS_INLINE_MARKUP = quickTest(INLINE_MARKUP);
/** White space other than a single plain space: text without it needs no folding of spaces. */
const FOLDABLE_SPACE = /[^\S ]| {2}/;

/**
 * One trimmed line of printable ASCII that needs no escaping: it starts with a
 * letter or digit and holds no markup character. Most spec text is like this;
 * checking it first keeps 50,000 codes fast.
 */
const PLAIN = /^[A-Za-z0-9](?:[A-Za-z0-9 ,.;'"()?!&%$#@+=/{}~^-]*[A-Za-z0-9,.;'"()?!&%$#@+=/{}~^-])?$/;


/** An enumerator at a line start (`1.`, `a)`, `iv.`): the next character is escaped instead. */
const ENUMERATOR = /^(\d+|[A-Za-z]|[IVXLCDM]+|[ivxlcdm]+)([.)])(?=\s|$)/;

/** A reference name the generator allocated (labels, anchors). */
const LABEL = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A code name (`INVALID_PHONE_NUMBER`, `quota_exceeded`): safe inside an inline literal. */
const CODE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Escapes inline markup in one line of text; no line-start handling. */
export function rstEscapeInline(text: string): string {
  const spaced = text.includes("\t") ? text.replace(/\t/g, " ") : text;
  return HAS_INLINE_MARKUP.test(spaced) ? spaced.replace(INLINE_MARKUP, "\\$&") : spaced;
}

/** `rstLine` for a line already normalised, single-line and trimmed. */
function escapeLine(text: string): string {
  if (PLAIN.test(text) && !ENUMERATOR.test(text)) return text;
  const out = text.replace(INLINE_MARKUP, "\\$&");
  if (out === "") return out;
  const first = text.charCodeAt(0);
  const alnum = (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (alnum) return out.replace(ENUMERATOR, "$1\\$2");
  // A leading markup character is escaped already; a line of backslashes alone would be an underline.
  if (out.charCodeAt(0) === 92) return /^\\+$/.test(out) ? `\\ ${out}` : out;
  // Anything else that is not a letter or digit could start a block construct.
  if (first >= 0x80 && /^[\p{L}\p{N}]/u.test(text)) return out;
  return `\\${out}`;
}

/**
 * One line of text made safe at the start of a line: a leading non-alphanumeric
 * character (list bullets such as `-`, `+`, `•`, `..`, `#.`, `>>>`, `|`, `::`) is
 * escaped, so is the dot or parenthesis of an enumerator, and a line that would
 * consist only of backslashes (a transition or title underline) starts with `\ `
 * (escaped whitespace, which docutils drops).
 */
export function rstLine(line: string): string {
  if (PLAIN.test(line) && !ENUMERATOR.test(line)) return line;
  return escapeLine(normaliseText(line).replace(/[\t\n]/g, " ").trim());
}

/**
 * Text as RST body paragraphs (see the folding rules above). The first line is not
 * indented (the caller writes it after a list marker or an indent); the following
 * lines get `indent`.
 */
export function rstText(text: string, indent: string): string {
  let clean = normaliseText(text);
  if (clean.includes("\t")) clean = clean.replace(/\t/g, " ");
  if (!clean.includes("\n")) return escapeLine(clean.trim());
  const paragraphs: string[] = [];
  for (const paragraph of clean.split(/\n\s*\n/)) {
    const lines: string[] = [];
    for (const line of paragraph.split("\n")) {
      const trimmed = line.trim();
      if (trimmed !== "") lines.push(escapeLine(trimmed));
    }
    if (lines.length) paragraphs.push(lines.join(`\n${indent}`));
  }
  return paragraphs.join(`\n\n${indent}`);
}

/** Folds text to one line (titles, headers, comments). */
export function foldLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, " ").trim();
}

/** One line of text, escaped for a title or table header. */
export function rstInlineLine(text: string): string {
  return rstLine(foldLine(text));
}

/** Display columns of a line, counting each non-ASCII character as two (never too few for docutils). */
function columns(line: string): number {
  let n = 0;
  for (const c of line) n += c.charCodeAt(0) < 0x80 ? 1 : 2;
  return n;
}

/** A section title and its underline of `char`, long enough for wide characters. */
export function rstTitle(text: string, char: string): string {
  if (!/^[=\-~^"'`#*+.:_]$/.test(char)) throw new Error(`not an RST title character: ${JSON.stringify(char)}`);
  const line = rstInlineLine(text);
  if (line === "") throw new Error("empty RST title");
  return `${line}\n${char.repeat(Math.max(columns(line), 4))}`;
}

/**
 * A one-line comment `.. text`. Text that could start a target (`_x:`), a
 * citation (`[x]`), a substitution (`|x|`) or a directive (`name::`) is moved to
 * an indented line under an empty `..`, where it is only ever comment text.
 */
export function rstComment(text: string): string {
  const line = foldLine(text);
  if (line === "") return "..";
  const risky = /^[_[|]/.test(line) || /^[\p{L}\p{N}]+(?:[-_.:+][\p{L}\p{N}]+)* ?::/u.test(line);
  return risky ? `..\n   ${line}` : `.. ${line}`;
}

function assertLabel(name: string): string {
  if (!LABEL.test(name)) throw new Error(`not an RST label: ${JSON.stringify(name)}`);
  return name;
}

/** An explicit hyperlink target `.. _name:`. */
export function rstLabel(name: string): string {
  return `.. _${assertLabel(name)}:`;
}

/** An inline literal ``CODE`` of a code name. */
export function rstCode(name: string): string {
  if (!CODE_NAME.test(name)) throw new Error(`not a code name: ${JSON.stringify(name)}`);
  return `\`\`${name}\`\``;
}

/**
 * An anonymous reference to a label, `` `TEXT <label_>`__ ``. Anonymous, so that
 * link texts never become reference names that could clash with labels.
 */
export function rstRef(text: string, label: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_/-]*$/.test(text)) throw new Error(`not a code reference text: ${JSON.stringify(text)}`);
  return `\`${text} <${assertLabel(label)}_>\`__`;
}

/** Inline content of a generated paragraph: text (escaped, folded to one line) or generated markup. */
export type RstInline = string | { readonly code: string } | { readonly ref: string; readonly label: string } | { readonly em: string };

/** A block of a cell or section: a label, spec text (paragraphs, see folding), or one generated paragraph. */
export type RstBlock = { readonly label: string } | { readonly text: string } | { readonly inline: readonly RstInline[] };

/**
 * One generated paragraph. Markup parts must be separated from text by spaces or
 * punctuation (the generator's own wording), as inline markup recognition requires.
 */
export function rstInline(parts: readonly RstInline[]): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) out += inlinePart(parts[i]!, i);
  return out;
}

function inlinePart(part: RstInline, i: number): string {
  if (typeof part === "string") {
    if (i === 0) return rstLine(part);
    // Keep the spaces around a later part: they separate it from neighbouring markup.
    const normal = normaliseText(part);
    const text = FOLDABLE_SPACE.test(normal) ? normal.replace(/\s+/g, " ") : normal;
    return rstEscapeInline(text !== part && /\s$/.test(part) && !text.endsWith(" ") ? `${text} ` : text);
  }
  if ("code" in part) return rstCode(part.code);
  if ("ref" in part) return rstRef(part.ref, part.label);
  if (!/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(part.em)) throw new Error(`not plain words: ${JSON.stringify(part.em)}`);
  return `*${part.em}*`;
}

/** Blocks separated by blank lines; lines after the first get `indent`. */
export function rstBlocks(blocks: readonly RstBlock[], indent: string): string {
  let out = "";
  for (const b of blocks) {
    const text = "label" in b ? rstLabel(b.label) : "text" in b ? rstText(b.text, indent) : rstInline(b.inline);
    if (text !== "") out = out === "" ? text : `${out}\n\n${indent}${text}`;
  }
  return out;
}

/** A `list-table` row (directive content indented by three spaces), one cell per element. */
export function rstRow(cells: readonly (readonly RstBlock[])[]): string {
  let out = "";
  for (let i = 0; i < cells.length; i++) {
    const cell = rstBlocks(cells[i]!, "       ");
    const marker = i === 0 ? "   * -" : "\n     -";
    out += cell === "" ? marker : `${marker} ${cell}`;
  }
  return out;
}

/** Letters docutils' `make_id` transliterates before dropping non-ASCII characters. */
const ID_TRANSLATE = new Map<string, string>([
  ...[..."øđħıłŧƀƃƈƌƒƙƚƞƥƫƭƴƶǥȥȴȵȶȷȼȿɀɇɉɋɍɏ"].map((c, i): [string, string] => [c, "odhiltbbcdfklnpttyzgzlntjcszejqry"[i]!]),
  ["ß", "sz"],
  ["æ", "ae"],
  ["œ", "oe"],
  ["ȸ", "db"],
  ["ȹ", "qp"],
]);
const ID_TRANSLATED = new RegExp(`[${[...ID_TRANSLATE.keys()].join("")}]`, "g");

/**
 * Docutils' `make_id`: the HTML id a section title or label gets. Used to keep
 * generated ids off the code anchors (docutils gives an id to its first claimant).
 */
export function docutilsId(text: string): string {
  return text
    .toLowerCase()
    .replace(ID_TRANSLATED, (c) => ID_TRANSLATE.get(c)!)
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[-0-9]+|-+$/g, "");
}
