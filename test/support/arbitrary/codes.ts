// Arbitrary code entries with every field combination: statuses in each form,
// retry, details of every type (nested), deprecation, lifecycle, upstream, tags.
// References (aliasOf, replacement, surfacesAs, related) are drawn here as numbers
// and resolved by `catalog.ts` once the catalog's codes are known.
import fc from "fast-check";
import { hostileText } from "./text.js";
import { detailNameArb, providerArb } from "./words.js";

export type StatusSpec = number | number[] | "varies" | { varies: number[] };

export type DetailSpec =
  | "string" | "integer" | "number" | "boolean"
  | { type: string; required?: boolean; description?: string; values?: string[]; of?: DetailSpec; fields?: [string, DetailSpec][] };

/** One code as written in a domain file; references are code references as written. */
export interface SampleCode {
  name: string;
  title?: string;
  status?: StatusSpec;
  description?: string;
  cause?: string;
  fix?: string;
  retryable?: "yes" | "no" | "auto" | boolean;
  retry?: { strategy?: string; retryAfter?: boolean; schedule?: string[] };
  details?: [string, DetailSpec][];
  deprecated?: true | { since?: string; replacement?: string; reason?: string };
  aliasOf?: string;
  lifecycle?: "live" | "planned";
  surfacesAs?: string;
  since?: string;
  upstream?: [string, (string | number)[]][];
  tags?: string[];
  related?: { code: string; note?: string }[];
}

/** Which references a code wants; each number picks a target among the catalog's codes. */
export interface RefPicks {
  alias?: number;
  replacement?: number;
  surfacesAs?: number;
  related: { pick: number; note: string | undefined }[];
  /** In a domain-scoped catalog, write a same-domain reference as `domain/NAME`. */
  qualify: boolean;
}

const statusArb: fc.Arbitrary<StatusSpec> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 100, max: 599 }) },
  { weight: 2, arbitrary: fc.uniqueArray(fc.integer({ min: 100, max: 599 }), { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constant("varies" as const) },
  { weight: 1, arbitrary: fc.uniqueArray(fc.integer({ min: 100, max: 599 }), { maxLength: 3 }).map((varies) => ({ varies })) },
);

/** A details map: unique member names, each with a type. */
function detailFieldsArb(depth: number, exclude: ReadonlySet<string>): fc.Arbitrary<[string, DetailSpec][]> {
  return fc.uniqueArray(fc.tuple(detailNameArb.filter((n) => !exclude.has(n)), detailTypeArb(depth)), {
    minLength: 1,
    maxLength: depth === 0 ? 4 : 2,
    selector: ([name]) => name,
  });
}

/** A details type, nested up to two levels (lists of lists included). */
function detailTypeArb(depth: number): fc.Arbitrary<DetailSpec> {
  const scalar = fc.constantFrom("string" as const, "integer" as const, "number" as const, "boolean" as const);
  const common = { required: fc.boolean(), description: hostileText(5) };
  const options = { requiredKeys: ["type"] as "type"[] };
  const arbs: fc.Arbitrary<DetailSpec>[] = [
    scalar,
    fc.record({ type: scalar, ...common }, options),
    fc.record({ type: fc.constant("enum"), values: fc.uniqueArray(hostileText(3), { minLength: 1, maxLength: 5 }), ...common }, { requiredKeys: ["type", "values"] }),
  ];
  if (depth < 2) {
    arbs.push(
      fc.constantFrom("list", "map").chain((type) =>
        fc.record({ type: fc.constant(type), of: detailTypeArb(depth + 1), ...common }, { requiredKeys: ["type", "of"] }),
      ),
      fc.record({ type: fc.constant("object"), fields: detailFieldsArb(depth + 1, new Set()), ...common }, { requiredKeys: ["type", "fields"] }),
    );
  }
  return fc.oneof(...arbs);
}

const shortText = hostileText(3);

/** A code without references; `name` is filled in by the catalog. */
export function codeBodyArb(detailExclude: ReadonlySet<string>): fc.Arbitrary<Omit<SampleCode, "name">> {
  return fc.record(
    {
      title: hostileText(4),
      status: statusArb,
      description: hostileText(8),
      cause: hostileText(6),
      fix: hostileText(6),
      retryable: fc.constantFrom("yes" as const, "no" as const, "auto" as const, true, false),
      retry: fc.record({ strategy: hostileText(5), retryAfter: fc.boolean(), schedule: fc.array(shortText, { maxLength: 5 }) }, { requiredKeys: [] }),
      details: detailFieldsArb(0, detailExclude),
      deprecated: fc.oneof(fc.constant(true as const), fc.record({ since: shortText, reason: hostileText(5) }, { requiredKeys: [] })),
      lifecycle: fc.constantFrom("live" as const, "planned" as const),
      since: shortText,
      upstream: fc.uniqueArray(fc.tuple(providerArb, fc.array(fc.oneof(shortText, fc.nat(999999)), { maxLength: 3 })), { maxLength: 3, selector: ([p]) => p }),
      tags: fc.array(shortText, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  );
}

/** `arb` with probability `p`, else undefined. */
const sometimes = <T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: Math.round(100 * (1 - p)), arbitrary: fc.constant(undefined) }, { weight: Math.round(100 * p), arbitrary: arb });

export const refPicksArb: fc.Arbitrary<RefPicks> = fc.record({
  alias: sometimes(fc.nat(), 0.12),
  replacement: sometimes(fc.nat(), 0.2),
  surfacesAs: sometimes(fc.nat(), 0.5),
  related: fc.oneof({ weight: 3, arbitrary: fc.constant<RefPicks["related"]>([]) }, { weight: 1, arbitrary: fc.array(fc.record({ pick: fc.nat(), note: sometimes(shortText, 0.6) }), { minLength: 1, maxLength: 2 }) }),
  qualify: fc.boolean(),
});
