// What the docs readers share: a table cell as a list of tokens (from markdown-it
// or docutils), and the facts a row of a code table states.
//
// Generator markup is told apart from spec text by token kind, never by wording
// alone: spec text is escaped, so it yields only text and code tokens, while the
// generator's markers are strong/emphasis (`mark`) tokens and its references are
// links (`ref`) to an anchor.
import type { Facts } from "./types.js";

export type Token =
  | { readonly t: "anchor"; readonly id: string }
  | { readonly t: "code" | "mark" | "text"; readonly text: string }
  | { readonly t: "ref"; readonly anchor: string; readonly text: string }
  | { readonly t: "break" };

export interface DocRow {
  readonly domain: string | undefined;
  /** Header title → cell tokens. */
  readonly cells: ReadonlyMap<string, readonly Token[]>;
}

/** Adjacent text tokens merged; breaks kept (a paragraph ends a marker's sentence). */
function merged(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const tok of tokens) {
    const last = out[out.length - 1];
    if (tok.t === "text" && last?.t === "text") out[out.length - 1] = { t: "text", text: last.text + tok.text };
    else out.push(tok);
  }
  return out;
}

/**
 * The words connecting each marker to the code it names (src/catalog/code-facts.ts), from
 * the colon on: Markdown and HTML bold `Alias:`, RST emphasises `Alias` before an escaped `:`.
 */
const LEAD_INS: Readonly<Record<string, RegExp>> = {
  Deprecated: /^: use $/,
  Alias: /^: the same error as $/,
  Planned: /^: not emitted yet; clients see $/,
  Related: /^: $/,
};

/** The deprecation's words after its marker (and its replacement): `… instead (since 1.0.0-rc.1). Reason` → `1.0.0-rc.1`. */
function sinceOf(text: string): string | null {
  const m = /^[^]*?\(since (.*?)\)\.(?:\s|$)/.exec(text);
  return m ? m[1]! : null;
}

/**
 * Deprecation, alias, planned and related facts from the cells that carry them.
 * A link right after a marker's lead-in names the marker's code; any other link
 * is a related code (Markdown writes `Related: [a](#a), [b](#b)` without a marker).
 */
export function markerFacts(tokens: readonly Token[]): Facts {
  const toks = merged(tokens);
  const facts: Facts = { deprecated: false, lifecycle: "live", "aliasOf.anchor": null, "replacement.anchor": null, "surfacesAs.anchor": null };
  const related: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.t === "ref") {
      related.push(tok.anchor);
      continue;
    }
    const marker = tok.t === "mark" ? tok.text.replace(/:$/, "") : "";
    if (tok.t !== "mark" || !(marker in LEAD_INS)) continue;
    // The lead-in: the text after the marker up to the next link or marker (code spans
    // included: a version or reason may hold one).
    let j = i + 1;
    let text = tok.text.endsWith(":") ? ":" : "";
    for (; j < toks.length && (toks[j]!.t === "text" || toks[j]!.t === "code"); j++) {
      const t = toks[j] as { t: "text" | "code"; text: string };
      text += t.t === "code" ? `\`${t.text}\`` : t.text;
    }
    const ref = toks[j];
    const claims = ref?.t === "ref" && LEAD_INS[marker]!.test(text);
    if (marker === "Deprecated") {
      facts.deprecated = true;
      // The version follows the replacement's link, or the sentence without one.
      let after = claims ? "" : text;
      for (let k = j + 1; claims && k < toks.length && (toks[k]!.t === "text" || toks[k]!.t === "code"); k++) after += (toks[k] as { text: string }).text;
      facts["deprecated.since"] = sinceOf(after);
      if (claims) facts["replacement.anchor"] = ref.anchor;
    } else if (marker === "Alias") {
      facts["aliasOf.anchor"] = claims ? ref.anchor : "<alias marker without a link>";
    } else if (marker === "Planned") {
      facts.lifecycle = "planned";
      if (claims) facts["surfacesAs.anchor"] = ref.anchor;
    } else if (claims) {
      related.push(ref.anchor);
    }
    if (claims) i = j;
  }
  facts["related.anchor"] = related;
  return facts;
}

/** `422`, `413, 415, 422`, `varies (400, 502)`, `varies`, `—` or empty → a status object (or the raw label). */
export function statusFromLabel(label: string): unknown {
  const text = label.trim();
  if (text === "" || text === "—") return { kind: "unstated", primary: null, all: [] };
  const varies = /^varies(?: \((\d+(?:, \d+)*)\))?$/.exec(text);
  if (varies) return { kind: "varies", primary: null, all: varies[1] ? varies[1].split(", ").map(Number) : [] };
  if (/^\d+(?:, \d+)*$/.test(text)) {
    const all = text.split(", ").map(Number);
    return { kind: all.length === 1 ? "single" : "multiple", primary: all[0], all };
  }
  return text;
}

export const cellText = (tokens: readonly Token[] | undefined): string =>
  (tokens ?? []).map((t) => (t.t === "text" || t.t === "code" || t.t === "mark" || t.t === "ref" ? t.text : "")).join("");

/** A removed code's row: `Removed in` is `2.0.0` or `2.0.0 (deprecated in 1.1.0)`; `Instead` links the replacement. */
export function tombstoneFacts(code: readonly Token[], removed: readonly Token[], instead: readonly Token[]): Facts {
  const m = /^(.*?)(?: \(deprecated in (.*)\))?$/s.exec(cellText(removed).trim())!;
  const ref = instead.find((t) => t.t === "ref");
  return {
    anchor: code[0]?.t === "anchor" ? code[0].id : null,
    removedIn: m[1],
    deprecatedIn: m[2] ?? null,
    "replacement.anchor": ref?.t === "ref" ? ref.anchor : null,
  };
}
