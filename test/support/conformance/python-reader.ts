// Python package, read by Python (read_artifacts.py, in the tools venv): the package
// is imported from its src folder and every `ErrorCode` member dumped.
//
// Checks per code: value (the key: `domain/name` in a domain-scoped catalog), name
// (`info.code`), domain, title, status (status/statuses/status_varies), retryable,
// retryAfter, deprecated, deprecated.since, replacement, aliasOf, surfacesAs (the
// values of the members they point at, i.e. keys), lifecycle, docsUrl, parse
// (`ErrorCode.parse(code[, domain])` gives the member back) and details (the
// TypedDict: keys, NotRequired = optional, str/int/float/bool/Literal/list/dict).
// Members catalog.json lacks are reported as extra.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { DetailsProfile } from "./compare.js";
import type { PythonTask } from "./python-runtime.js";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, JsonDetailField, Mismatch, Reading, Target } from "./types.js";

const PROFILE: DetailsProfile = { integer: true, enumValues: true, enumOrder: true };

/** `python/src/<package>/`: the one folder under src holding an `__init__.py`. */
function packageDir(target: Target): string | undefined {
  const src = join(target.dirs.python, "src");
  if (!existsSync(src)) return undefined;
  const found = readdirSync(src).filter((d) => existsSync(join(src, d, "__init__.py")));
  return found.length === 1 ? join(src, found[0]!) : undefined;
}

export function pythonTask(target: Target): PythonTask | undefined {
  const dir = packageDir(target);
  if (!dir) return undefined;
  const details: Record<string, string> = {};
  for (const c of target.catalog.codes) if (c.identifiers.pythonDetails) details[c.identifiers.python] = c.identifiers.pythonDetails;
  return { kind: "python", package: dir, scoped: target.catalog.uniqueness === "domain", details };
}

interface PyMember {
  readonly member: string;
  readonly status: number | null;
  readonly statuses: number[];
  readonly status_varies: boolean;
  readonly details?: JsonDetailField[] | null;
  readonly [fact: string]: unknown;
}

function facts(m: PyMember): Facts {
  const kind = m.status_varies ? "varies" : m.statuses.length === 0 ? "unstated" : m.statuses.length === 1 ? "single" : "multiple";
  const out: Facts = {
    value: m.value,
    name: m.name,
    domain: m.domain,
    title: m.title,
    status: { kind, primary: m.status, all: m.statuses },
    retryable: m.retryable,
    retryAfter: m.retry_after,
    deprecated: m.deprecated,
    lifecycle: m.lifecycle,
    replacement: m.replacement,
    aliasOf: m.alias_of,
    surfacesAs: m.surfaces_as,
    docsUrl: m.docs_url,
    parse: m.parse,
  };
  if (m.deprecated) out["deprecated.since"] = m.deprecated_since;
  if (m.details) out.details = { fields: m.details, profile: PROFILE };
  return out;
}

/** `result`: what read_artifacts.py answered for this target's task (undefined: no package found). */
export function pythonReading(target: Target, result: unknown): Reading {
  const base = { artifact: "python" as const, complete: true };
  if (result === undefined) return unreadable("python", missingFile("python", join(target.dirs.python, "src", "<package>", "__init__.py")));
  const r = result as { members?: PyMember[]; error?: string };
  if (r.error !== undefined) return unreadable("python", { code: "*", artifact: "python", field: "import", expected: "importable", actual: r.error });
  const keyOf = new Map(target.catalog.codes.map((c) => [c.identifiers.python, c.key]));
  const codes = new Map<string, Facts>();
  const extra: string[] = [];
  const problems: Mismatch[] = [];
  for (const m of r.members!) {
    const key = keyOf.get(m.member);
    if (key === undefined) extra.push(m.member);
    else codes.set(key, facts(m));
    if (key !== undefined && m.details === null) problems.push({ code: key, artifact: "python", field: "details", expected: "a TypedDict", actual: "missing" });
  }
  return { ...base, codes, extra, problems };
}
