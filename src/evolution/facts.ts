// What the lockfile records about a code: only facts a client can depend on. Text
// (titles, descriptions, cause, fix) is free to change, so it is not recorded.
// The names every target gives a code are not listed here: generators declare them and
// the core allocates them (src/naming/allocate.ts).
import type { DetailField, DetailType, Status } from "../catalog/model.js";
import type { LockStatus } from "./lockfile.js";

export function lockStatus(status: Status): LockStatus | undefined {
  switch (status.kind) {
    case "single":
      return status.primary;
    case "multiple":
      return [...status.all];
    case "varies":
      return status.all.length ? { varies: [...status.all] } : "varies";
    case "unstated":
      return undefined;
  }
}

/** The primary status a client may branch on; undefined for `varies` and unstated. */
export function primaryOf(status: LockStatus | undefined): number | undefined {
  if (typeof status === "number") return status;
  if (Array.isArray(status)) return status[0] as number | undefined;
  return undefined;
}

export function typeText(type: DetailType): string {
  switch (type.kind) {
    case "enum":
      return `enum(${type.values.join("|")})`;
    case "list":
    case "map":
      return `${type.kind}<${typeText(type.of)}>`;
    case "object":
      return "object";
    default:
      return type.kind;
  }
}

/** Details as `path → type`, nested object members as `parent.member`; `?` marks optional. */
export function detailFacts(fields: readonly DetailField[], prefix = "", out: Record<string, string> = {}): Record<string, string> {
  for (const f of fields) {
    const path = prefix + f.name;
    out[path] = typeText(f.type) + (f.required ? "" : "?");
    let t: DetailType = f.type;
    while (t.kind === "list" || t.kind === "map") t = t.of;
    if (t.kind === "object") detailFacts(t.fields, `${path}.`, out);
  }
  return out;
}
