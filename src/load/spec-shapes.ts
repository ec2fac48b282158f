// The spec format: the config file (`lockstep.config.yaml`) and one file per domain
// (`spec/<domain>.yaml`). `schema/*.schema.json` are generated from these shapes.
import { CANONICAL_CODES } from "../catalog/canonical.js";
import { ENVELOPE_FIELDS, ENVELOPE_PRESETS } from "../catalog/envelope.js";
import { ACKNOWLEDGEABLE_RULES } from "../evolution/rules.js";
import { s, type Definitions, type Shape } from "../shape/shape.js";

const DOMAIN_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DETAIL_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const CODE_REF = /^(?:[a-z][a-z0-9-]*\/)?[A-Za-z][A-Za-z0-9_]*$/;
// Dotted member names (`@type` too); a `0` after the first is a list's first item (`error.details.0.reason`).
const JSON_PATH = /^[A-Za-z_@][A-Za-z0-9_@-]*(?:\.(?:[A-Za-z_@][A-Za-z0-9_@-]*|0))*$/;

export const DETAIL_TYPES = ["string", "integer", "number", "boolean", "enum", "list", "map", "object"] as const;

const codeRef = (doc: string): Shape => s.string(`${doc} A code name; in a domain-scoped catalog, \`domain/NAME\` for another domain.`, { pattern: CODE_REF });

export const specDefinitions: Definitions = {
  detailType: s.union([
    s.string("Shorthand: the type name of an optional field.", { values: DETAIL_TYPES }),
    s.object(
      {
        type: s.string("Field type.", { values: DETAIL_TYPES }),
        required: s.boolean("Whether the field is always present. Default false."),
        description: s.string("What the field holds."),
        values: s.list(s.string(), "Allowed values, for `type: enum`.", 1),
        of: s.ref("detailType"),
        fields: s.map(DETAIL_NAME, s.ref("detailType"), "Members, for `type: object`."),
      },
      "A typed details field.",
      ["type"],
    ),
  ]),
};

const status = s.union(
  [
    s.integer("The single HTTP status.", { min: 0, max: 999 }),
    s.list(s.integer(undefined, { min: 0, max: 999 }), "Several statuses; the first is primary.", 1),
    s.string("`varies`: depends on the request.", { values: ["varies"] }),
    s.object({ varies: s.list(s.integer(undefined, { min: 0, max: 999 }), "Statuses it may take.") }, "Varies among known statuses."),
  ],
  "HTTP status: one, several (first is primary), `varies`, or `{varies: [..]}`. Omit when unstated.",
);

export const codeShape: Shape = s.object(
  {
    name: s.string("Wire name, in the catalog's naming style."),
    title: s.string("Short human title. Default: the name in sentence case."),
    status,
    canonical: s.string("Canonical status name (google.rpc.Code). Default: derived from the primary HTTP status (404 → NOT_FOUND, 429 → RESOURCE_EXHAUSTED, …).", { values: [...CANONICAL_CODES] }),
    description: s.string("Markdown description."),
    cause: s.string("What usually causes it."),
    fix: s.string("How to fix it."),
    retryable: s.union(
      [s.string(undefined, { values: ["yes", "no", "auto"] }), s.boolean()],
      "`yes`, `no` or `auto` (the platform retries by itself). Omit when unknown.",
    ),
    retry: s.object(
      {
        strategy: s.string("Retry strategy text."),
        retryAfter: s.boolean("Whether clients should honour `Retry-After`."),
        schedule: s.list(s.string(), "Retry schedule, e.g. [0s, 1m, 5m]."),
      },
      "Retry details.",
    ),
    details: s.map(DETAIL_NAME, s.ref("detailType"), "Typed fields of the error's details object."),
    detailsList: s.map(DETAIL_NAME, s.ref("detailType"), "Instead of `details`: the details are a list of objects, each with these typed fields."),
    deprecated: s.union([
      s.boolean("`true`: deprecated without further detail."),
      s.object(
        {
          since: s.string("Catalog version that deprecated it."),
          replacement: codeRef("The code to use instead."),
          reason: s.string("Why it is deprecated."),
        },
        "Deprecation.",
      ),
    ]),
    removed: s.object(
      {
        since: s.string("Catalog version that removed it. Default: the catalog version when generate first sees the removal."),
        replacement: codeRef("The code clients get instead."),
        reason: s.string("Why it was removed."),
      },
      "Tombstone: the code is gone from code artifacts, stays in the docs, and its name is never reused. It must have shipped deprecated in an earlier version.",
    ),
    acknowledge: s.list(
      s.object(
        {
          rule: s.string("The breaking-change rule this accepts.", { values: ACKNOWLEDGEABLE_RULES }),
          version: s.string("The catalog version that ships the change (must be `catalog.version`, and differ from the lockfile's)."),
          reason: s.string("Why the break is acceptable; it goes to the changelog."),
        },
        "Accepts one breaking change to this code.",
        ["rule", "version", "reason"],
      ),
      "Breaking changes to this code that the catalog accepts, kept as history.",
    ),
    aliasOf: codeRef("This code is another wire name for that code."),
    lifecycle: s.string("`live` (default) or `planned` (not emitted yet).", { values: ["live", "planned"] }),
    surfacesAs: codeRef("For a planned code: the code clients see until it ships."),
    since: s.string("Catalog version the code was added in."),
    upstream: s.map(
      /^[^\s\u0000-\u001f\u007f](?:[^\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f])?$/,
      s.list(s.text()),
      "Upstream provider codes that map to this code, by provider: an id (`twilio`) or a display name (`Meta (WhatsApp Cloud API)`, whose slug `meta-whatsapp-cloud-api` is its id).",
    ),
    tags: s.list(s.string()),
    related: s.list(s.object({ code: codeRef("Related code."), note: s.string("How it relates, e.g. `distinct from`.") }, undefined, ["code"])),
  },
  "One error code.",
  ["name"],
);

export const domainShape: Shape = s.object(
  {
    domain: s.string("Domain id; must equal the file name without `.yaml`.", { pattern: DOMAIN_ID }),
    title: s.string("Heading in docs. Default: the id in title case."),
    description: s.string("One-paragraph description."),
    notes: s.string("Markdown notes shown under the domain heading."),
    codes: s.list(codeShape, "The domain's codes."),
  },
  "A Lockstep domain file.",
);

const jsonPath = (doc: string): Shape => s.string(doc, { pattern: JSON_PATH });

const envelopeFields: Record<string, Shape> = {};
for (const [field, doc] of Object.entries(ENVELOPE_FIELDS)) envelopeFields[field] = jsonPath(doc);
const envelopeDescriptions: Record<string, Shape> = {};
for (const field of Object.keys(ENVELOPE_FIELDS)) envelopeDescriptions[field] = s.string(`What the ${field} member means, for docs and doc comments.`);

export const configShape: Shape = s.object(
  {
    catalog: s.object(
      {
        name: s.string("Catalog id, used for package names.", { pattern: SLUG }),
        title: s.string("Human title. Default: the name in title case."),
        version: s.string("Catalog version, e.g. `2.4.0` (quote it)."),
        naming: s.string("Naming style of codes.", { values: ["UPPER_SNAKE", "lower_snake"] }),
        uniqueness: s.string("`catalog`: names are unique catalog-wide. `domain`: name + domain identify an error.", {
          values: ["catalog", "domain"],
        }),
        order: s.string("Order of codes in every artifact. `sorted` (default): domains by id, codes by name. `source`: as the spec files list them.", {
          values: ["sorted", "source"],
        }),
        domainOrder: s.list(s.string(undefined, { pattern: SLUG }), "With `order: source`: domain ids in the order artifacts list them; domains not named follow, by id."),
        docsUrl: s.string("Docs URL template: {code}, {codeLower}, {domain}, {anchor}."),
        license: s.string("SPDX license expression of the generated packages (npm `license`, Python `license`), e.g. `MIT`.", { pattern: /^[A-Za-z0-9][A-Za-z0-9.+() -]*$/ }),
        repository: s.string("Source repository URL of the generated packages (npm `repository`, Python `project.urls`).", { pattern: /^https?:\/\/\S+$/ }),
        keywords: s.list(s.string(), "Keywords of the generated npm and Python packages."),
        notes: s.string("Markdown shown at the top of the docs (introduction, conventions, how to treat unknown codes); also in catalog.json and the OpenAPI description."),
        defaults: s.object(
          {
            unknownRetryable: s.string("Retry policy clients use for a code they do not know. Default `unknown`.", { values: ["yes", "no", "auto", "unknown"] }),
            retryStrategy: s.string("Retry strategy shown in the docs for codes they do not list (e.g. `exponential backoff, 3 tries`)."),
          },
          "Catalog-wide defaults every client fallback uses.",
        ),
        envelope: s.union([
          s.string("A preset.", { values: Object.keys(ENVELOPE_PRESETS) }),
          s.object(
            {
              preset: s.string("Start from a preset.", { values: Object.keys(ENVELOPE_PRESETS) }),
              contentType: s.string("Response content type."),
              fields: s.object(envelopeFields, "Where each member sits, as a dotted path (`error.code`)."),
              detailsShape: s.string("`object`, `list` of objects, or `inline` next to the code.", { values: ["object", "list", "inline"] }),
              constants: s.map(JSON_PATH, s.scalar(), "Fixed members, e.g. `success: false`."),
              descriptions: s.object(envelopeDescriptions, "A description per member (`requestId: Quote it to support.`): OpenAPI, doc comments and docs."),
            },
            "A custom envelope.",
          ),
        ]),
      },
      "Catalog-wide settings.",
      ["name"],
    ),
    spec: s.string("Folder of domain files, relative to this file. Default `spec`."),
    out: s.string("Output root, relative to this file. Default `out`."),
    templates: s.string("Folder whose `<generator>/<name>.hbs` files override built-in templates."),
    builtins: s.string("Which built-in generators run unless `generators:` says otherwise: `all` (default) or `none` (only the ones listed under `generators:`).", {
      values: ["all", "none"],
    }),
    generators: s.map(
      SLUG,
      s.union([
        s.boolean("`false`: this built-in does not run. `true`: it runs with default options."),
        s.object(
          {
            from: s.string("Module path (relative to this file) or package name of a third-party generator."),
            out: s.string("Output folder under the output root. Default: the generator's own."),
            options: s.any("Generator options; see `lockstep list-generators`."),
            enabled: s.boolean("`false`: the generator does not run (default `true`)."),
          },
          "One generator: a built-in configured, or a third-party one added (`from`).",
        ),
      ]),
      "Generators by name: configures built-ins, turns them off (`go: false`) or adds third-party ones; every built-in not listed runs with default options (unless `builtins: none`).",
    ),
  },
  "Lockstep configuration.",
  ["catalog"],
);
