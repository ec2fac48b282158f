// Markdown docs, read through markdown-it's tokens (GFM tables, inline HTML for the
// anchors): `errors.md`, or with `layout: per-domain` also `errors/<domain>.md`.
//
// A code row is a table row whose Code cell starts with `<a id="…">` and a code span;
// its domain is the section it sits under (`<a id="domain--x">`) or the page's file
// name; its key is the name (catalog scope) or `domain/name`.
// Checks per code: domain, anchor, status (the HTTP cell), retryable (the Retryable column
// when shown), deprecated, deprecated.since, replacement.anchor, aliasOf.anchor,
// lifecycle, surfacesAs.anchor, related.anchor (the markers and links of the
// Description cell, or of the Code cell without one) and, in the retry-strategy
// table, retryTable.anchor and retryTable.retryable. Rows catalog.json lacks are
// reported as extra. Removed codes (the table after `**Removed codes**`): every
// tombstone with its domain, anchor, removedIn, deprecatedIn, replacement.anchor.
// Columns are known by position from the `columns` option (titles may be anything).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { cellText, markerFacts, statusFromLabel, tombstoneFacts, type Token } from "./doc-rows.js";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, Mismatch, Reading, Target } from "./types.js";

const md = new MarkdownIt({ html: true });
type MdToken = ReturnType<typeof md.parse>[number];

const RETRYABLE: Readonly<Record<string, string>> = { Yes: "yes", No: "no", Auto: "auto", "—": "unknown" };
const RETRY_COLUMNS = ["code", "retryable", "strategy"];
const REMOVED_COLUMNS = ["code", "removedIn", "instead"];

const anchorOf = (html: string): string | undefined => /^<a id="([^"]*)">$/.exec(html)?.[1];

/** An inline token's children as cell tokens. */
function cellTokens(children: readonly MdToken[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === "html_inline") {
      const id = anchorOf(c.content);
      if (id !== undefined) out.push({ t: "anchor", id });
    } else if (c.type === "code_inline") out.push({ t: "code", text: c.content });
    else if (c.type === "text" && c.content !== "") out.push({ t: "text", text: c.content });
    else if (c.type === "softbreak" || c.type === "hardbreak") out.push({ t: "text", text: " " });
    else if (c.type === "strong_open" || c.type === "link_open") {
      const close = c.type === "strong_open" ? "strong_close" : "link_close";
      let j = i + 1;
      let text = "";
      for (; j < children.length && children[j]!.type !== close; j++) text += children[j]!.content;
      const href = String(c.attrGet("href") ?? "");
      out.push(c.type === "strong_open" ? { t: "mark", text } : { t: "ref", anchor: href.slice(href.indexOf("#") + 1), text });
      i = j;
    }
  }
  return out;
}

interface Table {
  readonly domain: string | undefined;
  readonly retry: boolean;
  /** The removed-codes table that follows a `**Removed codes** (…)` paragraph. */
  readonly removed: boolean;
  /** Header cell texts. */
  readonly header: string[];
  /** Cells in column order. */
  readonly rows: Token[][][];
}

/** Every table of a page, with the section it sits in (the anchor before its heading). */
function tables(text: string, pageDomain: string | undefined): Table[] {
  const out: Table[] = [];
  let domain = pageDomain;
  let retry = false;
  let removed = false;
  let row: Token[][] = [];
  let table: Table | undefined;
  for (const tok of md.parse(text, {})) {
    if (tok.type === "inline" && !table) {
      const first = cellTokens(tok.children ?? [])[0];
      removed = first?.t === "mark" && first.text === "Removed codes";
      for (const c of tok.children ?? []) {
        const id = c.type === "html_inline" ? anchorOf(c.content) : undefined;
        if (id?.startsWith("domain--")) [domain, retry] = [id.slice("domain--".length), false];
        if (id === "retry--strategy") retry = true;
      }
    } else if (tok.type === "table_open") table = { domain, retry, removed, header: [], rows: [] };
    else if (tok.type === "tr_open") row = [];
    else if (tok.type === "inline" && table) row.push(cellTokens(tok.children ?? []));
    else if (tok.type === "tr_close" && table) {
      if (table.header.length === 0) table.header.push(...row.map(cellText));
      else table.rows.push(row);
    } else if (tok.type === "table_close" && table) {
      out.push(table);
      table = undefined;
    }
  }
  return out;
}

/** Generator defaults (generators/markdown.ts); the data columns show only when some code has data for them (canonical: when the catalog uses canonical codes). */
const DEFAULT_COLUMNS = ["code", "status", "canonical", "description", "retryable", "cause", "fix"];

function columnsOf(target: Target): string[] {
  const columns = (target.generatorOptions.markdown?.columns as string[] | undefined) ?? DEFAULT_COLUMNS;
  const codes = target.catalog.codes;
  const has: Readonly<Record<string, boolean>> = {
    retryable: codes.some((c) => c.retry.retryable !== "unknown"),
    cause: codes.some((c) => c.cause !== null),
    fix: codes.some((c) => c.fix !== null),
    canonical: codes.some((c) => (c as { canonical?: string }).canonical !== undefined),
  };
  return columns.filter((c) => has[c] ?? true);
}

function codeRowFacts(cells: ReadonlyMap<string, Token[]>): Facts {
  const code = cells.get("code") ?? [];
  const describing = [...code, { t: "break" } as const, ...(cells.get("description") ?? [])];
  const facts: Facts = { anchor: code[0]?.t === "anchor" ? code[0].id : null, ...markerFacts(describing) };
  if (cells.has("status")) facts.status = statusFromLabel(cellText(cells.get("status")));
  if (cells.has("retryable")) {
    // `Yes`, `Auto, honours Retry-After`, `Honours Retry-After` (retryable unknown), `—` (src/catalog/code-facts.ts).
    const text = cellText(cells.get("retryable")).trim();
    const bare = text === "Honours Retry-After" ? "—" : text.replace(/, honours Retry-After$/, "");
    facts.retryable = RETRYABLE[bare] ?? text;
  }
  return facts;
}

export function readMarkdown(targets: readonly Target[]): Reading[] {
  return targets.map((target): Reading => {
    const main = join(target.dirs.markdown, "errors.md");
    if (!existsSync(main)) return unreadable("markdown", missingFile("markdown", main));
    const pages: [string, string | undefined][] = [[main, undefined]];
    const perDomain = join(target.dirs.markdown, "errors");
    if (existsSync(perDomain)) for (const f of readdirSync(perDomain).filter((f) => f.endsWith(".md")).sort()) pages.push([join(perDomain, f), f.slice(0, -3)]);
    const scoped = target.catalog.uniqueness === "domain";
    const keys = new Set(target.catalog.codes.map((c) => c.key));
    const tombstones = new Map<string, Facts>();
    const columns = columnsOf(target);
    const codes = new Map<string, Facts>();
    const problems: Mismatch[] = [];
    const extra: string[] = [];
    const retryRows: Map<string, Token[]>[] = [];
    for (const [file, pageDomain] of pages) {
      for (const table of tables(readFileSync(file, "utf8"), pageDomain)) {
        const keysOf = table.retry ? RETRY_COLUMNS : table.removed ? REMOVED_COLUMNS : columns;
        if (table.header.length !== keysOf.length) {
          problems.push({ code: "*", artifact: "markdown", field: "columns", expected: keysOf, actual: table.header });
          continue;
        }
        for (const row of table.rows) {
          const cells = new Map(keysOf.map((k, i) => [k, row[i] ?? []]));
          const code = cells.get("code")!;
          if (table.retry) {
            retryRows.push(cells);
            continue;
          }
          const name = code.find((t) => t.t === "code");
          if (!name || code[0]?.t !== "anchor") continue;
          const key = scoped ? `${table.domain}/${cellText([name])}` : cellText([name]);
          if (table.removed) tombstones.set(key, { domain: table.domain ?? null, ...tombstoneFacts(code, cells.get("removedIn")!, cells.get("instead")!) });
          else if (keys.has(key)) codes.set(key, { domain: table.domain ?? null, ...codeRowFacts(cells) });
          else extra.push(key);
        }
      }
    }
    // `[`NAME`](#anchor)`: the label is the key (`domain/name` in a domain-scoped catalog).
    for (const cells of retryRows) {
      const link = cells.get("code")![0];
      const facts = link?.t === "ref" ? codes.get(link.text) : undefined;
      if (!facts || link?.t !== "ref") extra.push(`${cellText(cells.get("code"))} (retry table)`);
      else Object.assign(facts, { "retryTable.anchor": link.anchor, "retryTable.retryable": RETRYABLE[cellText(cells.get("retryable")).trim()] });
    }
    return { artifact: "markdown", complete: true, codes, tombstones, extra, problems };
  });
}
