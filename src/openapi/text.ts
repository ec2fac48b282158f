// Spec text for OpenAPI strings. Descriptions are CommonMark in OpenAPI renderers, so
// text stays as written; the serialisers quote it. Only hygiene applies: no invisible or
// control characters, LF line ends, no trailing blanks.
import { normaliseText } from "../escape/text.js";

/** Anything `normaliseText` would change. */
const NEEDS_WORK = /[\u0000-\u0009\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u2069\uFEFF]|[ \t]$|[ \t]\n/;

/** `normaliseText`, with a one-regex fast path for the common clean text (50,000 codes call it several times each). */
export function oasText(text: string): string {
  return NEEDS_WORK.test(text) ? normaliseText(text) : text;
}

/** Paragraphs and lines joined by spaces. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}
