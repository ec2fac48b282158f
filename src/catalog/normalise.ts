// Domain files → the frozen, sorted Catalog. Reports every problem it finds:
// duplicate codes, naming-style breaks, unknown or cyclic references, collisions.
import { canonicalOf, type CanonicalCode } from "./canonical.js";
import { normaliseDetails, normaliseRetry, normaliseStatus, type RawRetry, type RawStatus } from "./code-fields.js";
import type { CatalogSettings } from "../load/config.js";
import { checkTombstoneReferences, resolveReferences } from "./references.js";
import { orderCatalog, type DomainDraft } from "./order.js";
import { formatLoc, quoteValue, type DiagnosticBag } from "../diagnostics/diagnostics.js";
import { normaliseText } from "../escape/text.js";
import { compareStrings, type Catalog, type ErrorCode, type SourceLoc, type Tombstone, type UpstreamMapping } from "./model.js";
import { providerSlug } from "./provider.js";
import { Identifiers } from "../naming/allocate.js";
import { capitalize, DOMAIN_ID_PATTERN, NAME_PATTERNS, sentenceCase, splitWords } from "../naming/words.js";
import type { Entry, ShapeReader } from "../shape/read.js";

/** Longest code name: far beyond any real one, and short enough for every identifier rule. */
export const MAX_CODE_NAME = 256;

export interface RawCode {
  name?: string;
  title?: string;
  status?: RawStatus;
  canonical?: CanonicalCode;
  description?: string;
  cause?: string;
  fix?: string;
  retryable?: "yes" | "no" | "auto" | boolean;
  retry?: RawRetry;
  details?: Entry[];
  detailsList?: Entry[];
  deprecated?: boolean | { since?: string; replacement?: string; reason?: string };
  aliasOf?: string;
  lifecycle?: "live" | "planned";
  surfacesAs?: string;
  since?: string;
  upstream?: Entry[];
  tags?: string[];
  related?: { code: string; note?: string }[];
  removed?: { since?: string; replacement?: string; reason?: string };
  acknowledge?: { rule: string; version: string; reason: string }[];
}

export interface RawDomain {
  readonly file: string;
  readonly reader: ShapeReader;
  readonly value: { domain?: string; title?: string; description?: string; notes?: string; codes?: RawCode[] };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type Draft = Mutable<ErrorCode> & { raw: RawCode; reader: ShapeReader; removedReplacement?: string };

/** A code entry as the spec states it, before tombstones leave the catalog; evolution reads these. */
export interface SpecCode {
  readonly code: ErrorCode;
  /** Set for a tombstone (`removed:`). */
  readonly removed: { readonly since: string | undefined; readonly replacement: string | undefined; readonly reason: string | undefined } | undefined;
  readonly acknowledge: readonly { readonly rule: string; readonly version: string; readonly reason: string; readonly loc: SourceLoc }[];
  /** Where a field of the entry is written (the name when absent). */
  fieldLoc(field: string): SourceLoc;
}

/** The catalog before evolution fills version history in; `compileSpecs` freezes it. */
export interface NormalisedCatalog {
  readonly catalog: Mutable<Catalog>;
  /** Every entry of the spec (live, planned and removed), by key. */
  readonly entries: ReadonlyMap<string, SpecCode>;
}

export function normalise(settings: CatalogSettings, rawDomains: readonly RawDomain[], sources: readonly string[], bag: DiagnosticBag): NormalisedCatalog {
  const domainScope = settings.uniqueness === "domain";
  const drafts = new Map<string, Draft>();
  const domains: DomainDraft[] = [];
  const domainById = new Map<string, DomainDraft>();
  // Provider id → the display name first written for it, catalog-wide.
  const providers = new Map<string, string>();

  for (const { file, reader, value } of rawDomains) {
    const stem = file.slice(file.lastIndexOf("/") + 1).replace(/\.ya?ml$/, "");
    const rootLoc = reader.loc({ start: 0, end: 0 });
    if (!DOMAIN_ID_PATTERN.test(stem)) {
      bag.error("LS028", `file name "${stem}" is not a domain id (lower-case letters, digits and single hyphens, starting with a letter)`, rootLoc);
      continue;
    }
    const id = value.domain ?? stem;
    if (id !== stem) bag.error("LS028", `domain "${id}" must be declared in ${file.replace(/[^/]*$/, "")}${id}.yaml, not ${file}`, reader.locOf(value, "domain"));
    const previous = domainById.get(id);
    if (previous) {
      bag.error("LS029", `duplicate domain ${id} (first defined at ${formatLoc(previous.loc)})`, rootLoc);
      continue;
    }
    const domain: DomainDraft = {
      id,
      title: value.title ?? splitWords(id).map(capitalize).join(" "),
      description: value.description,
      // Notes that normalise to blank (white space, NEL) would be an empty note block.
      notes: value.notes !== undefined && normaliseText(value.notes).trim() !== "" ? value.notes : undefined,
      codes: [],
      tombstones: [],
      file,
      loc: value.domain !== undefined ? reader.locOf(value, "domain") : rootLoc,
    };
    domains.push(domain);
    domainById.set(id, domain);

    for (const raw of value.codes ?? []) {
      if (raw.name === undefined) continue; // reported as a missing key
      const loc = reader.locOf(raw, "name");
      if (raw.name.length > MAX_CODE_NAME) {
        bag.error("LS021", `code name ${quoteValue(raw.name, 40)} is longer than ${MAX_CODE_NAME} characters`, loc);
        continue;
      }
      if (!NAME_PATTERNS[settings.naming].test(raw.name)) {
        const expected = settings.naming === "UPPER_SNAKE" ? "UPPER_SNAKE (e.g. INVALID_PHONE_NUMBER)" : "lower_snake (e.g. invalid_phone_number)";
        bag.error("LS021", `code name "${raw.name}" is not ${expected}`, loc);
        continue;
      }
      const key = domainScope ? `${id}/${raw.name}` : raw.name;
      const first = drafts.get(key);
      if (first) {
        bag.error("LS020", `duplicate code ${raw.name}${domainScope ? ` in domain ${id}` : ""} (first defined at ${formatLoc(first.loc)})`, loc);
        continue;
      }
      const words = [...(domainScope ? splitWords(id) : []), ...splitWords(raw.name)];
      const anchor = (domainScope ? `${id}-` : "") + raw.name.toLowerCase().replaceAll("_", "-");
      const deprecated = raw.deprecated === undefined || raw.deprecated === false ? undefined : raw.deprecated === true ? {} : raw.deprecated;
      const status = normaliseStatus(raw.status, reader, raw, bag);
      drafts.set(key, {
        key,
        name: raw.name,
        domain: id,
        words,
        title: raw.title ?? sentenceCase(splitWords(raw.name)),
        description: raw.description,
        cause: raw.cause,
        fix: raw.fix,
        status,
        canonical: { name: raw.canonical ?? canonicalOf(status.primary), written: raw.canonical !== undefined },
        retry: normaliseRetry(raw.retryable, raw.retry),
        details: normaliseDetails(raw.details ?? raw.detailsList, reader, bag),
        detailsList: raw.details === undefined && raw.detailsList !== undefined,
        deprecated: deprecated && { since: deprecated.since, replacement: deprecated.replacement, reason: deprecated.reason },
        aliasOf: raw.aliasOf,
        lifecycle: raw.lifecycle ?? "live",
        surfacesAs: raw.surfacesAs,
        since: raw.since,
        upstream: upstreamMappings(raw.upstream ?? [], reader, bag, providers),
        tags: [...new Set(raw.tags ?? [])].sort(compareStrings),
        related: [],
        anchor,
        docsUrl: expandDocsUrl(settings.docsUrl, raw.name, id, anchor),
        loc,
        raw,
        reader,
      });
    }
  }

  checkInlineDetails([...drafts.values()], settings, bag);
  checkListDetails([...drafts.values()], settings, bag);
  resolveReferences(drafts, domainScope, bag);
  // Identifier collisions are checked after this, over the enabled generators' names (naming/allocate.ts).

  checkTombstoneReferences(drafts, bag);

  const entries = new Map<string, SpecCode>();
  const finished: ErrorCode[] = [];
  const tombstones: Tombstone[] = [];
  // `order: source` keeps the spec's order (files by path, codes as written); drafts hold it.
  const inOrder = settings.order === "source" ? [...drafts.values()] : [...drafts.values()].sort((a, b) => compareStrings(a.key, b.key));
  for (const d of inOrder) {
    const { raw, reader, removedReplacement, ...rest } = d;
    const code = rest as ErrorCode;
    entries.set(d.key, {
      code,
      removed: raw.removed && { since: raw.removed.since, replacement: removedReplacement ?? d.deprecated?.replacement, reason: raw.removed.reason ?? d.deprecated?.reason },
      acknowledge: (raw.acknowledge ?? []).map((a) => ({ rule: a.rule, version: a.version, reason: a.reason, loc: reader.locOf(a, "rule") })),
      fieldLoc: (field) => (field in raw ? reader.locOf(raw, field) : d.loc),
    });
    if (raw.removed) {
      const t = toTombstone(code, entries.get(d.key)!.removed!);
      if (t.replacement === undefined && t.reason === undefined) {
        bag.error("LS034", `removed code ${d.name} needs a replacement or a reason, so its docs entry tells clients what to do`, reader.locOf(raw, "removed"));
      }
      tombstones.push(t);
      domainById.get(code.domain)!.tombstones.push(t);
    } else {
      finished.push(code);
      domainById.get(code.domain)!.codes.push(code);
    }
  }
  orderCatalog(domains, finished, settings, bag);
  const catalog: Mutable<Catalog> = {
    name: settings.name,
    title: settings.title,
    version: settings.version,
    naming: settings.naming,
    uniqueness: settings.uniqueness,
    order: settings.order,
    docsUrlTemplate: settings.docsUrl,
    package: settings.package,
    envelope: settings.envelope,
    ...(settings.notes !== undefined ? { notes: settings.notes } : {}),
    ...(settings.defaults ? { defaults: settings.defaults } : {}),
    domains,
    codes: finished,
    tombstones,
    releases: [],
    sources: [...sources],
    codeIndex: new Map(finished.map((c) => [c.key, c])),
    identifiers: new Identifiers([]),
  };
  return { catalog, entries };
}

/** Versions are filled in by evolution (spec, then lockfile, then the current version). */
function toTombstone(code: ErrorCode, removed: NonNullable<SpecCode["removed"]>): Mutable<Tombstone> {
  return {
    key: code.key,
    name: code.name,
    domain: code.domain,
    title: code.title,
    removedIn: removed.since ?? "",
    deprecatedIn: code.deprecated?.since,
    replacement: removed.replacement,
    reason: removed.reason,
    anchor: code.anchor,
    docsUrl: code.docsUrl,
    loc: code.loc,
  };
}

export function expandDocsUrl(template: string | undefined, name: string, domain: string, anchor: string): string | undefined {
  if (template === undefined) return undefined;
  const values: Record<string, string> = { code: name, codeLower: name.toLowerCase(), domain, anchor };
  return template.replace(/\{(code|codeLower|domain|anchor)\}/g, (_, k: string) => encodeURIComponent(values[k]!));
}

/**
 * `detailsList:` (a code's details are a list of objects) needs an envelope whose details member
 * is one value per code (`detailsShape: object`): next to the code (`inline`) there is no room for
 * a list, and with `detailsShape: list` every code's details are a list already.
 */
function checkListDetails(drafts: readonly Draft[], settings: CatalogSettings, bag: DiagnosticBag): void {
  const shape = settings.envelope.detailsShape;
  for (const d of drafts) {
    if (d.raw.detailsList === undefined) continue;
    const where = d.reader.locOf(d.raw, "detailsList");
    if (d.raw.details !== undefined) bag.error("LS026", `${d.name} declares both \`details\` and \`detailsList\`; keep one`, where);
    else if (shape === "inline")
      bag.error("LS035", `${d.name} declares a list of details, but the envelope puts details next to the code (\`detailsShape: inline\`), where a list cannot go; use \`details:\` or an envelope with a details member`, where);
    else if (shape === "list")
      bag.error("LS035", `${d.name} declares a list of details, but every code's details are a list already in this envelope (\`detailsShape: list\`); write \`details:\` for the fields of each item`, where);
  }
}

/** With `detailsShape: inline`, detail fields sit next to the code and must not reuse an envelope member's name. */
function checkInlineDetails(drafts: readonly Draft[], settings: CatalogSettings, bag: DiagnosticBag): void {
  const { envelope } = settings;
  if (envelope.detailsShape !== "inline" && envelope.fields.details === undefined) {
    // An envelope has exactly the members it lists: details it has no member for would be dropped on the wire.
    for (const d of drafts) {
      // Written details only: an alias inheriting its target's is reported at the target.
      if (!d.details.length || !(d.raw.details ?? d.raw.detailsList)) continue;
      bag.error(
        "LS035",
        `${d.name} declares details, but the envelope has no details member to carry them; list one (\`fields: { details: details }\`) or put them next to the code (\`detailsShape: inline\`)`,
        d.reader.locOf(d.raw, d.raw.details ? "details" : "detailsList"),
      );
    }
    return;
  }
  if (envelope.detailsShape !== "inline") return;
  const parent = envelope.fields.code.slice(0, -1);
  // Names beside the code: members there, and branches towards deeper members (`meta` of `meta.id`).
  const taken = new Map<string, string>();
  const paths = [...Object.entries(envelope.fields), ...envelope.constants.map((c) => ["constant", c.path] as const)];
  for (const [member, path] of paths) {
    if (!path || path.length <= parent.length || !parent.every((segment, i) => path[i] === segment)) continue;
    const name = path[parent.length]!;
    if (!taken.has(name)) taken.set(name, path.length === parent.length + 1 ? `${member} member` : `${member} member (${path.join(".")})`);
  }
  for (const d of drafts) {
    for (const field of d.details) {
      const member = taken.get(field.name);
      if (member === undefined) continue;
      const entry = d.raw.details?.find((e) => e.key === field.name);
      bag.error(
        "LS032",
        `details field "${field.name}" of ${d.name} clashes with the envelope's ${member}; details sit next to the code in this envelope, so rename the field`,
        entry ? d.reader.loc(entry.keySpan) : d.loc,
      );
    }
  }
}

/** A code's upstream mappings, sorted by provider id; a display name gets its slug as the id. */
function upstreamMappings(entries: readonly Entry[], reader: ShapeReader, bag: DiagnosticBag, providers: Map<string, string>): UpstreamMapping[] {
  const out: UpstreamMapping[] = [];
  for (const e of entries) {
    const provider = providerSlug(e.key);
    const loc = reader.loc(e.keySpan);
    if (provider === "") {
      bag.error("LS013", `upstream provider "${e.key}" has no letters or digits to derive its id from; write an id such as \`acme\``, loc);
      continue;
    }
    const seen = providers.get(provider);
    if (seen !== undefined && seen !== e.key) {
      bag.error("LS027", `upstream providers "${seen}" and "${e.key}" both have the id ${provider}; spell the provider the same way everywhere`, loc);
      continue;
    }
    providers.set(provider, e.key);
    out.push({ provider, ...(provider !== e.key ? { name: e.key } : {}), codes: e.value as string[] });
  }
  return out.sort((a, b) => compareStrings(a.provider, b.provider));
}
