// RST docs, read by docutils (read_artifacts.py parses `errors.rst` into a doctree,
// with references resolved to the ids they land on).
//
// A code row is a list-table row whose Code cell holds a label and a literal; its
// domain is the section labelled `domain-<id>` (or `domain-<id>-<n>` when that id
// was taken) it sits in; its key is the name (catalog scope) or `domain/name`.
// Checks per code: domain, anchor (the HTML id the label gives), status (the HTTP column),
// retryable and retryAfter (the Retryable column, when shown), deprecated,
// deprecated.since, replacement.anchor, lifecycle, surfacesAs.anchor, aliasOf.anchor
// and related.anchor (the Code cell's markers and references). Rows catalog.json
// lacks are reported as extra. Removed codes (the table after `Removed codes (…)`):
// every tombstone with its domain, anchor, removedIn, deprecatedIn, replacement.anchor.
// Columns are known by position from the `columns` option (titles may be anything).
import { join } from "node:path";
import { cellText, markerFacts, statusFromLabel, tombstoneFacts, type Token } from "./doc-rows.js";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, Mismatch, Reading, Target } from "./types.js";

interface RstSection {
  readonly names: readonly string[];
  readonly tables: readonly { readonly header: readonly string[]; readonly rows: readonly (readonly Token[][])[]; readonly before: string }[];
}

const RETRYABLE: Readonly<Record<string, string>> = { Yes: "yes", No: "no", Auto: "auto", "": "unknown" };

export const rstFile = (target: Target): string => join(target.dirs.rst, "errors.rst");

/** The domain a section's label names: `domain-<id>`, or `domain-<id>-<n>` when the plain label was taken. */
function domainOf(names: readonly string[], ids: readonly string[]): string | undefined {
  for (const name of names) {
    const exact = ids.find((id) => name === `domain-${id}`);
    if (exact) return exact;
  }
  for (const name of names) {
    const suffixed = ids.find((id) => new RegExp(`^domain-${id}-\\d+$`).test(name));
    if (suffixed) return suffixed;
  }
  return undefined;
}

/** Generator default (generators/rst.ts). */
const DEFAULT_COLUMNS = ["code", "http", "canonical", "causeFix"];
/** The table of removed codes, after a `Removed codes (…)` paragraph. */
const REMOVED_COLUMNS = ["code", "removedIn", "instead"];

function rowFacts(cells: ReadonlyMap<string, readonly Token[]>): Facts {
  const code = cells.get("code") ?? [];
  const facts: Facts = { anchor: code[0]?.t === "anchor" ? code[0].id : null, ...markerFacts(code) };
  if (cells.has("http")) facts.status = statusFromLabel(cellText(cells.get("http")));
  if (cells.has("retry")) {
    const text = cellText(cells.get("retry")).trim();
    // `Yes`, `Auto, honours Retry-After`, `Honours Retry-After` (retryable unknown), empty (src/catalog/code-facts.ts).
    const bare = text === "Honours Retry-After" ? "" : text.replace(/, honours Retry-After$/, "");
    facts.retryable = RETRYABLE[bare] ?? text;
    facts.retryAfter = bare !== text;
  }
  return facts;
}

/** `result`: what read_artifacts.py answered for this target's page (undefined: no page). */
export function rstReading(target: Target, result: unknown): Reading {
  const base = { artifact: "rst" as const, complete: true };
  if (result === undefined) return unreadable("rst", missingFile("rst", rstFile(target)));
  const r = result as { sections?: RstSection[]; error?: string };
  if (r.error !== undefined) return unreadable("rst", { code: "*", artifact: "rst", field: "parse", expected: "a docutils doctree", actual: r.error });
  const scoped = target.catalog.uniqueness === "domain";
  const domainIds = target.catalog.domains.map((d) => d.id);
  const keys = new Set(target.catalog.codes.map((c) => c.key));
  const tombstones = new Map<string, Facts>();
  // The canonical column shows only when the catalog uses canonical codes (catalog.json lists them then).
  const canonical = target.catalog.codes.some((c) => (c as { canonical?: string }).canonical !== undefined);
  const columns = ((target.generatorOptions.rst?.columns as string[] | undefined) ?? DEFAULT_COLUMNS).filter((c) => c !== "canonical" || canonical);
  const codes = new Map<string, Facts>();
  const extra: string[] = [];
  const problems: Mismatch[] = [];
  for (const section of r.sections!) {
    const domain = domainOf(section.names, domainIds);
    for (const table of section.tables) {
      const removed = table.before.startsWith("Removed codes");
      const keysOf = removed ? REMOVED_COLUMNS : columns;
      if (table.header.length !== keysOf.length) {
        problems.push({ code: "*", artifact: "rst", field: "columns", expected: keysOf, actual: table.header });
        continue;
      }
      for (const row of table.rows) {
        const cells = new Map(keysOf.map((k, i) => [k, row[i] ?? []]));
        const code = cells.get("code")!;
        const name = code.find((t) => t.t === "code");
        if (!name || code[0]?.t !== "anchor") continue;
        const key = scoped ? `${domain}/${cellText([name])}` : cellText([name]);
        if (removed) tombstones.set(key, { domain: domain ?? null, ...tombstoneFacts(code, cells.get("removedIn")!, cells.get("instead")!) });
        else if (keys.has(key)) codes.set(key, { domain: domain ?? null, ...rowFacts(cells) });
        else extra.push(key);
      }
    }
  }
  return { ...base, codes, tombstones, extra, problems };
}
