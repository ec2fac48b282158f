// The lockfile (`spec/lockstep.lock.json`): every code ever published, its
// compatibility-relevant facts, and the versions it was added, deprecated and
// removed in, plus every acknowledged breaking change. `generate` maintains it; it is
// committed, so the rules work without git history. Key order is fixed and codes are
// sorted, one line per code, so a change to one code is a change to one line.
//
// Format 2 (format 1, one fact per line, still reads; the next generate rewrites it):
//   "codes": {
//     "A_B": {"domain":"core","lifecycle":"live","status":400,"retryable":"no","details":{"a_b":"string?"},"identifiers":{"go":"CodeAB","goField":{"a_b":"AB"}},"added":"1.0.0"},
//   },
//   "domains": {
//     "core": {"rstLabel":"domain-core"}
//   },
import type { DiagnosticBag } from "../diagnostics/diagnostics.js";
import { compareStrings, type SourceLoc } from "../catalog/model.js";
import type { LockedIdent } from "../naming/allocate.js";

export const LOCKFILE_NAME = "lockstep.lock.json";
export const LOCKFILE_FORMAT = 2;
/** Formats that still read. */
const READABLE_FORMATS: readonly unknown[] = [1, 2];

/** `403`, `[400, 422]` (primary first), `"varies"`, `{ "varies": [409, 423] }`; absent when unstated. */
export type LockStatus = number | readonly number[] | "varies" | { readonly varies: readonly number[] };

export interface LockCode {
  readonly domain: string;
  readonly lifecycle: "live" | "planned";
  readonly status: LockStatus | undefined;
  readonly retryable: string;
  /** Field path → type, `?` suffix when optional: `{ "limit": "integer", "items": "list<string>?" }`. */
  readonly details: Readonly<Record<string, string>>;
  /** True when the details are a list of objects with those fields (`detailsList:`); written only then. */
  readonly detailsList?: boolean;
  /**
   * Every published name, by name scheme key (see `naming` in plugin.ts): one name per
   * code (`go`, `ts`), or details path → name (`goDetails`, `goField`).
   */
  readonly identifiers: Readonly<Record<string, LockedIdent>>;
  readonly added: string | undefined;
  readonly deprecated: string | undefined;
  readonly replacement: string | undefined;
  readonly removed: string | undefined;
}

export interface LockAck {
  readonly version: string;
  readonly rule: string;
  readonly code: string;
  readonly change: string;
  readonly reason: string;
}

export interface Lockfile {
  readonly catalog: string;
  readonly version: string;
  readonly codes: ReadonlyMap<string, LockCode>;
  /** Names minted per domain (e.g. `rstLabel`), by domain id. */
  readonly domains: ReadonlyMap<string, Readonly<Record<string, string>>>;
  readonly acknowledged: readonly LockAck[];
  /** The lockfile's own path and text, for locations of codes that left the spec. */
  readonly path: string;
  readonly text: string;
}

/**
 * One line per code and per domain: a 50,000-code catalog made an 18 MB lockfile
 * when every fact had its own line. Still plain JSON, keys in a fixed order.
 */
export function renderLockfile(lock: Omit<Lockfile, "path" | "text">): string {
  const q = JSON.stringify;
  const out: string[] = ["{", `  "lockfileVersion": ${LOCKFILE_FORMAT},`, `  "catalog": ${q(lock.catalog)},`, `  "version": ${q(lock.version)},`];
  const section = (name: string, keys: readonly string[], line: (key: string) => string, last = false): void => {
    if (keys.length === 0) {
      out.push(`  ${q(name)}: {}${last ? "" : ","}`);
      return;
    }
    out.push(`  ${q(name)}: {`);
    keys.forEach((key, i) => out.push(`    ${q(key)}: ${line(key)}${i === keys.length - 1 ? "" : ","}`));
    out.push(last ? "  }" : "  },");
  };
  section("codes", [...lock.codes.keys()].sort(compareStrings), (key) => codeLine(lock.codes.get(key)!));
  section("domains", [...lock.domains.keys()].sort(compareStrings), (id) => q(sortedRecord(lock.domains.get(id)!)));
  if (lock.acknowledged.length === 0) out.push('  "acknowledged": []');
  else {
    out.push('  "acknowledged": [');
    lock.acknowledged.forEach((a, i) => {
      const line = q({ version: a.version, rule: a.rule, code: a.code, change: a.change, reason: a.reason });
      out.push(`    ${line}${i === lock.acknowledged.length - 1 ? "" : ","}`);
    });
    out.push("  ]");
  }
  out.push("}", "");
  return out.join("\n");
}

/** `{"domain":…,"lifecycle":…,"status":…,"retryable":…,"details":{…},"identifiers":{…},"added":…}`; empty maps are left out. */
function codeLine(c: LockCode): string {
  const o: Record<string, unknown> = { domain: c.domain, lifecycle: c.lifecycle };
  if (c.status !== undefined) o.status = c.status;
  o.retryable = c.retryable;
  if (Object.keys(c.details).length) o.details = sortedRecord(c.details);
  if (c.detailsList) o.detailsList = true;
  if (Object.keys(c.identifiers).length) {
    o.identifiers = Object.fromEntries(
      Object.keys(c.identifiers).sort(compareStrings).map((k) => {
        const v = c.identifiers[k]!;
        return [k, typeof v === "string" ? v : sortedRecord(v)];
      }),
    );
  }
  for (const f of ["added", "deprecated", "replacement", "removed"] as const) if (c[f] !== undefined) o[f] = c[f];
  return JSON.stringify(o);
}

function sortedRecord<T>(r: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.keys(r).sort(compareStrings).map((k) => [k, r[k]!]));
}

/** Line and column of `"key": {` inside the lockfile's `codes`, for diagnostics about codes no longer in the spec. */
export function locInLockfile(lock: Pick<Lockfile, "path" | "text">, key: string): SourceLoc {
  const needle = `\n    ${JSON.stringify(key)}: {`;
  const at = lock.text.indexOf(needle);
  if (at < 0) return { file: lock.path, line: 1, col: 1 };
  return { file: lock.path, line: lock.text.slice(0, at + 1).split("\n").length, col: 5 };
}

const str = (v: unknown): v is string => typeof v === "string";

/** Reads a lockfile; reports LS075 with a location and returns undefined when it is not one. */
export function parseLockfile(path: string, text: string, bag: DiagnosticBag): Lockfile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const offset = at ? Number(at[1]) : 0;
    const before = text.slice(0, offset).split("\n");
    bag.error("LS075", `${path} is not valid JSON (${(e as Error).message}); restore it from version control, or delete it to start a new history`, {
      file: path,
      line: before.length,
      col: before[before.length - 1]!.length + 1,
    });
    return undefined;
  }
  const fail = (why: string): undefined => {
    bag.error("LS075", `${path}: ${why}; restore it from version control, or delete it to start a new history`, { file: path, line: 1, col: 1 });
    return undefined;
  };
  const root = data as Record<string, unknown>;
  if (!root || typeof root !== "object" || Array.isArray(root)) return fail("not a lockfile object");
  if (!READABLE_FORMATS.includes(root.lockfileVersion)) return fail(`lockfileVersion ${JSON.stringify(root.lockfileVersion)} is not supported (expected ${LOCKFILE_FORMAT})`);
  if (!str(root.catalog) || !str(root.version)) return fail("catalog and version must be strings");
  const codes = new Map<string, LockCode>();
  const rawCodes = root.codes as Record<string, Record<string, unknown>> | undefined;
  if (!rawCodes || typeof rawCodes !== "object" || Array.isArray(rawCodes)) return fail("codes must be an object");
  for (const [key, c] of Object.entries(rawCodes)) {
    if (!c || typeof c !== "object" || !str(c.domain) || !str(c.retryable) || (c.lifecycle !== "live" && c.lifecycle !== "planned")) {
      return fail(`entry ${key} is malformed`);
    }
    codes.set(key, {
      domain: c.domain,
      lifecycle: c.lifecycle,
      status: c.status as LockStatus | undefined,
      retryable: c.retryable,
      details: stringRecord(c.details),
      ...(c.detailsList === true ? { detailsList: true } : {}),
      identifiers: identRecord(c.identifiers),
      added: opt(c.added),
      deprecated: opt(c.deprecated),
      replacement: opt(c.replacement),
      removed: opt(c.removed),
    });
  }
  const domains = new Map<string, Record<string, string>>();
  const rawDomains = root.domains;
  if (rawDomains && typeof rawDomains === "object" && !Array.isArray(rawDomains)) {
    for (const [id, names] of Object.entries(rawDomains)) domains.set(id, stringRecord(names));
  }
  const acks = Array.isArray(root.acknowledged) ? (root.acknowledged as Record<string, unknown>[]) : [];
  const acknowledged = acks.filter((a) => a && str(a.version) && str(a.rule) && str(a.code) && str(a.change) && str(a.reason)) as unknown as LockAck[];
  return { catalog: root.catalog, version: root.version, codes, domains, acknowledged, path, text };
}

const opt = (v: unknown): string | undefined => (str(v) ? v : undefined);

/** The string members of a JSON object (`{}` for anything else); the object itself when they are all strings. */
function stringRecord(v: unknown): Record<string, string> {
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const o = v as Record<string, unknown>;
  for (const k in o) if (!str(o[k])) return Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => str(e[1])));
  return o as Record<string, string>;
}

/** Names by scheme: a string, or path → name (format 1 has strings only). */
function identRecord(v: unknown): Record<string, LockedIdent> {
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const out: Record<string, LockedIdent> = {};
  for (const [k, x] of Object.entries(v)) {
    if (str(x)) out[k] = x;
    else if (x && typeof x === "object" && !Array.isArray(x)) out[k] = stringRecord(x);
  }
  return out;
}
