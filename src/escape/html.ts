// Escaping for HTML output (the `html` generator's single page). Spec text is
// plain text with one piece of Markdown kept, as in the Markdown docs: inline code
// spans (`x`) become <code>. Everything else is character data: `&`, `<` and `>`
// are escaped in text, and `"` and `'` as well in attribute values, so no spec text
// can open a tag, a comment, an entity or leave an attribute. Invisible and bidi
// characters are shown as `<U+202E>` (Trojan Source).
//
// Generated markup is built as a small tree (`HtmlNode`) and printed by `html()`:
// tag and attribute names come from allow-lists, links only to `#anchor`, ids and
// classes from a safe alphabet, so a generator cannot print markup by mistake either.
import { closingRun, normaliseText, paragraphs, quickTest } from "./text.js";

const TEXT_SPECIAL = /[&<>]/g;
const ATTR_SPECIAL = /[&<>"']/g;
/** Non-global twins for a quick test: most text has nothing to escape and is returned as it is. */
const HAS_TEXT_SPECIAL = quickTest(TEXT_SPECIAL);
const HAS_ATTR_SPECIAL = quickTest(ATTR_SPECIAL);
/**
 * Printable ASCII with nothing to escape or normalise, not ending in a blank (which
 * normalising would trim): such text is its own escaped form. Most generated and
 * spec text is like this; one scan answers for it.
 */
const CLEAN_TEXT = /^(?:[\x20-\x25\x27-\x3B\x3D\x3F-\x7E]*[\x21-\x25\x27-\x3B\x3D\x3F-\x7E])?$/;
const CLEAN_ATTR = /^(?:[\x20\x21\x23-\x25\x28-\x3B\x3D\x3F-\x7E]*[\x21\x23-\x25\x28-\x3B\x3D\x3F-\x7E])?$/;
const escapeSpecial = (text: string): string => (HAS_TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIAL, (c) => ENTITY[c]!) : text);
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Characters the HTML parser reports as errors in a document (C1 controls and
 * noncharacters, U+FFFE, U+1FFFF, …): shown as `<U+FFFF>` like the invisible ones.
 */
const PARSE_ERRORS = /[\u0080-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;
const MAYBE_PARSE_ERRORS = /[\u0080-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uDFFE\uDFFF]/;

/** Spec text as the page shows it, before escaping: normalised (src/escape/text.ts), and characters HTML rejects shown as markers. */
export function htmlShown(text: string): string {
  const clean = normaliseText(text);
  if (!MAYBE_PARSE_ERRORS.test(clean)) return clean;
  return clean.replace(PARSE_ERRORS, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** Character data: `&`, `<`, `>` escaped; invisible characters shown. Newlines are kept. */
export function escapeHtmlText(text: string): string {
  if (CLEAN_TEXT.test(text)) return text;
  return escapeSpecial(htmlShown(text));
}

/**
 * A piece of text between generated markup (`" since "`, a title): escaped like
 * `escapeHtmlText`, but the outer space that separates it from its neighbours is kept
 * (normalising would trim a trailing one).
 */
export function escapeHtmlFragment(text: string): string {
  const out = escapeHtmlText(text);
  // Unchanged text (the common case) kept its outer spaces, and "" has none.
  if (out === text) return out;
  if (out === "") return /[ \t]/.test(text) ? " " : "";
  return /[ \t]$/.test(text) && !/[ \t]$/.test(out) ? out + " " : out;
}

/** An attribute value (always written in double quotes): also `"` and `'` escaped. */
export function escapeHtmlAttr(text: string): string {
  if (CLEAN_ATTR.test(text)) return text;
  const shown = htmlShown(text);
  return HAS_ATTR_SPECIAL.test(shown) ? shown.replace(ATTR_SPECIAL, (c) => ENTITY[c]!) : shown;
}

/** Text on one line: lines and paragraphs joined by single spaces, trimmed, escaped. */
export function htmlLine(text: string): string {
  return escapeHtmlText(htmlShown(text).replace(/\s*\n\s*/g, " ").trim());
}

/** One line of prose: escaped text, code spans as <code>; an unmatched backtick run is literal. */
export function htmlInline(line: string): string {
  if (!line.includes("`")) return escapeSpecial(line);
  let out = "";
  let i = 0;
  for (let j = line.indexOf("`"); j >= 0; j = line.indexOf("`", i)) {
    let n = 1;
    while (line.charCodeAt(j + n) === 0x60) n++;
    const close = closingRun(line, j + n, n);
    if (close < 0) {
      out += escapeSpecial(line.slice(i, j + n));
      i = j + n;
      continue;
    }
    // CommonMark strips one space on each side when both are there and the span is not all spaces.
    let inner = line.slice(j + n, close);
    if (inner.length > 2 && inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "") inner = inner.slice(1, -1);
    out += escapeSpecial(line.slice(i, j)) + `<code>${escapeSpecial(inner)}</code>`;
    i = close + n;
  }
  return out + escapeSpecial(line.slice(i));
}

/** Prose (descriptions, notes): one <p> per paragraph, lines joined by spaces, code spans kept. */
export function htmlProse(text: string): string {
  const shown = htmlShown(text);
  // One line (most spec prose): one paragraph, or none when blank; shown text is already normalised.
  if (!shown.includes("\n")) {
    const line = shown.trim();
    return line === "" ? "" : `<p>${htmlInline(line)}</p>`;
  }
  return paragraphs(shown)
    .map((p) => `<p>${htmlInline(p.map((l) => l.trim()).filter((l) => l !== "").join(" "))}</p>`)
    .join("");
}

/** The generated-file notice as an HTML comment; `--` cannot occur inside one (and `-->` would end it). */
export function htmlComment(text: string): string {
  const line = htmlShown(text).replace(/\s*\n\s*/g, " ").trim();
  return `<!-- ${line.replace(/-(?=-)/g, "- ").replace(/</g, "&lt;")} -->`;
}

/** Inline `<style>` / `<script>` content: raw text elements end at `</style` / `</script`, so those may not occur. */
export function rawTextElement(tag: "style" | "script", body: string): string {
  if (new RegExp(`</${tag}|<!--`, "i").test(body)) throw new Error(`inline ${tag} must not contain "</${tag}" or "<!--"`);
  return `<${tag}>${body}</${tag}>`;
}

/** Void elements: no content, no end tag. */
const VOID = new Set(["wbr"]);
const TAGS = new Set([
  "a", "article", "button", "caption", "code", "dd", "div", "dl", "dt", "em", "h2", "h3", "li", "p", "section",
  "small", "span", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul", "wbr",
]);
const ATTRIBUTE = /^(?:class|id|href|title|type|scope|hidden|role|colspan|data-[a-z]+(?:-[a-z]+)*|aria-[a-z]+)$/;
/** Ids and anchors: what the naming module allocates, plus `--` section ids. */
const ID = /^[a-z][a-z0-9-]*$/;
const CLASS = /^[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)*$/;

/**
 * A piece of generated markup. A string is text (escaped). `{ prose }` is spec
 * Markdown-ish text (paragraphs, code spans). `{ el }` is an element from the
 * allow-list; attribute values are escaped, `true` writes a bare attribute.
 */
export type HtmlNode =
  | string
  | { readonly prose: string }
  | { readonly el: string; readonly attrs?: Readonly<Record<string, string | true | undefined>>; readonly kids?: readonly HtmlNode[] };

/** Attribute names already checked against ATTRIBUTE: a page repeats a handful of them per row. */
const CHECKED_ATTRIBUTES = new Set<string>();

function attribute(name: string, value: string | true): string {
  if (!CHECKED_ATTRIBUTES.has(name)) {
    if (!ATTRIBUTE.test(name)) throw new Error(`attribute ${JSON.stringify(name)} is not allowed`);
    CHECKED_ATTRIBUTES.add(name);
  }
  if (value === true) return ` ${name}`;
  if ((name === "id" || name === "aria-controls") && !ID.test(value)) throw new Error(`bad HTML id ${JSON.stringify(value)}`);
  if (name === "class" && !CLASS.test(value)) throw new Error(`bad HTML class ${JSON.stringify(value)}`);
  if (name === "href" && !(value.startsWith("#") && ID.test(value.slice(1)))) throw new Error(`bad link ${JSON.stringify(value)} (only #anchor links)`);
  return ` ${name}="${escapeHtmlAttr(value)}"`;
}

function render(node: HtmlNode, out: string[]): void {
  if (typeof node === "string") {
    out.push(escapeHtmlFragment(node));
    return;
  }
  if ("prose" in node) {
    out.push(htmlProse(node.prose));
    return;
  }
  if (!TAGS.has(node.el)) throw new Error(`element <${node.el}> is not allowed`);
  let open = `<${node.el}`;
  const attrs = node.attrs;
  // for…in visits own string keys in the order Object.entries would (attrs are plain records).
  if (attrs) for (const name in attrs) if (Object.hasOwn(attrs, name) && attrs[name] !== undefined) open += attribute(name, attrs[name]!);
  out.push(open + ">");
  if (VOID.has(node.el)) {
    if (node.kids?.length) throw new Error(`<${node.el}> cannot have content`);
    return;
  }
  if (node.kids) for (const kid of node.kids) render(kid, out);
  out.push(`</${node.el}>`);
}

/** Markup from nodes; text escaped, elements and attributes checked. */
export function html(nodes: HtmlNode | readonly HtmlNode[]): string {
  const out: string[] = [];
  for (const node of Array.isArray(nodes) ? (nodes as readonly HtmlNode[]) : [nodes as HtmlNode]) render(node, out);
  return out.join("");
}
