// Generator bugs this property suite found, each with the smallest catalog that shows
// it and the hazard the arbitraries avoid while it is open (so the random runs keep
// finding *new* problems). When a bug is fixed: delete its entry here and its `avoid`
// flag; test/properties.test.ts then generates the hazard again.
import type { Stage } from "./run-batch.js";

/** Hazards the arbitraries can leave out, one per open bug. */
export interface Avoid {
  /** Envelope member paths with `__proto__`, `constructor`, `toString`… segments. */
  readonly objectMemberPaths: boolean;
  /** Inline details fields named like an envelope branch (`meta` when `requestId` is `meta.id`). */
  readonly inlineDetailsOnEnvelopeBranch: boolean;
  /** `ts` option `typeName` naming a global the module uses (`Record`, `Readonly`, `Object`). */
  readonly tsGlobalTypeNames: boolean;
  /** Details of type `list` of `list`. */
  readonly nestedLists: boolean;
  /** Catalogs without a single code. */
  readonly emptyCatalogs: boolean;
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
  objectMemberPaths: true,
  inlineDetailsOnEnvelopeBranch: true,
  tsGlobalTypeNames: true,
  nestedLists: false, // fixed
  emptyCatalogs: true,
  hyphenatedScopedDomains: false, // fixed
  // The generators handle NEL now; the YAML readers (fast parser vs the yaml library) still disagree on it.
  unicodeLineBreaks: true,
  blankNotes: false, // fixed
  goDocQuotes: false, // fixed
};

export const AVOID_NOTHING: Avoid = Object.fromEntries(Object.keys(AVOID_KNOWN).map((k) => [k, false])) as unknown as Avoid;

/** Names every plain object inherits. */
export const OBJECT_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

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

const ONE_CODE = { "spec/core.yaml": "codes:\n  - name: X\n" };
const NO_CODES = { "spec/core.yaml": "codes: []\n" };

export const KNOWN_BUGS: readonly KnownBug[] = [
  {
    id: "go-prototype-pollution",
    avoid: "objectMemberPaths",
    where: "generators/go.ts (envelopeView: `node[key] ??= {}`)",
    summary: "An envelope path through `__proto__` writes onto Object.prototype while the Go generator builds its example body; every later object in the process inherits the member (the OpenAPI generator then recurses forever).",
    config: 'catalog:\n  name: go-prototype-pollution\n  envelope:\n    preset: error-object\n    constants: { "__proto__.polluted": false }\n',
    specs: ONE_CODE,
    stage: "compile",
    expect: /prototype pollution/,
  },
  {
    id: "openapi-proto-member",
    avoid: "objectMemberPaths",
    where: "src/openapi (envelope schema: properties built on a plain object)",
    summary: "An envelope member named `__proto__` vanishes from the OpenAPI schema's `properties` (it stays in `required`); errors.json then has `properties: {}` and errors.yaml `properties:` (null), so the two files differ.",
    config: "catalog:\n  name: openapi-proto-member\n  envelope:\n    preset: error-object\n    fields: { requestId: meta.__proto__ }\n",
    specs: ONE_CODE,
    stage: "openapi",
    expect: /different documents|does not match|rejects/,
  },
  {
    id: "inline-details-on-envelope-branch",
    avoid: "inlineDetailsOnEnvelopeBranch",
    where: "src/normalise.ts (checkInlineDetails, LS032) vs src/openapi/envelope-schema.ts (checkInlineFields)",
    summary: "With `detailsShape: inline`, the compiler only rejects a details field named like an envelope member that sits next to the code (LS032); a field named like a *branch* (`meta` when `requestId` is `meta.id`) passes, and then the OpenAPI generator fails (LS050 `has the name of an envelope member`). The compiler should reject it too (LS032), naming the member.",
    config: "catalog:\n  name: inline-details-on-envelope-branch\n  envelope: { preset: rfc9457, fields: { requestId: meta.id } }\n",
    specs: { "spec/core.yaml": "codes:\n  - name: X\n    details:\n      meta: string\n" },
    stage: "compile",
    expect: /LS050.*has the name of an envelope member/,
  },
  {
    id: "ts-global-type-name",
    avoid: "tsGlobalTypeNames",
    where: "generators/ts.ts (`typeName` option)",
    summary: "`typeName` may name a global the module itself uses (`Record`, `Readonly`, `Object`, `Set`, `Map`…): the declaration shadows it and tsc rejects the module (TS2315 `Type 'Record' is not generic`, `Object.values` missing). Reject such names as options, or qualify the globals.",
    config: "catalog:\n  name: ts-global-type-name\ngenerators:\n  ts: { options: { typeName: Record } }\n",
    specs: ONE_CODE,
    stage: "tsc",
    expect: /TS2315|TS2339/,
  },
  {
    id: "ts-empty-catalog",
    avoid: "emptyCatalogs",
    where: "templates/ts/index.ts.hbs (the by-domain lookup table)",
    summary: "A domain-scoped catalog without codes (allowed: `codes: []`) builds its lookup Map from `Object.values` of an empty record, typed `unknown[]`: tsc rejects it (TS2322 / TS18046).",
    config: "catalog:\n  name: ts-empty-catalog\n  uniqueness: domain\n",
    specs: NO_CODES,
    stage: "tsc",
    expect: /TS18046|TS2322/,
  },
  {
    id: "openapi-empty-catalog",
    avoid: "emptyCatalogs",
    where: "src/openapi/code-enum.ts",
    summary: "A catalog without codes gets `ErrorCode: {type: string, enum: []}`; OpenAPI requires a non-empty enum, so the validator rejects the document.",
    config: "catalog:\n  name: openapi-empty-catalog\n",
    specs: NO_CODES,
    stage: "openapi",
    expect: /rejects it|non-empty/,
  },
  {
    id: "go-empty-catalog",
    avoid: "emptyCatalogs",
    where: "templates/go/table.go.hbs",
    summary: "A catalog without codes writes `var table = [...]info{` and `}` on two lines; gofmt joins them, so `gofmt -l` lists table.go.",
    config: "catalog:\n  name: go-empty-catalog\n",
    specs: NO_CODES,
    stage: "go",
    expect: /gofmt/,
  },
];
