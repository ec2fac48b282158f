// Spec text for OpenAPI strings. Descriptions are CommonMark in OpenAPI renderers, so
// text stays as written (hygiene comes from `normaliseText`); the serialisers quote it.

/** Paragraphs and lines joined by spaces (for one-line enum descriptions). */
export function oneLine(text: string): string {
  // Split, not /\s*\n\s*/: that regular expression is quadratic in a long run of spaces.
  const trimmed = text.trim();
  if (!trimmed.includes("\n")) return trimmed;
  return trimmed
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}
