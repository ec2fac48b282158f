// Catalog-level text every docs generator shows at the top: the config's `notes`
// (Markdown) and a sentence on the catalog-wide defaults clients use for a code
// they do not know.
import type { Catalog, Retryable } from "./model.js";

const RETRYABLE_TEXT: Record<Retryable, string> = {
  yes: "retry it",
  no: "do not retry it",
  auto: "the platform retries it by itself",
  unknown: "decide by the HTTP status",
};

/** The defaults as one Markdown sentence, or undefined when the config sets none. */
export function defaultsSentence(catalog: Catalog): string | undefined {
  const d = catalog.defaults;
  if (!d) return undefined;
  const strategy = d.retryStrategy ? ` (retry strategy: ${d.retryStrategy})` : "";
  return `A code this version of the catalog does not know: ${RETRYABLE_TEXT[d.unknownRetryable]}${strategy}; the generated clients use retryable \`${d.unknownRetryable}\` for it.`;
}

/** The notes, then the defaults sentence, as Markdown paragraphs; undefined when there is neither. */
export function catalogNotes(catalog: Catalog): string | undefined {
  const parts = [catalog.notes?.trim(), defaultsSentence(catalog)].filter((p): p is string => !!p);
  return parts.length ? parts.join("\n\n") : undefined;
}
