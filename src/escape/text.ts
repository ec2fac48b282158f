// Text hygiene shared by every target's escapers.

/** Bidi controls and zero-width characters (Trojan Source, CVE-2021-42574). */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** A lone (unpaired) UTF-16 surrogate: no UTF-8 can encode it, so every target replaces or escapes it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** `text` with each lone surrogate replaced by U+FFFD; one quick test first, as most text has no surrogate at all. */
export function replaceLoneSurrogates(text: string): string {
  return ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\uFFFD") : text;
}

/** The non-global twin of a global pattern, for a quick `test` before its replace (a global pattern's `test` keeps state between calls). */
export function quickTest(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace("g", ""));
}

/** One UTF-16 unit as a `\uXXXX` escape: the same value in JSON, JavaScript and YAML double quotes. */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Replaces invisible and bidi characters with a visible `<U+202E>` marker (for comments and docs). */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** Exactly what `normaliseText` would change; most spec text has none of it. */
const NEEDS_NORMALISING = /[\u0000-\u0008\u000B-\u001F\u007F\u0085\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000](?:\n|$)/;

/** LF line endings, no trailing spaces, no other control characters but tab and newline. */
export function normaliseText(text: string): string {
  // One test first: 50,000 codes pass several texts each through here.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return showInvisible(text)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`)
    // NEL and the Unicode separators are line breaks to some parsers (docutils, Python): make them real ones.
    .replace(/[\u0085\u2028\u2029]/g, "\n")
    // Trailing white space, Unicode spaces included (gofmt trims those from comments).
    .split("\n")
    .map(trimEndSpaces)
    .join("\n");
}

const TRAILING_SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

/** A scan from the end: /[ …]+$/gm is quadratic in a long run of spaces inside a line. */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING_SPACE.test(line[end - 1]!)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Splits text into paragraphs (blank-line separated), each a list of lines. */
export function paragraphs(text: string): string[][] {
  return normaliseText(text)
    .split(/\n\s*\n/)
    .map((p) => p.split("\n"))
    .filter((p) => p.some((l) => l.trim() !== ""));
}

/** Index of the next run of exactly `n` backticks at or after `from`, or -1 (CommonMark's code-span rule). */
export function closingRun(text: string, from: number, n: number): number {
  for (let k = text.indexOf("`", from); k >= 0; ) {
    let m = 1;
    while (text.charCodeAt(k + m) === 0x60) m++;
    if (m === n) return k;
    k = text.indexOf("`", k + m);
  }
  return -1;
}
