// Generator bugs this property suite found, each with the smallest catalog that shows
// it and the hazard the arbitraries avoid while it is open (so the random runs keep
// finding *new* problems). When a bug is fixed: delete its entry here and turn its
// `avoid` flag off (the flag stays, naming a hazard the arbitraries make on purpose);
// test/properties.test.ts then generates the hazard again.
import type { Stage } from "./run-batch.js";

/** Hazards the arbitraries can leave out, one per open bug. */
export interface Avoid {
  /** Details of type `list` of `list`. */
  readonly nestedLists: boolean;
  /** Hyphenated domain ids in domain-scoped catalogs (cross-domain references to them). */
  readonly hyphenatedScopedDomains: boolean;
  /** U+0085 (NEL) anywhere, and Unicode spaces other than space/tab at the end of a line. */
  readonly unicodeLineBreaks: boolean;
  /** Domain notes that are blank (only white space). */
  readonly blankNotes: boolean;
  /** "``" or "''" in the catalog title (it reaches the Go package doc comment). */
  readonly goDocQuotes: boolean;
}

export const AVOID_KNOWN: Avoid = {
  nestedLists: false, // fixed
  hyphenatedScopedDomains: false, // fixed
  unicodeLineBreaks: false, // fixed
  blankNotes: false, // fixed
  goDocQuotes: false, // fixed
};

export const AVOID_NOTHING: Avoid = Object.fromEntries(Object.keys(AVOID_KNOWN).map((k) => [k, false])) as unknown as Avoid;

/** Unicode white space (Go's unicode.IsSpace, Python's str.isspace) beyond space, tab and line breaks. */
const UNICODE_SPACE = "\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000";
const TRAILING_UNICODE_SPACE = new RegExp(`[${UNICODE_SPACE}](?=[ \\t${UNICODE_SPACE}]*(?:[\\n\\r\\u2028\\u2029\\v\\f]|$))`, "g");

/** Text without the `unicodeLineBreaks` hazard: NEL and line-final Unicode spaces become `·`. */
export function withoutUnicodeLineBreaks(text: string): string {
  return text.replace(/\u0085/g, "·").replace(TRAILING_UNICODE_SPACE, "·");
}

export interface KnownBug {
  readonly id: string;
  readonly avoid: keyof Avoid;
  /** The generator (file) at fault. */
  readonly where: string;
  readonly summary: string;
  /** Smallest catalog that shows it: config text and domain files. */
  readonly config: string;
  readonly specs: Readonly<Record<string, string>>;
  /** The stage that rejects the output, and what its message says. */
  readonly stage: Stage | "compile";
  readonly expect: RegExp;
}

/** None open: the last ones (prototype members, global type names, empty catalogs, NEL) are fixed. */
export const KNOWN_BUGS: readonly KnownBug[] = [];
