// The lockfile (`spec/lockstep.lock.json`): every code ever published, its
// compatibility-relevant facts, and the versions it was added, deprecated and
// removed in, plus every acknowledged breaking change. `generate` maintains it; it is
// committed, so the rules work without git history. Key order is fixed and codes are
// sorted, so a change to one code is a change to a few lines.
import type { DiagnosticBag } from "../diagnostics.js";
import { compareStrings, type SourceLoc } from "../model.js";

export const LOCKFILE_NAME = "lockstep.lock.json";
export const LOCKFILE_FORMAT = 1;

/** `403`, `[400, 422]` (primary first), `"varies"`, `{ "varies": [409, 423] }`; absent when unstated. */
export type LockStatus = number | readonly number[] | "varies" | { readonly varies: readonly number[] };

export interface LockCode {
  readonly domain: string;
  readonly lifecycle: "live" | "planned";
  readonly status: LockStatus | undefined;
  readonly retryable: string;
  /** Field path → type, `?` suffix when optional: `{ "limit": "integer", "items": "list<string>?" }`. */
  readonly details: Readonly<Record<string, string>>;
  /** Identifier per language target. */
  readonly identifiers: Readonly<Record<string, string>>;
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
  readonly acknowledged: readonly LockAck[];
  /** The lockfile's own path and text, for locations of codes that left the spec. */
  readonly path: string;
  readonly text: string;
}

/**
 * Renders the lockfile by hand rather than with JSON.stringify + post-processing: a
 * 50,000-code catalog makes an 18 MB lockfile. The format is still plain JSON with
 * 2-space indentation, statuses on one line, every other fact on its own line.
 */
export function renderLockfile(lock: Omit<Lockfile, "path" | "text">): string {
  const q = JSON.stringify;
  const out: string[] = ["{", `  "lockfileVersion": ${LOCKFILE_FORMAT},`, `  "catalog": ${q(lock.catalog)},`, `  "version": ${q(lock.version)},`];
  const keys = [...lock.codes.keys()].sort(compareStrings);
  out.push(keys.length ? '  "codes": {' : '  "codes": {},');
  keys.forEach((key, i) => {
    const c = lock.codes.get(key)!;
    const fields = [`"domain": ${q(c.domain)}`, `"lifecycle": ${q(c.lifecycle)}`];
    if (c.status !== undefined) fields.push(`"status": ${statusText(c.status)}`);
    fields.push(`"retryable": ${q(c.retryable)}`, `"details": ${record(c.details)}`, `"identifiers": ${record(c.identifiers)}`);
    for (const f of ["added", "deprecated", "replacement", "removed"] as const) if (c[f] !== undefined) fields.push(`${q(f)}: ${q(c[f])}`);
    out.push(`    ${q(key)}: {`, `      ${fields.join(",\n      ")}`, i === keys.length - 1 ? "    }" : "    },");
  });
  if (keys.length) out.push("  },");
  if (lock.acknowledged.length === 0) out.push('  "acknowledged": []');
  else {
    out.push('  "acknowledged": [');
    lock.acknowledged.forEach((a, i) => {
      const fields = (["version", "rule", "code", "change", "reason"] as const).map((f) => `      ${q(f)}: ${q(a[f])}`);
      out.push("    {", fields.join(",\n"), i === lock.acknowledged.length - 1 ? "    }" : "    },");
    });
    out.push("  ]");
  }
  out.push("}", "");
  return out.join("\n");
}

function statusText(status: LockStatus): string {
  if (typeof status === "number" || typeof status === "string") return JSON.stringify(status);
  if (Array.isArray(status)) return `[${status.join(", ")}]`;
  return `{\n        "varies": [${(status as { varies: readonly number[] }).varies.join(", ")}]\n      }`;
}

/** A string map, keys sorted, one entry per line (nested under a code). */
function record(r: Readonly<Record<string, string>>): string {
  const keys = Object.keys(r).sort(compareStrings);
  if (keys.length === 0) return "{}";
  return `{\n${keys.map((k) => `        ${JSON.stringify(k)}: ${JSON.stringify(r[k])}`).join(",\n")}\n      }`;
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
  if (root.lockfileVersion !== LOCKFILE_FORMAT) return fail(`lockfileVersion ${JSON.stringify(root.lockfileVersion)} is not supported (expected ${LOCKFILE_FORMAT})`);
  if (!str(root.catalog) || !str(root.version)) return fail("catalog and version must be strings");
  const codes = new Map<string, LockCode>();
  const rawCodes = root.codes as Record<string, Record<string, unknown>> | undefined;
  if (!rawCodes || typeof rawCodes !== "object" || Array.isArray(rawCodes)) return fail("codes must be an object");
  for (const [key, c] of Object.entries(rawCodes)) {
    if (!c || typeof c !== "object" || !str(c.domain) || !str(c.retryable) || (c.lifecycle !== "live" && c.lifecycle !== "planned")) {
      return fail(`entry ${key} is malformed`);
    }
    const record = (v: unknown): Record<string, string> =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => str(e[1]))) : {};
    const opt = (v: unknown): string | undefined => (str(v) ? v : undefined);
    codes.set(key, {
      domain: c.domain,
      lifecycle: c.lifecycle,
      status: c.status as LockStatus | undefined,
      retryable: c.retryable,
      details: record(c.details),
      identifiers: record(c.identifiers),
      added: opt(c.added),
      deprecated: opt(c.deprecated),
      replacement: opt(c.replacement),
      removed: opt(c.removed),
    });
  }
  const acks = Array.isArray(root.acknowledged) ? (root.acknowledged as Record<string, unknown>[]) : [];
  const acknowledged = acks.filter((a) => a && str(a.version) && str(a.rule) && str(a.code) && str(a.change) && str(a.reason)) as unknown as LockAck[];
  return { catalog: root.catalog, version: root.version, codes, acknowledged, path, text };
}
