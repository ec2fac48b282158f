// Escaping for Markdown output: GFM (GitHub, markdown-it, MkDocs) that also compiles
// as MDX. Spec text is plain text with one piece of Markdown kept: inline code spans
// (`x`), which specs use for codes, headers and paths. Every other ASCII character that
// could open Markdown, HTML, a GFM table cell or an MDX expression is backslash-escaped,
// so the text renders literally everywhere. Invisible/bidi characters are shown as `<U+202E>`.
//
// Line breaks: inside one line (cells, headings, link text) a newline becomes a space
// (Markdown's own soft-break rendering); in a table cell a paragraph break becomes
// `<br /><br />`, the self-closing form MDX accepts. Blocks (notes, descriptions
// outside tables) keep their lines and paragraphs.
import { closingRun, INVISIBLE, paragraphs, quickTest } from "./text.js";

/** Inline syntax, raw HTML/JSX, cell pipes, MDX braces, entities, strikethrough: escaped everywhere. */
const SPECIAL = /[\\`*_[\]<>|#~{}&]/g;
/** SPECIAL's non-global twin, for a quick test: text without any is returned as it is. */
const HAS_SPECIAL = quickTest(SPECIAL);
/**
 * The `:` of `scheme://` and the `.` of `www.`: renderers disagree on where a bare URL
 * ends (micromark, used by MDX and remark, takes the backslash of a following `\>` into
 * the URL), so bare URLs are kept from auto-linking and stay plain text.
 */
const SCHEME = /:\/\//g;
const WWW = /(www)\./gi;
const MAYBE_WWW = /www\./i;
// Stryker disable next-line all: an assertion on a constant (test/mutation/EQUIVALENT.md)
if (!/^\[[^\]]*\]$/.test(INVISIBLE.source)) throw new Error("internal: INVISIBLE must be one character class");
/** Text without these needs no normalising (fast path for the common one-line text); one character class. */
const NEEDS_NORMALISING = new RegExp(`[\\u0000-\\u001F\\u007F\\u0085\\u2028\\u2029${INVISIBLE.source.slice(1, -1)}]`);

const ORDERED_START = /^(\d+)([.)])/;

/** Backslash-escapes every special character; the text stays on its line. */
export function escapeMdText(text: string): string {
  const out = HAS_SPECIAL.test(text) ? text.replace(SPECIAL, "\\$&") : text;
  return out.includes("://") || MAYBE_WWW.test(out) ? out.replace(SCHEME, "\\://").replace(WWW, "$1\\.") : out;
}

/** Escapes what would open a block at the start of a line: a bullet (`- x`, `+ x`), a `===` underline, `1. x`. */
export function escapeLineStart(line: string): string {
  const c = line.charCodeAt(0);
  if (c === 0x2d || c === 0x2b || c === 0x3d) return "\\" + line;
  return c >= 0x30 && c <= 0x39 ? line.replace(ORDERED_START, "$1\\$2") : line;
}

/**
 * Escapes spec text but keeps its code spans as written (CommonMark's rule: a run of n
 * backticks up to the next run of exactly n). Inside a table cell a code span's `|` still
 * needs its backslash, which GFM removes before the span is read; a span holding `\|`
 * is written as escaped text instead, as renderers disagree on it.
 */
export function escapeProse(text: string, inTable: boolean): string {
  if (!text.includes("`")) return escapeMdText(text);
  let out = "";
  let i = 0;
  for (let j = text.indexOf("`"); j >= 0; j = text.indexOf("`", i)) {
    let n = 1;
    while (text.charCodeAt(j + n) === 0x60) n++;
    const close = closingRun(text, j + n, n);
    if (close < 0) {
      out += escapeMdText(text.slice(i, j + n)); // an unmatched run is literal backticks
      i = j + n;
      continue;
    }
    const span = text.slice(j, close + n);
    // GFM (cmark-gfm, markdown-it) and micromark (MDX) split `\\|` differently, so such a span stays text.
    const keep = !inTable || !span.includes("\\|");
    out += escapeMdText(text.slice(i, j)) + (keep ? (inTable ? span.replace(/\|/g, "\\|") : span) : escapeMdText(span));
    i = close + n;
  }
  return out + escapeMdText(text.slice(i));
}

/** Escapes one line of spec text (no newlines) outside a table. */
export function escapeMdLine(line: string): string {
  return escapeLineStart(escapeProse(line, false));
}

/** Lines of each paragraph, trimmed (leading spaces would make code blocks). */
function trimmedParagraphs(text: string): string[][] {
  if (!NEEDS_NORMALISING.test(text)) {
    const line = text.trim();
    return line === "" ? [] : [[line]];
  }
  return paragraphs(text).map((p) => p.map((l) => l.trim()).filter((l) => l !== ""));
}

/** Text on one line: lines and paragraphs joined by spaces, invisible characters shown. */
function oneLine(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text.trim();
  return trimmedParagraphs(text)
    .map((p) => p.join(" "))
    .join(" ");
}

/** Like `oneLine`, but keeps the outer spaces that separate generated fragments (`" since "`). */
function fragment(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text;
  const inner = oneLine(text);
  const lead = /^[ \t]/.test(text) ? " " : "";
  const trail = /[ \t]$/.test(text) && inner !== "" ? " " : "";
  return lead + inner + trail;
}

/** Text on one line outside a table (headings). Newlines and paragraph breaks become spaces. */
export function mdLine(text: string): string {
  return escapeMdLine(oneLine(text));
}

/** A table cell's text: lines joined by spaces, paragraphs by `<br /><br />`. */
export function mdCell(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return escapeLineStart(escapeProse(text.trim(), true));
  return escapeLineStart(
    trimmedParagraphs(text)
      .map((p) => escapeProse(p.join(" "), true))
      .join("<br /><br />"),
  );
}

/** Block text: each line escaped (so none starts a list, heading or quote), paragraphs kept, each line prefixed. */
export function mdBlock(text: string, prefix = ""): string {
  const blank = prefix.trimEnd();
  return trimmedParagraphs(text)
    .map((p) => p.map((l) => prefix + escapeMdLine(l)).join("\n"))
    .join(`\n${blank}\n`);
}

/** The generated-file notice as the page's first line: an HTML comment, or an MDX comment expression. */
export function mdNotice(notice: string, mdx: boolean): string {
  const text = oneLine(notice);
  // `--` may not appear in an HTML comment (and `-->` would end it); `*/` would end the MDX comment.
  return mdx ? `{/* ${text.replace(/\*\//g, "*\\/")} */}` : `<!-- ${text.replace(/-(?=-)/g, "- ")} -->`;
}

const ANCHOR = /^[a-z][a-z0-9-]*$/;
/** Relative links the generator builds: `#anchor`, `errors/billing.md#anchor`, `../errors.md`. */
const HREF = /^(?:(?:\.\.\/)*[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*\.md)?(?:#[a-z][a-z0-9-]*)?$/;
/** Code spans hold code names, keys and header names only: nothing that needs escaping inside backticks. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_./-]*$/;

/** One piece of generated inline Markdown; spec text only ever enters as `string` or `{ cell }`. */
export type MdPart =
  | string
  | { readonly cell: string }
  /** Plain text (titles): every Markdown character escaped, code spans included. */
  | { readonly text: string }
  | { readonly code: string }
  | { readonly strong: string }
  | { readonly anchor: string }
  | { readonly href: string; readonly label: MdPart };

/** `<a id="billing-card-declined"></a>`: an explicit anchor that no renderer's slugger can change. */
export function mdAnchor(id: string): string {
  if (!ANCHOR.test(id)) throw new Error(`bad Markdown anchor ${JSON.stringify(id)}`);
  return `<a id="${id}"></a>`;
}

function renderPart(part: MdPart, inTable: boolean): string {
  if (typeof part === "string") return escapeProse(fragment(part), inTable);
  if ("cell" in part) return mdCell(part.cell);
  if ("text" in part) return escapeMdText(oneLine(part.text));
  if ("code" in part) {
    if (!CODE.test(part.code)) throw new Error(`bad Markdown code span ${JSON.stringify(part.code)}`);
    return `\`${part.code}\``;
  }
  if ("strong" in part) return `**${escapeMdText(oneLine(part.strong))}**`;
  if ("anchor" in part) return mdAnchor(part.anchor);
  if (!HREF.test(part.href) || part.href === "") throw new Error(`bad Markdown link ${JSON.stringify(part.href)}`);
  return `[${renderPart(part.label, inTable)}](${part.href})`;
}

/** Inline Markdown from parts (outside a table unless `inTable`): text escaped, links and anchors checked. */
export function md(parts: readonly MdPart[], inTable = false): string {
  // Only the first non-empty part can start the line (checking the joined string would flatten it).
  let out = "";
  for (const part of parts) out += out === "" ? escapeLineStart(renderPart(part, inTable)) : renderPart(part, inTable);
  return out;
}

/** A table row: `| a | b |`; each cell is a list of parts. */
export function mdRow(cells: readonly (readonly MdPart[])[]): string {
  let out = "|";
  for (const cell of cells) out += ` ${md(cell, true)} |`;
  return out;
}

/** The delimiter row under a header of `cells.length` columns. */
export function mdRule(cells: readonly unknown[]): string {
  return "|" + " --- |".repeat(cells.length);
}

/** `## Title`; `level` 1–6. */
export function mdHeading(level: number, parts: readonly MdPart[]): string {
  if (!Number.isInteger(level) || level < 1 || level > 6) throw new Error(`bad heading level ${level}`);
  return `${"#".repeat(level)} ${md(parts)}`;
}

/** Block text quoted under a `> **Note:**` line (paragraphs separated by `>`). */
export function mdQuote(text: string): string {
  return mdBlock(text, "> ");
}
