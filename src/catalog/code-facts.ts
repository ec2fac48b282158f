// What is said about one code, built once and in one order, so every target's doc
// comment and docs row states the same facts in the same words. Targets only escape
// and lay out the parts (a reference becomes their own identifier or link); they
// never compose wording. `factText` is the plain text a reader sees.
import { usesCanonical } from "./canonical.js";
import { statusLabel, statusSentence } from "./code-text.js";
import type { Catalog, ErrorCode, Retryable } from "./model.js";

export type CodeFactKind =
  | "title"
  | "description"
  | "status"
  | "canonical"
  | "retry"
  | "retryStrategy"
  | "retrySchedule"
  | "cause"
  | "fix"
  | "details"
  | "alias"
  | "planned"
  | "deprecated"
  | "upstream"
  | "related"
  | "since"
  | "docsUrl";

/**
 * A piece of a fact's words: generated or spec plain text (`string`), spec prose that
 * may hold paragraphs and code spans (`{ prose }`), or a reference to another code by
 * key (`{ ref }`), which each target renders as its own identifier or link.
 */
export type CodeFactPart = string | { readonly prose: string } | { readonly ref: string };

export interface CodeFact {
  readonly kind: CodeFactKind;
  /** Short noun for a table header or definition term: `Cause`, `HTTP`, `Deprecated`. */
  readonly label: string;
  /**
   * Words that open the sentence (`Cause: `, `Deprecated: `, `See `), or "". A target with
   * a native form for them (a `@deprecated` / `@see` tag, a table column headed by
   * `label`) writes that instead and keeps `parts`.
   */
  readonly lead: string;
  /** The rest of the sentence. */
  readonly parts: readonly CodeFactPart[];
  /** The whole sentence as plain text, lead included, a reference written as the code's key. */
  readonly text: string;
  /** A table cell's short form, where it differs from the words: `413, 415`, `Yes, honours Retry-After`. */
  readonly value?: string;
}

/** Ends a sentence that has no final punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

const RETRY_WORDS: Readonly<Record<Retryable, string | undefined>> = {
  yes: "Retryable.",
  no: "Not retryable.",
  auto: "Retried automatically by the platform.",
  unknown: undefined,
};

/** The retry fact's table cell. */
const RETRY_VALUES = { yes: "Yes", no: "No", auto: "Auto" } as const;

/**
 * The ordered facts about `code`; facts the spec does not state are left out. The
 * deprecation comes last: Go's `Deprecated:` paragraph must close the doc comment and
 * TSDoc's block tags follow the text.
 */
export function codeFacts(catalog: Catalog, code: ErrorCode): readonly CodeFact[] {
  // Docs targets ask per column; built once per code of a catalog, frozen, so sharing is safe.
  let byCode = BUILT.get(catalog);
  if (!byCode) BUILT.set(catalog, (byCode = new WeakMap()));
  let facts = byCode.get(code);
  if (!facts) byCode.set(code, (facts = Object.freeze(buildFacts(catalog, code))));
  return facts;
}

const BUILT = new WeakMap<Catalog, WeakMap<ErrorCode, readonly CodeFact[]>>();

function buildFacts(catalog: Catalog, code: ErrorCode): CodeFact[] {
  const out: CodeFact[] = [];
  // Each fact frozen as it is built (what deepFreeze would do, without walking it again).
  const add = (kind: CodeFactKind, label: string, lead: string, parts: CodeFactPart[], value?: string) => {
    for (const p of parts) if (typeof p === "object") Object.freeze(p);
    const fact: { -readonly [K in keyof CodeFact]: CodeFact[K] } = { kind, label, lead, parts: Object.freeze(parts), text: lead + plain(parts, keyOf) };
    if (value !== undefined) fact.value = value;
    out.push(Object.freeze(fact));
  };
  add("title", "Title", "", [sentence(code.title)], code.title);
  if (code.description !== undefined) add("description", "Description", "", [{ prose: code.description }]);
  const status = statusSentence(code.status);
  if (status) add("status", "HTTP", "", [status], statusLabel(code.status));
  if (usesCanonical(catalog)) add("canonical", "Canonical code", "Canonical code: ", [`${code.canonical.name}.`], code.canonical.name);
  const { retryable, retryAfter } = code.retry;
  const retry = [RETRY_WORDS[retryable], retryAfter ? "Honours Retry-After." : undefined].filter((s) => s !== undefined);
  const value = retryable === "unknown" ? (retryAfter ? "Honours Retry-After" : undefined) : `${RETRY_VALUES[retryable]}${retryAfter ? ", honours Retry-After" : ""}`;
  if (retry.length) add("retry", "Retryable", "", [retry.join(" ")], value);
  if (code.retry.strategy !== undefined) add("retryStrategy", "Retry strategy", "Retry strategy: ", [{ prose: code.retry.strategy }]);
  if (code.retry.schedule.length) add("retrySchedule", "Retry schedule", "Retry schedule: ", [`${code.retry.schedule.join(", ")}.`]);
  if (code.cause !== undefined) add("cause", "Cause", "Cause: ", [{ prose: code.cause }]);
  if (code.fix !== undefined) add("fix", "Fix", "Fix: ", [{ prose: code.fix }]);
  if (code.details.length) {
    const names = code.details.map((f) => (f.required ? `${f.name} (required)` : f.name)).join(", ");
    add("details", "Details", "Details: ", [`${code.detailsList ? "a list of: " : ""}${names}.`]);
  }
  if (code.aliasOf) add("alias", "Alias", "Alias: ", ["the same error as ", { ref: code.aliasOf }, " under another name."]);
  if (code.lifecycle === "planned") {
    add("planned", "Planned", "Planned: ", code.surfacesAs ? ["not emitted yet; clients see ", { ref: code.surfacesAs }, " until it ships."] : ["not emitted yet."]);
  }
  for (const u of code.upstream) add("upstream", "Upstream", "", [`Upstream ${u.name ?? u.provider} codes: ${u.codes.join(", ")}.`]);
  for (const r of code.related) add("related", "Related", "Related: ", [{ ref: r.code }, r.note !== undefined ? ` (${r.note}).` : "."]);
  if (code.since !== undefined) add("since", "Added in", "", [`Added in version ${code.since}.`]);
  if (code.docsUrl !== undefined) add("docsUrl", "Docs", "See ", [code.docsUrl]);
  const d = code.deprecated;
  if (d) {
    const parts: CodeFactPart[] = d.replacement ? ["use ", { ref: d.replacement }, " instead"] : [`${catalog.title} no longer returns ${code.name}`];
    parts.push(d.since !== undefined ? ` (since ${d.since}).` : ".");
    if (d.reason !== undefined) parts.push(" ", { prose: d.reason });
    add("deprecated", "Deprecated", "Deprecated: ", parts);
  }
  return out;
}

/** What a table cell in the fact's own column shows: its short value, else its words without the lead. */
export function factCell(fact: CodeFact, ref?: (key: string) => string): string {
  return fact.value ?? factText(fact, ref, false);
}

/** A fact's words as plain text, a reference written by `ref` (default: the code's name). */
export function factText(fact: CodeFact, ref: (key: string) => string = (key) => key, withLead = true): string {
  const body = plain(fact.parts, ref);
  return withLead ? fact.lead + body : body;
}

const keyOf = (key: string): string => key;

function plain(parts: readonly CodeFactPart[], ref: (key: string) => string): string {
  let out = "";
  for (const p of parts) out += typeof p === "string" ? p : "prose" in p ? p.prose : ref(p.ref);
  return out;
}

/** Facts short enough to share a paragraph with their neighbours: `HTTP 404. Canonical code: NOT_FOUND. Retryable.` */
const BRIEF: ReadonlySet<CodeFactKind> = new Set(["status", "canonical", "retry"]);

/**
 * The facts as doc-comment paragraphs, in order: one fact each, except that adjacent
 * brief facts (status, canonical code, retry) share one, joined by a space.
 */
export function factParagraphs(facts: readonly CodeFact[]): readonly (readonly CodeFact[])[] {
  const out: CodeFact[][] = [];
  for (const fact of facts) {
    const last = out[out.length - 1];
    if (last && BRIEF.has(fact.kind) && BRIEF.has(last[last.length - 1]!.kind)) last.push(fact);
    else out.push([fact]);
  }
  return out;
}
