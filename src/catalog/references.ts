// References between codes (aliasOf, replacement, surfacesAs, related): resolved to keys,
// checked for unknown targets, cycles and removed targets, and what an alias leaves unset
// filled in from the code it aliases. Part of normalise, which owns the drafts.
import { canonicalOf } from "./canonical.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { DiagnosticBag } from "../diagnostics/diagnostics.js";
import type { Draft } from "./normalise.js";

/** Live codes may not point at a removed code: it is gone from every code artifact. */
export function checkTombstoneReferences(drafts: ReadonlyMap<string, Draft>, bag: DiagnosticBag): void {
  const removed = (key: string | undefined) => key !== undefined && drafts.get(key)?.raw.removed !== undefined;
  // Without a removed code there is nothing to check or fill in (the common case, not worth a walk).
  let anyRemoved = false;
  for (const d of drafts.values()) if (d.raw.removed !== undefined) anyRemoved = true;
  if (!anyRemoved) return;
  for (const d of drafts.values()) {
    const raw = d.raw;
    const refs: [string | undefined, string, object, string][] = [
      [d.aliasOf, "aliasOf", raw, "aliasOf"],
      [d.surfacesAs, "surfacesAs", raw, "surfacesAs"],
      [d.removedReplacement, "replacement", raw.removed ?? raw, "replacement"],
      [raw.removed ? undefined : d.deprecated?.replacement, "replacement", typeof raw.deprecated === "object" ? raw.deprecated : raw, "replacement"],
      ...d.related.map((r, i): [string, string, object, string] => [r.code, "related", raw.related?.[i] ?? raw, "code"]),
    ];
    for (const [key, field, owner, ownerField] of raw.removed ? refs.slice(2, 3) : refs) {
      if (!removed(key)) continue;
      const target = drafts.get(key!)!;
      bag.error("LS033", `${field} of ${d.name} points at ${target.name}, which is removed; point it at a live code`, d.reader.locOf(owner, ownerField));
    }
    if (raw.removed && raw.aliasOf !== undefined && d.removedReplacement === undefined && d.deprecated?.replacement === undefined) {
      // an alias's tombstone names its target, so docs can say where clients went
      d.removedReplacement = d.aliasOf;
    }
  }
}

type RefField = "aliasOf" | "replacement" | "surfacesAs" | "related";

export function resolveReferences(drafts: Map<string, Draft>, domainScope: boolean, bag: DiagnosticBag): void {
  let names: string[] | undefined; // for a hint, only when a reference is unknown
  const resolve = (from: Draft, ref: string, field: RefField, owner: object, ownerField: string): string | undefined => {
    const key = domainScope && !ref.includes("/") ? `${from.domain}/${ref}` : ref;
    if (drafts.has(key)) return key;
    const hint = didYouMean(key, (names ??= [...drafts.values()].map((d) => d.key)));
    bag.error("LS024", `${field} of ${from.name} points at unknown code ${ref}${hint ? ` (did you mean ${hint}?)` : ""}`, from.reader.locOf(owner, ownerField));
    return undefined;
  };
  for (const d of drafts.values()) {
    const raw = d.raw;
    if (raw.aliasOf !== undefined) d.aliasOf = resolve(d, raw.aliasOf, "aliasOf", raw, "aliasOf");
    if (d.deprecated?.replacement !== undefined && typeof raw.deprecated === "object") {
      d.deprecated = { ...d.deprecated, replacement: resolve(d, d.deprecated.replacement, "replacement", raw.deprecated, "replacement") };
    }
    if (raw.removed?.replacement !== undefined) d.removedReplacement = resolve(d, raw.removed.replacement, "replacement", raw.removed, "replacement");
    if (raw.surfacesAs !== undefined) {
      d.surfacesAs = resolve(d, raw.surfacesAs, "surfacesAs", raw, "surfacesAs");
      if (d.lifecycle !== "planned") bag.error("LS030", `surfacesAs only applies to a planned code; set lifecycle: planned on ${d.name}`, d.reader.locOf(raw, "surfacesAs"));
    }
    d.related = (raw.related ?? []).flatMap((r) => {
      if (r.code === undefined) return []; // invalid (reported by the reader)
      const key = resolve(d, r.code, "related", r, "code");
      return key ? [{ code: key, note: r.note }] : [];
    });
  }
  reportCycles(drafts, "aliasOf", "aliasOf", (d) => d.aliasOf, bag);
  reportCycles(drafts, "replacement", "deprecated", (d) => d.deprecated?.replacement, bag);
  // A planned code shows clients another code until it ships: never itself, nor a code that shows it.
  reportCycles(drafts, "surfacesAs", "surfacesAs", (d) => d.surfacesAs, bag);
  if (!bag.hasErrors) inheritFromAliases(drafts);
}

/**
 * An alias is the same error under another name: what it leaves unset (status, retry,
 * details, description, cause, fix) comes from the code it aliases. A loop from the end
 * of each chain, not recursion: a chain of thousands of aliases must not overflow the stack.
 */
function inheritFromAliases(drafts: Map<string, Draft>): void {
  const done = new Set<string>();
  for (const start of drafts.values()) {
    const chain: Draft[] = [];
    for (let d: Draft | undefined = start; d?.aliasOf !== undefined && !done.has(d.key); d = drafts.get(d.aliasOf)) {
      chain.push(d);
      done.add(d.key);
    }
    for (let i = chain.length - 1; i >= 0; i--) inherit(chain[i]!, drafts.get(chain[i]!.aliasOf!)!);
  }
}

function inherit(d: Draft, target: Draft): void {
  const raw = d.raw;
  if (raw.status === undefined) d.status = target.status;
  if (raw.canonical === undefined) d.canonical = raw.status === undefined ? target.canonical : { name: canonicalOf(d.status.primary), written: false };
  if (raw.retryable === undefined && raw.retry === undefined) d.retry = target.retry;
  if (raw.details === undefined && raw.detailsList === undefined) {
    d.details = target.details;
    d.detailsList = target.detailsList;
  }
  if (raw.description === undefined) d.description = target.description;
  if (raw.cause === undefined) d.cause = target.cause;
  if (raw.fix === undefined) d.fix = target.fix;
}

function reportCycles(drafts: Map<string, Draft>, label: string, field: string, next: (d: Draft) => string | undefined, bag: DiagnosticBag): void {
  // Every code is walked once: a code seen on an earlier walk leads to no new cycle (linear on long chains).
  const visited = new Set<string>();
  for (const start of drafts.values()) {
    // A code that points nowhere starts no cycle (and a walk reaching it stops there): most codes.
    if (next(start) === undefined) continue;
    const path: Draft[] = [];
    const onPath = new Set<string>();
    let cur: Draft | undefined = start;
    while (cur && !onPath.has(cur.key) && !visited.has(cur.key)) {
      path.push(cur);
      onPath.add(cur.key);
      const n = next(cur);
      cur = n === undefined ? undefined : drafts.get(n);
    }
    for (const d of path) visited.add(d.key);
    if (cur && onPath.has(cur.key)) {
      const cycle = path.slice(path.indexOf(cur));
      const names = [...cycle.map((d) => d.name), cur.name].join(" → ");
      bag.error("LS025", `${label} cycle: ${names}`, cur.reader.locOf(cur.raw, field));
    }
  }
}
