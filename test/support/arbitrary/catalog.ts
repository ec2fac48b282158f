// Arbitrary valid catalogs. Valid by construction: names follow the naming style and
// are unique per scope, no two codes share an identifier in any target (checked with
// the built-in generators' per-code name schemes), references point at existing codes and
// aliases / replacements only at earlier codes (no cycles), inline details avoid the
// envelope's member names. No hazard is left out: a bug found here is fixed, not avoided.
// One sample in 25 (`nearCollision`) adds two codes that differ only by an underscore
// (`X_ID`, `X_I_D`: both Go `CodeXID`), which the compiler must reject (LS027); those
// are counted apart.
import fc from "fast-check";
import { BUILTIN_GENERATORS } from "../../../generators/index.js";
import { declaredNaming } from "../../../src/naming/declared.js";
import type { Catalog, ErrorCode } from "../../../src/catalog/model.js";
import { splitWords } from "../../../src/naming/words.js";
import { codeBodyArb, refPicksArb, type RefPicks, type SampleCode } from "./codes.js";
import { configArb, resolvedEnvelope, type SampleConfig } from "./config.js";
import { hostileText } from "./text.js";
import { codeNameArb, domainIdArb } from "./words.js";

export interface SampleDomain {
  id: string;
  /** Whether the file repeats its id as `domain:`. */
  declareId: boolean;
  title?: string;
  description?: string;
  notes?: string;
  codes: SampleCode[];
}

export interface Sample {
  config: SampleConfig;
  domains: SampleDomain[];
  /** Seeds the YAML writer's choice of styles. */
  style: number;
  /** Holds one identifier clash on purpose: the compiler must reject the catalog (LS027). */
  nearCollision: boolean;
}

interface RawCode {
  name: string;
  body: Omit<SampleCode, "name">;
  refs: RefPicks;
}

/** Detail names an inline envelope already uses next to the code: members, and branches towards deeper ones (LS032). */
function inlineTaken(config: SampleConfig): Set<string> {
  const { envelope } = resolvedEnvelope(config.envelope);
  if (envelope.detailsShape !== "inline") return new Set();
  const parent = envelope.fields.code.slice(0, -1);
  const paths = [...Object.values(envelope.fields), ...envelope.constants.map((c) => c.path)].filter((p) => p !== undefined);
  const beside = (p: readonly string[]) => p.length > parent.length && parent.every((s, i) => p[i] === s);
  return new Set(paths.filter(beside).map((p) => p[parent.length]!));
}

function build(config: SampleConfig, rawDomains: { id: string; declareId: boolean; title?: string; description?: string; notes?: string; codes: RawCode[] }[], nearCollision: boolean): { domains: SampleDomain[]; clash: boolean } {
  const naming = config.naming ?? "UPPER_SNAKE";
  const domainScope = config.uniqueness === "domain";
  const { envelope } = resolvedEnvelope(config.envelope);
  const noDetails = envelope.detailsShape !== "inline" && envelope.fields.details === undefined;
  const schemes = BUILTIN_GENERATORS.flatMap((g) => declaredNaming(g)?.schemes ?? []).filter((s) => s.per === "code");
  const idents = schemes.map(() => new Set<string>());
  const keys = new Set<string>();
  const domainIds = new Set<string>();
  let clash = false;
  const all: { domain: string; name: string; refs: RefPicks; code: SampleCode }[] = [];
  const domains: SampleDomain[] = [];

  /** Adds a code unless its key or (without `clashing`) an identifier is taken; returns whether it clashed. */
  const add = (domain: SampleDomain, { name, body, refs }: RawCode, clashing: boolean): boolean | undefined => {
    const key = domainScope ? `${domain.id}/${name}` : name;
    if (keys.has(key)) return undefined;
    const words = [...(domainScope ? splitWords(domain.id) : []), ...splitWords(name)];
    const named = { name, words, anchor: (domainScope ? `${domain.id}-` : "") + name.toLowerCase().replaceAll("_", "-") };
    const mine = schemes.map((s) => {
      const id = s.mint(named as unknown as ErrorCode, { naming } as unknown as Catalog) ?? "";
      return s.caseInsensitive ? id.toLowerCase() : id;
    });
    const clashes = mine.some((id, i) => idents[i]!.has(id));
    if (clashes && !clashing) return undefined;
    keys.add(key);
    mine.forEach((id, i) => idents[i]!.add(id));
    // An envelope without a details member takes no details (LS035).
    const { details, ...rest } = body;
    const code: SampleCode = noDetails || details === undefined ? { name, ...rest } : { name, ...rest, details };
    domain.codes.push(code);
    all.push({ domain: domain.id, name, refs, code });
    return clashes;
  };

  for (const raw of rawDomains) {
    if (domainIds.has(raw.id)) continue;
    domainIds.add(raw.id);
    const domain: SampleDomain = { ...raw, codes: [] };
    domains.push(domain);
    for (const code of raw.codes) add(domain, code, false);
  }
  // A deliberate clash: `X_ID` and `X_I_D` differ only by an underscore and both become
  // Go's `CodeXID`; the compiler must reject the catalog (LS027).
  if (nearCollision && domains.length) {
    const domain = domains[0]!;
    const base = domain.codes[0]?.name ?? "near";
    const upper = naming === "UPPER_SNAKE";
    const noRefs: RefPicks = { related: [], qualify: false };
    const pair = [`${base}_id`, `${base}_i_d`].map((n) => (upper ? n.toUpperCase() : n.toLowerCase()));
    if (add(domain, { name: pair[0]!, body: {}, refs: noRefs }, false) === false) clash = add(domain, { name: pair[1]!, body: {}, refs: noRefs }, true) === true;
  }

  // References, now that every code is known.
  const refText = (from: (typeof all)[number], to: (typeof all)[number]): string =>
    !domainScope ? to.name : to.domain !== from.domain || from.refs.qualify ? `${to.domain}/${to.name}` : to.name;
  all.forEach((entry, i) => {
    const { code, refs } = entry;
    const others = all.filter((_, j) => j !== i);
    if (refs.alias !== undefined && i > 0) code.aliasOf = refText(entry, all[refs.alias % i]!);
    if (refs.replacement !== undefined && i > 0 && code.deprecated !== undefined) {
      const replacement = refText(entry, all[refs.replacement % i]!);
      code.deprecated = code.deprecated === true ? { replacement } : { ...code.deprecated, replacement };
    }
    // Only an earlier code, like aliasOf: a chain of planned codes never closes into a cycle (LS025).
    if (code.lifecycle === "planned" && refs.surfacesAs !== undefined && i > 0) code.surfacesAs = refText(entry, all[refs.surfacesAs % i]!);
    if (others.length && refs.related.length) code.related = refs.related.map((r) => ({ code: refText(entry, others[r.pick % others.length]!), note: r.note }));
  });
  return { domains, clash };
}

// About five codes in two domains on average (toolchain time grows with size), now and then many.
const codeCount = fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 14 }) });
const domainCount = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 2 }) }, { weight: 1, arbitrary: fc.integer({ min: 3, max: 10 }) });

/** A whole valid catalog: settings plus domain files. */
export function sampleArbitrary(): fc.Arbitrary<Sample> {
  return configArb().chain((config) => {
    const rawCode = fc.record({ name: codeNameArb(config.naming ?? "UPPER_SNAKE"), body: codeBodyArb(inlineTaken(config)), refs: refPicksArb });
    const domain = codeCount.chain((n) =>
      fc.record(
        {
          id: domainIdArb,
          declareId: fc.boolean(),
          title: hostileText(4),
          description: hostileText(6),
          notes: hostileText(8),
          codes: fc.array(rawCode, { minLength: n, maxLength: n }),
        },
        { requiredKeys: ["id", "declareId", "codes"] },
      ),
    );
    return fc
      .record({
        domains: domainCount.chain((n) => fc.array(domain, { minLength: n, maxLength: n })),
        style: fc.nat(),
        nearCollision: fc.oneof({ weight: 24, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      })
      .map(({ domains: raw, style, nearCollision }) => {
        const { domains, clash } = build(config, raw, nearCollision);
        return { config, domains, style, nearCollision: clash } satisfies Sample;
      });
  });
}

export const sampleArb: fc.Arbitrary<Sample> = sampleArbitrary();
