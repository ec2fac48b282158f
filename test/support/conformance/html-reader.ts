// The HTML page (`errors.html`), read through parse5 (the WHATWG HTML parser): a
// parse error is a problem. A code row is a `tr[id]` in a domain section's code
// table; its key is the name in its `.code-name` (catalog scope) or `domain/name`.
// Checks per code: domain, anchor, status (HTTP cell), retryable and retryAfter
// (Retry cell), deprecated, deprecated.since, replacement.anchor, aliasOf.anchor,
// lifecycle, surfacesAs.anchor, related.anchor (the markers and links of the text
// cell), details (the fields list: names, types, required, enum values, nested
// objects) and the retry-strategy table's row. The data attributes the filters use
// must agree with the visible cells. Removed codes: every tombstone with its domain,
// anchor, removedIn, deprecatedIn, replacement.anchor.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { htmlShown } from "../../../src/escape/html.js";
import { FULL_PROFILE, type DetailsProfile } from "./compare.js";
import { cellText, markerFacts, statusFromLabel, tombstoneFacts, type Token } from "./doc-rows.js";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, JsonDetailField, JsonDetailType, Mismatch, Reading, Target } from "./types.js";

type Node = DefaultTreeAdapterMap["childNode"] | DefaultTreeAdapterMap["document"];
type Element = DefaultTreeAdapterMap["element"];

const isElement = (n: Node): n is Element => "tagName" in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, cls: string): boolean => (attr(el, "class") ?? "").split(" ").includes(cls);
const kids = (el: Node): Element[] => ("childNodes" in el ? (el.childNodes as Node[]).filter(isElement) : []);

/** Every element under `root` (depth first) that `test` accepts. */
function all(root: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of "childNodes" in root ? (root.childNodes as Node[]) : []) {
    if (!isElement(child)) continue;
    if (test(child)) out.push(child);
    all(child, test, out);
  }
  return out;
}

function text(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? (node.childNodes as Node[]).map(text).join("") : "";
}

const BLOCKS = new Set(["p", "div", "dd", "dt", "li", "ul", "dl"]);

/** A cell as doc tokens: links are refs, <strong> marks (not the title), <code> code, blocks end a sentence. */
function tokens(node: Node, out: Token[] = []): Token[] {
  for (const child of "childNodes" in node ? (node.childNodes as Node[]) : []) {
    if (child.nodeName === "#text") out.push({ t: "text", text: text(child) });
    else if (!isElement(child)) continue;
    else if (child.tagName === "a") out.push({ t: "ref", anchor: (attr(child, "href") ?? "").replace(/^#/, ""), text: text(child) });
    else if (child.tagName === "strong") {
      if (!hasClass(child, "title")) out.push({ t: "mark", text: text(child) });
    } else if (child.tagName === "code") out.push({ t: "code", text: text(child) });
    else if (child.tagName === "button") continue;
    else {
      const block = BLOCKS.has(child.tagName);
      if (block) out.push({ t: "break" });
      tokens(child, out);
      if (block) out.push({ t: "break" });
    }
  }
  return out;
}

/** `list of map of string`, with the enum values or object fields of the innermost type. */
function detailType(words: string, values: string[], fields: JsonDetailField[]): JsonDetailType {
  const m = /^(list|map) of (.*)$/.exec(words);
  if (m) return { kind: m[1] as "list" | "map", of: detailType(m[2]!, values, fields) };
  if (words === "enum") return { kind: "enum", values };
  if (words === "object") return { kind: "object", fields };
  return { kind: words as "string" };
}

function detailFields(ul: Element): JsonDetailField[] {
  return kids(ul).map((li) => {
    const parts = kids(li);
    const codes = parts.filter((e) => e.tagName === "code");
    const type = parts.find((e) => hasClass(e, "type"));
    const nested = parts.find((e) => e.tagName === "ul");
    return {
      name: codes[0] ? text(codes[0]) : "<no name>",
      required: parts.some((e) => hasClass(e, "req")),
      type: detailType(type ? text(type) : "<no type>", codes.slice(1).map(text), nested ? detailFields(nested) : []),
    };
  });
}

/** The paragraph of one fact (`class="marker fact-details"`, src/catalog/code-facts.ts kinds in kebab case). */
function factBlock(cell: Element, kind: string): Element | undefined {
  return all(cell, (e) => e.tagName === "div" && hasClass(e, `fact-${kind}`))[0];
}

const RETRYABLE = ["yes", "no", "auto", "unknown"];

/** The page shows enum values as text: normalised (control characters as `<U+000B>`), white space collapsed. */
const PROFILE: DetailsProfile = { ...FULL_PROFILE, shown: (v) => htmlShown(v).replace(/\s+/g, " ").trim() };

function codeFacts(tr: Element, domain: string, problems: Mismatch[], key: string): Facts {
  const cells = new Map(kids(tr).map((td) => [attr(td, "class")?.split(" ")[0] ?? "", td] as const));
  const http = cellText(tokens(cells.get("c-http") ?? tr));
  const retry = cells.get("c-retry");
  const retrySpan = retry && all(retry, (e) => hasClass(e, "retry"))[0];
  const retryable = RETRYABLE.find((r) => retrySpan && hasClass(retrySpan, `retry-${r}`)) ?? "<none>";
  const textCell = cells.get("c-text");
  const facts: Facts = {
    domain,
    anchor: attr(tr, "id") ?? null,
    status: statusFromLabel(http === "—" ? "" : http),
    retryable,
    retryAfter: retry ? /Retry-After/.test(text(retry)) : false,
    ...markerFacts(textCell ? tokens(textCell) : []),
  };
  const details = textCell && factBlock(textCell, "details");
  const ul = details && kids(details).find((e) => e.tagName === "ul");
  facts.details = { fields: ul ? detailFields(ul) : [], profile: PROFILE };
  // The filters read data attributes: they must say what the cells say.
  const status = facts.status as { kind: string; all: number[] };
  const wantStatus = status.kind === "unstated" ? "unstated" : (status.kind === "varies" ? ["varies", ...status.all] : status.all).join(" ");
  const data = { "data-status": wantStatus, "data-retry": retryable, "data-dep": facts.deprecated ? "yes" : "no", "data-domain": domain };
  for (const [name, want] of Object.entries(data)) {
    if (attr(tr, name) !== want) problems.push({ code: key, artifact: "html", field: name, expected: want, actual: attr(tr, name) ?? null });
  }
  return facts;
}

export function readHtml(targets: readonly Target[]): Reading[] {
  return targets.map((target): Reading => {
    const file = join(target.dirs.html, "errors.html");
    if (!existsSync(file)) return unreadable("html", missingFile("html", file));
    const problems: Mismatch[] = [];
    const doc = parse(readFileSync(file, "utf8"), {
      onParseError: (e) => problems.push({ code: "*", artifact: "html", field: "parse", expected: "no HTML parse error", actual: `${e.code} at ${e.startLine}:${e.startCol}` }),
    });
    const scoped = target.catalog.uniqueness === "domain";
    const keys = new Set(target.catalog.codes.map((c) => c.key));
    const codes = new Map<string, Facts>();
    const tombstones = new Map<string, Facts>();
    const extra: string[] = [];
    const keyOf = (tr: Element, domain: string) => {
      const name = text(all(tr, (e) => hasClass(e, "code-name"))[0] ?? tr).trim();
      return scoped ? `${domain}/${name}` : name;
    };
    for (const section of all(doc, (e) => e.tagName === "section" && attr(e, "data-domain") !== undefined)) {
      const domain = attr(section, "data-domain")!;
      for (const table of all(section, (e) => e.tagName === "table")) {
        const removed = hasClass(table, "removed");
        for (const tr of all(table, (e) => e.tagName === "tr" && attr(e, "id") !== undefined)) {
          const key = keyOf(tr, domain);
          if (removed) {
            const [code, when, instead] = kids(tr);
            const codeTokens: Token[] = [{ t: "anchor", id: attr(tr, "id")! }, { t: "code", text: key.slice(key.lastIndexOf("/") + 1) }];
            tombstones.set(key, { domain, ...tombstoneFacts(codeTokens, code && when ? tokens(when) : [], instead ? tokens(instead) : []) });
          } else if (keys.has(key)) codes.set(key, codeFacts(tr, domain, problems, key));
          else extra.push(key);
        }
      }
    }
    // The retry-strategy table: a link to the code, then Yes / No / Auto.
    const retrySection = all(doc, (e) => e.tagName === "section" && attr(e, "id") === "retry--strategy")[0];
    for (const tr of retrySection ? all(retrySection, (e) => e.tagName === "tr" && kids(e)[0]?.tagName === "td") : []) {
      const [link] = tokens(kids(tr)[0]!);
      const facts = link?.t === "ref" ? codes.get(link.text) : undefined;
      if (!facts || link?.t !== "ref") extra.push(`${cellText(tokens(tr))} (retry table)`);
      else Object.assign(facts, { "retryTable.anchor": link.anchor, "retryTable.retryable": text(kids(tr)[1]!).trim().toLowerCase().replace("—", "unknown") });
    }
    return { artifact: "html", complete: true, codes, tombstones, extra, problems };
  });
}
