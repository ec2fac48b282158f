// Word-level naming shared by every target. A code name is validated against the
// catalog's naming style first, so it is ASCII, starts with a letter and has no
// empty words; targets build identifiers from these words, never from raw text.

export const NAME_PATTERNS = {
  UPPER_SNAKE: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/,
  lower_snake: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
} as const;

/** Domain ids double as file names and identifier prefixes. */
export const DOMAIN_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `INVALID_PHONE_NUMBER` → `["invalid", "phone", "number"]`; `sms-gateway` → `["sms", "gateway"]`. */
export function splitWords(name: string): string[] {
  return name.toLowerCase().split(/[_-]+/).filter((w) => w.length > 0);
}

export function upperSnake(words: readonly string[]): string {
  return words.join("_").toUpperCase();
}

export function lowerSnake(words: readonly string[]): string {
  return words.join("_");
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `["invalid", "phone", "number"]` → `Invalid phone number`. */
export function sentenceCase(words: readonly string[]): string {
  return capitalize(words.join(" "));
}

/** `["http", "timeout"]` → `HttpTimeout` (targets with initialism rules pass them in). */
export function pascalCase(words: readonly string[], initialisms: ReadonlySet<string> = new Set()): string {
  return words.map((w) => (initialisms.has(w) ? w.toUpperCase() : capitalize(w))).join("");
}

/** `["http", "timeout"]` → `httpTimeout`. */
export function camelCase(words: readonly string[]): string {
  const [first = "", ...rest] = words;
  return first + rest.map(capitalize).join("");
}
