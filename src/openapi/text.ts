// Spec text for OpenAPI strings. Descriptions are CommonMark in OpenAPI renderers, so
// text stays as written; the serialisers quote it. Only hygiene applies: no invisible or
// control characters, LF line ends, no trailing blanks.
import { normaliseText } from "../escape/text.js";

/** Spec text as OpenAPI strings carry it: hygiene only (the serialisers quote it). */
export const oasText = normaliseText;

/** Paragraphs and lines joined by spaces. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}
