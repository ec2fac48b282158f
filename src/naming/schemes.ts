// The subjects a generator's name schemes mint for: codes, the details objects of a
// code (the root and every object nested in it) and their fields, domains. Targets
// are not listed here: each generator declares its schemes (`naming` in plugin.ts).
import type { DetailField, DetailType, ErrorCode } from "../catalog/model.js";
import type { DetailsFieldRef, DetailsObjectRef, NameScheme } from "../generate/plugin.js";

/** Every details object of a code, the root first, nested ones depth-first in field order. */
export function detailsObjects(code: ErrorCode): DetailsObjectRef[] {
  const out: DetailsObjectRef[] = [];
  if (code.details.length === 0) return out;
  const walk = (steps: readonly string[], fields: readonly DetailField[]): void => {
    out.push({ code, steps, fields });
    for (const f of fields) {
      let t: DetailType = f.type;
      if (t.kind !== "list" && t.kind !== "map" && t.kind !== "object") continue; // a scalar field holds no object
      const path = [...steps, f.name];
      while (t.kind === "list" || t.kind === "map") {
        path.push(t.kind === "list" ? "[]" : "{}");
        t = t.of;
      }
      if (t.kind === "object") walk(path, t.fields);
    }
  };
  walk([], code.details);
  return out;
}

/** Every field of every details object of a code, object by object. */
export function detailsFields(code: ErrorCode): DetailsFieldRef[] {
  return detailsObjects(code).flatMap((o) => o.fields.map((field) => ({ code, parent: o.steps, field })));
}

/** `["items", "[]"]` → `items.[]`: the path a name is recorded under in the lockfile. */
export const stepsPath = (steps: readonly string[]): string => steps.join(".");

/** A scheme key is its generator's name, optionally followed by a capitalised word: `go`, `goDetails`. */
export function schemeKeyProblem(generator: string, scheme: Pick<NameScheme, "key">): string | undefined {
  const key: unknown = scheme.key;
  if (typeof key !== "string" || !(key === generator || (key.startsWith(generator) && /^[A-Z][A-Za-z0-9]*$/.test(key.slice(generator.length))))) {
    return `name scheme key ${JSON.stringify(key)} must be "${generator}" or "${generator}" followed by a capitalised word (e.g. "${generator}Details")`;
  }
  return undefined;
}
