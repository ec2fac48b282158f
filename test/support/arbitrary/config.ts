// Arbitrary catalog settings: naming, uniqueness, version, docs URL template, an
// envelope (a preset or a custom shape that `resolveEnvelope` accepts) and options
// for every built-in generator (hostile column titles included).
import fc from "fast-check";
import { ENVELOPE_FIELDS, ENVELOPE_PRESETS, resolveEnvelope, type EnvelopeInput } from "../../../src/catalog/envelope.js";
import type { Envelope, NamingStyle, Uniqueness } from "../../../src/catalog/model.js";
import { hostileText, nonBlankText } from "./text.js";
import { catalogNameArb, jsonSegmentArb } from "./words.js";

export type EnvelopeSpec = string | (Omit<EnvelopeInput, "constants"> & { constants?: [string, string | number | boolean | null][] });

export interface SampleConfig {
  name: string;
  title?: string;
  version?: string;
  naming?: NamingStyle;
  uniqueness?: Uniqueness;
  docsUrl?: string;
  envelope?: EnvelopeSpec;
  /** Folder of the domain files (`spec:`); it reaches every generated notice. */
  spec?: string;
  /** Options per generator; undefined: no `generators:` key (every built-in, defaults). */
  generators?: Record<string, Record<string, unknown>>;
}

/** The envelope a spec resolves to (the config reader's view). */
export function resolvedEnvelope(spec: EnvelopeSpec | undefined): { envelope: Envelope; problems: string[] } {
  if (spec === undefined || typeof spec === "string") return resolveEnvelope(spec);
  return resolveEnvelope({ ...spec, constants: spec.constants?.map(([key, value]) => ({ key, value })) });
}

/** Catalog versions every target accepts (PEP 440 for Python, `/vN` for Go). */
const versionArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("0.0.0", "1.0.0", "2.4.0", "1.0.0-rc.1", "3.2.0-beta.2", "1.2.3+build.7", "10.0.0.dev3", "v2.0.0", "0.1", "7"),
  fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.constantFrom("", "-rc.1", "-alpha", "-beta.3", ".post1", "+local.9")).map(([a, b, c, s]) => `${a}.${b}.${c}${s}`),
);

const DOCS_URLS = [
  "https://docs.example.com/errors#{anchor}",
  "https://docs.example.com/errors/{domain}#{anchor}",
  "https://x.example/e/{code}",
  "https://x.example/{domain}/{codeLower}?ref=lockstep&v=1",
  "https://x.example/errors.html#{anchor}",
  "https://x.example/a_b/{code}-{codeLower}#{anchor}",
  "/errors/{code}",
  "errors.md#{anchor}",
];


const scalarArb: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(0, 1, -1, 42, 3.5, -2.25, 1e21, 1.5e-7, 2 ** 53 + 2),
  hostileText(4),
);

function customEnvelopeArb(): fc.Arbitrary<EnvelopeSpec> {
  const pathArb = fc.array(jsonSegmentArb(), { minLength: 1, maxLength: 3 }).map((s) => s.join("."));
  return fc
  .record(
    {
      preset: fc.constantFrom(...Object.keys(ENVELOPE_PRESETS)),
      contentType: fc.constantFrom("application/json", "application/problem+json", "application/vnd.acme.error+json", "application/json; charset=utf-8"),
      fields: fc.dictionary(fc.constantFrom(...(Object.keys(ENVELOPE_FIELDS) as (keyof typeof ENVELOPE_FIELDS)[])), pathArb, { maxKeys: 4 }),
      detailsShape: fc.constantFrom("object" as const, "list" as const, "inline" as const),
      constants: fc.array(fc.tuple(pathArb, scalarArb), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((e): EnvelopeSpec => {
    // A duplicated constant path is a duplicate YAML key: keep the first.
    const seen = new Set<string>();
    const constants = e.constants?.filter(([k]) => !seen.has(k) && !!seen.add(k));
    return { ...e, constants: constants?.length ? constants : undefined };
  })
  .filter((e) => resolvedEnvelope(e).problems.length === 0);
}

function envelopeArb(): fc.Arbitrary<EnvelopeSpec | undefined> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.constantFrom(...Object.keys(ENVELOPE_PRESETS)) },
    { weight: 4, arbitrary: customEnvelopeArb() },
  );
}

const MD_COLUMNS = ["code", "title", "status", "description", "retryable", "cause", "fix"];
const RST_COLUMNS = ["code", "title", "http", "description", "cause", "fix", "causeFix", "retry"];

/** A column list: a shuffled subset that includes `code`. */
const columnsArb = (all: readonly string[]) =>
  fc.shuffledSubarray(all.filter((c) => c !== "code")).chain((rest) => fc.integer({ min: 0, max: rest.length }).map((at) => [...rest.slice(0, at), "code", ...rest.slice(at)]));

const titlesArb = (keys: readonly string[]) => fc.dictionary(fc.constantFrom(...keys), nonBlankText(4), { maxKeys: 3 });

/** Valid names near the refused ones (globals the module does not use, its own names' neighbours). */
const TS_TYPE_NAMES = ["ErrorCode", "ApiErrors", "Errors", "Code", "E", "Status", "Kind", "Error", "Array", "Symbol", "Partial", "Number", "Promise", "String", "Property", "Error_Domain", "$", "_", "errors", "Values", "ByDomain"];

/**
 * Options per generator. Names derived from the catalog name are written with
 * placeholders (`@NAME@`, `@SLUG@` = name with `_`, `@FLAT@` = name without `-`), filled
 * in when the config is written, so a batch can rename catalogs to keep them apart.
 */
function optionsArb(): fc.Arbitrary<Record<string, Record<string, unknown>>> {
  const [name, slug, flat] = ["@NAME@", "@SLUG@", "@FLAT@"];
  return fc.record(
    {
      ts: fc.record({ style: fc.constantFrom("enum", "const"), typeName: fc.constantFrom(...TS_TYPE_NAMES), packageName: fc.constantFrom(`@acme/${name}-errors`, `${name}.errors`, "") }, { requiredKeys: [] }),
      go: fc.record({ modulePath: fc.constantFrom(`github.com/acme/${name}-go`, `example.com/${name}/errs`, ""), goVersion: fc.constantFrom("1.21", "1.22", "1.23.4"), packageName: fc.constantFrom(`${flat}codes`, `x${flat}`) }, { requiredKeys: [] }),
      python: fc.record({ packageName: fc.constantFrom(`${slug}_pkg`, `py_${slug}`), distributionName: fc.constantFrom(`${name}.errors`, `Acme_${slug}`, ""), enumBase: fc.constantFrom("StrEnum", "str-enum") }, { requiredKeys: [] }),
      openapi: fc.oneof(
        fc.record({ version: fc.constant("3.1"), codeEnum: fc.constantFrom("enum", "oneOf"), examples: fc.boolean() }, { requiredKeys: [] }),
        fc.record({ version: fc.constant("3.0"), codeEnum: fc.constant("enum"), examples: fc.boolean() }, { requiredKeys: ["version"] }),
      ),
      markdown: fc.record({ layout: fc.constantFrom("single", "per-domain"), columns: columnsArb(MD_COLUMNS), titles: titlesArb([...MD_COLUMNS, "strategy"]), mdx: fc.boolean() }, { requiredKeys: [] }),
      rst: fc.record({ columns: columnsArb(RST_COLUMNS), titles: titlesArb(RST_COLUMNS) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
}

export const configArb = (): fc.Arbitrary<SampleConfig> =>
  fc.record(
    {
      name: catalogNameArb,
      title: hostileText(6),
      version: versionArb,
      naming: fc.constantFrom("UPPER_SNAKE" as const, "lower_snake" as const),
      uniqueness: fc.constantFrom("catalog" as const, "domain" as const),
      docsUrl: fc.constantFrom(...DOCS_URLS),
      envelope: envelopeArb(),
      spec: fc.constantFrom("spec", "errors/spec", "a b", "x*/y", "--x", "ünï", "{{x}}", "$(x)", "it's", 'q"q', "a|b", "_x_"),
      generators: fc.option(optionsArb(), { nil: undefined, freq: 3 }),
    },
    { requiredKeys: ["name"] },
);

/** Fills the catalog-name placeholders of generator options. */
export function fillNames(value: unknown, name: string): unknown {
  if (typeof value === "string") return value.replaceAll("@NAME@", name).replaceAll("@SLUG@", name.replace(/-/g, "_")).replaceAll("@FLAT@", name.replace(/-/g, ""));
  if (Array.isArray(value)) return value.map((v) => fillNames(v, name));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillNames(v, name)]));
  return value;
}
