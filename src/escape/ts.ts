// Escaping for TypeScript output: string literals and TSDoc comments. Spec text can
// never close a comment (`*/`), start a block tag (`@x` at a line start) or an inline
// tag (`{@`), nor break a string literal.
import { INVISIBLE, normaliseText, unicodeEscape } from "./text.js";

/**
 * A string literal, quoted the way prettier would (double quotes unless the text has
 * more double than single quotes), so generated code is already prettier-formatted.
 */
export function tsString(value: string): string {
  const escaped = jsonText(value).slice(1, -1);
  // Most values hold no double quote: then the double-quoted form wins without counting.
  if (!value.includes('"')) return `"${escaped}"`;
  const doubles = (value.match(/"/g) ?? []).length;
  const singles = (value.match(/'/g) ?? []).length;
  if (doubles > singles) return `'${escaped.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  return `"${escaped}"`;
}

/** What jsonText rewrites: INVISIBLE's characters and the two line separators. */
const NEEDS_ESCAPE = new RegExp(`${INVISIBLE.source}|[\u2028\u2029]`);

/** JSON text of `value`, invisible and line-separator characters written as \uXXXX escapes (tsString's literals are its inside). */
export function jsonText(value: unknown): string {
  const json = JSON.stringify(value);
  // One scan for the rare case (50,000 codes pass several texts each through here).
  if (!NEEDS_ESCAPE.test(json)) return json;
  return json
    .replace(INVISIBLE, unicodeEscape)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Text inside a template literal without substitutions: its cooked value is `value`. */
export function templateText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

/** One line of spec text made safe inside a `/** … *\/` comment. */
export function escapeJsDocLine(line: string): string {
  return line
    .replace(/\*\//g, "*\\/")
    .replace(/\{@/g, "{\\@")
    .replace(/^(\s*)@/, "$1\\@");
}

/** Text for a `//` line comment: one line, nothing that ends it. */
export function tsComment(text: string): string {
  return normaliseText(text).replace(/\n/g, " ");
}

/** Text (escaped) or a generated `{@link Target}`. */
export type JsDocPart = string | { readonly link: string };

/** A paragraph (no tag) or a block tag such as `@deprecated`; parts are joined. */
export interface JsDocBlock {
  readonly tag?: string;
  readonly parts: readonly JsDocPart[];
}

const TAG = /^[a-z][A-Za-z]*$/;
const LINK = /^[A-Za-z_$][A-Za-z0-9_$.]*$/;

/** What escapeJsDocLine rewrites: an `@` (of a tag or `{@`) or a `*\/`. Without either a part is kept as is (normaliseText turns its CRs into line breaks). */
const UNSAFE_IN_JSDOC = /@|\*\//;

function renderParts(parts: readonly JsDocPart[]): string[] {
  const text = parts
    .map((p) => {
      if (typeof p === "string") return UNSAFE_IN_JSDOC.test(p) ? p.replace(/\r\n?/g, "\n").split("\n").map(escapeJsDocLine).join("\n") : p;
      if (!LINK.test(p.link)) throw new Error(`bad JSDoc link ${JSON.stringify(p.link)}`);
      return `{@link ${p.link}}`;
    })
    .join("");
  // Each part is escaped alone, so two parts can still meet as `*` + `/`.
  const clean = normaliseText(text.includes("*/") ? text.replace(/\*\//g, "*\\/") : text).trim();
  return clean === "" ? [] : clean.split("\n");
}

/** `/** … *\/` at `indent`, blocks separated by ` *` lines; nothing for no content. */
export function jsdoc(blocks: readonly JsDocBlock[], indent: string): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.tag !== undefined && !TAG.test(block.tag)) throw new Error(`bad JSDoc tag ${JSON.stringify(block.tag)}`);
    const body = renderParts(block.parts);
    if (block.tag === undefined && body.length === 0) continue;
    if (lines.length) lines.push("");
    if (block.tag !== undefined) {
      const [first = "", ...rest] = body;
      lines.push(`@${block.tag} ${first}`.trimEnd());
      for (const line of rest) lines.push(line);
    } else for (const line of body) lines.push(line); // not push(...body): a huge text has more lines than a call has room for arguments
  }
  if (lines.length === 0) return "";
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`].join("\n") + "\n";
}
