// The malformed-input corpus: ways a project's input can be broken, each applied to
// a valid project whose out/ was generated successfully. Every case must exit 2 with
// a located diagnostic of the expected code and leave the project untouched
// (test/malformed.test.ts). Static cases live in test/fixtures/malformed/<case>/;
// this table holds the cases that are clearer as code or must be generated (huge,
// binary, deeply nested, alias bombs).
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DiagnosticCode } from "../../src/diagnostics/diagnostics.js";

export type Content = string | Buffer | (() => string | Buffer);

export interface MalformedCase {
  /** kebab-case id, unique across the table and the fixture folders. */
  readonly name: string;
  /** Files written over the valid base project (relative POSIX paths). */
  readonly files?: Readonly<Record<string, Content>>;
  /** Base-project paths deleted first. */
  readonly remove?: readonly string[];
  /** What files cannot express: folders, links. Runs after `files`. */
  readonly setup?: (root: string) => void;
  /** Extra arguments for both runs (e.g. `--config`). */
  readonly argv?: readonly string[];
  /**
   * The diagnostic the case must produce. `file`: where its location must point;
   * `undefined` only when there is no file to point into (a missing config), and
   * then the message must name `named`.
   */
  readonly expect: { readonly code: DiagnosticCode; readonly file: string | undefined; readonly named?: string };
}

// ---------------------------------------------------------------------------
// The valid base project every case breaks.

export const BASE_CONFIG = 'catalog:\n  name: shop\n  version: "1.0.0"\n  docsUrl: "https://docs.example.com/errors#{anchor}"\n';

export const BASE_FILES: Readonly<Record<string, string>> = {
  "lockstep.config.yaml": BASE_CONFIG,
  "spec/core.yaml": [
    "title: Core",
    "codes:",
    "  - name: NOT_FOUND",
    "    status: 404",
    "    description: The resource does not exist.",
    "  - name: RATE_LIMITED",
    "    status: 429",
    "    retryable: yes",
    "    details:",
    "      limit: { type: integer, required: true }",
    "",
  ].join("\n"),
  "spec/billing.yaml": ["codes:", "  - name: CARD_DECLINED", "    status: 402", "    related:", "      - code: NOT_FOUND", ""].join("\n"),
};

// ---------------------------------------------------------------------------
// Helpers.

const BROKEN = "spec/broken.yaml";
const CONFIG = "lockstep.config.yaml";

/** A new domain file `spec/broken.yaml`; the diagnostic must point into it. */
function broken(name: string, code: DiagnosticCode, text: Content): MalformedCase {
  return { name, files: { [BROKEN]: text }, expect: { code, file: BROKEN } };
}

/** One code in `spec/broken.yaml` with extra YAML lines (indented under the code). */
function oneCode(name: string, code: DiagnosticCode, ...lines: string[]): MalformedCase {
  return broken(name, code, ["codes:", "  - name: BROKEN", ...lines.map((l) => `    ${l}`), ""].join("\n"));
}

/** The base config with extra top-level YAML appended; the diagnostic must point into it. */
function config(name: string, code: DiagnosticCode, text: string, extraFiles: Record<string, Content> = {}): MalformedCase {
  return { name, files: { [CONFIG]: text, ...extraFiles }, expect: { code, file: CONFIG } };
}

/** A config with a third-party generator `evil` (./evil.mjs) whose object has `member`; the diagnostic points at the config. */
function plugin(name: string, member: string, code: DiagnosticCode = "LS050"): MalformedCase {
  const module = `export default { name: "evil", description: "x", parseOptions: (o) => o, generate: () => [], ${member} };\n`;
  return config(name, code, withCatalog("generators:\n  ts: {}\n  evil:\n    from: ./evil.mjs\n"), { "evil.mjs": module });
}

const withCatalog = (lines: string): string => `catalog:\n  name: shop\n  version: "1.0.0"\n${lines}`;

/** The base config one version later: changes are checked against what 1.0.0 published. */
const NEXT_VERSION = BASE_CONFIG.replace('"1.0.0"', '"1.1.0"');

/** Nested flow sequences, `depth` deep. */
const deepFlow = (depth: number): string => `codes: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;

/** Nested block mappings, `depth` deep (two spaces per level). */
const deepBlock = (depth: number): string =>
  "codes:\n  - name: DEEP\n    retry:\n" + Array.from({ length: depth }, (_, i) => `${" ".repeat(6 + 2 * i)}k${i}:`).join("\n") + " 1\n";

/** A details object type nested `depth` levels, the innermost with an unknown type. */
const deepDetails = (depth: number): string => {
  let type = "strng";
  for (let i = 0; i < depth; i++) type = `{ type: object, fields: { f: ${type} } }`;
  return `codes:\n  - name: DEEP\n    details:\n      x: ${type}\n`;
};

/** Billion laughs: each anchor references the previous one nine times. */
const aliasBomb = (): string => {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(", ")}]`);
  return lines.join("\n") + "\ncodes: []\n";
};

/** Just over the spec size limit (32 MiB), as a long comment after a valid document. */
const huge = (): string => "codes:\n  - name: HUGE\n# " + "x".repeat(32 * 1024 * 1024) + "\n";

/** A deterministic byte soup without NULs or valid UTF-8 structure. */
const byteSoup = (): Buffer => {
  const bytes = Buffer.alloc(4096);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = 0x80 + (seed % 0x80); // continuation and lead bytes in random order
  }
  return Buffer.concat([Buffer.from("codes:\n  - name: SOUP\n    description: "), bytes, Buffer.from("\n")]);
};

const utf8 = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

// ---------------------------------------------------------------------------
// The cases.

export const MALFORMED_CASES: readonly MalformedCase[] = [
  // YAML syntax (more in test/fixtures/malformed/).
  broken("yaml-bad-indentation", "LS001", "codes:\n  - name: A\n     status: 404\n"),
  broken("yaml-unclosed-double-quote", "LS001", 'codes:\n  - name: A\n    description: "never closed\n  - name: B\n'),
  broken("yaml-unclosed-single-quote", "LS001", "codes:\n  - name: A\n    title: 'open\n"),
  broken("yaml-unclosed-flow-map", "LS001", "codes:\n  - name: A\n    retry: { strategy: x\n  - name: B\n"),
  broken("yaml-unclosed-flow-sequence", "LS001", "codes:\n  - name: A\n    tags: [a, b\n"),
  broken("yaml-tab-indentation", "LS001", "codes:\n\t- name: A\n"),
  broken("yaml-tab-in-mapping-indent", "LS001", "codes:\n  - name: A\n  \tstatus: 404\n"),
  broken("yaml-invalid-escape", "LS001", 'codes:\n  - name: A\n    description: "bad \\q escape"\n'),
  broken("yaml-escape-past-unicode", "LS001", 'codes:\n  - name: A\n    description: "\\U00110000"\n'),
  broken("yaml-duplicate-top-level-key", "LS002", "codes: []\ntitle: A\ncodes: []\n"),
  broken("yaml-duplicate-quoted-key", "LS002", 'codes:\n  - name: A\n    "status": 404\n    status: 405\n'),
  broken("yaml-multi-document", "LS004", "codes: []\n---\ncodes: []\n"),
  broken("yaml-document-end-then-text", "LS004", "codes: []\n...\ncodes: []\n"),
  broken("yaml-bom-mid-file", "LS010", "codes:\n  - name: A\n\uFEFF  - name: B\n"),
  broken("yaml-anchor-and-alias", "LS003", "codes:\n  - &code\n    name: A\n  - *code\n"),
  broken("yaml-merge-key", "LS003", "base: &b { status: 404 }\ncodes:\n  - name: A\n    <<: *b\n"),
  broken("yaml-alias-bomb", "LS003", aliasBomb),
  broken("yaml-custom-tag", "LS003", "codes:\n  - name: !!python/object A\n"),
  broken("yaml-binary-tag", "LS003", "codes:\n  - name: A\n    description: !!binary aGVsbG8=\n"),
  broken("yaml-complex-key", "LS011", "codes:\n  - name: A\n    ? [a, b]\n    : 1\n"),
  broken("yaml-null-key", "LS011", "codes:\n  - name: A\n    ~: 1\n"),
  broken("yaml-colon-in-plain-value", "LS001", "codes:\n  - name: A: B\n"),
  broken("yaml-block-scalar-bad-indent", "LS001", "codes:\n  - name: A\n    description: |\n      one\n    two\n"),
  broken("yaml-document-is-list", "LS011", "- name: A\n"),
  broken("yaml-document-is-scalar", "LS011", "just some text\n"),

  // Wrong types, one per kind of field.
  broken("type-name-number", "LS011", "codes:\n  - name: 404\n"),
  broken("type-name-list", "LS011", "codes:\n  - name: [A]\n"),
  oneCode("type-title-map", "LS011", "title: { a: 1 }"),
  oneCode("type-status-float", "LS011", "status: 404.5"),
  oneCode("type-status-string", "LS013", 'status: "404"'),
  oneCode("type-status-varies-scalar", "LS011", "status: { varies: 404 }"),
  oneCode("type-status-empty-list", "LS013", "status: []"),
  oneCode("type-retryable-number", "LS011", "retryable: 1"),
  oneCode("type-retry-boolean", "LS011", "retry: true"),
  oneCode("type-retry-schedule-string", "LS011", "retry: { schedule: 0s }"),
  oneCode("type-retry-after-yes", "LS011", "retry: { retryAfter: yes }"),
  oneCode("type-details-list", "LS011", "details: [a, b]"),
  oneCode("type-details-field-number", "LS011", "details: { a: 42 }"),
  oneCode("type-details-enum-values-string", "LS011", "details: { a: { type: enum, values: red } }"),
  oneCode("type-details-required-string", "LS011", 'details: { a: { type: string, required: "yes" } }'),
  oneCode("type-deprecated-string", "LS011", "deprecated: soon"),
  oneCode("type-deprecated-since-number", "LS011", "deprecated: { since: 1.2 }"),
  oneCode("type-tags-string", "LS011", "tags: validation"),
  oneCode("type-tags-nested-list", "LS011", "tags: [[a]]"),
  oneCode("type-related-strings", "LS011", "related: [NOT_FOUND]"),
  oneCode("type-upstream-number", "LS011", "upstream: { twilio: 21211 }"),
  oneCode("type-lifecycle-boolean", "LS011", "lifecycle: true"),
  oneCode("type-since-number", "LS011", "since: 2.1"),
  broken("type-codes-map", "LS011", "codes: { name: A }\n"),
  broken("type-domain-number", "LS011", "domain: 5\ncodes: []\n"),
  broken("type-code-item-null", "LS011", "codes:\n  -\n"),
  broken("type-notes-list", "LS011", "notes: [a]\ncodes: []\n"),

  // Unknown keys, with and without a hint.
  oneCode("unknown-code-key-typo", "LS010", "descripton: x"),
  broken("unknown-domain-key-typo", "LS010", "cods: []\n"),
  oneCode("unknown-retry-key", "LS010", "retry: { stratgy: x }"),
  oneCode("unknown-details-key", "LS010", "details: { a: { type: string, requird: true } }"),
  oneCode("unknown-related-key", "LS010", "related: [{ code: NOT_FOUND, nots: x }]"),
  config("unknown-config-key", "LS010", withCatalog("generaters: {}\n")),
  config("unknown-catalog-key", "LS010", withCatalog("  verison: x\n")),
  config("unknown-generator-entry-key", "LS010", withCatalog("generators:\n  ts:\n    optoins: {}\n")),

  // Semantic errors.
  // Files are read in path order: the later file (core.yaml) holds the duplicate.
  { name: "duplicate-code-across-files", files: { [BROKEN]: "codes:\n  - name: NOT_FOUND\n" }, expect: { code: "LS020", file: "spec/core.yaml" } },
  oneCode("dangling-alias-of", "LS024", "aliasOf: NOT_FOUN"),
  oneCode("dangling-replacement", "LS024", "deprecated: { replacement: GONE }"),
  oneCode("dangling-surfaces-as", "LS024", "lifecycle: planned", "surfacesAs: NOWHERE"),
  oneCode("dangling-related", "LS024", "related: [{ code: CARD_DECLIND }]"),
  broken("alias-cycle", "LS025", "codes:\n  - name: A\n    aliasOf: B\n  - name: B\n    aliasOf: C\n  - name: C\n    aliasOf: A\n"),
  broken("replacement-cycle", "LS025", "codes:\n  - name: A\n    deprecated: { replacement: B }\n  - name: B\n    deprecated: { replacement: A }\n"),
  broken("naming-style-upper", "LS021", "codes:\n  - name: notFound\n"),
  {
    name: "naming-style-lower",
    files: { [CONFIG]: withCatalog("  naming: lower_snake\n"), "spec/core.yaml": "codes:\n  - name: not_found\n", "spec/billing.yaml": "codes:\n  - name: CARD_DECLINED\n" },
    expect: { code: "LS021", file: "spec/billing.yaml" },
  },
  // Go only: HTTP_S and HTTPS are both CodeHTTPS (initialisms upper-cased).
  broken("identifier-collision-go-initialism", "LS027", "codes:\n  - name: HTTP_S\n  - name: HTTPS\n"),
  // Go and the Python details class: A_1B and A1B both capitalise to A1b.
  broken("identifier-collision-go-and-python-class", "LS027", "codes:\n  - name: A_1B\n  - name: A1B\n"),
  {
    name: "identifier-collision-domain-scoped",
    files: { [CONFIG]: withCatalog("  uniqueness: domain\n"), "spec/billing-x.yaml": "codes:\n  - name: Y\n", "spec/billing.yaml": "codes:\n  - name: X_Y\n" },
    expect: { code: "LS027", file: "spec/billing.yaml" },
  },
  oneCode("status-out-of-range", "LS022", "status: 99"),
  oneCode("status-listed-twice", "LS023", "status: [409, 409]"),
  oneCode("details-enum-without-values", "LS026", "details: { a: { type: enum } }"),
  oneCode("details-list-without-of", "LS026", "details: { a: { type: list } }"),
  oneCode("details-unknown-type", "LS013", "details: { a: strng }"),
  oneCode("details-bad-field-name", "LS013", "details: { a-b: string }"),
  broken("domain-id-mismatch", "LS028", "domain: other\ncodes: []\n"),
  { name: "file-name-not-a-domain-id", files: { "spec/Bad_Name.yaml": "codes: []\n" }, expect: { code: "LS028", file: "spec/Bad_Name.yaml" } },
  { name: "duplicate-domain-yaml-and-yml", files: { "spec/core.yml": "codes: []\n" }, expect: { code: "LS029", file: "spec/core.yml" } },
  broken("surfaces-as-on-live-code", "LS030", "codes:\n  - name: A\n    surfacesAs: NOT_FOUND\n"),
  config("envelope-unknown-preset", "LS013", withCatalog("  envelope: soap\n")),
  config("envelope-overlapping-members", "LS013", withCatalog("  envelope: { preset: flat, fields: { message: error_code } }\n")),
  config("envelope-bad-json-path", "LS013", withCatalog("  envelope: { fields: { code: 'error..code' } }\n")),
  config("envelope-proto-member", "LS013", withCatalog("  envelope: { preset: error-object, fields: { requestId: meta.__proto__ } }\n")),
  config("envelope-proto-constant", "LS013", withCatalog("  envelope: { preset: error-object, constants: { '__proto__.polluted': false } }\n")),
  {
    name: "inline-details-clash-with-envelope",
    files: { [CONFIG]: withCatalog("  envelope: rfc9457\n"), [BROKEN]: "codes:\n  - name: A\n    details:\n      title: string\n" },
    expect: { code: "LS032", file: BROKEN },
  },
  {
    name: "inline-details-clash-with-envelope-branch",
    files: { [CONFIG]: withCatalog("  envelope: { preset: rfc9457, fields: { requestId: meta.id } }\n"), [BROKEN]: "codes:\n  - name: A\n    details:\n      meta: string\n" },
    expect: { code: "LS032", file: BROKEN },
  },
  config("docs-url-unknown-placeholder", "LS031", withCatalog("  docsUrl: https://x.example/{cod}\n")),
  config("generator-unknown", "LS040", withCatalog("generators:\n  kotlin: {}\n")),
  config("generator-option-unknown", "LS041", withCatalog("generators:\n  go:\n    options: { pakage: x }\n")),
  config("generator-option-wrong-type", "LS041", withCatalog("generators:\n  ts:\n    options: { style: 5 }\n")),
  config("generator-options-not-a-map", "LS041", withCatalog("generators:\n  ts:\n    options: [a]\n")),
  config("generator-from-missing-module", "LS042", withCatalog("generators:\n  mine:\n    from: ./nowhere.mjs\n")),
  config("generator-out-escapes", "LS051", withCatalog("generators:\n  ts:\n    out: ../x\n")),
  config("config-out-escapes", "LS013", withCatalog("out: ../elsewhere\n")),
  config("config-spec-absolute", "LS013", withCatalog("spec: /etc\n")),
  config("config-templates-backslash", "LS013", withCatalog("templates: ..\\\\tpl\n")),
  config("template-override-unknown-helper", "LS053", withCatalog("templates: tpl\ngenerators:\n  ts: {}\n"), { "tpl/ts/index.ts.hbs": "{{nosuchhelper codes}}\n" }),
  config("config-catalog-name-invalid", "LS013", "catalog:\n  name: Not A Slug\n"),
  config("config-catalog-missing", "LS012", "out: out\n"),
  config("config-empty", "LS011", ""),
  config("config-comment-only", "LS011", "# nothing here\n"),
  config("config-is-a-list", "LS011", "- catalog\n- name\n"),
  config("config-yaml-error", "LS001", "catalog:\n  name: shop\n   version: 1\n"),

  // Evolution against the lockfile written by the first generate (the rules apply from the next version on).
  { name: "published-code-removed", files: { [CONFIG]: NEXT_VERSION, "spec/core.yaml": "codes:\n  - name: NOT_FOUND\n    status: 404\n" }, expect: { code: "LS070", file: "spec/lockstep.lock.json" } },
  {
    name: "status-changed-unacknowledged",
    files: { [CONFIG]: NEXT_VERSION, "spec/billing.yaml": "codes:\n  - name: CARD_DECLINED\n    status: 400\n    related:\n      - code: NOT_FOUND\n" },
    expect: { code: "LS073", file: "spec/billing.yaml" },
  },
  { name: "lockfile-not-json", files: { "spec/lockstep.lock.json": "{ this is not json" }, expect: { code: "LS075", file: "spec/lockstep.lock.json" } },
  { name: "lockfile-wrong-version", files: { "spec/lockstep.lock.json": '{ "lockfileVersion": 99 }\n' }, expect: { code: "LS075", file: "spec/lockstep.lock.json" } },

  // Files that are not text, too big, or nested too deep.
  broken("huge-spec-file", "LS044", huge),
  { name: "huge-config-file", files: { [CONFIG]: () => BASE_CONFIG + huge() }, expect: { code: "LS044", file: CONFIG } },
  broken("nul-bytes", "LS044", "codes:\n  - name: A\0\0\n"),
  broken("utf16-with-bom", "LS044", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("codes:\n  - name: A\n", "utf16le")])),
  broken("invalid-utf8-in-description", "LS044", () => utf8("codes:\n  - name: A\n    description: caf", [0xc3, 0x28], " au lait\n")),
  broken("invalid-utf8-overlong-slash", "LS044", () => utf8("codes:\n  - name: A\n    description: a", [0xc0, 0xaf], "b\n")),
  broken("binary-byte-soup", "LS044", byteSoup),
  broken("deep-flow-nesting", "LS001", () => deepFlow(100_000)),
  broken("deep-block-nesting", "LS001", () => deepBlock(5_000)),
  broken("deep-details-nesting", "LS001", () => deepDetails(2_000)),
  // Deep but within reach of the parser: the unknown type at the bottom is found and located.
  broken("deep-details-nesting-300", "LS013", () => deepDetails(300)),
  config("deep-generator-options", "LS001", withCatalog(`generators:\n  ts:\n    options: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`)),
  // A file with thousands of mistakes (say, a naming-style switch on a big catalog); how
  // promptly it is reported is measured by bench/many-errors.mjs, not here.
  broken("many-errors", "LS010", () => "codes:\n  - name: MANY\n" + Array.from({ length: 10_000 }, (_, i) => `    key${i}: 1\n`).join("")),

  // The project's folders and files themselves.
  { name: "empty-spec-folder", remove: ["spec/core.yaml", "spec/billing.yaml"], expect: { code: "LS043", file: CONFIG } },
  { name: "missing-spec-folder", remove: ["spec"], expect: { code: "LS044", file: CONFIG } },
  { name: "spec-folder-is-a-file", remove: ["spec"], files: { spec: "not a folder\n" }, expect: { code: "LS044", file: CONFIG } },
  {
    name: "spec-entry-is-a-folder",
    setup: (root) => mkdirSync(join(root, "spec", "folder.yaml")),
    expect: { code: "LS044", file: "spec/folder.yaml" },
  },
  { name: "missing-config", remove: [CONFIG], expect: { code: "LS044", file: undefined, named: CONFIG } },
  {
    name: "config-is-a-folder",
    remove: [CONFIG],
    setup: (root) => mkdirSync(join(root, CONFIG)),
    expect: { code: "LS044", file: CONFIG },
  },
  {
    name: "config-dangling-symlink",
    remove: [CONFIG],
    setup: (root) => symlinkSync(join(root, "nowhere.yaml"), join(root, CONFIG)),
    expect: { code: "LS044", file: undefined, named: CONFIG },
  },
  {
    name: "missing-config-given-by-flag",
    argv: ["--config", "conf/missing.yaml"],
    setup: (root) => rmSync(join(root, "conf"), { recursive: true, force: true }),
    expect: { code: "LS044", file: undefined, named: "missing.yaml" },
  },
  {
    name: "spec-file-dangling-symlink",
    setup: (root) => symlinkSync(join(root, "gone.yaml"), join(root, "spec", "linked.yaml")),
    expect: { code: "LS044", file: "spec/linked.yaml" },
  },
  // Added with issue 21: reference cycles through surfacesAs, limits, things in the way in
  // out/, links in the templates folder, plugins that misbehave or are refused.
  oneCode("surfaces-as-itself", "LS025", "lifecycle: planned", "surfacesAs: BROKEN"),
  broken("surfaces-as-each-other", "LS025", "codes:\n  - name: SOON\n    lifecycle: planned\n    surfacesAs: LATER\n  - name: LATER\n    lifecycle: planned\n    surfacesAs: SOON\n"),
  broken("code-name-too-long", "LS021", `codes:\n  - name: ${"LONG_".repeat(60)}NAME\n`),
  broken("code-name-8-mb", "LS021", () => `codes:\n  - name: ${"A_".repeat(4 << 20)}B\n`),
  oneCode("reference-too-long", "LS013", `aliasOf: ${"X".repeat(1001)}`),
  broken("unknown-keys-200000", "LS010", () => ["codes:", "  - name: BIG", ...Array.from({ length: 200_000 }, (_, i) => `    k${i}: 1`), ""].join("\n")),
  config("config-anchor", "LS003", withCatalog("spec: &s spec\n")),
  config("out-is-spec", "LS051", withCatalog("out: spec\n")),
  {
    name: "out-generated-folder-is-link",
    setup: (root) => {
      mkdirSync(join(root, "elsewhere"));
      renameSync(join(root, "out/ts"), join(root, "elsewhere/ts"));
      symlinkSync(join(root, "elsewhere/ts"), join(root, "out/ts"));
    },
    expect: { code: "LS060", file: "out/ts" },
  },
  {
    name: "out-root-is-link",
    setup: (root) => {
      renameSync(join(root, "out"), join(root, "out-real"));
      symlinkSync(join(root, "out-real"), join(root, "out"));
    },
    expect: { code: "LS060", file: CONFIG },
  },
  {
    name: "out-folder-where-a-file-goes",
    setup: (root) => {
      rmSync(join(root, "out/ts/index.ts"));
      mkdirSync(join(root, "out/ts/index.ts"));
    },
    expect: { code: "LS060", file: "out/ts/index.ts" },
  },
  {
    name: "out-file-where-a-folder-goes",
    setup: (root) => {
      rmSync(join(root, "out/go"), { recursive: true });
      writeFileSync(join(root, "out/go"), "not a folder\n");
    },
    expect: { code: "LS060", file: "out/go" },
  },
  {
    name: "templates-folder-is-link",
    files: { [CONFIG]: withCatalog("templates: tpl\n"), "outside/ts/index.ts.hbs": "{{tsString name}}\n" },
    setup: (root) => symlinkSync(join(root, "outside"), join(root, "tpl")),
    expect: { code: "LS053", file: CONFIG },
  },
  {
    name: "template-override-is-link",
    files: { [CONFIG]: withCatalog("templates: tpl\n"), "outside.hbs": "{{tsString name}}\n" },
    setup: (root) => {
      mkdirSync(join(root, "tpl/ts"), { recursive: true });
      symlinkSync(join(root, "outside.hbs"), join(root, "tpl/ts/index.ts.hbs"));
    },
    expect: { code: "LS053", file: CONFIG },
  },
  plugin("plugin-non-string-contents", "generate: () => [{ path: 'a.kt', contents: { text: 'x' } }]"),
  plugin("plugin-throws-null", "generate: () => { throw null; }"),
  plugin("plugin-returns-undefined", "generate: () => undefined"),
  plugin("plugin-unsafe-path", "generate: () => [{ path: '../../escape.kt', contents: 'x' }]", "LS051"),
  plugin("plugin-options-parser-throws-a-symbol", "parseOptions: () => { throw Symbol('no'); }", "LS041"),
  { ...plugin("plugin-refused-by-no-plugins", "generate: () => []", "LS042"), argv: ["--no-plugins"] },
  {
    name: "template-override-parse-error",
    files: { [CONFIG]: withCatalog("templates: tpl\n"), "tpl/markdown/page.md.hbs": "{{#each codes}}\n" },
    expect: { code: "LS053", file: CONFIG },
  },
];
