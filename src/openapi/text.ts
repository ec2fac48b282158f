// Spec text for OpenAPI strings. Descriptions are CommonMark in OpenAPI renderers, so
// text stays as written (hygiene comes from `normaliseText`); the serialisers quote it.

/** Paragraphs and lines joined by spaces (for one-line enum descriptions). */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}
