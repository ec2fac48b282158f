// Normalises the per-code fields that need no other code: status, retry, details.
// Problems go to the bag with the location of the offending value.
import type { DiagnosticBag } from "../diagnostics/diagnostics.js";
import { compareStrings, type DetailField, type DetailType, type Retry, type Status } from "./model.js";
import type { Entry, ShapeReader } from "../shape/read.js";

export type RawStatus = number | number[] | "varies" | { varies?: number[] };

export function normaliseStatus(raw: RawStatus | undefined, reader: ShapeReader, owner: object, bag: DiagnosticBag): Status {
  if (raw === undefined) return { kind: "unstated", primary: undefined, all: [] };
  const where = reader.locOf(owner, "status");
  const check = (list: number[]): number[] => {
    const seen = new Set<number>();
    for (const n of list) {
      if (n < 100 || n > 599) bag.error("LS022", `HTTP status ${n} is outside 100–599`, where);
      else if (seen.has(n)) bag.error("LS023", `HTTP status ${n} is listed twice`, where);
      seen.add(n);
    }
    return [...seen];
  };
  if (typeof raw === "number") {
    check([raw]);
    return { kind: "single", primary: raw, all: [raw] };
  }
  if (Array.isArray(raw)) {
    const all = check(raw);
    return all.length === 1 ? { kind: "single", primary: all[0], all } : { kind: "multiple", primary: all[0], all };
  }
  if (raw === "varies") return { kind: "varies", primary: undefined, all: [] };
  return { kind: "varies", primary: undefined, all: check(raw.varies ?? []).sort((a, b) => a - b) };
}

export interface RawRetry {
  strategy?: string;
  retryAfter?: boolean;
  schedule?: string[];
}

export function normaliseRetry(retryable: "yes" | "no" | "auto" | boolean | undefined, raw: RawRetry | undefined): Retry {
  return {
    retryable: retryable === undefined ? "unknown" : retryable === true ? "yes" : retryable === false ? "no" : retryable,
    strategy: raw?.strategy,
    retryAfter: raw?.retryAfter ?? false,
    schedule: raw?.schedule ?? [],
  };
}

type RawDetailType =
  | string
  | { type?: string; required?: boolean; description?: string; values?: string[]; of?: RawDetailType; fields?: Entry[] };

/** `details:` map → sorted fields. Returns undefined where a type is unusable (reported). */
export function normaliseDetails(entries: Entry[] | undefined, reader: ShapeReader, bag: DiagnosticBag): DetailField[] {
  const fields: DetailField[] = [];
  for (const entry of entries ?? []) {
    const field = detailField(entry, reader, bag);
    if (field) fields.push(field);
  }
  return fields.sort((a, b) => compareStrings(a.name, b.name));
}

function detailField(entry: Entry, reader: ShapeReader, bag: DiagnosticBag): DetailField | undefined {
  const raw = entry.value as RawDetailType;
  const type = detailType(raw, entry.key, reader, bag, reader.loc(entry.keySpan));
  if (!type) return undefined;
  const obj = typeof raw === "object" ? raw : undefined;
  return { name: entry.key, type, required: obj?.required ?? false, description: obj?.description };
}

function detailType(
  raw: RawDetailType,
  name: string,
  reader: ShapeReader,
  bag: DiagnosticBag,
  at: ReturnType<ShapeReader["loc"]>,
): DetailType | undefined {
  if (typeof raw === "string") raw = { type: raw };
  const where = reader.locOf(raw, "type") ?? at;
  const kind = raw.type;
  const bad = (message: string): undefined => {
    bag.error("LS026", `details field "${name}": ${message}`, where);
    return undefined;
  };
  const extras = (["values", "of", "fields"] as const).filter((k) => raw[k] !== undefined);
  const allowed = kind === "enum" ? ["values"] : kind === "list" || kind === "map" ? ["of"] : kind === "object" ? ["fields"] : [];
  const stray = extras.filter((k) => !allowed.includes(k));
  if (stray.length) return bad(`"${stray[0]}" does not apply to type ${kind}`);
  switch (kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
      return { kind };
    case "enum": {
      const values = raw.values ?? [];
      if (values.length === 0) return bad(`type enum needs "values"`);
      if (new Set(values).size !== values.length) return bad(`enum values must be unique`);
      return { kind, values };
    }
    case "list":
    case "map": {
      if (raw.of === undefined) return bad(`type ${kind} needs "of" (the item type)`);
      const of = detailType(raw.of, `${name}[]`, reader, bag, where);
      return of ? { kind, of } : undefined;
    }
    case "object": {
      if (!raw.fields || raw.fields.length === 0) return bad(`type object needs "fields"`);
      return { kind, fields: normaliseDetails(raw.fields, reader, bag) };
    }
    default:
      return bad(`missing "type"`);
  }
}
