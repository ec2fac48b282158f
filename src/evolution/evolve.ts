// Applies the append-only rules: breaking changes need an acknowledgement entry and
// a version bump, forbidden ones fail outright. Then records the new state: the next
// lockfile text, tombstone versions and the release history the changelog shows.
import type { DiagnosticBag, DiagnosticCode } from "../diagnostics/diagnostics.js";
import { compareStrings, type AcknowledgedChange, type Release, type Tombstone } from "../catalog/model.js";
import type { NormalisedCatalog } from "../catalog/normalise.js";
import { classifyChanges, published, type Change } from "./changes.js";
import type { Identifiers, LockedIdent } from "../naming/allocate.js";
import { detailFacts, lockStatus } from "./facts.js";
import { renderLockfile, type LockAck, type LockCode, type Lockfile } from "./lockfile.js";
import { compareVersions } from "./versions.js";

export interface Evolution {
  /** Every change since the lockfile (empty without one). */
  readonly changes: readonly Change[];
  /** Breaking changes and whether an acknowledgement accepts them. */
  readonly acknowledged: ReadonlySet<Change>;
  /** The lockfile `generate` writes. */
  readonly lockfile: string;
}

const FORBIDDEN_CODE: Record<string, DiagnosticCode> = { "code-removed": "LS070", "name-reused": "LS071", "removed-before-deprecated": "LS072" };

export function evolve(spec: NormalisedCatalog, lock: Lockfile | undefined, names: Identifiers, configFile: string, bag: DiagnosticBag): Evolution {
  const { catalog, entries } = spec;
  const version = catalog.version;
  const changes = lock ? classifyChanges(spec, lock, names) : [];
  const acknowledged = new Set<Change>();
  const newAcks: LockAck[] = [];
  const used = new Set<object>();

  for (const change of changes) {
    const name = change.code.slice(change.code.indexOf("/") + 1);
    if (change.kind === "forbidden") bag.error(FORBIDDEN_CODE[change.rule!]!, `[${change.rule}] ${change.change}`, change.loc);
    if (change.kind !== "breaking") continue;
    // Prefer the entry for this version: older ones may stay in the spec as history.
    const open = (entries.get(change.code)?.acknowledge ?? []).filter((a) => a.rule === change.rule && !used.has(a));
    const ack = open.find((a) => a.version === version) ?? open[0];
    const accept = `add to ${name}: acknowledge: [{rule: ${change.rule}, version: "${version}", reason: "…"}] (${version} is catalog.version in ${configFile}; bump it first if this break needs a new major version)`;
    if (!ack) {
      bag.error("LS073", `[${change.rule}] breaking change: ${change.change}; clients may depend on the old value. Revert it, or to accept it, ${accept}`, change.loc);
      continue;
    }
    used.add(ack);
    if (ack.version !== version) {
      bag.error("LS074", `acknowledgement of ${change.rule} on ${name} is for version ${ack.version}, but catalog.version is ${version}; it must name the version that ships the change`, ack.loc);
    } else {
      acknowledged.add(change);
      newAcks.push({ version, rule: change.rule!, code: change.code, change: change.change, reason: ack.reason });
    }
  }
  // An acknowledgement for this version that accepts nothing is a typo or a leftover: say so.
  for (const [key, entry] of entries) {
    for (const ack of entry.acknowledge) {
      if (used.has(ack) || ack.version !== version) continue;
      if (lock?.acknowledged.some((a) => a.version === ack.version && a.rule === ack.rule && a.code === key)) continue;
      bag.error("LS074", `acknowledgement of ${ack.rule} on ${entry.code.name} accepts nothing: ${entry.code.name} has no ${ack.rule} change since the lockfile; remove the entry`, ack.loc);
    }
  }

  const next = nextLock(spec, lock, changes, names);
  const acks = dedupeAcks([...(lock?.acknowledged ?? []), ...newAcks]);
  fillTombstones(catalog.tombstones as Tombstone[], next);
  catalog.releases = releases(next, acks);
  const domains = new Map<string, Record<string, string>>();
  for (const d of catalog.domains) {
    const record = { ...withoutEnabled(lock?.domains.get(d.id), names), ...names.domainRecord(d.id) };
    if (Object.keys(record).length) domains.set(d.id, record);
  }
  return { changes, acknowledged, lockfile: renderLockfile({ catalog: catalog.name, version, codes: next, domains, acknowledged: acks }) };
}

/** Names of schemes that are not enabled now (a target switched off): kept, so switching it back on compares with them. */
function withoutEnabled<T>(record: Readonly<Record<string, T>> | undefined, names: Identifiers): Record<string, T> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => !names.has(k)));
}

/** `{ ...withoutEnabled(locked, names), ...current }`, without copying when no switched-off scheme is kept. */
function mergedIdentifiers(locked: Readonly<Record<string, LockedIdent>> | undefined, names: Identifiers, current: Record<string, LockedIdent>): Readonly<Record<string, LockedIdent>> {
  if (locked !== undefined) for (const k in locked) if (!names.has(k)) return { ...withoutEnabled<LockedIdent>(locked, names), ...current };
  return current;
}

function nextLock(spec: NormalisedCatalog, lock: Lockfile | undefined, changes: readonly Change[], names: Identifiers): Map<string, LockCode> {
  const { catalog, entries } = spec;
  const version = catalog.version;
  const next = new Map<string, LockCode>();
  const movedFrom = new Map<string, string>();
  for (const c of changes) if (c.rule === "domain-changed") {
    const old = [...(lock?.codes.keys() ?? [])].find((k) => !entries.has(k) && k.slice(k.indexOf("/")) === c.code.slice(c.code.indexOf("/")));
    if (old) movedFrom.set(c.code, old);
  }
  const moved = new Set(movedFrom.values());
  // The lockfile never forgets a published code, even one the spec lost (that is an error
  // anyway); a draft of the version being prepared that left the spec is simply dropped.
  for (const [key, prev] of lock?.codes ?? []) {
    if (!entries.has(key) && !moved.has(key) && (published(prev, version) || prev.removed)) next.set(key, prev);
  }
  for (const [key, entry] of entries) {
    const { code } = entry;
    const prev = lock?.codes.get(key) ?? lock?.codes.get(movedFrom.get(key) ?? "");
    const live = code.lifecycle === "live";
    // A tombstone seen for the first time was added whenever its spec says, if it says.
    const added = prev?.added ?? (entry.removed ? code.since : live ? code.since ?? version : undefined);
    const deprecated = code.deprecated || entry.removed ? prev?.deprecated ?? code.deprecated?.since ?? (entry.removed ? undefined : version) : undefined;
    const replacement = entry.removed ? entry.removed.replacement : code.deprecated?.replacement;
    const removed = entry.removed ? entry.removed.since ?? prev?.removed ?? version : undefined;
    // One object per code, built in place (this runs for every code on every compile).
    const lockCode: LockCode =
      entry.removed && prev
        ? { ...prev, added, deprecated, replacement, removed }
        : {
            domain: code.domain,
            lifecycle: code.lifecycle,
            status: lockStatus(code.status),
            retryable: code.retry.retryable,
            details: detailFacts(code.details),
            ...(code.detailsList ? { detailsList: true } : {}),
            identifiers: mergedIdentifiers(prev?.identifiers, names, names.codeRecord(code)),
            added,
            deprecated,
            replacement,
            removed,
          };
    next.set(key, lockCode);
  }
  return next;
}

function fillTombstones(tombstones: Tombstone[], lock: ReadonlyMap<string, LockCode>): void {
  for (let i = 0; i < tombstones.length; i++) {
    const t = tombstones[i]!;
    const entry = lock.get(t.key)!;
    Object.assign(t, { removedIn: entry.removed!, deprecatedIn: t.deprecatedIn ?? entry.deprecated });
  }
}

function dedupeAcks(acks: readonly LockAck[]): LockAck[] {
  const seen = new Map<string, LockAck>();
  for (const a of acks) seen.set(`${a.version}\u0000${a.rule}\u0000${a.code}`, a);
  return [...seen.values()].sort((a, b) => compareVersions(a.version, b.version) || compareStrings(a.code, b.code) || compareStrings(a.rule, b.rule));
}

/** One release per version any code was added, deprecated or removed in, or a break was acknowledged for; newest first. */
function releases(lock: ReadonlyMap<string, LockCode>, acks: readonly LockAck[]): Release[] {
  const byVersion = new Map<string, { added: string[]; deprecated: string[]; removed: string[]; breaking: AcknowledgedChange[] }>();
  const at = (v: string) => {
    let r = byVersion.get(v);
    if (!r) byVersion.set(v, (r = { added: [], deprecated: [], removed: [], breaking: [] }));
    return r;
  };
  for (const key of [...lock.keys()].sort(compareStrings)) {
    const c = lock.get(key)!;
    if (c.added !== undefined) at(c.added).added.push(key);
    if (c.deprecated !== undefined) at(c.deprecated).deprecated.push(key);
    if (c.removed !== undefined) at(c.removed).removed.push(key);
  }
  for (const a of acks) at(a.version).breaking.push({ rule: a.rule, code: a.code, change: a.change, reason: a.reason });
  return [...byVersion].sort(([a], [b]) => compareVersions(b, a)).map(([version, r]) => ({ version, ...r }));
}
