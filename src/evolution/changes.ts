// Classifies what changed between the lockfile and the spec. Pure: the lockfile and
// the normalised spec in, a list of changes out; `evolve.ts` turns the breaking ones
// into diagnostics and writes the next lockfile.
import type { SourceLoc } from "../catalog/model.js";
import { compareStrings } from "../catalog/model.js";
import type { NormalisedCatalog, SpecCode } from "../catalog/normalise.js";
import type { Identifiers, LockedIdent } from "../naming/allocate.js";
import { detailFacts, lockStatus, primaryOf } from "./facts.js";
import { locInLockfile, type LockCode, type Lockfile } from "./lockfile.js";
import type { RuleId } from "./rules.js";
import { compareVersions } from "./versions.js";

export interface Change {
  /**
   * `added`, `deprecated`, `removed` (tombstoned): safe. `breaking`: an acknowledgeable
   * rule fired. `forbidden`: a rule no acknowledgement can accept.
   */
  readonly kind: "added" | "deprecated" | "removed" | "breaking" | "forbidden";
  /** Code key. */
  readonly code: string;
  readonly rule: RuleId | undefined;
  /** What changed, e.g. `primary status 400 → 422`. */
  readonly change: string;
  readonly loc: SourceLoc;
}

/** Published: added in a version before the one being prepared. */
export function published(code: LockCode, version: string): boolean {
  return code.added !== undefined && compareVersions(code.added, version) < 0;
}

const show = (v: unknown): string => (v === undefined ? "unstated" : typeof v === "string" ? v : JSON.stringify(v));
const nameOf = (key: string): string => key.slice(key.indexOf("/") + 1);

export function classifyChanges(spec: NormalisedCatalog, lock: Lockfile, names: Identifiers): Change[] {
  const { catalog, entries } = spec;
  const changes: Change[] = [];
  const movedTo = new Map<string, string>(); // old key → new key (domain-scoped moves)
  if (catalog.uniqueness === "domain") {
    for (const [key, prev] of lock.codes) {
      if (entries.has(key) || prev.removed || !published(prev, catalog.version)) continue;
      const candidates = [...entries.keys()].filter((k) => nameOf(k) === nameOf(key) && !lock.codes.has(k));
      if (candidates.length === 1) movedTo.set(key, candidates[0]!);
    }
  }
  const movedFrom = new Map([...movedTo].map(([from, to]) => [to, from]));

  for (const [key, prev] of [...lock.codes].sort(([a], [b]) => compareStrings(a, b))) {
    const entry = entries.get(key);
    const name = nameOf(key);
    if (prev.removed !== undefined) {
      if (!entry) {
        changes.push(forbidden(key, "code-removed", `the tombstone of ${name} (removed in ${prev.removed}) is gone from the spec; keep its entry with removed: so the docs list it and its name stays reserved`, locInLockfile(lock, key)));
      } else if (!entry.removed) {
        changes.push(forbidden(key, "name-reused", `${name} was removed in ${prev.removed} and its name is reserved forever; give the new code another name`, entry.code.loc));
      }
      continue;
    }
    // Drafts (planned codes that never went live, and codes added in the version being
    // prepared) may change or disappear freely until the version is bumped. A published code
    // set back to planned keeps its added version, so it stays published.
    if (!published(prev, catalog.version)) continue;
    const moved = movedTo.get(key);
    if (!entry && moved) {
      const target = entries.get(moved)!;
      changes.push(breaking(moved, "domain-changed", `${name} moved from domain ${prev.domain} to ${target.code.domain}`, target.fieldLoc("name")));
      if (!target.removed) changes.push(...compareFacts(moved, prev, target, names));
      continue;
    }
    if (!entry) {
      changes.push(forbidden(key, "code-removed", `${name} was published in ${prev.added ?? "an earlier version"} and is gone from the spec; published codes never disappear: put it back and deprecate it (deprecated: {replacement: …}), remove it in a later version with removed: {…}, and if it was renamed, keep ${name} as an aliasOf the new name`, locInLockfile(lock, key)));
      continue;
    }
    if (entry.removed) {
      const removedIn = entry.removed.since ?? catalog.version;
      if (prev.deprecated === undefined || prev.deprecated === removedIn) {
        const why = prev.deprecated === undefined ? "no published version deprecated it" : `it was deprecated in ${removedIn}, the same version`;
        changes.push(forbidden(key, "removed-before-deprecated", `${name} is removed in ${removedIn} but ${why}; ship a version that deprecates it first (deprecated: {replacement: …}), then remove it in a later version`, entry.fieldLoc("removed")));
      } else {
        changes.push(safe("removed", key, `${name} removed in ${removedIn}`, entry.fieldLoc("removed")));
      }
      continue;
    }
    changes.push(...compareFacts(key, prev, entry, names));
  }

  for (const [key, entry] of entries) {
    if (lock.codes.has(key) || movedFrom.has(key)) continue;
    if (entry.removed || entry.code.lifecycle !== "live") continue;
    changes.push(safe("added", key, `${entry.code.name} added`, entry.code.loc));
    if (entry.code.deprecated) changes.push(safe("deprecated", key, `${entry.code.name} deprecated`, entry.fieldLoc("deprecated")));
  }
  for (const [key, prev] of lock.codes) {
    const entry = entries.get(key);
    if (prev.lifecycle === "planned" && !published(prev, catalog.version) && entry && !entry.removed && entry.code.lifecycle === "live") {
      changes.push(safe("added", key, `${entry.code.name} added (was planned)`, entry.code.loc));
    }
  }
  changes.push(...domainRenames(spec, lock, names));
  return changes.sort((a, b) => compareStrings(a.code, b.code) || compareStrings(a.kind, b.kind) || compareStrings(a.rule ?? "", b.rule ?? ""));
}

/**
 * A published name minted per domain (an RST label) that changed. The change is put on
 * the code whose name took it (the code to acknowledge it on), else on the domain's first code.
 */
function domainRenames(spec: NormalisedCatalog, lock: Lockfile, names: Identifiers): Change[] {
  const out: Change[] = [];
  if (lock.domains.size === 0) return out;
  const publishedDomains = new Set<string>();
  for (const c of lock.codes.values()) if (published(c, spec.catalog.version)) publishedDomains.add(c.domain);
  for (const [id, before] of [...lock.domains].sort(([a], [b]) => compareStrings(a, b))) {
    if (!publishedDomains.has(id)) continue;
    for (const scheme of Object.keys(before).sort(compareStrings)) {
      const now = names.domain(scheme, id);
      if (now === undefined || now === before[scheme]) continue;
      const taker = names.takerOf(scheme, `@${id}`);
      const entry = taker !== undefined ? spec.entries.get(taker) : [...spec.entries.values()].find((e) => e.code.domain === id && !e.removed);
      if (!entry) continue;
      const by = taker !== undefined ? `: ${entry.code.name} takes it` : "";
      out.push(breaking(entry.code.key, "identifier-changed", `the ${scheme} name of domain ${id} changed from ${before[scheme]} to ${now}${by}`, entry.code.loc));
    }
  }
  return out;
}

function compareFacts(key: string, prev: LockCode, entry: SpecCode, names: Identifiers): Change[] {
  const { code } = entry;
  const out: Change[] = [];
  const name = code.name;
  const before = primaryOf(prev.status);
  const after = primaryOf(lockStatus(code.status));
  if (before !== after) out.push(breaking(key, "status-changed", `the primary status of ${name} changed from ${show(before)} to ${show(after)}`, entry.fieldLoc("status")));
  if (prev.retryable !== code.retry.retryable && prev.retryable !== "unknown") {
    const loc = entry.fieldLoc("retryable");
    out.push(breaking(key, "retryable-changed", `retryable of ${name} changed from ${prev.retryable} to ${code.retry.retryable}`, loc));
  }
  const details = detailFacts(code.details);
  const detailsLoc = entry.fieldLoc(code.detailsList ? "detailsList" : "details");
  // One object ↔ a list of objects: clients reading the old shape break (details added where there were none are safe).
  const wasList = prev.detailsList === true;
  if (wasList !== code.detailsList && Object.keys(prev.details).length && code.details.length) {
    const shape = (list: boolean) => (list ? "a list of objects" : "one object");
    out.push(breaking(key, "details-shape-changed", `the details of ${name} changed from ${shape(wasList)} to ${shape(code.detailsList)}`, detailsLoc));
  }
  for (const [path, type] of Object.entries(prev.details)) {
    const now = details[path];
    const wasOptional = type.endsWith("?");
    if (now === undefined) {
      if (!isUnder(path, prev.details, details)) out.push(breaking(key, "detail-removed", `details field ${path} of ${name} was removed`, detailsLoc));
      continue;
    }
    const t0 = type.replace(/\?$/, "");
    const t1 = now.replace(/\?$/, "");
    if (t0 !== t1 && !widensEnum(t0, t1)) out.push(breaking(key, "detail-retyped", `details field ${path} of ${name} changed type from ${t0} to ${t1}`, detailsLoc));
    else if (wasOptional && !now.endsWith("?")) out.push(breaking(key, "detail-now-required", `details field ${path} of ${name} became required`, detailsLoc));
  }
  for (const [path, type] of Object.entries(details)) {
    if (prev.details[path] === undefined && !type.endsWith("?") && !isUnder(path, details, prev.details)) {
      out.push(breaking(key, "detail-added-required", `required details field ${path} was added to ${name}`, detailsLoc));
    }
  }
  const renamed = renamedIdentifiers(prev.identifiers, names.codeRecord(code));
  if (renamed.length) out.push(breaking(key, "identifier-changed", `the generated identifier of ${name} changed (${renamed.join(", ")})`, code.loc));
  if (code.deprecated && prev.deprecated === undefined) out.push(safe("deprecated", key, `${name} deprecated`, entry.fieldLoc("deprecated")));
  return out;
}

/**
 * Every recorded name that is now different, in scheme order: `go CodeSip → CodeSIP`,
 * `goField a_b AB → AB2`. Schemes or paths that are gone (a disabled target, a removed
 * field) are not renames: the lockfile keeps them and other rules cover the field.
 */
export function renamedIdentifiers(before: Readonly<Record<string, LockedIdent>>, after: Readonly<Record<string, LockedIdent>>): string[] {
  const out: string[] = [];
  for (const scheme of Object.keys(after).sort(compareStrings)) {
    const was = before[scheme];
    const now = after[scheme]!;
    if (was === undefined) continue;
    if (typeof was === "string" || typeof now === "string") {
      if (typeof was === "string" && typeof now === "string" && was !== now) out.push(`${scheme} ${was} → ${now}`);
      continue;
    }
    for (const path of Object.keys(now).sort(compareStrings)) {
      if (was[path] !== undefined && was[path] !== now[path]) out.push(`${scheme} ${path}: ${was[path]} → ${now[path]}`);
    }
  }
  return out;
}

/** A member of an object field that was itself added or removed is reported once, at the field. */
function isUnder(path: string, here: Readonly<Record<string, string>>, there: Readonly<Record<string, string>>): boolean {
  for (let i = path.lastIndexOf("."); i > 0; i = path.lastIndexOf(".", i - 1)) {
    const parent = path.slice(0, i);
    if (here[parent] !== undefined && there[parent] === undefined) return true;
  }
  return false;
}

/** New enum values are safe (clients must accept unknown values); dropping one is not. */
function widensEnum(before: string, after: string): boolean {
  const a = /^enum\((.*)\)$/.exec(before);
  const b = /^enum\((.*)\)$/.exec(after);
  if (!a || !b) return false;
  const now = new Set(b[1]!.split("|"));
  return a[1]!.split("|").every((v) => now.has(v));
}

const safe = (kind: "added" | "deprecated" | "removed", code: string, change: string, loc: SourceLoc): Change => ({ kind, code, rule: undefined, change, loc });
const breaking = (code: string, rule: RuleId, change: string, loc: SourceLoc): Change => ({ kind: "breaking", code, rule, change, loc });
const forbidden = (code: string, rule: RuleId, change: string, loc: SourceLoc): Change => ({ kind: "forbidden", code, rule, change, loc });
