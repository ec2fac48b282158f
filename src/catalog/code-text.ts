// Human wording shared by every target: a code's status (used by the per-code facts
// model, src/catalog/code-facts.ts) and counts.
import type { Status } from "./model.js";

/** `HTTP 422.`, `HTTP 413, 415, 422 (primary 413).`, `HTTP status varies (400, 502).`; undefined when unstated. */
export function statusSentence(status: Status): string | undefined {
  switch (status.kind) {
    case "single":
      return `HTTP ${status.primary}.`;
    case "multiple":
      return `HTTP ${status.all.join(", ")} (primary ${status.primary}).`;
    case "varies":
      return status.all.length ? `HTTP status varies (${status.all.join(", ")}).` : "HTTP status varies.";
    case "unstated":
      return undefined;
  }
}

/** A table cell: `422`, `413, 415, 422`, `varies (400, 502)`, `varies`; undefined when unstated. */
export function statusLabel(status: Status): string | undefined {
  if (status.kind === "unstated") return undefined;
  if (status.kind === "varies") return status.all.length ? `varies (${status.all.join(", ")})` : "varies";
  return status.all.join(", ");
}

/** `1 code`, `3 codes`: a count with its noun (the plural given, for `code was` / `codes were`). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
